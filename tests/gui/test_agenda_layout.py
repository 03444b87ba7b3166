"""The agenda (déroulé) of a long workshop on a laptop's screen: a scroll bar appears and
no phase overlaps another."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.workshop_window import WorkshopWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

Opener = Callable[[uuid.UUID], WorkshopWindow]

TITLES = (
    "Tour de table des partenaires et de leurs attentes pour l’alimentation des quartiers",
    "Moteurs du changement",
    "Incertitudes clés et matrice impact × incertitude, en plénière",
)


def _assert_no_overlap(qtbot: QtBot, window: WorkshopWindow) -> None:
    view = window.phase_list
    model = view.model()
    delegate = view.itemDelegate()
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    qtbot.wait(50)  # the list's delayed relayout, if any, has run
    rects = [view.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
    for row in range(1, len(rects)):
        assert not rects[row].intersects(rects[row - 1]), f"phases {row} and {row + 1}"
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    for row, rect in enumerate(rects):
        # each phase has the height its text takes at the list's width, scroll bar shown
        wanted = delegate.sizeHint(option, model.index(row, 0)).height()
        assert rect.height() >= wanted, (row, rect.height(), wanted)
        assert rect.right() < view.viewport().width()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_a_long_agenda_scrolls_without_overlapping_phases(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    size: tuple[int, int],
) -> None:
    """Eighteen phases with long titles at 1366×768 and 1280×720: the vertical scroll bar
    appears, the items wrap at the narrower width and none overlaps the next one."""
    for number in range(15):
        api.add_phase(store, workshop.workshop.id, kind=PhaseKind.FREE,
                      title=f"{number + 4}. {TITLES[number % len(TITLES)]}", minutes=15)
    window = open_window(workshop.workshop.id)
    window.resize(*size)
    _assert_no_overlap(qtbot, window)
    # the agenda narrower: laid out again
    dock = window.deroule_dock
    window.resizeDocks([dock], [dock.width() - 60], Qt.Orientation.Horizontal)
    _assert_no_overlap(qtbot, window)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_phases_added_while_open_bring_a_scroll_bar_without_overlap(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    size: tuple[int, int],
) -> None:
    """The agenda fits, then phases are added while the window is open: the scroll bar
    that appears narrows the list, and the phases wrap again at that width."""
    window = open_window(workshop.workshop.id)
    window.resize(*size)
    view = window.phase_list
    qtbot.waitUntil(lambda: view.viewport().width() > 100)
    assert not view.verticalScrollBar().isVisible()
    for number in range(15):
        api.add_phase(store, workshop.workshop.id, kind=PhaseKind.FREE,
                      title=f"{number + 4}. {TITLES[number % len(TITLES)]}", minutes=15)
    window.session.reload()
    _assert_no_overlap(qtbot, window)
