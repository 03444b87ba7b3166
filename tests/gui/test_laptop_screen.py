"""Every phase's workspace on a laptop's screen (1366×768, and a 1280×720 projector
mirrored): the capture line and *Next phase ▶* are on screen, whole, without scrolling,
also with the dot-voting panel open, under the application's real stylesheet and font
(``real_look``, put back after), whichever tests ran before."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame, QWidget
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.ui.app import install_translations, load_stylesheet
from coopatelier.ui.workshop_window import WorkshopWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

Opener = Callable[[uuid.UUID], WorkshopWindow]


def _wholly_shown(widget: QWidget, window: WorkshopWindow) -> bool:
    """Visible, inside the window, and not clipped by any parent (no scroll area)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    inside = window.rect().contains(QRect(top_left, widget.size()))
    return inside and widget.visibleRegion().boundingRect() == widget.rect()


def _placeholder_whole(field: QLineEdit) -> bool:
    """The placeholder ("Table", "Auteur·rice") is painted whole, as QLineEdit paints it:
    elided to its line, the contents less the text margins and 2 pixels each side."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(
        QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    line = contents.width() - margins.left() - margins.right() - 4
    text = field.placeholderText()
    return field.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, line) == text


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in the parameter's language ("en": the suite's own), then back."""
    code: str = request.param
    before = QLocale()
    installed = install_translations(qapp, code) if code != "en" else []
    yield code
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def real_look(qapp: QApplication) -> Iterator[None]:
    """The application's stylesheet and font, as ``run_gui`` sets them (then Qt's back)."""
    font, sheet = QFont(qapp.font()), qapp.styleSheet()
    bigger = QFont(font)
    bigger.setPointSizeF(max(10.5, font.pointSizeF()))
    qapp.setFont(bigger)
    load_stylesheet(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.parametrize(("size", "panels", "language"), [
    ((1366, 768), (False, True), "en"),
    ((1366, 768), (False, True), "fr"),
    ((1280, 720), (False,), "en"),
    ((1280, 720), (False,), "fr"),
], indirect=["language"])
def test_capture_line_and_next_phase_are_on_screen_in_every_phase(
    qtbot: QtBot, open_window: Opener, store: api.Store, size: tuple[int, int],
    panels: tuple[bool, ...], language: str, real_look: None,
) -> None:
    """At 1366×768 with and without the voting panel, in English and French; at 1280×720
    without it. The window's minimum never exceeds the screen (a 300-pixel minimum for the
    card's text and placeholder-wide Table/Author made it 1,399 pixels wide beside the
    voting panel): the capture line's widths are preferences."""
    workshop_id = create_demo_workshop(store, language=language)
    window = open_window(workshop_id)
    window.resize(*size)
    for voting in panels:
        window.voting_dock.setVisible(voting)
        for phase in window.session.data().phases:
            window.show_phase(phase.id)
            qtbot.wait(20)  # the workspace laid out
            minimum = window.minimumSizeHint().width()
            assert minimum <= size[0], (phase.kind, voting, minimum)
            # the capture line leaves at least half the screen to the agenda and voting
            # panels (its old minimums asked 692 of 1366 pixels, 1,399 in all on Xvfb)
            line = window.capture.minimumSizeHint().width()
            assert line <= size[0] // 2, (phase.kind, voting, line)
            assert (window.width(), window.height()) == size, phase.title
            for widget in (window.capture.edit, window.capture, window.next_button):
                assert _wholly_shown(widget, window), (phase.kind, voting, widget.objectName())
            # a line of text is typed there: the capture field is not squeezed flat
            edit = window.capture.edit
            assert edit.height() >= edit.fontMetrics().height()
            assert edit.width() >= 12 * edit.fontMetrics().averageCharWidth()
            if not voting:  # the room is there: the preferred widths
                assert edit.width() >= 20 * edit.fontMetrics().averageCharWidth()
                for field in (window.capture.table, window.capture.author):
                    # its placeholder ("Table", "Auteur·rice") reads whole, not "T…"
                    assert _placeholder_whole(field), (phase.kind, voting, field.width())
