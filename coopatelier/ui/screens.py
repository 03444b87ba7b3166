"""Screens: naming a set of connected screens (the projector's screen is remembered per
setup) and a screen as the user sees it in a list."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget


def screen_setup(screens: list[QScreen]) -> str:
    """A key naming the set of connected screens (the choice is remembered per setup)."""
    parts = sorted(f"{s.name()}:{s.geometry().width()}x{s.geometry().height()}" for s in screens)
    return "|".join(parts)


def current_setup() -> str:
    """The key of the screens connected now."""
    return screen_setup(QGuiApplication.screens())


def screen_label(screen: QScreen) -> str:
    """"Model (1920 × 1080)": a screen in a list of choices."""
    size = screen.geometry()
    name = screen.model() or screen.name()
    return f"{name} ({size.width()} × {size.height()})"


def screen_named(name: str) -> QScreen | None:
    """The connected screen called ``name``, if any."""
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a top-level window to ``width`` × ``height``, but never larger than the
    available part of its screen (a 1366×768 laptop: the window must fit, title bar and
    all)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


#: the most of its window's width a side panel (the agenda, the voting panel) takes when it
#: first shows: with both open on a 1366 × 768 laptop the phase's workspace keeps more than
#: half the window (at their own widths, 331 and 360 pixels, it had 550 of 1280)
DOCK_SHARE = 0.22


def dock_width(panel: QWidget, preferred: int) -> int:
    """A side panel's width as it first shows: ``preferred``, at most ``DOCK_SHARE`` of its
    main window's width (the panel stays resizable; a width the user left is restored as
    is). The main window's, also when its dock floats (its own window then)."""
    window = panel.parentWidget()
    while window is not None and not isinstance(window, QMainWindow):
        window = window.parentWidget()
    return preferred if window is None else min(preferred, int(window.width() * DOCK_SHARE))
