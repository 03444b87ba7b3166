"""The dot-voting panel beside the agenda on a laptop (1366×768, both docks, the dock's
default width): the card column has the dock's width, the number and dots columns their
contents', and a card's name wraps onto two lines (elided after, whole in the tooltip).
rt9: the French "Gommettes" heading made the dots column 114 pixels for two digits, the
cards read "Le quartier no…", "Technologiq…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QTableWidget
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from tests.gui.conftest import laid_out
from tests.gui.test_laptop_screen import (  # noqa: F401 (fixtures)
    Opener,
    _both_docks,
    _open_demo,
    _phase,
    language,
    real_look,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")




def _lines(table: QTableWidget, text: str) -> list[str]:
    """``text`` as the item delegate lays it out in a card cell: wrapped at word
    boundaries in the cell less its text margins."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(1) - 2 * margin
    layout = QTextLayout(text, table.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["fr", "en"], indirect=True)
def test_the_card_column_has_the_dock_s_width_and_wraps_on_two_lines(
    qtbot: QtBot, open_window: Opener, store: api.Store, language: str,  # noqa: F811
    real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    window = _open_demo(open_window, store, language)
    _both_docks(window, qtbot, (1366, 768))
    window.show_phase(_phase(window, PhaseKind.FUTURES))  # its round is revealed
    laid_out(qtbot, window)
    table = window.voting_dock.panel.table
    assert table.rowCount() >= 4 and not table.isColumnHidden(2)
    numbers = QFontMetrics(table.font())
    header = table.horizontalHeader()
    # the number and dots columns as wide as their contents: two digits and margins
    for column in (0, 2):
        assert header.sectionSize(column) <= numbers.horizontalAdvance("000") + 28, (
            column, header.sectionSize(column))
    room = table.viewport().width()
    assert header.sectionSize(1) >= room - header.sectionSize(0) - header.sectionSize(2) - 1
    assert header.sectionSize(1) >= room * 0.6, (header.sectionSize(1), room)
    # each row two lines high; a name fits whole in them, or shows its first two lines
    assert table.rowHeight(0) >= 2 * numbers.lineSpacing()
    assert table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideRight
    for row in range(table.rowCount()):
        item = table.item(row, 1)
        assert item is not None
        assert len(_lines(table, item.text())) <= 2, _lines(table, item.text())
        assert item.toolTip()  # the card's whole text


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_long_driver_shows_two_lines_of_its_name_in_the_voting_panel(
    qtbot: QtBot, open_window: Opener, store: api.Store, language: str,  # noqa: F811
    real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """The drivers' names are longer than the panel: each shows more than a line of it
    ("Technologiq…" was all the room read), elided at the end of its second line."""
    window = _open_demo(open_window, store, language)
    drivers = _phase(window, PhaseKind.DRIVERS)
    api.create_round(store, drivers, title="Moteurs prioritaires")
    window.session.notify(api.Changes(workshop_id=window.session.workshop_id, votes=True))
    _both_docks(window, qtbot, (1366, 768))
    window.show_phase(drivers)
    laid_out(qtbot, window)
    table = window.voting_dock.panel.table
    assert table.rowCount() >= 10
    chars = table.columnWidth(1) / table.fontMetrics().averageCharWidth()
    assert chars >= 22, chars  # 14.6 with the "Gommettes" heading
    names = [table.item(r, 1) for r in range(table.rowCount())]
    assert any(len(_lines(table, i.text())) > 2 for i in names if i is not None)
    shown = QRect(table.visualRect(table.model().index(0, 1)))
    assert shown.height() >= 2 * table.fontMetrics().lineSpacing()
    # the dock widened by the facilitator: one line a row again, more rows in sight
    window.resizeDocks([window.voting_dock], [640], Qt.Orientation.Horizontal)
    laid_out(qtbot, window)
    assert table.columnWidth(1) / table.fontMetrics().averageCharWidth() >= 40
    assert table.rowHeight(0) < 2 * table.fontMetrics().lineSpacing()
