"""A card's voting number is the same before and once a round opens, in the voting
panel, the live room and ``snapshot --describe`` (a fresh process): all of them number
the phase's cards in the room's order. Cards moved during the round keep their numbers
in the panel and the room."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui import card_ops
from coopatelier.ui.clock import FakeClock
from coopatelier.ui.projector import ProjectorWindow
from coopatelier.ui.projector.snapshot import snapshot
from coopatelier.ui.voting import VotingPanel
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import open_vote_round, type_votes, voting_panel


def _panel_numbers(panel: VotingPanel) -> dict[uuid.UUID, int]:
    """The numbers the panel's list shows, read from its cells (number, card label)."""
    shown: dict[uuid.UUID, int] = {}
    for row in range(panel.table.rowCount()):
        number, label = panel.table.item(row, 0), panel.table.item(row, 1)
        assert number is not None and label is not None
        card = panel.cards[row]
        assert label.toolTip() == card.text  # the row is the card it names
        shown[card.id] = int(number.text())
    return shown


def _described_numbers(description: dict[str, object]) -> dict[uuid.UUID, int]:
    """The numbers the room shows before each card ("3 · Inflation")."""
    cards = description["cards"]
    assert isinstance(cards, list)
    shown: dict[uuid.UUID, int] = {}
    for card in cards:
        number, dot, _text = str(card["text"]).partition(" · ")
        assert dot, card
        shown[uuid.UUID(str(card["id"]))] = int(number)
    return shown


def _snapshot_numbers(store: api.Store, workshop_id: uuid.UUID, tmp: Path) -> dict[uuid.UUID, int]:
    described = tmp / "room.json"
    snapshot(store, workshop_id, "projector", tmp / "room.png", (1920, 1080), "drivers",
             describe=described)
    loaded = json.loads(described.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return _described_numbers(loaded)


def _room(qtbot: QtBot, session: WorkshopSession, phase_id: uuid.UUID) -> ProjectorWindow:
    room = ProjectorWindow(session, FakeClock(dt.datetime(2030, 1, 15, 9, tzinfo=dt.UTC)))
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show()
    room.show_phase(phase_id)
    return room


def test_a_card_keeps_its_number_when_the_round_opens_in_the_panel_room_and_snapshot(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData,
    tmp_path: Path,
) -> None:
    """The run-through's drivers: captured in an order the room does not show (by
    category); the numbers read out before the round opens are the room's."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)  # Société, Technologie, Économie
    inflation = api.add_card(store, drivers.id, "Inflation", category="Économie").new_id
    price = api.add_card(store, drivers.id, "Hausse du prix").new_id
    remote = api.add_card(store, drivers.id, "Télétravail", category="Société").new_id
    vouchers = api.add_card(store, drivers.id, "Chèques", category="Société").new_id
    room_order = {remote: 1, vouchers: 2, inflation: 3, price: 4}

    panel = voting_panel(qtbot, session, drivers.id)
    assert panel.round_id is None
    before = _panel_numbers(panel)
    assert before == room_order

    open_vote_round(panel)
    assert panel.round_id is not None
    assert _panel_numbers(panel) == before

    room = _room(qtbot, session, drivers.id)
    assert _described_numbers(room.view.describe()) == before
    assert _snapshot_numbers(store, workshop.workshop.id, tmp_path) == before

    type_votes(panel, "3")  # the number the panel and the room show for "Inflation"
    totals = api.load_workshop(store, workshop.workshop.id).vote_totals(panel.round_id)
    assert totals == {inflation: 1}


def test_moving_cards_during_a_round_keeps_every_number_in_the_panel_and_the_room(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData,
    tmp_path: Path,
) -> None:
    """Numbers read out during a round stay right: a card moved to another group or out
    of the phase keeps its number (the room and the panel agree), a number typed lands
    on the card the room shows with it, and the number of a card gone is refused."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    futures = phase_of(workshop, PhaseKind.FUTURES)
    short = api.add_card(store, drivers.id, "Circuits courts en recul",
                         category="Économie").new_id
    remote = api.add_card(store, drivers.id, "Télétravail", category="Société").new_id
    vouchers = api.add_card(store, drivers.id, "Chèques", category="Société").new_id
    loose = api.add_card(store, drivers.id, "Sans groupe").new_id
    panel = voting_panel(qtbot, session, drivers.id)
    open_vote_round(panel)
    room = _room(qtbot, session, drivers.id)
    opened = {remote: 1, vouchers: 2, short: 3, loose: 4}
    assert _panel_numbers(panel) == opened
    assert _described_numbers(room.view.describe()) == opened
    assert _snapshot_numbers(store, workshop.workshop.id, tmp_path) == opened

    # during the round: "Circuits courts" moved into Société before "Télétravail", the
    # card without a group moved to another phase (the gestures' own undoable path)
    card_ops.move_cards(session, [short], "Move", before=remote, category="Société")
    card_ops.move_cards(session, [loose], "Move", phase_id=futures.id, last=True)
    kept = {remote: 1, vouchers: 2, short: 3}
    assert _panel_numbers(panel) == kept
    assert _described_numbers(room.view.describe()) == kept

    type_votes(panel, "3 2")
    totals = api.load_workshop(store, workshop.workshop.id).vote_totals(panel.round_id)
    assert totals == {short: 1, vouchers: 1}
    type_votes(panel, "4")  # the card moved away keeps its number to itself: refused, kept typed
    assert "no card number 4" in panel.feedback.text()
    assert panel.number_edit.text() == "4"
    panel.number_edit.clear()

    session.undo_stack.undo()  # the vote
    session.undo_stack.undo()  # the move to the futures
    assert _panel_numbers(panel) == opened
    assert _described_numbers(room.view.describe()) == opened


def test_a_reopened_workshop_and_snapshot_read_the_numbers_of_the_open_round(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData,
    tmp_path: Path,
) -> None:
    """The numbers read out during a round survive a reopen: a fresh window (a new
    session) and ``snapshot`` (a fresh process) read the numbers the round gave, after
    moves during the round and for a card captured once it was open."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    short = api.add_card(store, drivers.id, "Circuits courts en recul",
                         category="Économie").new_id
    remote = api.add_card(store, drivers.id, "Télétravail", category="Société").new_id
    vouchers = api.add_card(store, drivers.id, "Chèques", category="Société").new_id
    panel = voting_panel(qtbot, session, drivers.id)
    open_vote_round(panel)
    assert _panel_numbers(panel) == {remote: 1, vouchers: 2, short: 3}
    # during the round: a card captured (in Économie, after "Circuits courts"), then
    # both Économie cards moved to the front of Société (the room's order changes)
    late = card_ops.add_card(session, drivers.id, "Cantines", category="Économie")
    assert late is not None
    card_ops.move_cards(session, [short, late.new_id], "Move", before=remote,
                        category="Société")
    heard = {remote: 1, vouchers: 2, short: 3, late.new_id: 4}
    assert _panel_numbers(panel) == heard

    reopened = WorkshopSession(store, workshop.workshop.id)  # the workshop reopened
    again = VotingPanel(reopened)
    qtbot.addWidget(again)
    again.resize(420, 600)
    again.show()
    again.set_phase(drivers.id)
    assert _panel_numbers(again) == heard
    assert _snapshot_numbers(store, workshop.workshop.id, tmp_path) == heard
    type_votes(again, "4")  # the number the room heard lands on the card it named
    totals = api.load_workshop(store, workshop.workshop.id).vote_totals(again.round_id)
    assert totals == {late.new_id: 1}
    reopened.undo_stack.clear()
    reopened.deleteLater()
