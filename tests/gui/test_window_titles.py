"""Window titles name CoopAtelier once: Qt appends the application's display name to
every title that does not already end with it (``QPlatformWindow::formatWindowTitle``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.ui.app import APP_NAME, install_translations
from coopatelier.ui.help import GuidedTour, UserGuideDialog
from coopatelier.ui.projector import ProjectorWindow
from coopatelier.ui.workshop_session import WorkshopSession

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def shown_title(window: QWidget) -> str:
    """The title the desktop shows, by Qt's rule (X11, Wayland, Windows)."""
    title = window.windowTitle()
    name = QApplication.applicationDisplayName() or APP_NAME
    return title if title.endswith(name) else f"{title} — {name}"


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_room_and_help_windows_say_coopatelier_once(
    qtbot: QtBot, store: api.Store, workshop: api.WorkshopData, language: str,
) -> None:
    QApplication.setApplicationDisplayName(APP_NAME)  # as run_gui's prepare_app does
    session = WorkshopSession(store, workshop.workshop.id)
    room = ProjectorWindow(session)
    guide = UserGuideDialog(language=language)
    tour = GuidedTour()
    for window in (room, guide, tour):
        qtbot.addWidget(window)
        assert shown_title(window).count("CoopAtelier") == 1, window.windowTitle()
    assert shown_title(room) == {"en": "Room view — CoopAtelier",
                                 "fr": "Vue de la salle — CoopAtelier"}[language]
    session.deleteLater()
