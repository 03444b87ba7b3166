"""A completer whose popup lets the click that closes it through.

Qt's ``QCompleter`` hides its popup on a click outside it and eats that click: after
typing a few letters, clicking the next field or a button takes two clicks. Here the
click closes the popup and then lands where it was aimed, as the platforms that replay
such clicks do (Windows) and as the facilitator expects everywhere."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QWidget


class _ClickThrough(QObject):
    """On the popup (installed after the completer's own filter, so it runs first): a
    press outside the popup closes it, then is delivered to the window under the pointer
    (at once: its release follows)."""

    def __init__(self, popup: QWidget, edit: QWidget) -> None:
        super().__init__(popup)
        self.popup = popup
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        where = event.globalPosition()
        if self.popup.geometry().contains(where.toPoint()):
            return False
        self.popup.hide()
        target = QApplication.widgetAt(where.toPoint()) or self.edit  # else the edit's window
        window = target.window().windowHandle()
        if window is None:
            return True
        local = QPointF(window.mapFromGlobal(where.toPoint()))
        replay = QMouseEvent(
            QEvent.Type.MouseButtonPress, local, where,
            event.button(), event.buttons(), event.modifiers(),
        )
        QGuiApplication.sendEvent(window, replay)  # before the release that follows
        return True


def completer(names: Sequence[str], edit: QLineEdit) -> QCompleter:
    """A case-insensitive completer on ``edit`` matching anywhere in ``names``, whose popup
    lets a click away through."""
    made = QCompleter(list(names), edit)
    made.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    made.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(made)  # the completer installs its filter on the popup here
    popup = made.popup()
    assert popup is not None  # made by setCompleter
    popup.installEventFilter(_ClickThrough(popup, edit))
    return made
