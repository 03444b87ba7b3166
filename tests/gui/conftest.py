"""GUI fixtures: a WorkshopSession on a temporary workshop, and typing that survives
French text (``qtbot.keyClicks`` aborts the process on non-ASCII characters)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from coopatelier import api
from coopatelier.ui.workshop_session import WorkshopSession


@pytest.fixture
def session(
    qapp: object, store: api.Store, workshop: api.WorkshopData
) -> Iterator[WorkshopSession]:
    opened = WorkshopSession(store, workshop.workshop.id)
    yield opened
    opened.undo_stack.clear()
    opened.deleteLater()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, accents and emoji included."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
