"""Two-screen cases, run by ``test_projector_screens.py`` in a child pytest whose Qt has
two virtual screens (``QT_QPA_PLATFORM=offscreen:configfile=...``): the QApplication is
made once per process, so the screens cannot be changed from inside the main test run.

Not collected on its own (the name does not start with ``test_``)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from PySide6.QtGui import QFontInfo, QGuiApplication

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.screens import screen_setup
from tests.conftest import phase_of


@pytest.fixture(autouse=True)
def _two_screens(qapp: object) -> None:
    names = [s.name() for s in QGuiApplication.screens()]
    assert names == ["laptop", "projector"], names


def test_projector_opens_full_screen_on_the_other_screen(
    open_window: Any, workshop: Any, qtbot: Any
) -> None:
    window = open_window(workshop.workshop.id)
    assert window.screen().name() == "laptop"
    presentation = window.presentation
    presentation.start()
    projector = presentation.projector
    qtbot.waitUntil(projector.isVisible)
    assert projector.isFullScreen()
    assert projector.screen().name() == "projector"
    assert projector.geometry() == projector.screen().geometry()
    # the console shows on the facilitator's screen, with the room's thumbnail
    assert presentation.console_dock.isVisible()
    console = presentation.console
    qtbot.waitUntil(lambda: not console.thumbnail.pixmap().isNull())
    assert console.current.text() == window.current_phase().title
    assert console.next.text()


def test_the_chosen_screen_is_remembered_per_screen_setup(
    open_window: Any, workshop: Any, settings: Any, qtbot: Any
) -> None:
    window = open_window(workshop.workshop.id)
    presentation = window.presentation
    laptop = next(s for s in QGuiApplication.screens() if s.name() == "laptop")
    presentation.choose_screen(laptop)
    setup = screen_setup(QGuiApplication.screens())
    assert settings.get("projector_screens") == {setup: "laptop"}
    presentation.start()
    qtbot.waitUntil(presentation.projector.isVisible)
    assert presentation.projector.screen().name() == "laptop"
    presentation.stop()
    assert not presentation.projector.isVisible()
    # a new window (next start of the app) opens it where it was chosen
    window.close()
    again = open_window(workshop.workshop.id)
    again.presentation.start()
    qtbot.waitUntil(again.presentation.projector.isVisible)
    assert again.presentation.projector.screen().name() == "laptop"


def test_unplugging_the_projectors_screen_keeps_the_view(
    open_window: Any, workshop: Any, qtbot: Any
) -> None:
    window = open_window(workshop.workshop.id)
    presentation = window.presentation
    presentation.start()
    projector = presentation.projector
    qtbot.waitUntil(projector.isVisible)
    gone = projector.screen()
    assert gone.name() == "projector"
    presentation._on_screen_removed(gone)  # what QGuiApplication.screenRemoved calls
    qtbot.waitUntil(lambda: projector.screen().name() == "laptop")
    assert projector.isVisible() and projector.isFullScreen()
    assert presentation.presenting


def test_full_screen_text_follows_the_projectors_height(
    open_window: Any, workshop: Any, store: api.Store, qtbot: Any
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for index in range(40):
        api.add_card(store, drivers.id, f"Moteur {index} du changement", category="Société")
    window = open_window(workshop.workshop.id)
    window.session.reload()
    window.go_to_phase(drivers.id)
    presentation = window.presentation
    presentation.start()
    projector = presentation.projector
    qtbot.waitUntil(lambda: projector.view.height() == 1080)
    projector.grab()
    floor = math.ceil(1080 / 30)
    sizes = [QFontInfo(f).pixelSize() for k, _t, f in projector.view.wall.painted if k == "card"]
    assert sizes and min(sizes) >= floor
    assert projector.view.min_text_px() == floor
