"""Dots in the exports name their round and are never added across rounds (#13 point 3):
a phase voted twice prints its latest revealed round, the earlier one listed apart; the
CSV has a column per round."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from coopatelier import api
from coopatelier.domain.analysis import export_dots
from coopatelier.domain.model import PhaseKind
from coopatelier.export import export_workshop
from tests.conftest import phase_of
from tests.unit.pdf_helpers import all_text, flat

#: title → (dots in round 1, dots in round 2) of the futures phase
FUTURES = {"Alpha": (5, 0), "Bravo": (2, 4), "Charlie": (0, 1)}


def two_rounds(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    """Futures voted twice (the second round hidden, then revealed), and a third round
    still hidden; actions voted once."""
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    cards = {title: api.add_card(store, futures, title, title=title).new_id
             for title in FUTURES}
    first = api.create_round(store, futures, title="Premier tour").new_id
    second = api.create_round(store, futures, title="Second tour", hidden=True).new_id
    for title, (one, two) in FUTURES.items():
        if one:
            api.add_votes(store, first, cards[title], one)
        if two:
            api.add_votes(store, second, cards[title], two)
    api.reveal_round(store, second)
    third = api.create_round(store, futures, title="Secret", hidden=True).new_id
    api.add_votes(store, third, cards["Alpha"], 9)  # not revealed: shown nowhere
    actions = phase_of(workshop, PhaseKind.ACTIONS).id
    action = api.add_card(store, actions, "Xylo", title="Xylo").new_id
    once = api.create_round(store, actions, title="Vote").new_id
    api.add_votes(store, once, action, 2)
    return api.load_workshop(store, workshop.workshop.id)


def test_export_dots_take_the_latest_revealed_round_and_list_earlier_ones(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    data = two_rounds(store, workshop)
    dots = export_dots(data)
    by_title = {c.title: c.id for c in data.live_cards() if c.title}
    assert dots.totals[by_title["Bravo"]] == 4 and dots.totals[by_title["Charlie"]] == 1
    assert by_title["Alpha"] not in dots.totals  # none in round 2: unranked, not 5 nor 14
    assert dots.round_of[by_title["Alpha"]].number == 2
    assert dots.earlier[by_title["Alpha"]] == ((1, 5),)
    assert dots.earlier[by_title["Bravo"]] == ((1, 2),)
    assert by_title["Charlie"] not in dots.earlier
    assert dots.round_of[by_title["Xylo"]].number == 1 and dots.totals[by_title["Xylo"]] == 2
    assert dots.most_rounds == 2


def test_markdown_names_the_round_and_never_adds_rounds(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    data = two_rounds(store, workshop)
    text = export_workshop(store, data.workshop.id, tmp_path / "w.md", "md").read_text("utf-8")
    block = {title: text.split(f"### {title}")[1].split("###")[0] for title in (*FUTURES, "Xylo")}
    # the voting panel's word, "gommettes", never "votes"
    assert "Tour 2\u00a0: 4 gommettes · rang 1. · Tour 1\u00a0: 2 gommettes" in block["Bravo"]
    assert "Tour 2\u00a0: 1 gommette · rang 2." in block["Charlie"]
    assert "Tour 1" not in block["Charlie"]  # no dot in round 1: nothing to list
    assert "Tour 2\u00a0: 0 gommette · Tour 1\u00a0: 5 gommettes" in block["Alpha"]  # French
    assert "rang" not in block["Alpha"]
    assert "Tour 1\u00a0: 2 gommettes · rang 1." in block["Xylo"]
    assert not re.search(r"\b(6|9|14) gommettes", text)  # 2 + 4, the secret round, a sum
    assert not re.search(r"\d votes?\b", text)


def test_pdf_names_the_round_and_never_adds_rounds(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    data = two_rounds(store, workshop)
    # each round's dots beside the number the card carried in that round in the room
    # (Alpha, Bravo, Charlie: 1, 2, 3 in both rounds; Xylo: 1 in the actions' round)
    for language, word, colon, rank, none, no, one, many in (
            ("fr", "Tour", " :", "rang", "0 gommette", "n°", "gommette", "gommettes"),
            ("en", "Round", ":", "rank", "0 dots", "no.", "dot", "dots")):
        path = export_workshop(store, data.workshop.id, tmp_path / f"w-{language}.pdf", "pdf",
                               language=language, annex=False)
        text = flat(all_text(path))
        assert (f"Bravo {word} 2 · {no} 2{colon} 4 {many} · {rank} 1. · "
                f"{word} 1 · {no} 2{colon} 2 {many}") in text
        assert f"Charlie {word} 2 · {no} 3{colon} 1 {one} · {rank} 2." in text
        assert (f"Alpha {word} 2 · {no} 1{colon} {none} · {word} 1 · {no} 1{colon} 5 {many}"
                in text)
        assert f"Xylo {word} 1 · {no} 1{colon} 2 {many} · {rank} 1." in text
        assert not re.search(rf"\b(6|9) {many}", text)
        assert not re.search(r"\d votes?\b", text)  # the app's word (a round is "— Vote")
        # the key figure adds every revealed dot and says so
        all_rounds = "tous les tours" if language == "fr" else "all rounds"
        assert re.search(rf"\b14 [^0-9]*{all_rounds}", text), text[:600]


def test_csv_has_a_column_per_round(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    data = two_rounds(store, workshop)
    path = export_workshop(store, data.workshop.id, tmp_path / "w.csv", "csv")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    header, body = rows[0], rows[1:]
    assert "Votes" not in header
    one, two = header.index("Votes – tour 1"), header.index("Votes – tour 2")
    assert two == one + 1
    title = header.index("Titre")
    cells = {row[title]: (row[one], row[two]) for row in body if row[title]}
    assert cells["Alpha"] == ("5", "0")
    assert cells["Bravo"] == ("2", "4")
    assert cells["Charlie"] == ("0", "1")
    assert cells["Xylo"] == ("2", "")  # the actions phase had one round only


def open_rounds(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    """In every phase a card voted in a round that is open, never hidden and never revealed
    (its dots are shown live in the room), and a second card voted in a round still hidden."""
    for phase in workshop.phases:
        kind = phase.kind.value
        shown = api.add_card(store, phase.id, f"Texte {kind}", title=f"Vu-{kind}").new_id
        secret = api.add_card(store, phase.id, f"Secret {kind}", title=f"Caché-{kind}").new_id
        api.add_votes(store, api.create_round(store, phase.id).new_id, shown, 3)
        hidden = api.create_round(store, phase.id, hidden=True).new_id
        api.add_votes(store, hidden, secret, 7)
    return api.load_workshop(store, workshop.workshop.id)


def test_an_open_round_never_hidden_is_printed_alike_by_every_export(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """A round never hidden shows its dots in the room: the PDF (each section that prints
    the card, and the annex), the Markdown and the CSV print them on every kind of card;
    those of a round still hidden appear in none of them."""
    data = open_rounds(store, workshop)
    wid = data.workshop.id
    markdown = export_workshop(store, wid, tmp_path / "w.md", "md").read_text("utf-8")
    pdf = flat(all_text(export_workshop(store, wid, tmp_path / "w.pdf", "pdf", annex=False)))
    annexed = all_text(export_workshop(store, wid, tmp_path / "a.pdf", "pdf", annex=True))
    annex = flat(annexed[annexed.index("Annexe : toutes les contributions"):])
    printed_in_body = {"drivers", "futures", "actions", "roadmap", "closing"}
    stored = api.workshop_round_numbers(store, wid)
    for phase in data.phases:
        kind = phase.kind.value
        # beside its dots, the number the card carried in the room (the closing's after
        # its pre-filled card, in a group the room shows first)
        card = next(c for c in data.live_cards() if c.title == f"Vu-{kind}")
        first = min((r for r in data.rounds if r.phase_id == phase.id),
                    key=lambda r: r.created_at)
        dots = f"Tour 1 · n° {stored[first.id][card.id]} : 3 gommettes"
        md_line = next(line for line in markdown.splitlines() if f"Vu-{kind}" in line
                       or line.startswith(f"### Vu-{kind}"))
        after = markdown.split(md_line, 1)[1].split("###")[0].split("\n- Vu-")[0]
        assert "Tour 1\u00a0: 3 gommettes" in md_line + after, (kind, md_line + after)
        if kind in printed_in_body:  # in its section's list (the ranking names it too)
            arounds = [after[:60] for after in pdf.split(f"Vu-{kind}")[1:]]
            assert any(dots in around for around in arounds), (kind, arounds)
        around = annex.split(f"Vu-{kind}", 1)[0][-60:] + annex.split(f"Vu-{kind}", 1)[1][:60]
        assert dots in around, (kind, around)
    assert not re.search(r"\b7 gommettes", markdown + pdf + annex)
    path = export_workshop(store, wid, tmp_path / "w.csv", "csv")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    votes = {row["Titre"]: row["Votes – tour 1"] for row in rows if row["Titre"]}
    assert all(votes[f"Vu-{phase.kind.value}"] == "3" for phase in data.phases)
    assert all(votes[f"Caché-{phase.kind.value}"] in {"0", ""} for phase in data.phases)


def drivers_round_only(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    """A vote held in drivers only; futures and actions have cards and no round at all."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    voted = api.add_card(store, drivers, "Prix", title="Prix").new_id
    api.add_card(store, drivers, "Climat", title="Climat")
    api.add_votes(store, api.create_round(store, drivers).new_id, voted, 3)
    for kind, title in ((PhaseKind.FUTURES, "Futur-Sans"), (PhaseKind.ACTIONS, "Action-Sans")):
        api.add_card(store, phase_of(workshop, kind).id, title, title=title)
    return api.load_workshop(store, workshop.workshop.id)


def test_a_phase_without_a_round_prints_no_vote_in_any_export(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """Futures and actions of a workshop voted in drivers only print nothing about votes
    ("0 vote" would say a vote was held): neither the PDF nor the Markdown; the CSV leaves
    their round cell empty. A phase with a shown round still prints its round for a card
    without a dot in the PDF, and the voted driver keeps its dots everywhere."""
    data = drivers_round_only(store, workshop)
    wid = data.workshop.id
    for language, none in (("fr", "0 gommette"), ("en", "0 dots")):
        path = export_workshop(store, wid, tmp_path / f"w-{language}.pdf", "pdf",
                               language=language, annex=False)
        text = flat(all_text(path))
        assert none not in text, text
        for title in ("Futur-Sans", "Action-Sans"):
            after = text.split(title, 1)[1][:40]
            assert not re.search(r"vote|gommette|dot|tour|round", after.lower()), after
    assert "Prix Tour 1 · n° 1 : 3 gommettes" in flat(all_text(tmp_path / "w-fr.pdf"))
    markdown = export_workshop(store, wid, tmp_path / "w.md", "md").read_text("utf-8")
    for title in ("Futur-Sans", "Action-Sans"):
        block = markdown.split(f"### {title}", 1)[1].split("###")[0]
        assert "gommette" not in block, block
    assert "Tour 1\u00a0: 3 gommettes" in markdown
    with export_workshop(store, wid, tmp_path / "w.csv", "csv").open(
            encoding="utf-8-sig", newline="") as stream:
        rows = {row["Titre"]: row for row in csv.DictReader(stream, delimiter=";")}
    assert rows["Futur-Sans"]["Votes – tour 1"] == rows["Action-Sans"]["Votes – tour 1"] == ""
    assert rows["Prix"]["Votes – tour 1"] == "3"
    # a phase with a shown round: a future without a dot still says so (the rule before)
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    api.create_round(store, futures)
    path = export_workshop(store, wid, tmp_path / "round.pdf", "pdf", annex=False)
    assert "Futur-Sans Tour 1 · n° 1 : 0 gommette" in flat(all_text(path))
