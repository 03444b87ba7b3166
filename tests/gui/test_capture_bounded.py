"""A capture costs the same in a phase of 50 cards as in one of 500: the drivers', futures',
actions' and roadmap's views ask their models for the same cells, measure no other tile
or row, and repaint neither the rows above the new one nor the whole matrix."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDir, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.resources import resource
from coopatelier.templates.loader import Template
from coopatelier.ui import card_ops, models
from coopatelier.ui.views import card_editing, drivers
from coopatelier.ui.views.actions import ActionsView
from coopatelier.ui.views.closing import ChecklistModel, ClosingView
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.views.futures import FuturesView
from coopatelier.ui.views.tables import AppendingTable, ColumnHeader, SteadyScrollBar
from coopatelier.ui.workshop_session import WorkshopSession
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import make_workshop, phase_of

Opener = Callable[[uuid.UUID], WorkshopWindow]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Paints(QObject):
    """The regions painted on ``widget``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
        return False


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """How often the item models are asked for a cell or a header, and a matrix tile's
    label measured, while ``calls["on"]`` is set."""
    counted: Counter[str] = Counter()

    def counting(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if counted["on"]:
                counted[name] += 1
            return function(*args, **kwargs)
        return wrapper

    for owner, name in ((models.DriverTableModel, "data"),
                        (models.DriverTableModel, "headerData"),
                        (card_editing.CardTableModel, "data"),
                        (card_editing.CardTableModel, "headerData")):
        monkeypatch.setattr(owner, name,
                            counting(f"{owner.__name__}.{name}", getattr(owner, name)))
    monkeypatch.setattr(drivers, "tile_text", counting("tile_text", drivers.tile_text))
    yield counted


def _capture(window: WorkshopWindow, text: str) -> None:
    edit = window.capture.edit
    edit.setPlainText(text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert not edit.toPlainText()  # saved
    QCoreApplication.processEvents()  # what the capture repaints


def _cost(open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot,
          calls: Counter[str], kind: PhaseKind, count: int
          ) -> tuple[Counter[str], WorkshopWindow, uuid.UUID]:
    """What three captures ask of the views of a ``kind`` phase holding ``count`` cards."""
    phase = phase_of(workshop, kind)
    for index in range(count):
        api.add_card(store, phase.id, f"Carte n° {index} : « idée » à développer")
    window = open_window(workshop.workshop.id)
    window.resize(1366, 768)
    window.go_to_phase(phase.id)
    qtbot.waitUntil(lambda: window._rest_built)
    for index in range(2):  # the capture line's feedback shows, the list takes its shape
        _capture(window, f"Échauffement {index}")
    calls.clear()
    calls["on"] = 1
    for index in range(3):
        _capture(window, f"Nouvelle idée n° {index} — « cœur » 🌱")
    calls["on"] = 0
    del calls["on"]
    return Counter(calls), window, phase.id


@pytest.mark.parametrize("kind", [PhaseKind.DRIVERS, PhaseKind.FUTURES, PhaseKind.ACTIONS,
                                  PhaseKind.ROADMAP])
def test_a_capture_asks_the_same_of_a_long_phase_as_of_a_short_one(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    mini_template: Template, qtbot: QtBot, calls: Counter[str], kind: PhaseKind,
) -> None:
    short, window, _phase = _cost(open_window, store, workshop, qtbot, calls, kind, 50)
    window.close()
    other = make_workshop(store, mini_template)
    long, _window, _phase = _cost(open_window, store, other, qtbot, calls, kind, 500)
    # the cells painted or measured: the new rows and those shown, never the others (a
    # matrix's labels are measured again when its zoom passes a step: not compared here).
    # Looking at the other cards would ask for 450 more cells at least; a repaint more or
    # less (how paints fall together) asks for a few dozen.
    del short["tile_text"], long["tile_text"]
    assert sum(long.values()) < sum(short.values()) + 100, (short, long)
    assert sum(long.values()) < 600, long


@pytest.mark.parametrize("kind", [PhaseKind.DRIVERS, PhaseKind.FUTURES])
def test_a_capture_leaves_the_column_headings_unmeasured(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot,
    calls: Counter[str], monkeypatch: pytest.MonkeyPatch, kind: PhaseKind,
) -> None:
    """The headings (Driver, Nature, Imp., Unc.) do not change when a row is added: Qt
    measured each of them (four roles) after every capture to size the header again."""
    headings: list[int] = []
    for owner in (models.DriverTableModel, card_editing.CardTableModel):
        def counting(this: Any, section: int, orientation: Qt.Orientation, *args: Any,
                     real: Callable[..., Any] = owner.headerData) -> Any:
            if calls["on"] and orientation == Qt.Orientation.Horizontal:
                headings.append(section)
            return real(this, section, orientation, *args)
        monkeypatch.setattr(owner, "headerData", counting)
    _asked, window, phase_id = _cost(open_window, store, workshop, qtbot, calls, kind, 50)
    assert headings == []
    view = window.views[phase_id]
    table = view.table if isinstance(view, DriversView) else view.list  # type: ignore[attr-defined]
    header = table.horizontalHeader()
    assert isinstance(header, ColumnHeader)
    hint = header.sizeHint()
    header.setFont(QFont(header.font().family(), header.font().pointSize() * 2))
    assert header.sizeHint().height() > hint.height()  # measured again for a new font


def test_a_capture_at_the_end_of_the_drivers_repaints_its_row_not_the_others_or_the_matrix(
    qtbot: QtBot, session: WorkshopSession, calls: Counter[str],
) -> None:
    """The drivers' view alone (the window's own repaints are another matter): a capture
    saved through the session, as the capture line saves it. The list, scrolled to the
    newest card, moves by a row: the other rows' pixels move, they are not repainted."""
    phase_id = phase_of(session.data(), PhaseKind.DRIVERS).id
    for index in range(300):  # unrated: their tiles fill the tray under the matrix
        api.add_card(session.store, phase_id, f"Tendance n° {index}")
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = DriversView(session, phase_id)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitExposed(view):
        view.show()
    card_ops.add_card(session, phase_id, "Échauffement")  # the list goes to its end
    qtbot.wait(50)
    table = view.table
    table_paints = Paints(table.viewport())
    matrix_paints = Paints(view.matrix.viewport())
    cells = view.matrix.cells
    calls["on"] = 1

    card_ops.add_card(session, phase_id, "Sécheresses")
    qtbot.wait(50)

    assert view.model.card_count() == 302
    newest = view.model.index_of(view.session.cards_of_phase(phase_id)[-1].id)
    assert table.viewport().rect().contains(table.visualRect(newest))
    row = table.rowHeight(newest.row())
    assert table_paints.rects  # the new row
    assert all(r.height() <= 2 * row for r in table_paints.rects), table_paints.rects
    assert calls["tile_text"] == 1  # the new tile's label only
    if view.matrix.cells.places_as(cells):  # (no new row of the tray)
        viewport = view.matrix.viewport().rect()
        # the new tile's pixels, not the matrix
        assert matrix_paints.rects
        assert all(r.width() * r.height() * 20 < viewport.width() * viewport.height()
                   for r in matrix_paints.rects)


def test_a_scroll_bar_repaints_a_new_range_only_when_its_handle_changes(qtbot: QtBot) -> None:
    """A long list's handle is at its smallest: one more row changes the range, not the
    pixels; a range that makes the handle bigger repaints it."""
    bar = SteadyScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.resize(16, 300)
    bar.setRange(0, 10_000)
    bar.setPageStep(20)
    with qtbot.waitExposed(bar):
        bar.show()
    QCoreApplication.processEvents()
    paints = Paints(bar)

    bar.setRange(0, 10_001)
    QCoreApplication.processEvents()
    assert paints.rects == []

    bar.setRange(0, 40)
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: bool(paints.rects))


def test_a_scroll_bar_repaints_a_new_value_only_when_it_shows_differently(
    qtbot: QtBot,
) -> None:
    """A long list scrolled to its new last row (a capture): the range grows, the value
    follows to the end, the handle moves by a fraction of a pixel: nothing repainted. A
    value that moves the handle, or leaves an end (whose arrow a style may grey), is."""
    bar = SteadyScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.resize(16, 300)
    bar.setRange(0, 150_000)
    bar.setPageStep(500)
    bar.setValue(150_000)
    with qtbot.waitExposed(bar):
        bar.show()
    QCoreApplication.processEvents()
    paints = Paints(bar)
    for row in range(1, 4):  # three captures, each scrolled to its row (30 pixels)
        bar.setRange(0, 150_000 + 30 * row)
        QCoreApplication.processEvents()
        bar.setValue(bar.maximum())
        QCoreApplication.processEvents()
    assert paints.rects == []

    bar.setValue(bar.maximum() - 30)  # off the end, same handle pixels: the arrow's state
    qtbot.waitUntil(lambda: bool(paints.rects))
    paints.rects.clear()
    bar.setValue(bar.maximum() - 60)  # within, same pixels
    QCoreApplication.processEvents()
    assert paints.rects == []
    bar.setValue(75_000)  # the handle moves
    qtbot.waitUntil(lambda: bool(paints.rects))


def test_a_scroll_bar_at_the_end_of_a_growing_list_waits_for_the_list_to_follow(
    qtbot: QtBot,
) -> None:
    """The card wall (tiles 80 px high): a capture that starts a row of tiles grows the
    range enough to move the handle off the end for a moment; the wall then follows to
    its new row and the handle is back where it was painted: nothing repainted (the bar
    and the widgets behind it were, at each such capture). A list that does not follow
    shows its new handle a moment later."""
    bar = SteadyScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.resize(16, 300)
    bar.setRange(0, 20_000)  # 250 rows of tiles: the handle at its smallest
    bar.setPageStep(500)
    bar.setValue(20_000)
    with qtbot.waitExposed(bar):
        bar.show()
    QCoreApplication.processEvents()
    paints = Paints(bar)
    for row in range(1, 4):  # three rows of tiles, each followed
        bar.setRange(0, 20_000 + 80 * row)
        QCoreApplication.processEvents()
        bar.setValue(bar.maximum())
        QCoreApplication.processEvents()
        qtbot.wait(SteadyScrollBar.FOLLOW_WAIT + 20)
    assert paints.rects == []

    bar.setRange(0, bar.maximum() + 80)  # not followed
    QCoreApplication.processEvents()
    assert paints.rects == []
    qtbot.waitUntil(lambda: bool(paints.rects))


@pytest.fixture
def rows_asked(monkeypatch: pytest.MonkeyPatch) -> list[set[tuple[str, int]]]:
    """The rows whose cells a list's model is asked for, one set per capture: a new set is
    started by appending an empty one."""
    asked: list[set[tuple[str, int]]] = []

    def counting(owner: type, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(self: Any, index: Any, *args: Any, **kwargs: Any) -> Any:
            if asked:
                asked[-1].add((owner.__name__, index.row()))
            return function(self, index, *args, **kwargs)
        return wrapper

    for owner in (models.DriverTableModel, card_editing.CardTableModel, ChecklistModel):
        monkeypatch.setattr(owner, "data", counting(owner, owner.data))
    return asked


def _list_of(window: WorkshopWindow, phase_id: uuid.UUID) -> AppendingTable:
    view = window.views[phase_id]
    if isinstance(view, DriversView):
        return view.table
    if isinstance(view, ClosingView):
        return view.groups[""].list  # "Other items", where a plain capture goes
    assert isinstance(view, FuturesView | ActionsView)
    return view.list


@pytest.mark.parametrize("kind", [PhaseKind.DRIVERS, PhaseKind.FUTURES, PhaseKind.ACTIONS,
                                  PhaseKind.CLOSING])
def test_a_capture_into_a_long_list_asks_for_its_rows_not_for_the_rows_in_sight(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot,
    rows_asked: list[set[tuple[str, int]]], kind: PhaseKind,
) -> None:
    """Under the app's stylesheet, the list scrolled to each new card: the rows already in
    sight move (their pixels are moved), only the rows uncovered and a changed heading
    (the drivers' group count) are painted again. A stylesheet background once left the
    list's viewport see-through: each scroll repainted every row in sight."""
    phase = phase_of(workshop, kind)
    for index in range(500):  # uncategorised, as the captures
        api.add_card(store, phase.id, f"Carte n° {index} : « idée »")
    window = open_window(workshop.workshop.id)
    QDir.addSearchPath("icons", str(resource("icons")))  # as the app does (its arrows)
    window.setStyleSheet(resource("styles", "facilitator.qss").read_text(encoding="utf-8"))
    window.resize(1920, 1080)
    window.go_to_phase(phase.id)
    qtbot.waitUntil(lambda: window._rest_built)
    table = _list_of(window, phase.id)
    for index in range(3):  # the capture line's feedback shows, the list takes its shape
        _capture(window, f"Échauffement {index}")
        qtbot.wait(20)
    model = table.model()
    assert model.rowCount() > 500
    in_sight = table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1
    assert in_sight >= 8  # the premise: far more rows in sight than a capture shows
    for index in range(4):
        rows_asked.append(set())
        _capture(window, f"Nouvelle idée n° {index} — « cœur » 🌱")
        for _ in range(3):  # the scroll to the new row, and its paint
            qtbot.wait(10)
        last = model.index(model.rowCount() - 1, 0)
        assert table.viewport().rect().contains(table.visualRect(last))  # in sight
    rows_asked.append(set())  # counted no more
    # the new row, the row uncovered above or beneath it, the heading whose count changed
    assert all(len(rows) <= 4 for rows in rows_asked[:-1]), (in_sight, rows_asked)


def test_a_capture_that_opens_a_closing_group_leaves_the_other_groups_measured(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot,
) -> None:
    """The first item without a category makes the "Other items" group: the groups
    already there keep their lists and measured rows (they were all built and measured
    again: a single capture of ~300 ms in a 5,000-card workshop)."""
    phase = phase_of(workshop, PhaseKind.CLOSING)
    category = phase.categories[0]
    for index in range(300):
        api.add_card(store, phase.id, f"Ingrédient n° {index} : « confiance »",
                     category=category)
    window = open_window(workshop.workshop.id)
    window.go_to_phase(phase.id)
    qtbot.waitUntil(lambda: window._rest_built)
    view = window.views[phase.id]
    assert isinstance(view, ClosingView)
    assert "" not in view.groups
    qtbot.wait(20)
    before = dict(view.groups)
    measured = {name: group.row_heights.measured_rows for name, group in before.items()}
    items = {name: group.model.rowCount() for name, group in before.items()}
    assert items[category] > 300

    _capture(window, "Se revoir en juin")
    qtbot.wait(20)

    assert "" in view.groups  # "Other items", with the new item shown
    other = view.groups[""]
    assert other.model.rowCount() == 1
    assert other.title() == "Other items"
    for name, group in before.items():
        assert view.groups[name] is group  # kept, not built again
        assert group.row_heights.measured_rows == measured[name], name
        assert group.model.rowCount() == items[name]
    assert other.row_heights.measured_rows <= 2


class Resizes(QObject):
    """How often ``widget`` is resized."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


@pytest.mark.parametrize("kind", [PhaseKind.DRIVERS, PhaseKind.FUTURES, PhaseKind.INTRO])
def test_captures_of_wrapped_cards_leave_the_window_laid_out(
    kind: PhaseKind, open_window: Opener, workshop: api.WorkshopData, qtbot: QtBot
) -> None:
    """On a narrow window a card's text wraps in the capture line and the field grows;
    emptied by the capture, it keeps its lines a moment instead of shrinking at once, so
    a stream of long cards (as typed in the room, or pasted) no longer resizes the field
    twice in each capture (shrunk, then grown for the next card), each time laying the
    window out again and repainting what lies around the line. Once the pause
    is over, or a short card is typed, the field is one line high again."""
    phase = phase_of(workshop, kind)
    window = open_window(workshop.workshop.id)
    window.resize(796, 796)  # the benchmark's window: the text field ~170 pixels wide
    window.go_to_phase(phase.id)
    qtbot.waitUntil(lambda: window._rest_built)
    edit = window.capture.edit
    QCoreApplication.processEvents()
    one_line = edit.height()
    text = "Nouvelle idée n° {} — « cœur » 🌱 à développer"

    typed: list[int] = []  # the field's height with the card typed

    def capture(index: int) -> None:
        edit.setPlainText(text.format(index))
        typed.append(edit.height())
        QTest.keyClick(edit, Qt.Key.Key_Return)
        for _pass in range(4):  # what the capture paints, then the scroll to the new card
            QCoreApplication.processEvents()
        assert not edit.toPlainText()  # saved

    capture(0)
    grown = typed[0]
    assert grown > one_line  # it wraps (the field grew for it)
    view = window.stack_scroll
    field, phase_view = Resizes(edit), Resizes(view)
    before = len(window.session.data().cards_of_phase(phase.id))
    for index in range(1, 6):
        capture(index)
    assert len(window.session.data().cards_of_phase(phase.id)) == before + 5
    assert (field.count, phase_view.count) == (0, 0)
    assert typed == [grown] * 6
    assert edit.height() == grown  # still its lines, empty, right after the captures
    qtbot.waitUntil(lambda: edit.height() == one_line, timeout=3000)  # then one line
    capture(6)
    edit.setPlainText("Court")  # a short card typed: one line at once
    assert edit.height() == one_line


def test_a_resize_of_the_actions_list_measures_no_row_again(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot,
    rows_asked: list[set[tuple[str, int]]],
) -> None:
    """The first capture in a phase may lay the window out (the capture line's feedback
    takes room, its empty field wraps): the actions list's resize measured every row's
    cells again for its five columns (150 ms at 820 actions). It asks for the rows it
    shows; the columns stay as wide as their contents (as Qt measures them)."""
    phase = phase_of(workshop, PhaseKind.ACTIONS)
    for index in range(300):
        api.add_card(store, phase.id, f"Action n° {index}", impact=1 + index % 5,
                     effort=1 + index % 3)
    window = open_window(workshop.workshop.id)
    window.resize(1920, 1080)
    window.go_to_phase(phase.id)
    qtbot.waitUntil(lambda: window._rest_built)
    view = window.views[phase.id]
    assert isinstance(view, ActionsView)
    table = view.list
    _capture(window, "Échauffement")
    qtbot.wait(20)
    hidden = []
    # shorter; narrow (the table beside the chart hides impact and effort); wide again
    for size in ((1900, 1000), (800, 1000), (1900, 1000)):
        rows_asked.append(set())
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)  # type: ignore[misc]
        for _ in range(3):
            qtbot.wait(10)
        in_sight = table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1
        rows_asked.append(set())  # counted no more
        assert 0 < len(rows_asked[-2]) <= in_sight + 2, (in_sight, len(rows_asked[-2]))
        hidden.append(table.isColumnHidden(3))
    assert hidden == [False, True, False]  # impact and effort made room, then came back
    _capture(window, "Nouvelle idée n° 1 — « cœur » 🌱")
    qtbot.wait(20)
    header = table.horizontalHeader()
    for column in range(2, 6):
        if not table.isColumnHidden(column):
            contents = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert header.sectionSize(column) == max(header.minimumSectionSize(), contents)
