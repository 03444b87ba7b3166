"""Cards handled like post-its: drags between groups and onto a phase, a context menu on a
selection, keyboard moves; each gesture one undo step, seen at once in every view."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import CardKind, PhaseKind
from coopatelier.ui import card_ops
from coopatelier.ui.card_gestures import CardGestures, card_mime, ids_from_mime
from coopatelier.ui.clock import FakeClock
from coopatelier.ui.projector import ProjectorWindow
from coopatelier.ui.views.cards import CardsView
from coopatelier.ui.views.closing import ClosingView
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.workshop_session import WorkshopSession
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

Opener = Callable[[uuid.UUID], WorkshopWindow]


def drag_and_drop(target: QWidget, point: QPoint, mime: QMimeData) -> bool:
    """What the window system sends while a drag passes over ``target`` and is released
    at ``point``: enter, move, drop. True when the drop was accepted."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, mime, buttons, none)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(point), actions, mime, buttons, none)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def row_point(view: QAbstractItemView, row: int, upper: bool = True) -> QPoint:
    rect = view.visualRect(view.model().index(row, 0))
    return QPoint(rect.center().x(), rect.top() + (2 if upper else rect.height() - 2))


def _drivers(open_window: Opener, store: api.Store, workshop: api.WorkshopData
             ) -> tuple[WorkshopWindow, DriversView, dict[str, uuid.UUID]]:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    ids = {}
    for text, category in (("Télétravail", "Société"), ("Vieillissement", "Société"),
                           ("Robots", "Technologie"), ("Inflation", "Économie")):
        ids[text] = api.add_card(store, phase.id, text, category=category).new_id
    window = open_window(workshop.workshop.id)
    window.resize(1366, 768)
    window.show_phase(phase.id)
    view = window.views[phase.id]
    assert isinstance(view, DriversView)
    return window, view, ids


def _category(store: api.Store, card_id: uuid.UUID) -> str:
    return api.get_card(store, card_id).category


def test_a_driver_dragged_onto_another_category_joins_it_and_undo_brings_it_back(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers(open_window, store, workshop)
    view.select_cards([ids["Télétravail"], ids["Vieillissement"]])
    mime = card_mime(view.selected_card_ids())
    target = view.model.index_of(ids["Inflation"]).row()  # a card of "Économie"
    assert drag_and_drop(view.table.viewport(), row_point(view.table, target), mime)

    assert _category(store, ids["Télétravail"]) == "Économie"
    assert _category(store, ids["Vieillissement"]) == "Économie"
    # shown at once, in order, just before the card they were dropped on
    shown = [view.model.card_at(view.model.index(r, 0)) for r in range(view.model.rowCount())]
    names = [c.text if c is not None else "—" for c in shown]
    assert names.index("Télétravail") + 1 == names.index("Vieillissement")
    assert names.index("Vieillissement") + 1 == names.index("Inflation")
    assert window.session.undo_stack.count() == 1  # one gesture, one undo step

    window.undo()
    assert _category(store, ids["Télétravail"]) == "Société"
    assert _category(store, ids["Vieillissement"]) == "Société"
    assert view.model.index_of(ids["Télétravail"]).row() < view.model.index_of(
        ids["Robots"]).row()


def test_a_driver_dropped_on_a_category_heading_joins_that_category(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers(open_window, store, workshop)
    view.select_cards([ids["Robots"]])
    heading = next(
        r for r in view.model.heading_rows() if view.model.group_key(r) == "Économie"
    )
    assert drag_and_drop(view.table.viewport(), row_point(view.table, heading),
                         card_mime(view.selected_card_ids()))
    assert _category(store, ids["Robots"]) == "Économie"
    window.undo()
    assert _category(store, ids["Robots"]) == "Technologie"


def test_pressing_a_selected_card_and_moving_starts_a_drag_of_the_selection(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, view, ids = _drivers(open_window, store, workshop)
    view.select_cards([ids["Télétravail"], ids["Vieillissement"]])
    dragged: list[list[uuid.UUID]] = []
    monkeypatch.setattr(CardGestures, "start_drag",
                        lambda self: dragged.append(self.view.selected_card_ids()))
    start = row_point(view.table, view.model.index_of(ids["Télétravail"]).row())
    viewport = view.table.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, 40))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(0, 40))
    assert dragged == [[ids["Télétravail"], ids["Vieillissement"]]]
    # the mime data carries the ids and nothing else reads as cards
    assert ids_from_mime(card_mime(dragged[0])) == dragged[0]
    plain = QMimeData()
    plain.setText("Télétravail")
    assert ids_from_mime(plain) == []


def test_cards_dragged_onto_a_phase_of_the_agenda_move_there_and_undo_brings_them_back(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers(open_window, store, workshop)
    intro = phase_of(workshop, PhaseKind.INTRO)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    view.select_cards([ids["Robots"], ids["Inflation"]])
    agenda = window.findChild(QAbstractItemView, "phaseList")
    assert agenda is not None
    row = window.phase_model.row_of(intro.id)
    assert drag_and_drop(agenda.viewport(), row_point(agenda, row),
                         card_mime(view.selected_card_ids()))

    for text in ("Robots", "Inflation"):
        card = api.get_card(store, ids[text])
        assert card.phase_id == intro.id and card.kind is CardKind.NOTE
    assert view.model.index_of(ids["Robots"]).isValid() is False  # gone from the drivers
    window.show_phase(intro.id)
    intro_view = window.views[intro.id]
    assert isinstance(intro_view, CardsView)
    assert [c.text for c in intro_view.model._cards][-2:] == ["Robots", "Inflation"]

    window.undo()
    for text in ("Robots", "Inflation"):
        card = api.get_card(store, ids[text])
        assert card.phase_id == drivers.id and card.kind is CardKind.DRIVER
    assert intro_view.model.row_of(ids["Robots"]) == -1
    window.show_phase(drivers.id)
    assert view.model.index_of(ids["Robots"]).isValid()


def test_a_context_menu_moves_a_selection_to_another_phase_and_undo_brings_it_back(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers(open_window, store, workshop)
    futures = phase_of(workshop, PhaseKind.FUTURES)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    view.select_cards([ids["Télétravail"], ids["Robots"]])
    point = row_point(view.table, view.model.index_of(ids["Robots"]).row())
    view.table.customContextMenuRequested.emit(point)  # what a right-click or Menu key does
    menu = view.gestures.menu
    assert menu is not None and menu.isVisible()
    to_phase = menu.findChild(QMenu, "moveToPhase")
    assert to_phase is not None
    action = next(a for a in to_phase.actions() if a.data() == futures.id)
    action.trigger()
    menu.close()

    for text in ("Télétravail", "Robots"):
        assert api.get_card(store, ids[text]).phase_id == futures.id
    assert window.session.undo_stack.count() == 1
    assert "2 cards" in window.session.undo_stack.undoText()

    window.undo()
    for text in ("Télétravail", "Robots"):
        assert api.get_card(store, ids[text]).phase_id == drivers.id
    assert api.get_card(store, ids["Robots"]).category == "Technologie"


def test_a_context_menu_changes_category_table_and_duplicates_in_one_step_each(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers(open_window, store, workshop)
    api.update_card(store, ids["Inflation"], table_label="Table 3")
    window.session.reload()
    view.select_cards([ids["Télétravail"], ids["Vieillissement"]])
    menu = view.gestures.build_menu(view.selected_card_ids())
    category = menu.findChild(QMenu, "moveToCategory")
    assert category is not None
    next(a for a in category.actions() if a.data() == "Technologie").trigger()
    assert {_category(store, ids[t]) for t in ("Télétravail", "Vieillissement")} == {
        "Technologie"}
    table = menu.findChild(QMenu, "moveToTable")
    assert table is not None
    next(a for a in table.actions() if a.data() == "Table 3").trigger()
    assert api.get_card(store, ids["Télétravail"]).table_label == "Table 3"
    duplicate = next(a for a in menu.actions() if a.objectName() == "duplicateCards")
    duplicate.trigger()
    texts = [c.text for c in window.session.cards_of_phase(view.phase_id)]
    assert texts.count("Télétravail") == 2 and texts.count("Vieillissement") == 2
    menu.deleteLater()
    window.undo()
    texts = [c.text for c in window.session.cards_of_phase(view.phase_id)]
    assert texts.count("Télétravail") == 1
    window.undo()
    assert api.get_card(store, ids["Télétravail"]).table_label == ""
    window.undo()
    assert _category(store, ids["Télétravail"]) == "Société"


def test_alt_arrows_reorder_and_alt_page_down_moves_to_the_next_phase(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    a, b, c = (api.add_card(store, intro.id, t).new_id for t in ("A", "B", "C"))
    window = open_window(workshop.workshop.id)
    window.show_phase(intro.id)
    view = window.views[intro.id]
    assert isinstance(view, CardsView)

    def order() -> list[str]:
        return [card.text for card in window.session.cards_of_phase(intro.id)]

    view.select_cards([c])
    view.list.setFocus()
    QTest.keyClick(view.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order() == ["A", "C", "B"]
    QTest.keyClick(view.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order() == ["C", "A", "B"]
    assert view.selected_card_ids() == [c]  # the selection follows the card
    QTest.keyClick(view.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert order() == ["A", "C", "B"]
    window.undo()
    assert order() == ["C", "A", "B"]

    view.select_cards([a])
    QTest.keyClick(
        view.list, Qt.Key.Key_PageDown,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert api.get_card(store, a).phase_id == drivers.id
    assert order() == ["C", "B"]
    window.undo()
    assert api.get_card(store, a).phase_id == intro.id
    assert b in [card.id for card in window.session.cards_of_phase(intro.id)]


def test_closing_items_dragged_to_another_group_change_category(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    closing = phase_of(workshop, PhaseKind.CLOSING)
    window = open_window(workshop.workshop.id)
    window.show_phase(closing.id)
    view = window.views[closing.id]
    assert isinstance(view, ClosingView)
    seed = next(c for c in window.session.cards_of_phase(closing.id) if c.text == "Confiance")
    target = view.groups["Prochaines étapes"].list
    assert drag_and_drop(target.viewport(), QPoint(20, 20), card_mime([seed.id]))
    assert api.get_card(store, seed.id).category == "Prochaines étapes"
    assert view.groups["Prochaines étapes"].model.cards[-1].id == seed.id
    window.undo()
    assert api.get_card(store, seed.id).category == "Ingrédients"


def test_the_room_sees_a_move_at_once_and_its_undo(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    robots = api.add_card(store, drivers.id, "Robots dans les cuisines").new_id
    session.reload()
    room = ProjectorWindow(session, FakeClock(dt.datetime(2030, 1, 15, 9, tzinfo=dt.UTC)))
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show()
    room.show_phase(intro.id)

    def shown() -> list[str]:
        return [item.text or item.title for item in room.view.wall.items]

    assert "Robots dans les cuisines" not in shown()
    card_ops.move_cards(session, [robots], "Move", phase_id=intro.id, last=True)
    assert "Robots dans les cuisines" in shown()
    session.undo_stack.undo()
    assert "Robots dans les cuisines" not in shown()


def test_drivers_dragged_from_the_list_onto_a_matrix_cell_are_rated_there(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers(open_window, store, workshop)
    view.select_cards([ids["Robots"], ids["Inflation"]])
    cell = view.matrix.cell_centre_in_viewport(4, 5).toPoint()
    assert drag_and_drop(view.matrix.viewport(), cell, card_mime(view.selected_card_ids()))
    for text in ("Robots", "Inflation"):
        card = api.get_card(store, ids[text])
        assert (card.impact, card.uncertainty) == (4, 5)
    assert window.session.undo_stack.count() == 1
    window.undo()
    assert api.get_card(store, ids["Robots"]).impact is None


def test_in_the_window_alt_shift_page_down_moves_cards_and_alt_page_down_turns_the_wall(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Alt+PgDown belongs to the room's wall pages (Room menu); moving the selected cards to
    the next phase is Alt+Shift+PgDown, so the two never fight over a key."""
    _window, view, ids = _drivers(open_window, store, workshop)
    card = ids["Robots"]
    view.select_cards([card])
    table = view.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert api.get_card(store, card).phase_id == phase_of(workshop, PhaseKind.DRIVERS).id
    QTest.keyClick(
        table, Qt.Key.Key_PageDown,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert api.get_card(store, card).phase_id == phase_of(workshop, PhaseKind.FUTURES).id


def test_alt_up_across_a_group_edge_lands_at_the_end_of_the_group_above(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Alt+Up on the first card of a group puts it after the last card of the group above
    (not above it); Alt+Down on the last card of a group puts it first in the group below."""
    window, view, _ids = _drivers(open_window, store, workshop)
    gestures = view.gestures

    def groups() -> list[list[uuid.UUID]]:
        out: list[list[uuid.UUID]] = []
        current: str | None = None
        for card_id in gestures.displayed_ids():
            category = _category(store, card_id)
            if category != current:
                out.append([])
                current = category
            out[-1].append(card_id)
        return out

    before = groups()
    assert len(before) >= 2
    upper, lower = before[0], before[1]
    moving = lower[0]
    view.select_cards([moving])
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = groups()
    assert after[0] == [*upper, moving]  # at the end of the group above
    assert _category(store, moving) == _category(store, upper[0])
    view.select_cards([moving])
    QTest.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert groups() == before  # back at the start of its group
    window.undo()
    assert groups() == after
