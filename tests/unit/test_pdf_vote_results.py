"""The room's vote in the synthesis (rt7): each shown round prints its result in its phase's
section — its name, the dots given, its ranking with ties — in the app's word for dots
("gommettes", "dots"); a round hidden and never revealed prints nothing; a phase's
pre-filled cards are counted apart from its contributions, so the agenda's count in the app
is the sum of the two."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.export import export_workshop
from tests.conftest import phase_of
from tests.unit.pdf_helpers import all_text, flat

#: drivers in capture order (the room's order: no group) → dots: a tie of three for 3rd
DRIVERS = {"Retraites": 3, "Prix": 2, "Epiceries": 1, "Diabete": 1, "Foncier": 1,
           "Cantines": 0, "Energie": 0}


def section(text: str, start: str, end: str) -> str:
    """The text from the section heading ``start`` to the next section ``end``."""
    return text.split(start, 1)[1].split(end, 1)[0]


def voted(store: api.Store, workshop: api.WorkshopData, *,
          hidden: bool = False) -> tuple[api.WorkshopData, uuid.UUID]:
    """A drivers round "Moteurs prioritaires" (never hidden, or hidden and not revealed)
    with a three-way tie and two drivers without a dot."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    ids = {title: api.add_card(store, drivers, title, title=title).new_id for title in DRIVERS}
    round_id = api.create_round(store, drivers, title="Moteurs prioritaires", hidden=hidden,
                                dots_per_person=3).new_id
    for title, dots in DRIVERS.items():
        if dots:
            api.add_votes(store, round_id, ids[title], dots)
    return api.load_workshop(store, workshop.workshop.id), round_id


def export(store: api.Store, data: api.WorkshopData, path: Path, language: str = "fr",
           fmt: str = "pdf") -> str:
    written = export_workshop(store, data.workshop.id, path, fmt, language=language,
                              annex=False)
    return flat(all_text(written)) if fmt == "pdf" else written.read_text("utf-8")


def test_a_drivers_round_never_hidden_prints_its_title_and_ranking_with_ties(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """The drivers are printed unranked, by group: the round's block in their section is
    where the rank is — as the voting panel ranks them, ties "3 =", the dots given and per
    person, and the drivers without a dot named apart."""
    data, _ = voted(store, workshop)
    for language, head, facts, rows, none in (
        ("fr", "Classement, tour 1 — Moteurs prioritaires",
         "8 gommettes données · 3 gommettes par personne",
         "1. M1 Retraites n° 1 3 2. M2 Prix n° 2 2 3 = M3 Epiceries n° 3 1 "
         "3 = M4 Diabete n° 4 1 3 = M5 Foncier n° 5 1", "Sans gommette : M6, M7"),
        ("en", "Ranking, round 1 — Moteurs prioritaires", "8 dots given · 3 dots per person",
         "1. D1 Retraites no. 1 3 2. D2 Prix no. 2 2 3 = D3 Epiceries no. 3 1 "
         "3 = D4 Diabete no. 4 1 3 = D5 Foncier no. 5 1", "No dot: D6, D7"),
    ):
        text = export(store, data, tmp_path / f"{language}.pdf", language)
        drivers = (section(text, "Matrice impact × incertitude", "Futurs souhaitables")
                   if language == "fr" else
                   section(text, "Impact × uncertainty matrix", "Desirable futures"))
        assert head in drivers, drivers[:800]
        block = drivers.split(head, 1)[1]
        assert block.startswith(f" {facts}"), block[:200]
        assert rows in block, block[:400]
        assert none in block
        assert "3 =" not in block.split(none, 1)[1]  # the ranking is printed once
        # (a page that goes on with it is headed by it: "Moteurs du changement (suite) — …")
        assert text.count(head) - text.count(f" — {head}") == 1


def test_a_hidden_round_never_revealed_prints_nothing(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """Hidden and never revealed: no title, no ranking, no dot anywhere in the PDF; once
    revealed, its block is there."""
    data, round_id = voted(store, workshop, hidden=True)
    text = export(store, data, tmp_path / "hidden.pdf")
    assert "Moteurs prioritaires" not in text
    assert "Classement" not in text and "gommette" not in text.lower()
    api.reveal_round(store, round_id)
    data = api.load_workshop(store, data.workshop.id)
    text = export(store, data, tmp_path / "revealed.pdf")
    assert "Classement, tour 1 — Moteurs prioritaires 8 gommettes données" in text


def test_futures_already_ranked_get_the_round_s_line_and_no_second_list(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """Futures are printed ranked by their round: the section names the round and its dots
    given above them, and repeats no ranking table."""
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    first = api.add_card(store, futures, "Quartier", title="Quartier").new_id
    second = api.add_card(store, futures, "Cantine", title="Cantine").new_id
    round_id = api.create_round(store, futures, title="Nos futurs préférés").new_id
    api.add_votes(store, round_id, second, 4)
    api.add_votes(store, round_id, first, 2)
    data = api.load_workshop(store, workshop.workshop.id)
    text = export(store, data, tmp_path / "futures.pdf")
    part = text.rsplit("Futurs souhaitables", 1)[1].split("Actions", 1)[0]  # the section
    line = ("Classement, tour 1 — Nos futurs préférés : 6 gommettes données · "
            "3 gommettes par personne")
    assert line in part, part[:600]
    ranked = part.split(line, 1)[1]
    assert ranked.index("F2 Cantine") < ranked.index("F1 Quartier")  # ranked, once
    assert ranked.count("Cantine") == 1 and "RANG" not in part


def test_dots_are_called_as_the_app_calls_them_in_pdf_and_markdown(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """"gommettes" / "dots", as the voting panel and the room say, never "votes"."""
    data, _ = voted(store, workshop)
    for language, many, one in (("fr", "gommettes", "gommette"), ("en", "dots", "dot")):
        text = export(store, data, tmp_path / f"{language}.pdf", language)
        colon = " :" if language == "fr" else ":"
        no = "n°" if language == "fr" else "no."
        word = "Tour" if language == "fr" else "Round"
        assert f"Retraites {word} 1 · {no} 1{colon} 3 {many}" in text
        assert f"Foncier {word} 1 · {no} 5{colon} 1 {one}" in text
        assert ("Gommettes (tous les tours)" if language == "fr" else "Dots (all rounds)") in text
        assert not re.search(r"\bvotes?\b", text, re.IGNORECASE), language
    markdown = export(store, data, tmp_path / "w.md", fmt="md")
    assert "Tour 1\u00a0: 3 gommettes" in markdown and "Tour 1\u00a0: 1 gommette" in markdown
    assert not re.search(r"\bvotes?\b", markdown, re.IGNORECASE)


def test_a_round_of_the_intro_is_printed_with_its_phase_and_its_notes_headings(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """A phase with no section of its own (the intro) gets its rounds' results under its
    title; its notes have no code: the ranking names them by their text, those without a
    dot are counted."""
    intro = phase_of(workshop, PhaseKind.INTRO).id
    liked = api.add_card(store, intro, "Manger mieux").new_id
    api.add_card(store, intro, "Les enfants d’abord")
    round_id = api.create_round(store, intro).new_id
    api.add_votes(store, round_id, liked, 2)
    data = api.load_workshop(store, workshop.workshop.id)
    text = export(store, data, tmp_path / "intro.pdf", "en")
    block = text.split("Dots in other phases Accueil Ranking, round 1 ", 1)[1]
    assert block.startswith("2 dots given · 3 dots per person"), block[:200]
    assert "1. Manger mieux no. 1 2" in block
    assert "No dot: 1 other card" in block


def test_pre_filled_cards_are_counted_apart_beside_the_contributions(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """One rule for both tables: a phase's count is its contributions; its pre-filled cards
    are said apart ("+1 pré-remplie"), so the two add up to the app's agenda count."""
    closing = phase_of(workshop, PhaseKind.CLOSING).id
    api.add_card(store, closing, "Un deuxième atelier")
    api.add_card(store, closing, "Fixer la date", category="Prochaines étapes")
    data = api.load_workshop(store, workshop.workshop.id)
    assert len(data.cards_of_phase(closing)) == 3  # what the app's agenda says
    text = export(store, data, tmp_path / "fr.pdf")
    per_phase = section(text, "Contributions par séquence", "Déroulé")
    assert "Clôture 2 +1 pré-remplie" in per_phase, per_phase
    agenda = section(text, "Déroulé : prévu et réalisé", "Participants et organisations")
    assert re.search(r"Clôture 10 min – — 2 \+1 pré-remplie", agenda), agenda
    assert "Moteurs du changement 30 min – — 0 3 Futurs" in agenda  # none pre-filled
    english = export(store, data, tmp_path / "en.pdf", "en")
    assert "Clôture 2 +1 pre-filled" in english


def test_a_ranking_longer_than_a_page_with_a_card_longer_than_a_page_splits(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """60 drivers with dots, one whose only line is longer than a page, and a round title
    of 3,000 characters: the block splits over pages (the table in chunks, the long cell
    across pages) and the last ranked card is printed."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    long_line = "mot " * 5000
    round_id = api.create_round(store, drivers, title="Titre " * 500).new_id
    for index in range(60):
        text = long_line if index == 1 else f"Moteur {index:02d}"
        card = api.add_card(store, drivers, text).new_id
        api.add_votes(store, round_id, card, 61 - index)
    data = api.load_workshop(store, workshop.workshop.id)
    written = export_workshop(store, data.workshop.id, tmp_path / "long.pdf", "pdf",
                              annex=False)
    text = flat(all_text(written))
    ranking = text.split("Classement, tour 1 — Titre", 1)[1]
    assert "1. M1 Moteur 00 n° 1 61" in ranking
    assert "60. M60 Moteur 59 n° 60 2" in ranking
