"""The PDF's codes follow the room's numbers: a phase's cards are coded in the order the
room shows them (by group), so every table reads M1, M2, M3… and a driver's code is the
number the room voted it by; beside its dots, a card shows the number it carried in that
round ("Tour 1 · n° 10 : 2 gommettes"), even after later moves."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.export import export_workshop
from coopatelier.export.pdf import PdfOptions, export_pdf
from tests.conftest import phase_of
from tests.unit.pdf_helpers import all_text, flat

#: drivers as captured (title, category); the phase's groups are Société, Technologie,
#: Économie; Santé and Climat are not the phase's: the room shows them as they come
CAPTURED = (
    ("Prix", "Économie"), ("Alpha", ""), ("Hopital", "Santé"), ("Teletravail", "Société"),
    ("Robots", "Technologie"), ("Secheresse", "Climat"), ("Vieillissement", "Société"),
    ("Inflation", "Économie"), ("Medecins", "Santé"), ("Bravo", ""),
    ("Capteurs", "Technologie"),
)
#: the room's order of those drivers: its numbers, 1 to 11
ROOM = ("Teletravail", "Vieillissement", "Robots", "Capteurs", "Prix", "Inflation",
        "Hopital", "Medecins", "Secheresse", "Alpha", "Bravo")


def captured(store: api.Store, workshop: api.WorkshopData) -> dict[str, uuid.UUID]:
    """The drivers captured out of the room's order, a round opened on them (it numbers
    them in the room's order: "Alpha", captured second, is card 10) and two dots given to
    Alpha; a future answering two drivers, linked in another order."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    ids = {title: api.add_card(store, drivers, title, title=title, category=category).new_id
           for title, category in CAPTURED}
    round_id = api.create_round(store, drivers, title="Tour").new_id
    api.add_votes(store, round_id, ids["Alpha"], 2)
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    ids["Futur"] = api.add_card(store, futures, "Futur", title="Futur",
                                links=(ids["Bravo"], ids["Teletravail"])).new_id
    return ids


def drivers_tables(text: str) -> str:
    """The drivers' tables by category: after the key uncertainties and the round's
    ranking (which ends before the first group, Société), before the futures."""
    section = text.split("Incertitudes clés", 1)[1].split("Futurs souhaitables", 1)[0]
    return re.sub(r"Classement, tour 1.*?(?=Société)", "", section, count=1)


def test_codes_follow_the_room_s_numbers_and_read_in_sequence(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    ids = captured(store, workshop)
    wid = workshop.workshop.id
    assert api.round_numbers(store, api.load_workshop(store, wid).rounds[0].id) == {
        ids[title]: number for number, title in enumerate(ROOM, start=1)}
    text = flat(all_text(export_workshop(store, wid, tmp_path / "fr.pdf", "pdf")))
    tables = drivers_tables(text)
    # the tables by category, as the room groups them, read M1, M2 … M11 (never M1, M10)
    assert re.findall(r"\bM(\d+)\b", tables) == [str(n) for n in range(1, 12)]
    for group in ("Société", "Technologie", "Économie", "Santé", "Climat", "Sans catégorie"):
        assert group in tables, group
    assert (tables.index("Société") < tables.index("Technologie") < tables.index("Économie")
            < tables.index("Santé") < tables.index("Climat"))
    # each driver's code is its number in the room
    for number, title in enumerate(ROOM, start=1):
        assert re.search(rf"\bM{number} {title}\b", tables), title
    # the dots of card 10 say so, beside its code M10
    assert re.search(r"\bM10 Alpha Tour 1 · n° 10 : 2 gommettes", tables), tables
    # the annex lists them in the same sequence
    annex = text.split("Annexe : toutes les contributions")[-1]
    assert re.findall(r"\bM(\d+)\b", annex) == [str(n) for n in range(1, 12)]
    # a future's links in the codes' order, whatever order they were made in
    answers = text.split("Futur Répond à : ", 1)[1]
    assert answers.startswith("M1 Teletravail, M11 Bravo"), answers[:80]


def test_a_card_keeps_the_number_of_its_round_after_later_moves(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """A driver captured after the round opened takes the round's next number (12), and a
    later move changes the codes, not the numbers printed beside each round's dots."""
    ids = captured(store, workshop)
    wid = workshop.workshop.id
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    late = api.add_card(store, drivers, "Tard", title="Tard", category="Société").new_id
    round_id = api.load_workshop(store, wid).rounds[0].id
    api.add_votes(store, round_id, late, 1)
    # Bravo into the first group, first: one gesture
    api.move_cards(store, [ids["Bravo"]], before=ids["Teletravail"], category="Société")
    for language, m, word, no, colon, one, many in (
            ("fr", "M", "Tour", "n°", " :", "gommette", "gommettes"),
            ("en", "D", "Round", "no.", ":", "dot", "dots")):
        path = export_workshop(store, wid, tmp_path / f"{language}.pdf", "pdf",
                               language=language, annex=False)
        text = flat(all_text(path))
        # codes now: Bravo M1, Teletravail M2, Vieillissement M3, Tard M4 … Alpha M12
        assert f"{m}1 Bravo" in text and f"{m}2 Teletravail" in text
        assert f"{m}4 Tard {word} 1 · {no} 12{colon} 1 {one}" in text
        assert f"{m}12 Alpha {word} 1 · {no} 10{colon} 2 {many}" in text
    # without the stored numbers (a workshop from another laptop's file: numbers do not
    # travel), the round numbers the cards in the room's order now
    data = api.load_workshop(store, wid)
    path = tmp_path / "fallback.pdf"
    export_pdf(data, path, PdfOptions(language="fr", annex=False))
    text = flat(all_text(path))
    assert "M4 Tard Tour 1 · n° 4 : 1 gommette" in text
    assert "M12 Alpha Tour 1 · n° 12 : 2 gommettes" in text
