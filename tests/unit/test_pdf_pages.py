"""Where the synthesis's pages break: a page that continues a section says which (its
running head, "Moteurs du changement (suite)", with the part it continues, and a table's
header row again), and the organisations' commitments follow one another, each kept on
one page when it fits one. Read back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.domain.model import PhaseKind
from coopatelier.export.pdf import PdfOptions, export_pdf
from coopatelier.export.pdf.labels import Labels
from coopatelier.templates import Template
from tests.conftest import phase_of
from tests.unit.pdf_helpers import normalised, pages_text

CONTINUED = {"fr": "(suite)", "en": "(continued)"}


def export(data: api.WorkshopData, path: Path, language: str) -> list[str]:
    export_pdf(data, path, PdfOptions(language=language))
    return [normalised(page).strip() for page in pages_text(path)]


def sections_by_page(path: Path) -> dict[int, list[str]]:
    """Page index → the titles of the sections (top-level outline entries) opened there."""
    reader = pypdf.PdfReader(path)
    found: dict[int, list[str]] = {}
    for entry in reader.outline:
        if isinstance(entry, list):  # a section's parts
            continue
        number = reader.get_destination_page_number(entry)
        assert number is not None
        found.setdefault(number, []).append(normalised(str(entry.title)).strip())
    return found


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo workshop's synthesis in each language, from its own story in it."""
    folder = tmp_path_factory.mktemp("demo-pages")
    made: dict[str, Path] = {}
    for language in ("fr", "en"):
        with api.open_store(data_dir=folder / language) as store:
            data = api.load_workshop(store, create_demo_workshop(store, language=language))
            made[language] = folder / f"{language}.pdf"
            export_pdf(data, made[language], PdfOptions(language=language))
    return made


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_a_section_continues_on_is_headed_by_it(
    demo_pdfs: dict[str, Path], language: str
) -> None:
    """Each body page opens either with a section's own heading or with the title of the
    section it continues followed by "(suite)" / "(continued)"; the drivers, futures,
    actions, commitments and annex all continue on pages so headed."""
    path = demo_pdfs[language]
    pages = [normalised(page).strip() for page in pages_text(path)]
    opened = sections_by_page(path)
    running = ""
    continued: set[str] = set()
    for index, page in enumerate(pages[1:], start=1):
        titles = opened.get(index, [])
        if titles and page.startswith(titles[0]):
            assert CONTINUED[language] not in page.split(titles[0])[0]
        else:
            assert running, index
            assert page.startswith(f"{running} {CONTINUED[language]}"), (index, page[:80])
            continued.add(running)
        running = titles[-1] if titles else running
    labels = Labels(language)
    for key in ("drivers", "futures", "actions", "commitments", "annex"):
        assert normalised(labels[key]).strip() in continued, key


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_drivers_table_cut_by_a_page_continues_under_its_section_and_header(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path, language: str
) -> None:
    """Sixty drivers of one group: their table runs over pages; each page it continues on
    says "Moteurs du changement (suite) — Environnement et climat", then the table's
    column heads, then the next rows (M21, M22…), none lost nor repeated; the column heads
    are never repeated in the middle of a page (the table is laid out in pieces of 24
    rows, each of which repeated them)."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    for number in range(1, 61):
        api.add_card(store, drivers, f"Moteur numéro {number} : sécheresses et canicules "
                     "à répétition dans les quartiers, l’eau devient rare et chère",
                     category="Environnement et climat", nature="tendance_lourde",
                     impact=3, uncertainty=2)
    data = api.load_workshop(store, workshop.workshop.id)
    labels = Labels(language)
    pages = export(data, tmp_path / "drivers.pdf", language)
    section = normalised(labels["drivers"]).strip()
    header = " ".join(normalised(labels[key]).strip().upper()
                      for key in ("text", "nature", "impact", "uncertainty"))
    group_start = next(i for i, page in enumerate(pages)
                       if f"Environnement et climat {header}" in page)
    code = labels.code_prefix(api.CardKind.DRIVER)
    codes: list[int] = []
    annex = next(i for i, page in enumerate(pages)
                 if page.startswith(normalised(labels["annex"]).strip()))
    following = [page for page in pages[group_start + 1:annex] if "Moteur numéro" in page]
    assert len(following) >= 2  # the table runs over at least two more pages
    for page in [pages[group_start], *following]:
        codes += [int(n) for n in re.findall(rf"\b{code}(\d+) Moteur numéro", page)]
    for page in following:
        assert page.startswith(
            f"{section} {CONTINUED[language]} — Environnement et climat "), page[:100]
        first_row = re.search(rf"\b{code}\d+ Moteur numéro", page)
        assert first_row is not None, page
        assert header in page[:first_row.start()]
    for page in [pages[group_start], *following]:
        assert page.count(header) == 1  # at the top of the table and of each page only
    assert codes == list(range(1, 61))


def test_each_organisation_has_a_page_of_its_own_headed_by_its_name(
    demo_pdfs: dict[str, Path]
) -> None:
    """DESIGN §7: one page of commitments per partner, a sheet each can take away. The
    demo's twelve organisations each open a page (the first under the section's heading)
    and end on it, from their name to the organisations they work with."""
    pages = [normalised(page).strip() for page in pages_text(demo_pdfs["fr"])]
    start = next(i for i, page in enumerate(pages)
                 if page.startswith("Engagements par organisation Ce que nous"))
    section = [page for page in pages[start:start + 13]
               if page.count("Présents à l’atelier") == 1]
    assert len(section) == 12
    for page in section[1:]:
        assert page.split(" Présents à l’atelier", 1)[0].count(" ") < 12  # its name first
    for page in section:
        assert page.count("NOUS TRAVAILLONS AVEC") == 1


def _organisations_workshop(store: api.Store, template: Template,
                            actions: dict[str, int]) -> api.WorkshopData:
    """A workshop whose organisation ``name`` leads ``actions[name]`` actions, each with a
    first step, means and an indicator, and came with one person."""
    people = "".join(f"Personne {index}\t{name}\tfonction\tTable 1\n"
                     for index, name in enumerate(actions))
    workshop_id = api.create_workshop(store, template, title="Atelier des engagements",
                                      date=dt.date(2026, 4, 14), people=people).new_id
    data = api.load_workshop(store, workshop_id)
    orgs = {o.name: o.id for o in data.organisations}
    phase = phase_of(data, PhaseKind.ACTIONS).id
    for name, count in actions.items():
        for number in range(count):
            api.add_card(
                store, phase, f"Action {number + 1} de {name}",
                title=f"Action {number + 1} de {name}, avec les habitants du quartier",
                lead_organisation_id=orgs[name], horizon_year=2027,
                first_step="Réunir les partenaires autour d’un premier calendrier partagé",
                means="Une demi-journée par mois et un budget de fonctionnement",
                indicator="Nombre de familles accompagnées chaque trimestre",
            )
    return api.load_workshop(store, workshop_id)


def test_an_organisation_longer_than_a_page_runs_over_the_next_pages_headed_by_it(
    store: api.Store, mini_template: Template, tmp_path: Path
) -> None:
    """A sheet that cannot fit a page starts a page of its own and runs over the next
    ones, each action whole, each page headed by the section and the organisation; the
    organisation after it has its own page again."""
    data = _organisations_workshop(store, mini_template,
                                   {"Alpha": 1, "Bêta": 30, "Gamma": 1})
    pages = export(data, tmp_path / "long.pdf", "fr")
    start = next(i for i, page in enumerate(pages)
                 if page.startswith("Engagements par organisation Ce que nous"))
    assert "Alpha Présents à l’atelier" in pages[start]
    assert "Bêta Présents à l’atelier" not in pages[start]  # a page of its own
    bêta = [page for page in pages[start:] if "de Bêta, avec" in page
            and page.startswith("Engagements par organisation")]
    assert len(bêta) >= 3
    assert bêta[0].startswith("Engagements par organisation (suite) Bêta Présents")
    titles = [int(n) for page in bêta
              for n in re.findall(r"A\d+ Action (\d+) de Bêta, avec les habitants du "
                                  r"quartier · \d{4} Premier pas", page)]
    assert titles == list(range(1, 31))  # each action whole on a page (title, then its lines)
    for page in bêta[1:]:
        assert page.startswith("Engagements par organisation (suite) — Bêta ")
    gamma = next(page for page in pages if "Gamma Présents à l’atelier" in page)
    assert "de Bêta, avec" not in gamma


@pytest.mark.parametrize("sizes", [(3, 2, 4, 1, 2, 5, 2, 3, 1, 4, 2, 3),
                                   (6, 1, 1, 7, 2, 2, 1, 6, 3, 1, 2, 2)])
def test_no_organisation_heading_is_left_alone_at_the_foot_of_a_page(
    store: api.Store, mini_template: Template, tmp_path: Path, sizes: tuple[int, ...]
) -> None:
    """Whatever the sizes of the sheets, an organisation's name is on the page of its
    first commitment, and a sheet that fits a page is whole on its page."""
    names = [f"Organisation {chr(ord('A') + i)}" for i in range(len(sizes))]
    data = _organisations_workshop(store, mini_template, dict(zip(names, sizes, strict=True)))
    pages = export(data, tmp_path / "sheets.pdf", "fr")
    start = next(i for i, page in enumerate(pages)
                 if page.startswith("Engagements par organisation Ce que nous"))
    section = [page for page in pages[start:] if page.startswith("Engagements par organisation")]
    for name, size in zip(names, sizes, strict=True):
        page = next(page for page in section if f"{name} Présents à l’atelier" in page)
        after = page.split(f"{name} Présents à l’atelier", 1)[1]
        assert re.search(rf"NOUS PILOTONS A\d+ Action 1 de {name},", after), name
        if size <= 4:  # a sheet this short fits a page: whole on the page of its name
            assert f"Action {size} de {name}, avec les habitants du quartier · 2027 " \
                   "Premier pas — Réunir les partenaires autour d’un premier calendrier " \
                   "partagé Moyens — Une demi-journée par mois et un budget de " \
                   "fonctionnement Indicateur — Nombre de familles accompagnées chaque " \
                   "trimestre" in after, name


def test_a_row_and_a_sheet_taller_than_a_page_run_over_the_next_pages(
    store: api.Store, mini_template: Template, tmp_path: Path
) -> None:
    """A driver whose text fills pages, among thirty of its group, and an organisation
    whose one commitment's first step fills pages: both run over the next pages whole,
    the rows after the long one follow in order."""
    data = _organisations_workshop(store, mini_template, {"Alpha": 2, "Bêta": 1})
    words = " ".join(f"mot{i}" for i in range(5_000))
    drivers = phase_of(data, PhaseKind.DRIVERS).id
    for number in range(1, 31):
        text = f"Moteur {number} {words} FIN-DU-MOTEUR" if number == 12 else f"Moteur {number}"
        api.add_card(store, drivers, text, category="Société", impact=3, uncertainty=2)
    actions = phase_of(data, PhaseKind.ACTIONS).id
    api.add_card(store, actions, "Une action au long premier pas", horizon_year=2027,
                 lead_organisation_id=next(o.id for o in data.organisations
                                           if o.name == "Bêta"),
                 first_step=f"{words} FIN-DU-PREMIER-PAS")
    path = tmp_path / "long.pdf"
    export_pdf(api.load_workshop(store, data.workshop.id), path, PdfOptions(annex=False))
    pages = [normalised(page).strip() for page in pages_text(path)]
    text = " ".join(pages)
    commitments = text[text.index("Engagements par organisation Ce que nous"):]
    assert text.count("FIN-DU-MOTEUR") == 1
    assert commitments.count("FIN-DU-PREMIER-PAS") == 1  # (and in the Actions section)
    order = [int(n) for n in re.findall(r"\bM\d+ Moteur (\d+)\b", text)]
    assert order == list(range(1, 31))
    for marker, section in (("FIN-DU-MOTEUR", "Moteurs du changement"),
                            ("FIN-DU-PREMIER-PAS", "Engagements par organisation")):
        last = next(page for page in pages if marker in page and section in page)
        assert last.startswith(f"{section} (suite)")
        assert f"{section} (suite)" in pages[pages.index(last) - 1][:40]  # 2 pages or more


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_key_uncertainty_s_ratings_stay_with_their_names(
    demo_pdfs: dict[str, Path], language: str
) -> None:
    """"— Impact 5/5 · Incertitude 5/5" after a long driver: a rating is never left on
    the next line without its name (M11's "5/5" was, alone under its line)."""
    labels = Labels(language)
    lines = [line.strip() for page in pages_text(demo_pdfs[language])
             for line in page.splitlines()]
    start = lines.index(labels["key_uncertainties"])
    block = lines[start + 1:start + 8]
    assert any(labels["uncertainty"] in line for line in block)
    for line in block:
        assert not line.endswith((labels["impact"], labels["uncertainty"], "—")), line
        assert not re.fullmatch(r"\d/5", line), line


def test_no_section_heading_is_left_alone_at_the_foot_of_a_page(
    store: api.Store, tmp_path: Path
) -> None:
    """The foresight template with 36 people: the agenda ends low on page 2, and the
    people section's heading stood alone under it, its organisations' table on page 3."""
    template = api.find_template("futurs-souhaitables-2030", store=store)
    people = "".join(f"Personne {i}\tOrganisation {i % 12:02d}\tfonction {i}\tTable {i % 5 + 1}\n"
                     for i in range(36))
    workshop_id = api.create_workshop(store, template, title="Atelier de trente-six personnes",
                                      date=dt.date(2026, 4, 14), horizon_year=2030,
                                      people=people).new_id
    data = api.load_workshop(store, workshop_id)
    api.add_card(store, phase_of(data, PhaseKind.DRIVERS).id, "Un moteur", category="Société")
    path = tmp_path / "people.pdf"
    export_pdf(api.load_workshop(store, workshop_id), path, PdfOptions(language="fr"))
    opened = sections_by_page(path)
    for number, page in enumerate(pages_text(path)):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = lines[:-2]  # less the footer (the workshop's title, then "x / y")
        for title in opened.get(number, []):
            assert normalised(body[-1]).strip() != title, (number, title)
