"""The window's own keys win over a text field's line-editing keys.

On X11 desktops Qt gives text fields emacs-like keys (Ctrl+E: end of line, ...): a field
with the focus claims them before the window's shortcuts, so Ctrl+E (edit this phase) did
nothing while the drivers' search had the focus. ``WindowKeysFirst`` is installed on each
text field of a window as it takes the focus and lets the window's keys through; the keys
a field really needs (typing, undo, copy, paste, arrows) are not in its list."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class WindowKeysFirst(QObject):
    """Installed on the text fields of ``window`` when they take the focus: a
    ShortcutOverride for one of ``keys()`` is left unclaimed, so the window's action runs."""

    def __init__(self, window: QWidget, keys: Callable[[], Iterable[QKeySequence]]) -> None:
        super().__init__(window)
        self.window = window
        self.keys = keys
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, TEXT_FIELDS) and self.window.isAncestorOf(new):
            new.installEventFilter(self)  # once: installing again only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed == key for key in self.keys()):
                event.ignore()  # not claimed by the field: the window's shortcut runs
                return True
        return False
