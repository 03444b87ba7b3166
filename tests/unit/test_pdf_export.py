"""The PDF synthesis, read back with pypdf: content, options, safety and layout rules."""

from __future__ import annotations

import gc
import re
import weakref
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.platypus import Flowable

from coopatelier import api
from coopatelier.domain.analysis import roadmap_actions
from coopatelier.domain.model import PhaseKind
from coopatelier.errors import ExportError
from coopatelier.export.pdf import PdfOptions, document, export_pdf, sections
from coopatelier.export.pdf.fonts import fonts
from tests.conftest import phase_of
from tests.unit.pdf_helpers import HOSTILE, URL, all_text, pages_text, rich_workshop

FR_HEADINGS = (
    "Chiffres clés", "Déroulé : prévu et réalisé", "Participants et organisations",
    "Moteurs du changement", "Matrice impact × incertitude", "Incertitudes clés",
    "Futurs souhaitables", "Actions", "Matrice impact × effort", "Feuille de route",
    "Engagements par organisation", "Ingrédients de la coopération et prochaines étapes",
    "Annexe : toutes les contributions",
)
EN_HEADINGS = (
    "Key figures", "Agenda: planned and as run", "Participants and organisations",
    "Drivers of change", "Impact × uncertainty matrix", "Key uncertainties",
    "Desirable futures", "Actions", "Impact × effort matrix", "Roadmap",
    "Commitments by organisation", "Cooperation ingredients and next steps",
    "Annex: every contribution",
)


@pytest.fixture
def rich(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    return rich_workshop(store, workshop)


def export(data: api.WorkshopData, tmp_path: Path, name: str = "out.pdf",
           **options: object) -> Path:
    path = tmp_path / name
    export_pdf(data, path, PdfOptions(**options))  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize(("language", "headings"), [("fr", FR_HEADINGS), ("en", EN_HEADINGS)])
def test_every_section_heading_is_in_the_chosen_language(
    rich: api.WorkshopData, tmp_path: Path, language: str, headings: tuple[str, ...]
) -> None:
    text = all_text(export(rich, tmp_path, language=language)).replace("\u00a0", " ")
    missing = [h for h in headings if h not in text]
    assert not missing
    assert "Atelier alimentation 2030" in text
    assert "Le quartier nourricier" in text


def test_key_uncertainty_and_commitments_are_named(rich: api.WorkshopData,
                                                   tmp_path: Path) -> None:
    pages = pages_text(export(rich, tmp_path))
    text = "\n".join(pages)
    # its code is its number in the room: after the five "Société" drivers (the room's
    # groups: Société, Technologie, Économie), though it was captured first
    assert re.search(r"M6\s+Hausse durable des prix de l’énergie", text)
    pat_page = next(p for p in pages  # under the running head of the section it continues
                    if p.lstrip().removeprefix("Engagements par organisation (suite)").lstrip()
                    .startswith("PAT"))
    assert "Pérenniser les paniers solidaires" in pat_page
    assert "Réunir producteurs et associations en septembre" in pat_page
    # the first sheet (French order: "Épicerie" first) shares the section's first page
    partner_page = next(p for p in pages if "Épicerie solidaire « Le Panier »\n" in p
                        and "Engagements par organisation" in p)
    assert "assurer les distributions" in partner_page


def test_anonymised_synthesis_names_organisations_but_no_participant(
    rich: api.WorkshopData, tmp_path: Path
) -> None:
    text = all_text(export(rich, tmp_path, anonymised=True))
    assert "Awa Diallo" not in text and "Louis Martin" not in text
    assert "Métropole – Cohésion sociale" in text and "PAT" in text
    named = all_text(export(rich, tmp_path, "named.pdf", anonymised=False))
    assert "Awa Diallo" in named and "Louis Martin" in named


def test_anonymised_by_default_when_the_workshop_is_anonymous(
    store: api.Store, rich: api.WorkshopData, tmp_path: Path
) -> None:
    api.update_workshop(store, rich.workshop.id, anonymous=True)
    data = api.load_workshop(store, rich.workshop.id)
    api.add_card(store, phase_of(data, PhaseKind.INTRO).id, "Bienvenue", author="Awa Diallo")
    data = api.load_workshop(store, rich.workshop.id)
    assert "Awa Diallo" not in all_text(export(data, tmp_path))
    assert "Awa Diallo" in all_text(export(data, tmp_path, "n.pdf", anonymised=False))


def test_user_markup_is_shown_literally_and_never_acts(rich: api.WorkshopData,
                                                       tmp_path: Path) -> None:
    path = export(rich, tmp_path)
    text = all_text(path)
    for hostile in HOSTILE:
        assert hostile in text
    for page in pypdf.PdfReader(path).pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_every_font_is_embedded(rich: api.WorkshopData, tmp_path: Path) -> None:
    reader = pypdf.PdfReader(export(rich, tmp_path))
    seen = 0
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            assert "/FontFile2" in target["/FontDescriptor"], font["/BaseFont"]
            seen += 1
    assert seen


def test_narrow_no_break_space_never_breaks_a_line(store: api.Store, rich: api.WorkshopData,
                                                   tmp_path: Path) -> None:
    phase = phase_of(rich, PhaseKind.INTRO).id
    # words of varying length put the amount at every place of a line; with U+202F passed
    # to reportlab as it is, several lines of this text break between "10" and "000"
    text = " ".join(f"{'m' * (i % 13 + 1)} 10\u202f000" for i in range(300))
    api.add_card(store, phase, text)
    extracted = all_text(export(api.load_workshop(store, rich.workshop.id), tmp_path))
    assert len(re.findall(r"10[ \u00a0\u202f]+000", extracted)) >= 300
    assert not re.search(r"10\s*\n\s*000", extracted)


def test_emoji_and_cjk_keep_their_characters(rich: api.WorkshopData, tmp_path: Path) -> None:
    text = all_text(export(rich, tmp_path))
    for expected in ("🎉", "中文", "日本語", "☀", "Fête"):
        assert expected in text
    assert "\x00" not in text


def test_a_card_longer_than_a_page_continues_on_the_next_pages(
    store: api.Store, rich: api.WorkshopData, tmp_path: Path
) -> None:
    phase = phase_of(rich, PhaseKind.DRIVERS).id
    words = " ".join(f"mot{i}" for i in range(14_000))
    long_text = (words + " FIN-DU-TEXTE")[:99_990] + " FIN-DU-TEXTE"
    assert len(long_text) >= 100_000
    api.add_card(store, phase, long_text, category="Société", impact=2, uncertainty=2)
    short = len(pages_text(export(rich, tmp_path, "short.pdf")))
    pages = pages_text(export(api.load_workshop(store, rich.workshop.id), tmp_path))
    assert len(pages) > short + 10
    assert sum(page.count("FIN-DU-TEXTE") for page in pages) >= 2  # table and annex


def test_a_long_url_wraps_inside_its_column(store: api.Store, rich: api.WorkshopData,
                                            tmp_path: Path) -> None:
    api.add_participants(store, rich.workshop.id, f"Nora Benali\tPAT\t{URL}\tTable 3")
    long_url = "https://example.org/" + "a" * 400
    api.add_card(store, phase_of(rich, PhaseKind.INTRO).id, long_url)
    pages = pages_text(export(api.load_workshop(store, rich.workshop.id), tmp_path))
    text = "\n".join(pages)
    lines = text.splitlines()
    table = next(p for p in pages if "Nora Benali" in p).splitlines()  # the participants
    assert not any(URL in line for line in table)  # the narrow role column wraps it
    assert URL in "".join(table)
    assert "a" * 400 in "".join(lines)
    assert max(len(line) for line in lines) < 200


def test_metadata_language_and_outline(rich: api.WorkshopData, tmp_path: Path) -> None:
    reader = pypdf.PdfReader(export(rich, tmp_path))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Synthèse de l’atelier — Atelier alimentation 2030"
    assert meta.author and meta.subject and meta.creator == "CoopAtelier"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "fr-FR"
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Moteurs du changement" in top and "Engagements par organisation" in top
    nested = [i.title for sub in reader.outline if isinstance(sub, list) for i in sub
              if not isinstance(i, list)]
    assert "PAT" in nested
    english = pypdf.PdfReader(export(rich, tmp_path, "en.pdf", language="en"))
    english_root: Any = english.trailer["/Root"]
    assert english_root["/Lang"] == "en-GB"


def test_outline_entries_open_the_page_of_their_heading(rich: api.WorkshopData,
                                                        tmp_path: Path) -> None:
    path = export(rich, tmp_path)
    reader = pypdf.PdfReader(path)
    pages = [text.replace("\u00a0", " ") for text in pages_text(path)]
    entries: list[Any] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else entries.append(item)

    walk(reader.outline)
    assert len(entries) > 10
    for entry in entries:
        number = reader.get_destination_page_number(entry)
        assert number is not None and entry.title in pages[number], entry.title


def test_every_page_after_the_cover_says_x_of_y(rich: api.WorkshopData,
                                                tmp_path: Path) -> None:
    pages = pages_text(export(rich, tmp_path))
    total = len(pages)
    assert total > 5
    assert " / " not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert page.count(f"{number} / {total}") == 1
        assert "Atelier alimentation 2030" in page


def test_a_page_left_open_is_numbered_too(tmp_path: Path) -> None:
    """Saving finishes a page still open before the totals are written."""
    fonts()
    path = tmp_path / "pages.pdf"
    canvas = document.numbered_canvas("Titre")(str(path))
    for number in (1, 2, 3):
        canvas.drawString(100, 500, f"page {number}")
        if number < 3:
            canvas.showPage()
    canvas.save()
    pages = pages_text(path)
    assert len(pages) == 3 and " / " not in pages[0]
    assert [page.count(f"{n} / 3") for n, page in enumerate(pages[1:], start=2)] == [1, 1]


def test_drawn_flowables_are_let_go_during_the_build(
    rich: api.WorkshopData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 5,000-card synthesis has tens of thousands of paragraphs: each is let go once drawn
    (kept, they took hundreds of MiB), so that the memory an export takes stays bounded."""
    made = sections.story
    drawn: list[weakref.ref[Flowable]] = []
    alive_at_the_end: list[int] = []

    class LastFlowable(Flowable):  # type: ignore[misc]
        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            gc.collect()
            alive_at_the_end.append(sum(ref() is not None for ref in drawn))

    def story(context: sections.Context, *, annex_included: bool) -> list[Flowable]:
        flowables = made(context, annex_included=annex_included)
        drawn.extend(weakref.ref(flowable) for flowable in flowables)
        return [*flowables, LastFlowable()]

    monkeypatch.setattr(sections, "story", story)
    export(rich, tmp_path)
    assert len(drawn) > 50
    assert alive_at_the_end == [0]


def test_without_annex_the_annex_is_left_out(rich: api.WorkshopData, tmp_path: Path) -> None:
    assert "Annexe" not in all_text(export(rich, tmp_path, annex=False))


def test_a_workshop_without_cards_exports(store: api.Store, workshop: api.WorkshopData,
                                          tmp_path: Path) -> None:
    api.delete_cards(store, [c.id for c in workshop.cards])
    data = api.load_workshop(store, workshop.workshop.id)
    assert not data.live_cards()
    text = all_text(export(data, tmp_path)).replace("\u00a0", " ")
    assert "Rien n’a été noté ici pendant l’atelier." in text
    assert "Chiffres clés" in text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_key_figures_leave_out_the_dots_when_nobody_voted(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path, language: str
) -> None:
    """Without a vote round (then with a round and no dot), the key figures say nothing of
    dots, rather than "0 — dots"; once a dot is given, its tile is there."""
    label = {"fr": "Gommettes (tous les tours)", "en": "Dots (all rounds)"}[language]
    assert not workshop.rounds
    text = all_text(export(workshop, tmp_path, language=language))
    assert label not in text
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    future = api.add_card(store, futures, "Un quartier nourricier").new_id
    round_id = api.create_round(store, futures, title="Vote").new_id
    data = api.load_workshop(store, workshop.workshop.id)
    assert label not in all_text(export(data, tmp_path, "round.pdf", language=language))
    api.add_votes(store, round_id, future, 3)
    data = api.load_workshop(store, workshop.workshop.id)
    pages = pages_text(export(data, tmp_path, "voted.pdf", language=language))
    figures = next(page for page in pages if label in page)
    key = {"fr": "Chiffres clés", "en": "Key figures"}[language]
    assert key in figures  # the tile is back among the key figures, with its 3 dots
    numbers = figures.split(key, 1)[1].split(label, 1)[0]
    assert re.findall(r"\d+", numbers)[-1] == "3"


def test_a_failed_export_leaves_the_previous_file_and_no_temporary(
    rich: api.WorkshopData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "synthese.pdf"
    path.write_bytes(b"previous")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(document, "build", broken)
    with pytest.raises(ExportError, match=r"^Cannot write .*synthese\.pdf: disk full\.$"):
        export_pdf(rich, path)  # one sentence for the user, not an OSError
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if "synthese" in p.name] == ["synthese.pdf"]


def test_an_unknown_language_is_refused(rich: api.WorkshopData, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language"):
        export_pdf(rich, tmp_path / "x.pdf", PdfOptions(language="de"))


def test_pre_filled_cards_are_not_counted_as_contributions(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """The template's seeded card (« Confiance ») is neither a contribution in the key figures
    nor listed in the annex as captured at a time."""
    seeded = [card for card in workshop.cards if card.seeded]
    assert [card.text for card in seeded] == ["Confiance"]
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    api.add_card(store, drivers, "Hausse des prix")
    api.add_card(store, drivers, "Nouveaux jardins")
    data = api.load_workshop(store, workshop.workshop.id)
    pages = pages_text(export(data, tmp_path, language="en"))
    figures = next(page for page in pages if "Key figures" in page)
    numbers = figures.split("Key figures", 1)[1].split("Participants", 1)[0]
    assert re.findall(r"\d+", numbers)[2] == "2"
    annex = next(page for page in pages if "Annex: every contribution" in page)
    line = next(row for row in annex.splitlines() if "pre-filled" in row)
    assert not re.search(r"\d\d:\d\d", line)
    assert annex.index("pre-filled") < annex.index("Confiance")


def test_a_point_d_etape_prints_what_it_was_for_and_who_was_there(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """A point d'étape sees every organisation of its démarche: only those present are
    listed; the foresight sections it had nothing for are left out."""
    from coopatelier.exchange.markdown import markdown_text

    demarche = api.create_demarche(store, title="Feuille de route").new_id
    api.attach_workshop(store, demarche, workshop.workshop.id)
    checkpoint = api.create_workshop(
        store, api.find_template("roadmap-checkpoint", store=store), title="Checkpoint",
        demarche_id=demarche,
    ).new_id
    data = api.load_workshop(store, checkpoint)
    assert {o.name for o in data.organisations} >= {"PAT", "Métropole – Cohésion sociale"}
    action = api.add_card(store, phase_of(data, PhaseKind.ACTIONS).id, "Épicerie mobile").new_id
    pat = next(o.id for o in data.organisations if o.name == "PAT")
    api.update_card(store, action, title="Épicerie mobile", lead_organisation_id=pat)
    data = api.load_workshop(store, checkpoint)
    assert [o.name for o in data.present_organisations()] == ["PAT"]
    text = all_text(export(data, tmp_path, language="en")).replace("\u00a0", " ")
    assert "Métropole" not in text
    assert "PAT" in text and "Épicerie mobile" in text
    for absent in ("Drivers of change", "Desirable futures", "Key uncertainties"):
        assert absent not in text
    assert "Métropole" not in markdown_text(data)
    # a workshop of its own still lists all of its organisations and its agenda's sections
    own = all_text(export(api.load_workshop(store, workshop.workshop.id), tmp_path, "own.pdf",
                          language="en"))
    assert "Métropole" in own and "Drivers of change" in own


def test_a_point_d_etape_synthesis_tells_its_review_and_governance(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """Each reviewed action with what was recorded in this workshop (not before), and the
    governance as it stands with the decisions of this workshop: PDF and Markdown."""
    import datetime as dt

    from coopatelier.export import export_workshop

    demarche = api.create_demarche(store, title="Feuille de route").new_id
    actions = phase_of(workshop, PhaseKind.ACTIONS).id
    first = api.add_card(store, actions, "Paniers solidaires").new_id
    api.update_card(store, first, title="Paniers solidaires")
    second = api.add_card(store, actions, "Cantine des familles").new_id
    api.update_card(store, second, title="Cantine des familles")
    api.attach_workshop(store, demarche, workshop.workshop.id)
    api.add_follow_up(store, first, "Noté avant la rencontre")
    checkpoint = api.create_workshop(
        store, api.find_template("roadmap-checkpoint", store=store), title="Checkpoint",
        demarche_id=demarche,
    ).new_id
    api.change_status(store, first, "realisee", note="150 paniers par semaine",
                      workshop_id=checkpoint)
    api.add_follow_up(store, second, "Un local trouvé", workshop_id=checkpoint)
    pat = next(o.id for o in api.load_demarche(store, demarche).organisations
               if o.name == "PAT")
    api.add_member(store, demarche, organisation_id=pat, collective_role="pilote")
    api.update_demarche(store, demarche, rhythm="tous les deux mois",
                        next_meeting_date=dt.date(2027, 2, 4))
    api.add_decision(store, demarche, "Ouvrir le collectif aux écoles",
                     decided_on=dt.date(2026, 12, 6), workshop_id=checkpoint)
    api.add_decision(store, demarche, "Décision d’avant", decided_on=dt.date(2026, 4, 1))
    pdf = export_workshop(store, checkpoint, tmp_path / "c.pdf", "pdf", language="en")
    text = all_text(pdf).replace("\u00a0", " ")
    md = export_workshop(store, checkpoint, tmp_path / "c.md", "md").read_text("utf-8")
    for said in (text, md):
        assert "Review of the roadmap" in said
        assert "Paniers solidaires" in said and "Cantine des familles" in said
        assert "150 paniers par semaine" in said and "Un local trouvé" in said
        assert "Noté avant la rencontre" not in said  # recorded before this workshop
        assert "Governance of the collective" in said
        assert "tous les deux mois" in said and "pilote" in said
        assert "Ouvrir le collectif aux écoles" in said
        assert "Décision d’avant" not in said
    assert re.search(r"Status: Done|Status: Completed|Status: \w+", text)
    assert "4 February 2027" in text


def _unscheduled_workshop(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    """Drivers, and actions without a lead organisation or a year: nothing to place on
    the roadmap."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    for index in range(12):
        api.add_card(store, drivers, f"Moteur {index} : les prix de l’énergie montent",
                     impact=index % 5 + 1, uncertainty=(index * 2) % 5 + 1)
    actions = phase_of(workshop, PhaseKind.ACTIONS).id
    api.add_card(store, actions, "Paniers solidaires", title="Pérenniser les paniers")
    api.add_card(store, actions, "Une maison de l’alimentation", title="Maison de l’alimentation",
                 impact=4, effort=5)
    return api.load_workshop(store, workshop.workshop.id)


@pytest.mark.parametrize(("language", "line", "roadmap"), [
    ("fr", "Feuille de route : aucune action n’a encore de structure pilote et d’année.",
     "Chacun son poste"),
    ("en", "Roadmap: no action has a lead organisation and a year yet.", "Each to their post"),
])
def test_a_roadmap_without_a_scheduled_action_gets_a_line_not_a_page(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    language: str, line: str, roadmap: str,
) -> None:
    """No action has a lead and a year: the roadmap is one line under the last action,
    no section of its own (which got a page to itself before the closing's): the PDF has
    the pages it would have without any roadmap, fewer than with the old unplaced chart."""
    data = _unscheduled_workshop(store, workshop)
    pages = [page.replace("\u00a0", " ") for page in
             pages_text(export(data, tmp_path, "line.pdf", language=language))]
    holding = [index for index, page in enumerate(pages) if line in page]
    assert len(holding) == 1, "the line, once"
    # under the last action, on its page (both actions are on it here)
    assert "Pérenniser les paniers" in pages[holding[0]]
    assert "Maison de l’alimentation" in pages[holding[0]]
    assert not any(roadmap in page for page in pages)  # no roadmap section
    # the next page is the closing's, as it would be without a roadmap
    closing = {"fr": "Ingrédients de la coopération", "en": "Cooperation ingredients"}[language]
    assert pages[holding[0] + 1].lstrip().startswith(closing)
    with monkeypatch.context() as patched:
        patched.setattr(sections, "unscheduled_line", lambda ctx: [])
        without = pages_text(export(data, tmp_path, "none.pdf", language=language))
        patched.setattr(sections, "scheduled", lambda ctx: roadmap_actions(ctx.data))
        charted = pages_text(export(data, tmp_path, "chart.pdf", language=language))
    assert len(pages) == len(without) < len(charted)


def test_a_workshop_without_actions_prints_no_roadmap(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
) -> None:
    """No action at all (the actions section says nothing was noted): no roadmap section
    and no line — its empty page is gone; a note taken in the roadmap phase still has its
    section."""
    data = _unscheduled_workshop(store, workshop)
    api.delete_cards(store, [c.id for c in data.cards if c.kind is api.CardKind.ACTION])
    data = api.load_workshop(store, workshop.workshop.id)
    path = export(data, tmp_path)
    text = all_text(path).replace("\u00a0", " ")
    assert "Chacun son poste" not in text and "aucune action n’a encore" not in text
    top = [item.title for item in pypdf.PdfReader(path).outline if not isinstance(item, list)]
    assert "Actions" in top and "Feuille de route" not in top
    roadmap_phase = phase_of(workshop, PhaseKind.ROADMAP).id
    api.add_card(store, roadmap_phase, "Rôle vacant : qui porte la logistique ?")
    data = api.load_workshop(store, workshop.workshop.id)
    text = all_text(export(data, tmp_path, "notes.pdf")).replace("\u00a0", " ")
    assert "Chacun son poste" in text and "Rôle vacant : qui porte la logistique ?" in text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_closing_items_of_no_group_are_headed_other_items(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path, language: str
) -> None:
    """A closing card of no group was printed under "Next steps" — a second "Next steps"
    when that was one of the phase's groups; the window and the room call it "Other
    items"."""
    closing = phase_of(workshop, PhaseKind.CLOSING)
    api.update_phase(store, closing.id, categories=["Prochaines étapes"])
    api.add_card(store, closing.id, "Envoyer la synthèse", category="Prochaines étapes")
    api.add_card(store, closing.id, "Un second atelier avec les habitants")
    data = api.load_workshop(store, workshop.workshop.id)
    page = next(p for p in pages_text(export(data, tmp_path, language=language))
                if "Un second atelier avec les habitants" in p)
    other = "Autres éléments" if language == "fr" else "Other items"
    assert page.count("Prochaines étapes") == 1
    assert page.index("Prochaines étapes") < page.index("Envoyer la synthèse")
    assert page.index(other) < page.index("Un second atelier avec les habitants")
