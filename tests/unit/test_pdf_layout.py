"""The synthesis reads as designed: the app's words, dates in words, legible type, blocks kept
on one page, and no page left nearly empty. Read back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.domain.analysis import (
    ActionQuadrant,
    DriverQuadrant,
    roadmap_actions,
    roadmap_lanes,
)
from coopatelier.domain.model import PhaseKind
from coopatelier.export.pdf import PdfOptions, export_pdf
from coopatelier.export.pdf.labels import Labels
from tests.conftest import phase_of
from tests.unit.pdf_helpers import normalised, pages_text, rich_workshop

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations" / "coopatelier_fr.ts"
#: The English source strings the app shows for each quadrant (ui/projector/content.py for
#: the drivers' matrix, ui/views/actions_partners.py for the actions' matrix).
APP_DRIVER_QUADRANTS = {
    DriverQuadrant.KEY_UNCERTAINTY: ("Projector", "Key uncertainties"),
    DriverQuadrant.CERTAIN_TREND: ("Projector", "Certain trends"),
    DriverQuadrant.SECONDARY_UNCERTAINTY: ("Projector", "To watch"),
    DriverQuadrant.CONTEXT: ("Projector", "Context"),
}
APP_ACTION_QUADRANTS = {
    ActionQuadrant.QUICK_WIN: "Quick wins",
    ActionQuadrant.MAJOR_PROJECT: "Major projects",
    ActionQuadrant.FILL_IN: "Fill-ins",
    ActionQuadrant.THANKLESS: "Thankless tasks",
}
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")


def export(data: api.WorkshopData, tmp_path: Path, name: str = "out.pdf",
           **options: object) -> Path:
    path = tmp_path / name
    export_pdf(data, path, PdfOptions(**options))  # type: ignore[arg-type]
    return path


def french_translations() -> dict[tuple[str, str], str]:
    """(context, source) → French translation, from the app's .ts file."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(TRANSLATIONS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                found[(name, source)] = translation
    return found


@pytest.fixture
def rich(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    return rich_workshop(store, workshop)


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo workshop's synthesis in French and English (exported once)."""
    folder = tmp_path_factory.mktemp("demo")
    with api.open_store(data_dir=folder / "home") as store:
        data = api.load_workshop(store, create_demo_workshop(store))
    return {language: export(data, folder, f"{language}.pdf", language=language)
            for language in ("fr", "en")}


def test_quadrant_names_are_the_apps_in_both_languages() -> None:
    french = french_translations()
    contexts = {source: context for (context, source) in french}
    fr, en = Labels("fr"), Labels("en")
    for quadrant, key in APP_DRIVER_QUADRANTS.items():
        assert en.driver_quadrant(quadrant) == key[1]
        assert fr.driver_quadrant(quadrant) == french[key]
    for action_quadrant, source in APP_ACTION_QUADRANTS.items():
        assert en.action_quadrant(action_quadrant) == source
        assert fr.action_quadrant(action_quadrant) == french[(contexts[source], source)]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_matrices_name_their_quadrants_as_the_app_does(
    rich: api.WorkshopData, tmp_path: Path, language: str
) -> None:
    text = normalised("\n".join(pages_text(export(rich, tmp_path, language=language))))
    expected = {
        "fr": ("Tendances certaines", "À surveiller", "Actions d’appoint", "Tâches ingrates",
               "Gains rapides".upper()),
        "en": ("Certain trends", "To watch", "Fill-ins", "Thankless tasks", "QUICK WINS"),
    }[language]
    for name in expected:
        assert name in text
    for old in ("Tendances à anticiper", "Signaux à surveiller", "Petits pas", "À reconsidérer",
                "Trends to plan for", "Signals to watch", "Small steps", "To reconsider"):
        assert old not in text


@pytest.mark.parametrize(
    ("language", "day", "words"),
    [("fr", dt.date(2026, 11, 29), "29 novembre 2026"),
     ("fr", dt.date(2026, 4, 1), "1er avril 2026"),
     ("en", dt.date(2026, 11, 29), "29 November 2026")],
)
def test_dates_are_written_in_words(language: str, day: dt.date, words: str) -> None:
    assert Labels(language).date(day) == words


def test_the_cover_writes_its_dates_in_french_words(rich: api.WorkshopData,
                                                    tmp_path: Path) -> None:
    cover = normalised(pages_text(export(rich, tmp_path))[0])
    today = dt.date.today()
    first = "1er" if today.day == 1 else str(today.day)
    assert f"le {first} {MONTHS_FR[today.month - 1]} {today.year}" in cover
    assert "14 avril 2026" in cover  # the workshop's own date
    assert not re.search(r"\d{4}-\d{2}-\d{2}", cover)


def test_no_text_is_smaller_than_seven_and_a_half_points(demo_pdfs: dict[str, Path]) -> None:
    small: set[tuple[int, float, str]] = set()
    for number, page in enumerate(pypdf.PdfReader(demo_pdfs["fr"]).pages, start=1):

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float,
                  number: int = number) -> None:
            scale = ((tm[0] * cm[0] + tm[1] * cm[2]) ** 2
                     + (tm[0] * cm[1] + tm[1] * cm[3]) ** 2) ** 0.5
            if text.strip() and size * scale < 7.49:
                small.add((number, round(size * scale, 2), text.strip()[:20]))

        page.extract_text(visitor_text=visit)
    assert not small


def test_roadmap_boxes_show_whole_titles(demo_pdfs: dict[str, Path]) -> None:
    pages = [normalised(p) for p in pages_text(demo_pdfs["fr"])]
    start = next(i for i, p in enumerate(pages) if "Feuille de route Chacun son poste" in p)
    chart = " ".join(pages[start:start + 3]).split("Notes de la feuille de route")[0]
    assert "…" not in chart
    assert "Projet alimentaire territorial (PAT)" in chart
    assert "Ateliers cuisine de saison avec l’aide alimentaire" in chart


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_partner_has_its_lane_with_its_actions_and_roles(
    demo_pdfs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    """Read back from the PDF, each lane of the timeline holds exactly what the domain's
    lanes say: the lead's actions marked as led, each partner's with its role."""
    folder = tmp_path_factory.mktemp("lanes")
    with api.open_store(data_dir=folder / "home") as store:
        data = api.load_workshop(store, create_demo_workshop(store))
    labels = Labels(language)
    lanes = roadmap_lanes(roadmap_actions(data), data.organisations, data.workshop.language)
    partnered = {p.organisation_id for c in roadmap_actions(data) for p in c.partners}
    assert partnered <= {lane.organisation_id for lane in lanes}
    assert any(not e.lead for lane in lanes for e in lane.entries)
    pages = [normalised(p) for p in pages_text(demo_pdfs[language])]
    start = next(i for i, p in enumerate(pages)
                 if normalised(labels["roadmap_intro"]) in p)
    text = " ".join(pages[start:]).split(normalised(labels["roadmap_notes"]))[0]
    codes: dict[object, str] = {}
    prefix = labels.code_prefix(api.CardKind.ACTION)
    for card in data.live_cards():
        if card.kind is api.CardKind.ACTION:
            codes[card.id] = f"{prefix}{len(codes) + 1}"
    position = text.index(labels["organisation"])  # the chart's first header
    bounds: list[tuple[int, int]] = []
    for lane in lanes:
        name = lane.name if lane.organisation_id else labels["no_lead"]
        found = text.index(name, position)
        bounds.append((found, found + len(name)))
        position = found + len(name)
    for index, lane in enumerate(lanes):
        end = bounds[index + 1][0] if index + 1 < len(lanes) else len(text)
        segment = text[bounds[index][1]:end]
        for entry in lane.entries:
            part = labels["lead"] if entry.lead else entry.role
            code = codes[entry.card.id]
            assert re.search(rf"\b{code}\b", segment), (lane.name, code)
            assert normalised(part) in segment, (lane.name, part)
        # and nothing of another organisation's part
        others = {codes[e.card.id] for e in lane.entries}
        assert set(re.findall(rf"\b{prefix}\d+\b", segment)) == others, lane.name


def test_the_demo_synthesis_wastes_no_pages(demo_pdfs: dict[str, Path]) -> None:
    """The demo's French synthesis took 31 pages, several of them nearly empty; it now holds
    the 2×2 chart, a roadmap where every partner has its lane, the roadmap's notes and its
    key table, and fits in 30: the roadmap's years without actions are narrow, so its key
    no longer leaves one row alone on a page."""
    for path in demo_pdfs.values():
        assert len(pypdf.PdfReader(path).pages) <= 30


def test_each_future_is_kept_on_one_page(demo_pdfs: dict[str, Path]) -> None:
    pages = [normalised(p) for p in pages_text(demo_pdfs["fr"])]
    for title, end in (("Le quartier nourricier", "les familles paient selon leurs revenus."),
                       ("La débrouille organisée", "plus d’une semaine."),
                       ("Le droit à bien manger", "font le plein.")):
        # the future's own block (its title, then its dots), not its place in the 2×2
        block = rf"F\d {title} Tour \d+ · n° \d+ : \d+ gommettes?"
        page = next(p for p in pages if re.search(block, p))
        assert end in page, title


def test_each_action_is_kept_on_one_page(demo_pdfs: dict[str, Path]) -> None:
    pages = [normalised(p) for p in pages_text(demo_pdfs["fr"])]
    action_pages = [p for p in pages if "PREMIER PAS" in p]
    assert action_pages
    for page in action_pages:
        # every action title on the page is followed there by its whole table, to "SERT"
        assert page.count("PILOTE") == page.count("PREMIER PAS") == page.count("SERT ")


def test_one_commitment_page_per_organisation(demo_pdfs: dict[str, Path]) -> None:
    pages = [normalised(p) for p in pages_text(demo_pdfs["fr"])]
    sheets = [p for p in pages if "NOUS PILOTONS" in p or "NOUS Y CONTRIBUONS" in p]
    assert len(sheets) == 12  # the demo's organisations, a page each
    head = "Engagements par organisation (suite) "  # the section continued, page by page
    pat = next(p for p in sheets
               if p.removeprefix(head).startswith("Métropole Aix-Marseille-Provence – Projet"))
    assert "Julien Ferrand" in pat and "Élodie Martin" in pat  # who came
    assert "Notre rôle — co-animer le collectif et suivre les actions agricoles" in pat
    assert "Premier pas — Réunir producteurs et associations en septembre" in pat
    assert "NOUS TRAVAILLONS AVEC" in pat


def test_a_future_and_an_action_longer_than_a_page_continue_on_the_next_pages(
    store: api.Store, rich: api.WorkshopData, tmp_path: Path
) -> None:
    words = " ".join(f"mot{i}" for i in range(6_000))
    api.add_card(store, phase_of(rich, PhaseKind.FUTURES).id, "Long futur",
                 title="Un futur très long", narrative=f"{words} FIN-DU-FUTUR")
    api.add_card(store, phase_of(rich, PhaseKind.ACTIONS).id, "Longue action",
                 title="Une action très longue", description=f"{words} FIN-DE-L-ACTION")
    short = len(pages_text(export(rich, tmp_path, "short.pdf", annex=False)))
    pages = pages_text(export(api.load_workshop(store, rich.workshop.id), tmp_path,
                              annex=False))
    assert len(pages) >= short + 6  # each text fills more than two pages
    for end in ("FIN-DU-FUTUR", "FIN-DE-L-ACTION"):
        assert sum(page.count(end) for page in pages) == 1


def test_the_futures_2x2_is_drawn_with_its_poles_and_futures(
    demo_pdfs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The chart reads from top to bottom: the high vertical pole, the two upper quadrants'
    futures (left, right), the two lower ones, the horizontal poles, the low vertical pole;
    every future in its quadrant by its code and whole title, as the domain data says."""
    folder = tmp_path_factory.mktemp("axes")
    with api.open_store(data_dir=folder / "home") as store:
        data = api.load_workshop(store, create_demo_workshop(store))
    axes = data.axes
    assert axes is not None
    pages = [normalised(p) for p in pages_text(demo_pdfs["fr"])]
    page = next(p for p in pages if "Futurs souhaitables" in p and "Axes des scénarios" in p)
    chart = page[page.index(normalised(axes.y_high), page.index("Axes des scénarios") + 1
                           + len(axes.x_high)):]
    futures = [c for c in data.live_cards() if c.kind is api.CardKind.FUTURE]
    code = {c.id: f"F{index}" for index, c in enumerate(futures, start=1)}
    by_quadrant = {c.quadrant: c for c in futures}
    order = [normalised(axes.y_high)]
    order += [f"{code[by_quadrant[q].id]} {by_quadrant[q].title}" for q in ("-+", "++", "--", "+-")]
    order += [normalised(axes.x_low), normalised(axes.x_high), normalised(axes.y_low)]
    position = 0
    for text in order:
        found = chart.find(text, position)
        assert found >= position, text
        position = found + len(text)


def test_roadmap_years_without_actions_are_narrow_and_the_others_wrap_less() -> None:
    """Actions in 2026 and 2027 of a 2026–2030 roadmap: 2028–2030 take the width of their
    number only, the two busy years share the rest, so a long title wraps on fewer lines
    and the lane is shorter than with five equal years."""
    from reportlab.graphics.shapes import String

    from coopatelier.export.pdf import charts

    title = "Un collectif PAT – Cohésion sociale qui se réunit chaque trimestre avec les bailleurs"
    lanes = [charts.Lane("Centre social", (
        charts.RoadmapItem("A1", title, 2026, True, "Pilote"),
        charts.RoadmapItem("A2", title, 2027, False, "anime les ateliers du quartier"),
    ))]
    narrow = charts._TimelineLayout([2026, 2027, 2028, 2029, 2030], 480.0, {2026, 2027})
    equal = charts._TimelineLayout([2026, 2027, 2028, 2029, 2030], 480.0)
    assert narrow.widths[2:] == [charts.EMPTY_YEAR_W] * 3
    assert narrow.widths[0] == narrow.widths[1] > 1.8 * equal.widths[0]
    assert sum(narrow.widths) == pytest.approx(480.0 - narrow.label_w)
    assert narrow.lane_height(lanes[0]) < equal.lane_height(lanes[0])
    (drawing,) = charts.roadmap(lanes, 2026, 2030, undated_label="?", horizon_label="Org",
                                more_label="more")
    years = {s.text for s in drawing.contents if isinstance(s, String)}
    assert {"2026", "2027", "2028", "2029", "2030"} <= years  # every year still named
