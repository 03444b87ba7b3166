"""The dot-voting panel, driven like a facilitator would: rounds, dots by click and by
typed number, hidden then revealed with the ranking, rounds kept apart, undo and redo
checked against what is stored."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.voting import VotingPanel
from coopatelier.ui.workshop_session import WorkshopSession
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import open_vote_round, type_text, type_votes, voting_panel

FUTURES = ["Cantines 100 % locales", "Ferme urbaine à l’école", "Épiceries solidaires"]


@pytest.fixture
def futures(store: api.Store, workshop: api.WorkshopData) -> api.Phase:
    phase = phase_of(workshop, PhaseKind.FUTURES)
    for text in FUTURES:
        api.add_card(store, phase.id, text)
    return phase


@pytest.fixture
def panel(qtbot: QtBot, session: WorkshopSession, futures: api.Phase) -> VotingPanel:
    session.reload()
    made = VotingPanel(session)
    qtbot.addWidget(made)
    made.resize(420, 600)
    made.show()
    made.set_phase(futures.id)
    return made


def open_round(panel: VotingPanel, title: str, dots: int = 3, hidden: bool = False) -> uuid.UUID:
    panel.new_round_button.click()
    assert panel.round_form.isVisible()
    type_text(panel.title_edit, title)
    panel.dots_spin.setValue(dots)
    panel.hidden_check.setChecked(hidden)
    panel.open_button.click()
    assert not panel.round_form.isVisible()
    assert panel.round_id is not None
    return panel.round_id


def click_card(qtbot: QtBot, panel: VotingPanel, row: int, how: str = "left") -> None:
    rect = panel.table.visualRect(panel.table.model().index(row, 1))
    button, modifier = {
        "left": (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
        "shift": (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier),
        "right": (Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier),
    }[how]
    QTest.mouseClick(panel.table.viewport(), button, modifier, rect.center())


def cell(panel: VotingPanel, row: int, column: int) -> str:
    item = panel.table.item(row, column)
    assert item is not None
    return item.text()


def type_number(qtbot: QtBot, panel: VotingPanel, number: str) -> None:
    type_text(panel.number_edit, number)
    QTest.keyClick(panel.number_edit, Qt.Key.Key_Return)


def stored_totals(
    store: api.Store, workshop: api.WorkshopData, round_id: uuid.UUID
) -> dict[str, int]:
    data = api.load_workshop(store, workshop.workshop.id)
    texts = {c.id: c.text for c in data.cards}
    return {texts[k]: v for k, v in data.vote_totals(round_id).items()}


def test_dots_tally_by_click_and_by_typed_number(
    qtbot: QtBot, panel: VotingPanel, store: api.Store, workshop: api.WorkshopData
) -> None:
    round_id = open_round(panel, "Nos futurs préférés")
    assert [cell(panel, r, 0) for r in range(3)] == ["1", "2", "3"]
    click_card(qtbot, panel, 0)
    click_card(qtbot, panel, 0)
    click_card(qtbot, panel, 2)
    type_number(qtbot, panel, "3")
    type_number(qtbot, panel, "2")
    assert stored_totals(store, workshop, round_id) == {
        FUTURES[0]: 2,
        FUTURES[1]: 1,
        FUTURES[2]: 2,
    }
    click_card(qtbot, panel, 0, "shift")  # takes one back
    click_card(qtbot, panel, 2, "right")
    type_number(qtbot, panel, "-2")
    assert stored_totals(store, workshop, round_id) == {FUTURES[0]: 1, FUTURES[2]: 1}
    assert cell(panel, 0, 2) == "1"
    assert "2 dots recorded" in panel.status.text()

    type_number(qtbot, panel, "9")  # no such card: nothing recorded, said so
    assert "9" in panel.feedback.text()
    assert stored_totals(store, workshop, round_id) == {FUTURES[0]: 1, FUTURES[2]: 1}


def test_hidden_round_shows_only_the_count_until_revealed_then_ranks(
    qtbot: QtBot, panel: VotingPanel, store: api.Store, workshop: api.WorkshopData
) -> None:
    round_id = open_round(panel, "Tour secret", dots=2, hidden=True)
    for number in ("2", "2", "3", "2", "3", "1"):
        type_number(qtbot, panel, number)
    assert panel.table.isColumnHidden(2)
    assert not panel.results.isVisible()
    assert "Hidden until revealed" in panel.status.text()
    assert "6 dots recorded" in panel.status.text()
    assert "(hidden)" in panel.round_combo.currentText()
    assert api.load_workshop(store, workshop.workshop.id).vote_totals(revealed_only=True) == {}

    panel.reveal_button.click()
    (stored,) = api.load_workshop(store, workshop.workshop.id).rounds
    assert stored.id == round_id and stored.revealed
    assert not panel.table.isColumnHidden(2)
    assert panel.results.isVisible()
    ranked = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert ranked[0].startswith("1. " + FUTURES[1])
    assert ranked[1].startswith("2. " + FUTURES[2])
    assert ranked[2].startswith("3. " + FUTURES[0])
    assert [(t.rank, t.dots) for t in panel.tallies] == [(1, 3), (2, 2), (3, 1)]


def test_two_rounds_are_kept_apart(
    qtbot: QtBot, panel: VotingPanel, store: api.Store, workshop: api.WorkshopData
) -> None:
    first = open_round(panel, "Tour 1")
    type_number(qtbot, panel, "1")
    type_number(qtbot, panel, "1")
    second = open_round(panel, "Tour 2")
    assert panel.round_combo.count() == 2
    assert panel.round_combo.currentText().startswith("Round 2")
    type_number(qtbot, panel, "3")
    assert stored_totals(store, workshop, first) == {FUTURES[0]: 2}
    assert stored_totals(store, workshop, second) == {FUTURES[2]: 1}
    assert cell(panel, 0, 2) == "0"

    panel.round_combo.setCurrentIndex(0)
    panel.round_combo.activated.emit(0)
    assert panel.round_id == first
    assert cell(panel, 0, 2) == "2"
    type_number(qtbot, panel, "2")
    assert stored_totals(store, workshop, first) == {FUTURES[0]: 2, FUTURES[1]: 1}
    assert stored_totals(store, workshop, second) == {FUTURES[2]: 1}


def test_votes_and_round_creation_undo_and_redo_with_the_same_ids(
    qtbot: QtBot,
    panel: VotingPanel,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
) -> None:
    def stored() -> tuple[set[uuid.UUID], set[uuid.UUID]]:
        data = api.load_workshop(store, workshop.workshop.id)
        return {r.id for r in data.rounds}, {v.id for v in data.votes}

    stack = session.undo_stack
    round_id = open_round(panel, "Tour 1")
    type_number(qtbot, panel, "1")
    type_number(qtbot, panel, "2")
    rounds, votes = stored()
    assert rounds == {round_id} and len(votes) == 2
    click_card(qtbot, panel, 1, "right")  # takes back the vote for card 2
    assert len(stored()[1]) == 1

    stack.undo()  # the vote taken back returns, under its id
    assert stored() == (rounds, votes)
    stack.undo()
    stack.undo()
    assert stored() == (rounds, set())
    stack.undo()  # the round itself
    assert stored() == (set(), set())
    assert panel.no_round.isVisibleTo(panel) and not panel.round_combo.isVisibleTo(panel)
    assert not panel.number_edit.isEnabled()

    stack.redo()
    assert stored() == (rounds, set())
    assert panel.round_id == round_id
    stack.redo()
    stack.redo()
    assert stored() == (rounds, votes)
    stack.redo()
    assert len(stored()[1]) == 1
    assert stack.undoText() == "Take back a dot from card 2"


def test_reveal_is_undoable(
    qtbot: QtBot,
    panel: VotingPanel,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
) -> None:
    open_round(panel, "Tour secret", hidden=True)
    panel.reveal_button.click()
    assert api.load_workshop(store, workshop.workshop.id).rounds[0].revealed
    session.undo_stack.undo()
    assert not api.load_workshop(store, workshop.workshop.id).rounds[0].revealed
    assert panel.table.isColumnHidden(2)


def test_the_window_shows_the_panel_with_ctrl_shift_v(
    open_window: Callable[[uuid.UUID], WorkshopWindow],
    workshop: api.WorkshopData,
    futures: api.Phase,
    qtbot: QtBot,
    store: api.Store,
) -> None:
    window = open_window(workshop.workshop.id)
    window.show_phase(futures.id)
    assert not window.voting_dock.isVisible()
    QTest.keyClick(
        window.capture.edit,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.voting_dock.isVisible()
    assert window.voting.phase_id == futures.id
    assert window.voting.table.rowCount() == 3
    round_id = open_round(window.voting, "Tour 1")
    type_number(qtbot, window.voting, "2")
    assert stored_totals(store, workshop, round_id) == {FUTURES[1]: 1}
    window.undo()  # the window's Undo (Ctrl+Z) takes the dot back
    assert stored_totals(store, workshop, round_id) == {}


def test_the_panel_follows_the_phase(
    panel: VotingPanel, workshop: api.WorkshopData, store: api.Store
) -> None:
    open_round(panel, "Tour 1")
    type_text(panel.number_edit, "99")  # typed, not sent: it does not follow to the phase
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    panel.set_phase(drivers.id)
    assert panel.round_id is None and panel.table.rowCount() == 0
    assert panel.number_edit.text() == ""
    assert panel.status.text() == "No cards in this phase yet."


def test_a_refused_new_round_leaves_the_panel_on_its_round(
    qtbot: QtBot, panel: VotingPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A locked database refuses the new round: the panel still points at the round it
    showed, the refusal is reported (with Retry), and votes still go to that round."""
    first = open_round(panel, "Premier tour")
    reported: list[str] = []
    panel.session.failed.connect(lambda message, _retry: reported.append(message))

    def locked(*_args: object, **_kwargs: object) -> api.Changes:
        raise api.StorageError("locked")

    monkeypatch.setattr(api, "create_round", locked)
    panel.new_round_button.click()
    type_text(panel.title_edit, "Second tour")
    panel.open_button.click()
    assert reported == [
        "The database is locked by another program or another CoopAtelier window; "
        "close it and try again."
    ]
    assert panel.round_id == first
    shown = panel.current_round()
    assert shown is not None and shown.id == first


def test_rounds_and_dots_are_dated_by_the_windows_clock(
    qtbot: QtBot, session: WorkshopSession, futures: api.Phase, store: api.Store
) -> None:
    """The window's (here fake) clock dates what the panel records, like the timer."""
    import datetime as dt

    from coopatelier.ui.clock import FakeClock

    moment = dt.datetime(2026, 4, 14, 9, 47, tzinfo=dt.UTC)
    clock = FakeClock(moment)
    session.reload()
    made = VotingPanel(session, clock=clock)
    qtbot.addWidget(made)
    made.resize(420, 600)
    made.show()
    made.set_phase(futures.id)
    round_id = open_round(made, "Tour daté")
    clock.advance(minutes=3)
    type_number(qtbot, made, "1")
    data = api.load_workshop(store, session.workshop_id)
    (vote_round,) = [r for r in data.rounds if r.id == round_id]
    assert vote_round.created_at == moment
    assert [v.created_at for v in data.votes if v.round_id == round_id] == [
        moment + dt.timedelta(minutes=3)
    ]
    clock.deleteLater()


def test_a_wrong_sequence_is_refused_whole_with_a_sentence_and_stays_typed(
    qtbot: QtBot, panel: VotingPanel, store: api.Store, workshop: api.WorkshopData
) -> None:
    round_id = open_round(panel, "Tour 1", dots=5)
    type_number(qtbot, panel, "1 3 7 2")  # 7 is no card: not even 1 and 3 are recorded
    assert stored_totals(store, workshop, round_id) == {}
    assert "7" in panel.feedback.text() and "1 to 3" in panel.feedback.text()
    assert "nothing recorded" in panel.feedback.text()
    assert panel.number_edit.text() == "1 3 7 2"  # nothing lost: correct it and retry
    assert panel.number_edit.selectedText() == "7"
    panel.number_edit.clear()
    type_number(qtbot, panel, "0")
    assert "no card number 0" in panel.feedback.text()
    assert stored_totals(store, workshop, round_id) == {}


def test_a_typed_sequence_is_one_step_says_each_card_s_count_and_is_taken_back(
    qtbot: QtBot, panel: VotingPanel, store: api.Store, workshop: api.WorkshopData
) -> None:
    round_id = open_round(panel, "Tour 1", dots=5)
    steps = panel.session.undo_stack.count()
    type_number(qtbot, panel, "1 3 3")
    assert stored_totals(store, workshop, round_id) == {FUTURES[0]: 1, FUTURES[2]: 2}
    assert panel.session.undo_stack.count() == steps + 1
    feedback = panel.feedback.text()
    assert "card 1" in feedback and "now 1 dot" in feedback
    assert "card 3" in feedback and "now 2 dots" in feedback
    assert panel.number_edit.text() == ""
    assert panel.undo_dot_button.isEnabled()
    panel.undo_dot_button.click()
    assert stored_totals(store, workshop, round_id) == {}
    assert not panel.undo_dot_button.isEnabled()
    click_card(qtbot, panel, 1)  # a click says it too
    assert "card 2" in panel.feedback.text() and "now 1 dot" in panel.feedback.text()


def test_numbers_typed_on_the_card_list_go_to_the_number_field(
    qtbot: QtBot, panel: VotingPanel, store: api.Store, workshop: api.WorkshopData
) -> None:
    round_id = open_round(panel, "Tour 1", dots=5)
    panel.table.setCurrentCell(0, 1)
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_3)  # not a dot for the current card 1
    assert panel.number_edit.hasFocus()
    QTest.keyClick(panel.number_edit, Qt.Key.Key_Space)
    QTest.keyClick(panel.number_edit, Qt.Key.Key_1)
    assert panel.number_edit.text() == "3 1"
    QTest.keyClick(panel.number_edit, Qt.Key.Key_Return)
    assert stored_totals(store, workshop, round_id) == {FUTURES[0]: 1, FUTURES[2]: 1}


def test_the_number_field_stays_in_place_whether_results_show_or_not(
    qtbot: QtBot, panel: VotingPanel
) -> None:
    open_round(panel, "Visible")
    shown_y = panel.number_edit.mapTo(panel, panel.number_edit.rect().topLeft()).y()
    open_round(panel, "Caché", hidden=True)
    qtbot.waitUntil(lambda: not panel.results.isVisible())
    assert panel.number_edit.mapTo(panel, panel.number_edit.rect().topLeft()).y() == shown_y


def test_ties_share_a_rank_with_an_equals_sign_and_cards_without_dots_are_unranked(
    qtbot: QtBot, panel: VotingPanel
) -> None:
    open_round(panel, "Tour 1", dots=5)
    type_number(qtbot, panel, "2 2 1 3")
    ranked = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert ranked[0].startswith("1. " + FUTURES[1])
    assert ranked[1].startswith("2 = " + FUTURES[0])
    assert ranked[2].startswith("2 = " + FUTURES[2])
    panel.undo_dot_button.click()
    type_number(qtbot, panel, "2")
    ranked = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert ranked[0].startswith("1. " + FUTURES[1])
    assert all(line.startswith("· ") and "no dot" in line for line in ranked[1:])
    assert panel.results_title.text() == "Ranking, round 1"


def test_the_panel_left_open_comes_back_open_though_built_after_the_first_paint(
    workshop: api.WorkshopData, futures: api.Phase, qtbot: QtBot, store: api.Store,
) -> None:
    """The dock is built once the window is shown; the saved window state still applies."""
    from coopatelier.settings import Settings

    settings = Settings(store.data_dir.settings)
    first = WorkshopWindow(store, workshop.workshop.id, settings)
    qtbot.addWidget(first)
    with qtbot.waitExposed(first):
        first.show()
    first.show_phase(futures.id)
    first.voting_dock.toggleViewAction().trigger()
    assert first.voting_dock.isVisible()
    first.close()  # remembers the window's state
    again = WorkshopWindow(store, workshop.workshop.id, settings)
    qtbot.addWidget(again)
    assert again._voting_dock is None  # not on the way to the first paint
    with qtbot.waitExposed(again):
        again.show()
    qtbot.waitUntil(lambda: again._voting_dock is not None, timeout=5000)
    assert again.voting_dock.isVisible()
    assert again.voting.phase_id == futures.id
    again.close()


def test_the_round_list_tells_the_whole_name_of_the_round_shown(panel: VotingPanel) -> None:
    """Beside both docks the round list reads "Tour 1 — M…": its tooltip names the round
    shown whole (it said only that each round keeps its own dots)."""
    assert "Round" not in panel.round_combo.toolTip()  # no round yet: the usage tip
    open_round(panel, "Moteurs prioritaires pour la Métropole")
    open_round(panel, "Second regard")
    assert panel.round_combo.toolTip().startswith("Round 2 — Second regard")
    panel.round_combo.setCurrentIndex(0)
    panel.round_combo.activated.emit(0)
    assert panel.round_combo.toolTip().startswith(
        "Round 1 — Moteurs prioritaires pour la Métropole")


def test_a_refusal_goes_once_the_typed_numbers_change_or_a_dot_is_recorded(
    qtbot: QtBot, panel: VotingPanel, store: api.Store, workshop: api.WorkshopData
) -> None:
    """The red sentence is about what was typed (rt7: "no card number 99" stayed on screen
    after moving cards, undo and other votes)."""
    round_id = open_round(panel, "Tour 1", dots=5)
    type_number(qtbot, panel, "99")
    assert "no card number 99" in panel.feedback.text()
    assert panel.feedback.property("error")
    QTest.keyClick(panel.number_edit, Qt.Key.Key_End)  # the wrong number is selected
    QTest.keyClick(panel.number_edit, Qt.Key.Key_Backspace)  # correcting it
    assert panel.feedback.text() == ""
    assert not panel.feedback.property("error")
    assert panel.number_edit.text() == "9"

    type_number(qtbot, panel, "9")  # "99" again: refused again
    assert "no card number 99" in panel.feedback.text()
    panel.number_edit.selectAll()
    QTest.keyClick(panel.number_edit, Qt.Key.Key_Delete)  # emptied
    assert panel.feedback.text() == ""

    type_number(qtbot, panel, "7")
    assert "no card number 7" in panel.feedback.text()
    click_card(qtbot, panel, 1)  # a dot recorded by click: the refusal gives way
    assert stored_totals(store, workshop, round_id) == {FUTURES[1]: 1}
    assert "card 2" in panel.feedback.text() and not panel.feedback.property("error")
    assert panel.number_edit.text() == "7"  # what was typed is not lost

    type_text(panel.number_edit, "1")  # "71" is still no card
    QTest.keyClick(panel.number_edit, Qt.Key.Key_Return)
    assert "no card number 71" in panel.feedback.text()
    panel.session.undo_stack.undo()  # other gestures keep it: it is still what is typed
    assert "no card number 71" in panel.feedback.text()


def test_a_success_line_stays_while_the_next_numbers_are_typed(
    qtbot: QtBot, panel: VotingPanel
) -> None:
    open_round(panel, "Tour 1", dots=5)
    type_number(qtbot, panel, "2")
    said = panel.feedback.text()
    assert said.startswith("✓")
    type_text(panel.number_edit, "3")
    assert panel.feedback.text() == said


def test_the_ranking_lists_ties_and_cards_without_dots_by_their_numbers(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """rt9: before any dot, the ranking listed every card "— no dot" in the order they
    were captured, not the order of the numbers the room votes with (by group): it read as
    no order. Before any dot it says so in one line; then the ranked cards, and the others
    by their numbers."""
    phase_id = phase_of(session.data(), PhaseKind.DRIVERS).id
    captured = [("Inflation", "Économie"), ("Solitude des aînés", "Société"),
                ("Chômage", "Économie"), ("Entraide", "Société")]
    for text, category in captured:
        api.add_card(session.store, phase_id, text, category=category)
    panel = voting_panel(qtbot, session, phase_id)
    open_vote_round(panel)

    def lines() -> list[str]:
        return [panel.results.item(i).text() for i in range(panel.results.count())]

    assert lines() == ["No dot yet in this round."]
    # numbered by group, Société first: Solitude 1, Entraide 2, Inflation 3, Chômage 4
    numbers = {panel.cards[row].text: panel.numbers[panel.cards[row].id]
               for row in range(len(panel.cards))}
    assert [numbers[t] for t in ("Solitude des aînés", "Entraide", "Inflation", "Chômage")] \
        == [1, 2, 3, 4]
    type_votes(panel, "4")
    assert lines()[0].startswith("1. Chômage")
    assert [line.split(" — ")[0] for line in lines()[1:]] == [
        "· Solitude des aînés", "· Entraide", "· Inflation"]
