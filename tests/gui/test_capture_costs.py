"""What a capture costs does not grow with the phase: the card wall (intro, free) and the
closing checklists insert one row and measure or draw one item whether the phase holds 40
cards or 400, the wall repaints the new tile only and still shows what a full repaint
shows, and the capture line reads the phase's groups only for a "Group:" prefix."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.capture_controller import CaptureController
from coopatelier.ui.views.cards import CardsView
from coopatelier.ui.views.closing import ClosingView, _ItemDelegate
from coopatelier.ui.views.delegates import CardDelegate
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import laid_out
from tests.gui.test_capture_appends import Spy

Opener = Callable[[uuid.UUID], WorkshopWindow]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Calls:
    """Counts the calls of one method of a class while installed (``monkeypatch``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> None:
        self.count = 0
        real = getattr(owner, name)

        def counted(this: Any, *args: Any) -> Any:
            self.count += 1
            return real(this, *args)

        monkeypatch.setattr(owner, name, counted)


def _capture(window: WorkshopWindow, text: str) -> None:
    edit = window.capture.edit
    edit.setPlainText(text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert not edit.toPlainText()  # saved
    QApplication.processEvents()  # what the capture repaints, painted


def _open_on(open_window: Opener, workshop: api.WorkshopData, kind: PhaseKind,
             qtbot: QtBot, size: tuple[int, int] = (1366, 768)
             ) -> tuple[WorkshopWindow, uuid.UUID]:
    """The window on the phase, settled: its docks (built after its first paint) are in,
    and a first capture has shown the capture line's feedback; each may lay the window
    out once, which lays the wall out and repaints it whole."""
    phase = phase_of(workshop, kind)
    window = open_window(workshop.workshop.id)
    window.resize(*size)
    window.go_to_phase(phase.id)
    qtbot.waitUntil(lambda: window._rest_built)
    _capture(window, "Première capture")
    window._deroule_soon.stop()
    window._refresh_deroule()  # the agenda's count, which follows a capture a moment later
    for _round in range(3):  # layout requests, then the layouts they start, then paints
        QApplication.processEvents()
    return window, phase.id


@pytest.fixture
def wall_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Calls, Calls]]:
    yield Calls(monkeypatch, CardDelegate, "paint"), Calls(monkeypatch, CardDelegate, "sizeHint")


@pytest.mark.parametrize("cards", [40, 400])
def test_a_capture_on_the_wall_inserts_one_tile_and_paints_it_alone(
    cards: int, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    wall_counts: tuple[Calls, Calls], qtbot: QtBot,
) -> None:
    """With 40 cards or 400, each capture: one row inserted (no reset), the new tile drawn
    and painted, the other tiles in sight neither measured nor painted again — a capture
    that starts a new row of tiles included (the wall scrolls by moving its pixels)."""
    intro = phase_of(workshop, PhaseKind.INTRO)
    for index in range(cards):
        api.add_card(store, intro.id, f"Carte {index}")
    window, phase_id = _open_on(open_window, workshop, PhaseKind.INTRO, qtbot)
    view = window.views[phase_id]
    assert isinstance(view, CardsView)
    spy = Spy(view.model)
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    paints, hints = wall_counts
    per_row = max(1, view.list.viewport().width() // view.list.gridSize().width())
    counts = []
    for index in range(per_row + 1):  # at least one capture starts a row
        paints.count = hints.count = 0
        drawn = delegate.drawn_tiles
        _capture(window, f"Idée « {index} »")
        counts.append((paints.count, hints.count, delegate.drawn_tiles - drawn))
    assert spy.resets == 0
    assert spy.inserted == [(cards + 1 + i, cards + 1 + i) for i in range(per_row + 1)]
    # the new tile drawn and painted (with, at most, the tile that was newest before it:
    # ~30 tiles are in sight); one size asked (the same for every tile)
    assert all(paint <= 2 and hint == 1 and drawn == 1 for paint, hint, drawn in counts), counts
    assert sum(paint for paint, _hint, _drawn in counts) <= len(counts) + 1, counts
    assert view.count_label.text() == f"{cards + 2 + per_row} cards"


def test_the_wall_shows_what_a_full_repaint_shows_after_captures(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot
) -> None:
    """Repainting the new tile only leaves the screen as a full repaint would draw it,
    through captures that fill a row, start the next and scroll the wall."""
    intro = phase_of(workshop, PhaseKind.INTRO)
    for index in range(30):
        api.add_card(store, intro.id, f"Carte {index}")
    # on the test's screen: grabbing it reads what is shown
    window, phase_id = _open_on(open_window, workshop, PhaseKind.INTRO, qtbot, (760, 560))
    view = window.views[phase_id]
    assert isinstance(view, CardsView)
    viewport = view.list.viewport()
    for index in range(9):
        _capture(window, f"Idée n° {index} " + "mot " * index)
        screen = window.screen().grabWindow(window.winId()).toImage()
        area = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
        shown = screen.copy(area)
        fresh = window.grab().toImage().convertToFormat(shown.format()).copy(area)
        assert shown == fresh, f"capture {index}: the wall differs from a full repaint"
    scroll = view.list.verticalScrollBar()
    assert scroll.value() == scroll.maximum() > 0  # the newest tile in sight


@pytest.mark.parametrize("cards", [40, 400])
def test_a_closing_capture_measures_its_new_item_only(
    cards: int, monkeypatch: pytest.MonkeyPatch, open_window: Opener, store: api.Store,
    workshop: api.WorkshopData, qtbot: QtBot,
) -> None:
    """A group of 40 items or 400: one capture inserts one row and measures one item (a
    list view of wrapped items measured them all again)."""
    closing = phase_of(workshop, PhaseKind.CLOSING)
    for index in range(cards):
        api.add_card(store, closing.id, f"Étape {index}", category="Prochaines étapes")
    hints = Calls(monkeypatch, _ItemDelegate, "sizeHint")  # before the view is made
    window, phase_id = _open_on(open_window, workshop, PhaseKind.CLOSING, qtbot)
    view = window.views[phase_id]
    assert isinstance(view, ClosingView)
    group = view.groups["Prochaines étapes"]
    window.capture.group.setEditText("Prochaines étapes")
    spy = Spy(group.model)
    hints.count = 0
    measured = group.row_heights.measured_rows
    _capture(window, "Envoyer la synthèse « à tous »")
    assert spy.resets == 0
    assert spy.inserted == [(cards, cards)]
    assert group.row_heights.measured_rows - measured == 1
    assert hints.count == 1
    assert [c.text for c in group.model.cards][-1] == "Envoyer la synthèse « à tous »"
    row = group.list.rowHeight(cards)
    assert row >= group.list.fontMetrics().height()  # sized to its text


def test_the_capture_line_reads_the_groups_only_for_a_prefix(
    monkeypatch: pytest.MonkeyPatch, open_window: Opener, workshop: api.WorkshopData,
    qtbot: QtBot,
) -> None:
    """Typing and capturing a plain card never reads the phase's groups (a walk of its
    cards); "Group: text" does, and files the card there."""
    window, phase_id = _open_on(open_window, workshop, PhaseKind.DRIVERS, qtbot)
    walks = Calls(monkeypatch, CaptureController, "groups")
    _capture(window, "Hausse du prix de l’énergie")
    assert walks.count == 0
    cards = window.session.cards_of_phase(phase_id)
    assert cards[-1].category == ""

    window.capture.edit.setPlainText("Société : télétravail")
    assert walks.count >= 1  # a prefix: the groups are read
    assert window.capture.chip.text().startswith("→ Société")
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Return)
    card = window.session.cards_of_phase(phase_id)[-1]
    assert (card.category, card.text) == ("Société", "télétravail")


def test_a_list_fitted_to_its_items_in_a_form_measures_a_bounded_number_of_them(
    qtbot: QtBot,
) -> None:
    """The futures form's drivers checklist (and the actions form's futures) take the
    height of their items; in a 5,000-card workshop (800 drivers, each wrapped) measuring
    them all cost the futures phase's first capture 0.4 to 0.9 s. Past ``FIT_ROWS`` items
    the list is as tall as its first ones and scrolls, its items all two lines tall: neither
    the fit nor Qt's own layout measures them all."""
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QStringListModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from coopatelier.ui.views.delegates import FIT_ROWS, WrapDelegate, WrappingListView

    asked: list[int] = []

    class Counting(WrapDelegate):
        def sizeHint(self, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QSize:
            asked.append(index.row())
            return super().sizeHint(option, index)

    long_text = "Moteur n° 7 : une tendance lourde " * 6
    texts = [f"Moteur n° {n} : une tendance lourde" for n in range(800)]
    texts[7] = long_text
    view = WrappingListView()
    qtbot.addWidget(view)
    view.setItemDelegate(Counting(view))
    model = QStringListModel(texts)
    view.setModel(model)
    view.resize(300, 200)
    view.set_fit_to_contents(min_rows=2, max_rows=FIT_ROWS)
    view.show()
    qtbot.wait(20)
    view.resize(260, view.height())  # narrower: every item wraps again
    qtbot.wait(20)
    view.scrollToBottom()  # Qt's own layout too, down to the last item
    qtbot.wait(20)
    assert asked and len(asked) < 4 * FIT_ROWS, len(asked)
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    # every item the same height: the long one shows its first lines, elided
    short_rect = view.visualRect(model.index(799, 0))
    view.scrollTo(model.index(7, 0))
    assert view.visualRect(model.index(7, 0)).height() == short_rect.height()
    lines = view.fontMetrics().lineSpacing()
    assert 2 * lines <= short_rect.height() < 4 * lines
    # back under FIT_ROWS items: each as tall as its text again, none cut
    model.setStringList(texts[:10])
    qtbot.wait(20)
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.visualRect(model.index(7, 0)).height() > view.visualRect(
        model.index(8, 0)).height() + 2 * lines
    few = WrappingListView()
    qtbot.addWidget(few)
    few.setModel(QStringListModel(["Inflation", "Loyers"]))
    few.set_fit_to_contents(min_rows=2, max_rows=FIT_ROWS)
    assert few.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


@pytest.mark.parametrize("kind", [PhaseKind.DRIVERS, PhaseKind.CLOSING])  # the last row too
def test_the_agenda_repaints_only_the_row_whose_count_changed(
    kind: PhaseKind, monkeypatch: pytest.MonkeyPatch, open_window: Opener,
    workshop: api.WorkshopData, qtbot: QtBot,
) -> None:
    """After a capture the agenda's count follows: the phase's row is measured and
    repainted alone (QListView laid the whole agenda out again and repainted it, 3 to 5 ms
    inside a capture); a row whose new text needs another line is laid out taller."""
    from PySide6.QtCore import QEvent, QObject

    from coopatelier.ui.views.delegates import WrapDelegate

    measured: list[int] = []
    real = WrapDelegate.sizeHint

    def counted(this: WrapDelegate, option: Any, index: Any) -> Any:
        if this.objectName() == "agendaDelegate":
            measured.append(index.row())
        return real(this, option, index)

    # before the window is made: Qt's own calls go through the method found then
    monkeypatch.setattr(WrapDelegate, "sizeHint", counted)
    window, phase_id = _open_on(open_window, workshop, kind, qtbot)
    agenda = window.phase_list
    agenda.itemDelegate().setObjectName("agendaDelegate")
    row = window.phase_model.row_of(phase_id)

    painted: list[QRect] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect())  # type: ignore[attr-defined]
            return False

    paints = Paints()
    agenda.viewport().installEventFilter(paints)
    measured.clear()
    before = window.phase_model.data(window.phase_model.index(row))
    _capture(window, "Hausse des loyers")
    window._deroule_soon.stop()
    window._refresh_deroule()
    qtbot.wait(50)  # the layouts and paints it asked for, done
    index = window.phase_model.index(row)
    assert window.phase_model.data(index) != before  # the count moved on
    # the row measured, and the next one's place read (which measures it), no other
    assert row in measured and set(measured) <= {row, row + 1}, measured
    assert painted and all(agenda.visualRect(index).contains(rect) for rect in painted), (
        painted, agenda.visualRect(index))
    # a title that wraps on one more line: the row grows, what is under it moves down
    last = row == window.phase_model.rowCount() - 1
    assert last == (kind is PhaseKind.CLOSING)

    def end_of_row() -> int:
        if last:
            return agenda.contentsSize().height()
        return agenda.visualRect(window.phase_model.index(row + 1)).top()

    below = end_of_row()
    height = agenda.visualRect(index).height()
    phases = window.session.data().phases
    longer = [p if p.id != phase_id else dataclasses.replace(
        p, title=p.title + " — " + "un titre bien plus long " * 6) for p in phases]
    window.phase_model.set_phases(longer, window._counts)
    QApplication.processEvents()
    assert agenda.visualRect(index).height() > height
    assert end_of_row() > below


@pytest.mark.parametrize(
    "kind", [PhaseKind.ACTIONS, PhaseKind.FUTURES, PhaseKind.CLOSING, PhaseKind.DRIVERS])
def test_a_capture_at_the_end_of_a_long_table_is_one_paint_of_the_window(
    kind: PhaseKind, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    qtbot: QtBot,
) -> None:
    """A capture into a long table at its end (actions, futures, a closing group): the new
    row, laid out and scrolled to before the window paints, is painted with the cleared
    capture line in one paint of the window. The table's layout timer and its scroll came
    after a first paint (two paints a capture, the actions phase's the slowest), and in
    the futures a row's new height, told to the table, laid every row out again after the
    scroll (three)."""
    from PySide6.QtCore import QEvent, QObject

    from coopatelier.ui.views.drivers import DriversView
    from coopatelier.ui.views.tables import AppendingTable

    phase_id = phase_of(workshop, kind).id
    for index in range(60):
        api.add_card(store, phase_id, f"Élément n° {index}")
    window, _ = _open_on(open_window, workshop, kind, qtbot)
    view = window.current_view()
    assert view is not None

    def table() -> AppendingTable:
        found = (view.groups[""].list if isinstance(view, ClosingView)  # (no group)
                 else view.table if isinstance(view, DriversView)
                 else view.list)  # type: ignore[attr-defined]
        assert isinstance(found, AppendingTable)
        return found

    assert table().verticalScrollBar().maximum() > 0  # a long table, shown at its end
    _capture(window, "Échauffement")
    laid_out(qtbot, window)

    class Repaints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                self.count += 1
            return False

    repaints = Repaints()
    window.installEventFilter(repaints)
    edit = window.capture.edit
    counts = []
    for title in ("Une épicerie solidaire", "Un jardin partagé", "Une cantine"):
        edit.setPlainText(title)
        QApplication.processEvents()  # typed: the field as it was before Enter
        repaints.count = 0
        QTest.keyClick(edit, Qt.Key.Key_Return)
        for _round in range(4):
            QApplication.processEvents()
        counts.append(repaints.count)
        assert not edit.toPlainText()
        shown = table()
        model = shown.model()
        newest = model.index(model.rowCount() - 1, 0)
        assert title in str(newest.data())
        assert shown.viewport().rect().contains(shown.visualRect(newest))  # in sight
    # (the phase's clock may tick during one of them: a paint of its own)
    assert min(counts) == 1, counts
