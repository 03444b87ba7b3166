"""A workshop window reopened maximised on a screen narrower than its panels: the saved
window state is restored twice (on opening, then once the voting dock exists) and the
window keeps laying itself out, resizing and closing without touching freed layout items
(it used to crash in Qt's main-window layout)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.settings import Settings
from coopatelier.ui.workshop_window import WorkshopWindow


def _settle(qtbot: QtBot) -> None:
    """Let every posted layout request and the layout's own timers run."""
    QApplication.processEvents()
    qtbot.wait(200)  # longer than Qt's 150 ms grace for a restored state that does not fit
    QApplication.processEvents()


def test_a_window_reopened_maximised_narrower_than_its_panels_lays_out_and_closes(
    qtbot: QtBot, store: api.Store, workshop: api.WorkshopData
) -> None:
    settings = Settings(store.data_dir.settings)
    first = WorkshopWindow(store, workshop.workshop.id, settings)
    qtbot.addWidget(first)
    with qtbot.waitExposed(first):
        first.show()
    first.voting_dock.toggleViewAction().trigger()  # the panel open: the widest window
    assert first.isMaximized()  # the offscreen screen is smaller than 1280 × 800
    first.close()  # remembers the geometry (maximised) and the docks' state

    again = WorkshopWindow(store, workshop.workshop.id, settings)
    qtbot.addWidget(again)
    layout = again.layout()
    assert layout is not None
    # the premise: the panels need more width than the window has (as on a small screen).
    # The window's own minimum fits a laptop's screen (test_laptop_screen): an agenda as
    # wide as the screen (a large font, long phase titles) asks for more than it has
    screen = again.screen().availableGeometry().width()
    again.deroule_dock.setMinimumWidth(screen)
    assert layout.minimumSize().width() > screen
    with qtbot.waitExposed(again):
        again.show()
    qtbot.waitUntil(lambda: again._voting_dock is not None, timeout=5000)
    assert again.voting_dock.isVisible()  # the second restore found the dock
    assert again.deroule_dock.isVisible()
    _settle(qtbot)
    for width, height in ((700, 500), (1366, 768), (640, 480)):
        again.showNormal()
        again.resize(width, height)
        layout.activate()
        _settle(qtbot)
        assert again.capture.edit.isVisible()
    again.voting_dock.toggleViewAction().trigger()
    _settle(qtbot)
    assert not again.voting_dock.isVisible()
    again.close()  # saves the state: walks every dock's layout item
    assert settings.get("workshop_window_state")
