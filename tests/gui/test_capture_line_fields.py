"""The capture line's fields show what was typed: a long Table or Author value reads from
its beginning once the keyboard leaves it ("Table 3", not "able 3"), and a card that
wraps makes the text field as tall as its lines, its first line not clipped at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from coopatelier.ui.capture import CaptureBar
from tests.gui.conftest import text_line_width


def _bar(qtbot: QtBot, width: int) -> CaptureBar:
    bar = CaptureBar()
    qtbot.addWidget(bar)
    bar.resize(width, bar.sizeHint().height())
    with qtbot.waitExposed(bar):
        bar.show()
    return bar


def _reads_whole(field: QLineEdit) -> bool:
    """The value is painted whole, as QLineEdit paints it: on the contents less the text
    margins and 2 pixels each side."""
    return field.fontMetrics().horizontalAdvance(field.text()) <= text_line_width(field)


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


def test_a_table_value_reads_whole_not_just_its_placeholders_width(qtbot: QtBot) -> None:
    """"Table 12" typed shows whole (the field was as wide as "Table", its placeholder),
    with room to spare and on a line short of room alike."""
    for width in (900, 520):
        bar = _bar(qtbot, width)
        bar.table.setFocus()
        qtbot.waitUntil(bar.table.hasFocus)
        QTest.keyClicks(bar.table, "Table 12")
        QTest.keyClick(bar.table, Qt.Key.Key_Tab)
        field = bar.table
        qtbot.waitUntil(lambda field=field: _reads_whole(field))  # type: ignore[misc]
        assert bar.table.cursorPosition() == 0
        assert bar.table.width() < bar.edit.width(), width  # the card's text still wider


def test_a_short_line_takes_from_the_status_and_the_group_before_the_cards_text(
    qtbot: QtBot,
) -> None:
    """The card's text keeps 40 % of a short line: "Saved ✓" gives its room up first (its
    check mark alone, whole in its tooltip: cut from the left it read "…d ✓"), then the
    group; with room, each has its own."""
    bar = _bar(qtbot, 1100)
    bar.set_group_source(lambda: ("Précarité", "Circuits courts"))
    bar.table.setText("Table 12")
    bar.status.setText("Saved ✓")
    qtbot.wait(10)
    status_hint = bar.status.sizeHint().width()
    group_hint = bar.group.sizeHint().width()
    assert bar.status.width() >= status_hint  # room: whole
    assert bar.group.width() >= group_hint

    def line() -> int:
        layout = bar.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        return bar.width() - margins.left() - margins.right()

    for width in (500, 470):  # short of room for every field's own width
        bar.resize(width, bar.height())
        qtbot.waitUntil(lambda: bar.edit.width() >= 0.38 * line())
        assert bar.status.width() < status_hint, width  # the status gave its room up first
        assert bar.status.toolTip() == "Saved ✓"
        assert bar.status.shown_text() == "✓", (width, bar.status.width())
        assert bar.table.width() >= bar.table.sizeHint().width() or bar.group.width() < (
            group_hint), width  # the group gives up before the table
        for widget in (bar.table, bar.author, bar.group, bar.edit, bar.button):
            right = widget.geometry().right()
            assert right < bar.width(), (width, widget.objectName())
    bar.resize(400, bar.height())  # shorter still: each field down to its least, "Table 12"
    qtbot.waitUntil(lambda: bar.table.width() == bar.table.minimumSizeHint().width())
    assert bar.edit.width() >= bar.edit.minimumWidth()
    bar.resize(1100, bar.height())  # room again: every field its own width back
    qtbot.waitUntil(lambda: bar.status.width() >= status_hint)
    assert bar.status.shown_text() == "Saved ✓"
    assert bar.group.width() >= group_hint


def test_a_status_short_of_room_shows_its_check_mark_never_a_cut_word(qtbot: QtBot) -> None:
    """Beside both docks "Saved ✓" read "…d ✓": at every width it is now whole, the check
    mark alone (once that has room) or nothing, and whole in its tooltip."""
    bar = _bar(qtbot, 1100)
    status = bar.status
    status.setText("Enregistré ✓")
    whole = status.sizeHint().width()
    mark = (status.fontMetrics().horizontalAdvance("✓")
            + status.contentsMargins().left() + status.contentsMargins().right())
    for width in range(0, whole + 2):
        status.setFixedWidth(width)
        shown = status.shown_text()
        if width >= whole:
            assert shown == "Enregistré ✓"
        elif width >= mark:
            assert shown == "✓", width
        else:
            assert shown == "", width
        assert status.toolTip() == "Enregistré ✓"
