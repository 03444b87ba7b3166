"""The capture line's fields show what was typed: a long Table or Author value reads from
its beginning once the keyboard leaves it ("Table 3", not "able 3"), and a card that
wraps makes the text field as tall as its lines, its first line not clipped at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier.ui.capture import CaptureBar


def _bar(qtbot: QtBot, width: int) -> CaptureBar:
    bar = CaptureBar()
    qtbot.addWidget(bar)
    bar.resize(width, bar.sizeHint().height())
    with qtbot.waitExposed(bar):
        bar.show()
    return bar


def test_a_long_table_and_author_read_from_their_beginning_once_left(qtbot: QtBot) -> None:
    bar = _bar(qtbot, 700)
    for field, value in ((bar.table, "Table 3 by the window"),
                         (bar.author, "Marie-Claude Dubois-Martin")):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        QTest.keyClicks(field, value)
        assert field.cursorPosition() == len(value)  # typing: its end shows
        QTest.keyClick(field, Qt.Key.Key_Tab)  # on to the next field
        assert not field.hasFocus()
        assert field.text() == value
        assert field.cursorPosition() == 0, field.objectName()  # its beginning shows
    bar.table.setText("Sub-group of the second table")  # restored by the program
    assert bar.table.cursorPosition() == 0


def test_a_card_that_wraps_grows_the_field_and_shows_its_first_line(qtbot: QtBot) -> None:
    bar = _bar(qtbot, 520)
    edit = bar.edit
    one_line = edit.height()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QTest.keyClicks(edit, "A long card being typed to check what remains visible of the text")

    def wrapped_lines() -> int:  # the plain text layout counts its height in lines
        return int(edit.document().documentLayout().documentSize().height())

    qtbot.waitUntil(lambda: wrapped_lines() >= 2)
    lines = wrapped_lines()
    assert edit.document().blockCount() == 1  # one paragraph, wrapped
    spacing = edit.fontMetrics().lineSpacing()
    assert edit.height() >= one_line + (lines - 1) * spacing
    assert edit.verticalScrollBar().value() == 0  # nothing scrolled off the top
    assert edit.firstVisibleBlock().blockNumber() == 0
