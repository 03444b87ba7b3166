"""The capture line files a card in a group: a sticky group field, or a typed prefix
("Économie: text") matched to a group of the phase, accents and case aside, shown before
Enter."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.capture import split_group_prefix
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

Opener = Callable[[uuid.UUID], WorkshopWindow]


def test_a_prefix_matches_a_group_whatever_its_accents_case_and_spacing() -> None:
    groups = ["Société", "Économie", "Précarité alimentaire"]
    assert split_group_prefix("economie: Inflation", groups) == ("Économie", "Inflation")
    assert split_group_prefix("PRÉCARITÉ  Alimentaire : loyers", groups) == (
        "Précarité alimentaire", "loyers")
    assert split_group_prefix("Société\u00a0: a\nb", groups) == ("Société", "a\nb")
    # a prefix that names no group stays part of the text; so does a colon with nothing after
    assert split_group_prefix("Ville: texte", groups) == (None, "Ville: texte")
    assert split_group_prefix("Économie:", groups) == (None, "Économie:")
    assert split_group_prefix("Note 10:30 — pause", groups) == (None, "Note 10:30 — pause")


def _capture(qtbot: QtBot, window: WorkshopWindow, text: str) -> None:
    window.capture.edit.setFocus()
    type_text(window.capture.edit, text)


def test_a_typed_prefix_is_shown_before_enter_and_files_the_card_in_that_group(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window = open_window(workshop.workshop.id)
    window.show_phase(drivers.id)
    bar = window.capture
    assert bar.group.isVisible()

    _capture(qtbot, window, "economie : Inflation des loyers")
    assert bar.chip.isVisible() and bar.chip.text() == "→ Économie"
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    card = window.session.cards_of_phase(drivers.id)[-1]
    assert (card.text, card.category) == ("Inflation des loyers", "Économie")
    assert not bar.chip.isVisible()

    _capture(qtbot, window, "Ville: plus de vélos")  # no such group: nothing surprising
    assert not bar.chip.isVisible()
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    card = window.session.cards_of_phase(drivers.id)[-1]
    assert (card.text, card.category) == ("Ville: plus de vélos", "")


def test_the_group_field_sticks_and_a_prefix_overrides_it_for_one_card(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window = open_window(workshop.workshop.id)
    window.show_phase(drivers.id)
    bar = window.capture
    bar.group.fill()
    assert [bar.group.itemText(i) for i in range(bar.group.count())] == [
        "", "Société", "Technologie", "Économie"]
    bar.group.setCurrentIndex(1)
    for text in ("Télétravail", "technologie: Robots", "Vieillissement"):
        _capture(qtbot, window, text)
        assert bar.chip.isVisible()
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    cards = window.session.cards_of_phase(drivers.id)
    assert [(c.text, c.category) for c in cards] == [
        ("Télétravail", "Société"), ("Robots", "Technologie"), ("Vieillissement", "Société")]
    assert bar.group.currentText() == "Société"  # it sticks
    window.undo()
    assert [c.text for c in window.session.cards_of_phase(drivers.id)] == [
        "Télétravail", "Robots"]


def test_the_console_captures_like_the_window_into_the_rooms_phase(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """One capture path: the presenter console's line has the window's group field and
    prefixes, reads the groups of the room's phase (not of the phase looked at), keeps
    the window's table and author, and leaves the window's own line alone."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    intro = phase_of(workshop, PhaseKind.INTRO)
    window = open_window(workshop.workshop.id)
    window.capture.table.setText("Table 2")
    presentation = window.presentation
    window.show_phase(intro.id)  # the facilitator looks at the intro...
    presentation.follow(drivers.id)  # ...the room shows the drivers
    window.capture.edit.setPlainText("mine, not sent")
    console = presentation.console.capture
    assert console.group.source() == window.capturing.groups(drivers.id)
    console.edit.setFocus()
    type_text(console.edit, "economie : Inflation des loyers")
    assert not console.chip.isHidden() and console.chip.text() == "→ Économie"  # dock hidden
    QTest.keyClick(console.edit, Qt.Key.Key_Return)
    card = window.session.cards_of_phase(drivers.id)[-1]
    assert (card.text, card.category, card.table_label) == (
        "Inflation des loyers", "Économie", "Table 2")
    assert console.edit.text() == "" and console.status.text() == "Saved ✓"
    assert window.capture.edit.text() == "mine, not sent"  # untouched

    console.group.setEditText("Société")  # the field sticks, as the window's does
    type_text(console.edit, "Télétravail")
    QTest.keyClick(console.edit, Qt.Key.Key_Return)
    card = window.session.cards_of_phase(drivers.id)[-1]
    assert (card.text, card.category) == ("Télétravail", "Société")
    assert window.session.cards_of_phase(intro.id) == ()
