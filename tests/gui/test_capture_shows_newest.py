"""After quick captures through the capture line, every phase view shows the newest card
(scrolled into view), the drivers' group headings show their counts as painted, and the
futures' titles get the room of their table."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDir, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPaintEvent, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.resources import resource
from coopatelier.ui.views.actions import ActionsView
from coopatelier.ui.views.closing import ClosingView
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.views.futures import FuturesView
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

Opener = Callable[[uuid.UUID], WorkshopWindow]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Painted(QObject):
    """What a widget painted since the last ``clear``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.region = QRegion()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.region = self.region.united(event.region())
        return False

    def clear(self) -> None:
        self.region = QRegion()


def _settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _capture(window: WorkshopWindow, text: str) -> None:
    edit = window.capture.edit
    edit.setPlainText(text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert not edit.toPlainText()  # saved


def _window_on(open_window: Opener, workshop: api.WorkshopData, kind: PhaseKind,
               size: tuple[int, int] = (1366, 768)) -> tuple[WorkshopWindow, uuid.UUID]:
    phase = phase_of(workshop, kind)
    window = open_window(workshop.workshop.id)
    window.resize(*size)
    window.go_to_phase(phase.id)
    return window, phase.id


def _fully_visible(view: QAbstractItemView, row: int) -> bool:
    index = view.model().index(row, 0)
    rect = view.visualRect(index)
    return view.viewport().rect().contains(QRect(0, rect.top(), 1, rect.height()))


def test_driver_headings_repaint_their_counts_after_each_capture(
    open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot
) -> None:
    """The heading row above a captured card is painted again (with its new count)."""
    window, phase_id = _window_on(open_window, workshop, PhaseKind.DRIVERS)
    view = window.views[phase_id]
    assert isinstance(view, DriversView)
    _settle(qtbot)
    painted = Painted(view.table.viewport())
    typed = {"Société": 0, "Technologie": 0, "": 0}
    plan = ["Société", "Technologie", "Société", "", "Société", "Technologie", ""]
    for n, group in enumerate(plan):
        painted.clear()
        _capture(window, f"{group}: moteur {n}" if group else f"moteur {n}")
        typed[group] += 1
        _settle(qtbot)
        heading = next(r for r in view.model.heading_rows() if view.model.group_key(r) == group)
        text = view.model.index(heading, 0).data()
        assert text.endswith(f"({typed[group]})")
        rect = view.table.visualRect(view.model.index(heading, 0))
        if view.table.viewport().rect().intersects(rect):
            shown = rect.intersected(view.table.viewport().rect())
            assert painted.region.contains(shown.center()), (n, group, text)


def test_drivers_list_scrolls_to_the_newest_capture(
    open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot
) -> None:
    window, phase_id = _window_on(open_window, workshop, PhaseKind.DRIVERS)
    view = window.views[phase_id]
    assert isinstance(view, DriversView)
    for n in range(30):
        _capture(window, f"Technologie: moteur numéro {n}")
    _settle(qtbot)
    last = max(view.model.heading_rows())  # the uncategorised, after the technology group
    newest = view.model.index_of(
        next(c for c in view.session.cards_of_phase(phase_id) if c.text.endswith(" 29")).id)
    assert newest.row() < last
    assert view.table.verticalScrollBar().maximum() > 0  # more than the viewport holds
    assert _fully_visible(view.table, newest.row())


def test_drivers_list_scrolls_to_a_capture_that_opens_a_new_category(
    open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot
) -> None:
    """A capture in a category new to the filter (typed in the group field) re-reads the
    phase; the new card is in view after it, wherever the list was scrolled."""
    window, phase_id = _window_on(open_window, workshop, PhaseKind.DRIVERS)
    view = window.views[phase_id]
    assert isinstance(view, DriversView)
    for n in range(30):
        _capture(window, f"Technologie: moteur numéro {n}")
    _settle(qtbot)
    for name, scroll in (("Gouvernance", view.table.scrollToTop),
                         ("Alimentation", view.table.scrollToBottom)):
        scroll()
        _settle(qtbot)
        assert view.category_filter.findData(name) < 0
        window.capture.group.setEditText(name)
        _capture(window, "un moteur nouveau")
        _settle(qtbot)
        assert view.category_filter.findData(name) >= 0  # the reset path was taken
        newest = view.model.index_of(
            next(c for c in view.session.cards_of_phase(phase_id) if c.category == name).id)
        assert newest.isValid()
        assert _fully_visible(view.table, newest.row()), name


@pytest.mark.parametrize("kind", [PhaseKind.FUTURES, PhaseKind.ACTIONS])
def test_card_tables_scroll_to_the_newest_capture(
    open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot, kind: PhaseKind
) -> None:
    window, phase_id = _window_on(open_window, workshop, kind)
    view = window.views[phase_id]
    assert isinstance(view, FuturesView | ActionsView)
    for n in range(45):
        _capture(window, f"Carte {n + 1} : un quartier où chacun mange bien")
    _settle(qtbot)
    rows = view.model.rowCount()
    assert rows == 45
    assert view.list.verticalScrollBar().maximum() > 0
    assert _fully_visible(view.list, rows - 1)


def test_closing_group_scrolls_to_the_newest_capture(
    open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot
) -> None:
    window, phase_id = _window_on(open_window, workshop, PhaseKind.CLOSING)
    view = window.views[phase_id]
    assert isinstance(view, ClosingView)
    for n in range(40):
        _capture(window, f"Prochaines étapes: étape numéro {n + 1}")
    _settle(qtbot)
    group = view.groups["Prochaines étapes"]
    rows = group.model.rowCount()
    assert rows == 40
    assert group.list.verticalScrollBar().maximum() > 0
    assert _fully_visible(group.list, rows - 1)


@pytest.mark.parametrize("voting", [False, True])
def test_futures_titles_get_the_room_of_the_list(
    open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot, voting: bool
) -> None:
    window, phase_id = _window_on(open_window, workshop, PhaseKind.FUTURES)
    if voting:
        window.voting_dock.show()
    view = window.views[phase_id]
    assert isinstance(view, FuturesView)
    for n in range(12):
        _capture(window, f"Futur {n + 1} : un quartier où chacun mange bien et local")
    _settle(qtbot)
    table = view.list
    assert table.width() >= view.width() // 4
    assert table.columnWidth(0) >= table.viewport().width() * 3 // 5
    assert table.columnWidth(0) >= table.fontMetrics().averageCharWidth() * 20


@pytest.mark.parametrize("kind", [PhaseKind.DRIVERS, PhaseKind.FUTURES, PhaseKind.ACTIONS,
                                  PhaseKind.CLOSING])
def test_captures_typed_faster_than_the_paints_end_with_the_newest_in_sight(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot,
    kind: PhaseKind,
) -> None:
    """One pass of the event loop between captures (a quick typist): the scroll to a row
    made while the next capture's rows wait for their layout fell a row short."""
    phase = phase_of(workshop, kind)
    for n in range(120):
        api.add_card(store, phase.id, f"Carte n° {n} : un quartier où chacun mange bien")
    window = open_window(workshop.workshop.id)
    QDir.addSearchPath("icons", str(resource("icons")))  # as the app does (its arrows)
    window.setStyleSheet(resource("styles", "facilitator.qss").read_text(encoding="utf-8"))
    window.resize(1366, 768)
    window.go_to_phase(phase.id)
    _settle(qtbot)
    view = window.views[phase.id]
    for n in range(12):
        _capture(window, f"idée n° {n} — « cœur »")
        QApplication.processEvents()
    _settle(qtbot)
    if isinstance(view, DriversView):
        table: QAbstractItemView = view.table
        newest = view.model.index_of(view.session.cards_of_phase(phase.id)[-1].id).row()
    else:
        assert isinstance(view, FuturesView | ActionsView | ClosingView)
        table = view.groups[""].list if isinstance(view, ClosingView) else view.list
        newest = table.model().rowCount() - 1
    assert table.model().index(newest, 0).data().startswith("idée n° 11")
    assert _fully_visible(table, newest)


def _as_shown(widget: QWidget) -> QImage:
    """``widget``'s pixels as the window's backing store holds them (what the screen
    shows): moved pixels included, not a fresh paint."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId(), top_left.x(), top_left.y(),
                                      widget.width(), widget.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize(("kind", "pause"), [
    (PhaseKind.DRIVERS, 0), (PhaseKind.DRIVERS, 30), (PhaseKind.FUTURES, 30),
    (PhaseKind.ACTIONS, 30), (PhaseKind.CLOSING, 30)])
def test_quick_captures_leave_the_list_as_a_fresh_paint_would(
    open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot, kind: PhaseKind,
    pause: int,
) -> None:
    """The list follows each capture by moving the rows' pixels (a scroll by one row);
    the rows it does not paint again must then stand where a fresh paint puts them. Once
    the list reached its end, each capture's layout moved every row by a few pixels
    without moving their pixels: headings piled up stale ("Uncategorised (7)", "(6)"…)
    until the list was scrolled by hand."""
    QDir.addSearchPath("icons", str(resource("icons")))  # as the app does (its arrows)
    window = open_window(workshop.workshop.id)
    window.setStyleSheet(resource("styles", "facilitator.qss").read_text(encoding="utf-8"))
    window.resize(780, 640)  # a short list: it reaches its end after a few captures
    phase_id = phase_of(workshop, kind).id
    window.go_to_phase(phase_id)
    qtbot.waitUntil(lambda: window._rest_built)
    _settle(qtbot)
    view = window.views[phase_id]
    for n in range(24):
        _capture(window, f"moteur n° {n + 1}")
        QApplication.processEvents()
        qtbot.wait(pause)
    _settle(qtbot)
    if isinstance(view, DriversView):
        table: QAbstractItemView = view.table
    else:
        assert isinstance(view, FuturesView | ActionsView | ClosingView)
        table = view.groups[""].list if isinstance(view, ClosingView) else view.list
    viewport = table.viewport()
    assert viewport.autoFillBackground()  # the premise: Qt moves its pixels on a scroll
    assert table.verticalScrollBar().value() > 0  # it scrolled, rows moved
    shown = _as_shown(viewport)
    fresh = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert shown.size() == fresh.size()
    stale = [y for y in range(shown.height())
             if any(shown.pixel(x, y) != fresh.pixel(x, y) for x in range(shown.width()))]
    assert not stale, f"{len(stale)} lines of the list differ from a fresh paint: {stale[:12]}"
    # the opaque viewport keeps the frame's rounded corner (it painted it square, white)
    assert shown.pixelColor(0, shown.height() - 1) != QColor("#ffffff")
