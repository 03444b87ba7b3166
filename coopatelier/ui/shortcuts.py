"""The window's own keys win over a text field's line-editing keys.

On X11 desktops Qt gives text fields emacs-like keys (Ctrl+E: end of line, ...): a field
with the focus claims them before the window's shortcuts, so Ctrl+E (edit this phase) did
nothing while the drivers' search had the focus. ``WindowKeysFirst`` is installed on each
text field of a window as it takes the focus and lets the window's keys through; the keys
a field really needs (typing, undo, copy, paste, arrows) are not in its list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
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
    ShortcutOverride for the shortcuts of ``actions`` (or one of ``keys``) is left
    unclaimed, so the window's action runs. Holds no reference to the window (its parent):
    a closed window's wrapper must not be kept alive."""

    def __init__(
        self, window: QWidget, actions: Iterable[QAction], keys: Iterable[QKeySequence] = ()
    ) -> None:
        super().__init__(window)
        self.actions = list(actions)
        self.keys = list(keys)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = self.parent()
        if isinstance(new, TEXT_FIELDS) and isinstance(window, QWidget) and (
            window.isAncestorOf(new)
        ):
            new.installEventFilter(self)  # once: installing again only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            wanted = [*self.keys, *(k for a in self.actions for k in a.shortcuts())]
            if any(pressed == key for key in wanted):
                event.ignore()  # not claimed by the field: the window's shortcut runs
                return True
        return False
