"""What a facilitator run-through found in the room and the window: typing lands in the
action dialogs, the governance labels, keyboard moves, the group prefix, the vote numbers,
the review rows and the room after the end."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.domain.model import PhaseKind
from coopatelier.settings import Settings
from coopatelier.ui import card_ops
from coopatelier.ui.capture import match_group_prefix, split_group_prefix
from coopatelier.ui.clock import FakeClock
from coopatelier.ui.demarche_window import DemarcheWindow
from coopatelier.ui.home import HomeWindow
from coopatelier.ui.projector import Mode, ProjectorWindow
from coopatelier.ui.views.review import ReviewView
from coopatelier.ui.workshop_session import WorkshopSession
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import (
    drivers_in_two_groups,
    open_vote_round,
    type_text,
    type_votes,
    voting_panel,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def demo_id(store: api.Store) -> uuid.UUID:
    return create_demo_workshop(store)


@pytest.fixture
def demarche_window(qtbot: object, store: api.Store, settings: Settings,
                    demo_id: uuid.UUID) -> Iterator[DemarcheWindow]:
    made = api.create_demarche(store, title="Feuille de route").new_id
    api.attach_workshop(store, made, demo_id)
    opened = DemarcheWindow(store, made, settings)
    qtbot.addWidget(opened)  # type: ignore[attr-defined]
    opened.resize(1366, 768)
    opened.show()
    yield opened
    opened.session.undo_stack.clear()


@pytest.mark.parametrize("opener", ["add_follow_up", "change_status", "change_roles"])
def test_action_dialogs_open_with_their_first_field_focused(
    demarche_window: DemarcheWindow, store: api.Store, opener: str
) -> None:
    """Typing goes into the form: Space types a space, it does not press OK."""
    window = demarche_window
    data = api.load_demarche(store, window.session.demarche_id)
    window.select_action(data.actions[0].id)
    dialog = getattr(window, opener)()
    assert dialog is not None
    focused = dialog.focusWidget()
    assert focused is not None and focused not in dialog.buttons.buttons()
    if opener == "add_follow_up":
        assert focused is dialog.note
        QTest.keyClicks(focused, "a b")
        assert dialog.note.toPlainText() == "a b"
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert dialog.isVisible()
    assert not dialog.problem.isVisible()  # OK was not pressed
    dialog.reject()


def test_governance_label_has_its_mnemonic_not_an_ampersand(
    demarche_window: DemarcheWindow,
) -> None:
    label = demarche_window.findChild(QLabel, "meetingLabel")
    assert label is not None
    assert label.buddy() is not None and label.buddy().objectName() == "meetingDateSet"


def test_alt_down_stops_at_an_empty_category(
    open_window: Callable[[uuid.UUID], WorkshopWindow], store: api.Store,
    workshop: api.WorkshopData,
) -> None:
    """Société has a card, Technologie none, Économie one: Alt+Down goes to Technologie
    first (it used to jump to Économie), Alt+Up comes back."""
    view, moved, _inflation = drivers_in_two_groups(open_window, store, workshop)
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(view.table, Qt.Key.Key_Down, alt)
    assert api.get_card(store, moved).category == "Technologie"
    assert view.selected_card_ids() == [moved]
    QTest.keyClick(view.table, Qt.Key.Key_Down, alt)
    assert api.get_card(store, moved).category == "Économie"
    QTest.keyClick(view.table, Qt.Key.Key_Up, alt)
    assert api.get_card(store, moved).category == "Technologie"
    QTest.keyClick(view.table, Qt.Key.Key_Up, alt)
    assert api.get_card(store, moved).category == "Société"
    window = view.window()
    assert isinstance(window, WorkshopWindow)
    window.undo()
    assert api.get_card(store, moved).category == "Technologie"


def test_a_group_prefix_may_be_the_start_of_the_group_name() -> None:
    groups = ["Précarité et accès", "Précarité énergétique", "Santé et accès aux soins"]
    assert split_group_prefix("sante: Médecins", groups) == ("Santé et accès aux soins",
                                                            "Médecins")
    assert split_group_prefix("Précarité et : loyers", groups) == ("Précarité et accès",
                                                                  "loyers")
    # starts two names: ambiguous, so the text stays as typed
    assert split_group_prefix("precarite: loyers", groups) == (None, "precarite: loyers")
    assert match_group_prefix("precarite: loyers", groups)[0] == (
        "Précarité et accès", "Précarité énergétique")
    # a start in the middle of a word names nothing
    assert split_group_prefix("San: texte", groups) == (None, "San: texte")
    # an exact name wins over the longer names it starts
    assert split_group_prefix("Santé: x", ["Santé", "Santé mentale"]) == ("Santé", "x")


def test_a_group_prefix_may_be_singular_or_plural() -> None:
    """rt8: "Politique : …" stayed uncategorised beside "Politiques publiques et
    gouvernance", its prefix left in the card's text."""
    groups = ["Politiques publiques et gouvernance", "Pratiques et cultures alimentaires",
              "Santé et nutrition", "Prix"]
    assert split_group_prefix("Politique : loi Egalim", groups) == (
        "Politiques publiques et gouvernance", "loi Egalim")
    assert split_group_prefix("politique publique: x", groups) == (
        "Politiques publiques et gouvernance", "x")
    assert split_group_prefix("Pratique : cuisiner", groups) == (
        "Pratiques et cultures alimentaires", "cuisiner")
    assert split_group_prefix("Prix: hausse", groups) == ("Prix", "hausse")  # (not "Pri")
    assert split_group_prefix("Social : précarité", groups) == (None, "Social : précarité")
    assert split_group_prefix("Polit : x", groups) == (None, "Polit : x")
    english = ["Public policies and governance", "Technologies", "Society"]
    assert split_group_prefix("Public policy: school meals", english) == (
        "Public policies and governance", "school meals")
    assert split_group_prefix("Technology: apps", english) == ("Technologies", "apps")
    assert split_group_prefix("Societies: x", english) == ("Society", "x")


def test_the_capture_bar_shows_a_group_start_before_enter_and_an_ambiguous_one_as_such(
    open_window: Callable[[uuid.UUID], WorkshopWindow], store: api.Store,
    workshop: api.WorkshopData,
) -> None:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    api.update_phase(store, phase.id, categories=(
        "Précarité et accès", "Précarité énergétique", "Santé et accès aux soins"))
    window = open_window(workshop.workshop.id)
    window.show_phase(phase.id)
    bar = window.capture
    bar.edit.setFocus()
    type_text(bar.edit, "Santé : Médecins")
    assert bar.chip.isVisible() and bar.chip.text().startswith("→ Santé et")
    assert "“Santé et accès aux soins”" in bar.chip.toolTip()  # the chip may be elided
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    card = window.session.cards_of_phase(phase.id)[-1]
    assert (card.text, card.category) == ("Médecins", "Santé et accès aux soins")

    type_text(bar.edit, "Précarité: loyers")
    assert bar.chip.isVisible() and bar.chip.text() == "→ which group?"
    assert "Précarité et accès / Précarité énergétique" in bar.chip.toolTip()
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    card = window.session.cards_of_phase(phase.id)[-1]
    assert (card.text, card.category) == ("Précarité: loyers", "")


def test_no_timer_in_the_room_once_the_workshop_has_ended(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)  # 30 minutes planned
    start = dt.datetime(2030, 1, 15, 9, tzinfo=dt.UTC)
    api.start_timer(store, drivers.id, at=start)
    session.reload()
    clock = FakeClock(start)
    window = ProjectorWindow(session, clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.show_phase(drivers.id)
    window.set_mode(Mode.VOTES)
    assert window.view.timer.isVisible()
    api.end_workshop(store, workshop.workshop.id, at=start + dt.timedelta(minutes=26))
    session.reload()
    clock.advance(minutes=1)
    assert not window.view.timer.isVisible()
    window.set_mode(Mode.PHASE)  # no card: the large countdown is not shown either
    assert not window.view.timer.isVisible() and not window.view.countdown_shown()


def test_vote_numbers_stay_put_when_a_card_is_moved_or_deleted_and_the_room_shows_them(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    a, b, c, d = (api.add_card(store, futures.id, t).new_id for t in "ABCD")
    panel = voting_panel(qtbot, session, futures.id)
    open_vote_round(panel)
    room = ProjectorWindow(session, FakeClock(dt.datetime(2030, 1, 15, 9, tzinfo=dt.UTC)))
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show()
    room.show_phase(futures.id)
    assert [item.text for item in room.view.wall.items] == ["1 · A", "2 · B", "3 · C", "4 · D"]

    type_votes(panel, "3")
    card_ops.delete_cards(session, [b])
    card_ops.move_cards(session, [d], "Move", phase_id=drivers.id, last=True)
    shown = [panel.table.item(r, 0) for r in range(panel.table.rowCount())]
    assert [item.text() for item in shown if item is not None] == ["1", "3"]
    type_votes(panel, "3")  # still C: the numbers did not shift
    totals = api.load_workshop(store, workshop.workshop.id).vote_totals(panel.round_id)
    assert totals == {c: 2}
    type_votes(panel, "2")  # B's number is not reused: refused, said why, kept typed
    assert "no longer in this phase" in panel.feedback.text()
    assert panel.number_edit.text() == "2"
    panel.number_edit.clear()
    e = api.add_card(store, futures.id, "E").new_id
    session.reload()
    assert panel.numbers[e] == 5  # a new card takes the next unused number
    assert [item.text for item in room.view.wall.items] == ["1 · A", "3 · C", "5 · E"]
    assert a in panel.numbers and panel.numbers[a] == 1


def test_the_vote_feedback_does_not_follow_into_the_next_phase(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    api.add_card(store, futures.id, "A")
    panel = voting_panel(qtbot, session, futures.id)
    open_vote_round(panel)
    type_votes(panel, "1")
    assert panel.feedback.text().startswith("✓")
    panel.set_phase(phase_of(workshop, PhaseKind.DRIVERS).id)
    assert panel.feedback.text() == ""
    assert not panel.undo_dot_button.isEnabled()


@pytest.mark.parametrize(("size", "visible"), [((1920, 1080), 8), ((1366, 768), 5)])
def test_review_rows_are_as_tall_as_their_text(
    open_window: Callable[[uuid.UUID], WorkshopWindow], store: api.Store, demo_id: uuid.UUID,
    size: tuple[int, int], visible: int,
) -> None:
    """The démarche's 8 actions fit at 1920×1080 (5 used to), 5 at 1366×768 (2.5 used to)."""
    demarche = api.create_demarche(store, title="Feuille de route").new_id
    api.attach_workshop(store, demarche, demo_id)
    template = next(t for t in api.templates(store) if t.key == "point-etape-feuille-de-route")
    checkpoint = api.create_workshop(store, template, title="Point d’étape",
                                     date=dt.date(2026, 9, 20), demarche_id=demarche).new_id
    window = open_window(checkpoint)
    window.resize(*size)
    phase = next(p for p in api.load_workshop(store, checkpoint).phases
                 if p.demarche_focus == "review")
    window.show_phase(phase.id)
    view = window.current_view()
    assert isinstance(view, ReviewView)
    table = view.table
    assert table.rowCount() == 8
    QApplication.processEvents()
    line = table.fontMetrics().lineSpacing()
    for row in range(table.rowCount()):
        cells = [(column, table.item(row, column)) for column in range(table.columnCount())]
        lines = max(
            table.fontMetrics().boundingRect(
                0, 0, max(1, table.columnWidth(column) - 8), 10_000,
                int(Qt.TextFlag.TextWordWrap), item.text(),
            ).height() // line
            for column, item in cells if item is not None
        )
        assert table.rowHeight(row) <= (lines + 1) * line, (row, lines)
    shown = sum(1 for row in range(table.rowCount())
                if table.rowViewportPosition(row) + table.rowHeight(row)
                <= table.viewport().height())
    assert shown >= visible


def test_vote_numbers_follow_the_room_s_groups(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Numbered in the order the room shows the cards (by category), so that they read
    1, 2, 3… on the wall rather than jump from group to group."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)  # Société, Technologie, Économie
    late = api.add_card(store, drivers.id, "Inflation", category="Économie").new_id
    loose = api.add_card(store, drivers.id, "Sans groupe").new_id
    first = api.add_card(store, drivers.id, "Télétravail", category="Société").new_id
    panel = voting_panel(qtbot, session, drivers.id)
    open_vote_round(panel)
    assert panel.numbers == {first: 1, late: 2, loose: 3}
    assert [card.id for card in panel.cards] == [first, late, loose]


def test_home_gives_the_place_the_room_the_title_leaves(
    qtbot: QtBot, store: api.Store, settings: Settings, demo_id: uuid.UUID
) -> None:
    """The demo's place was cut to 150 px while the title column had room to spare."""
    home = HomeWindow(store, settings)
    qtbot.addWidget(home)
    home.show()
    home.resize(1920, 1080)
    table = home.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(2) > 150)
    assert header.sectionSize(2) >= table.sizeHintForColumn(2)  # the place, whole
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)  # and the title, whole
