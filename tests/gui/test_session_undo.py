"""Undo and redo are the workshop session's: a refused undo (a locked database) leaves the
stack and the data as they were and reaches the window's banner with Retry."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

Opener = Callable[[uuid.UUID], WorkshopWindow]


def test_a_refused_undo_keeps_the_stack_and_offers_retry(
    open_window: Opener, workshop: api.WorkshopData, store: api.Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)
    window = open_window(workshop.workshop.id)
    window.show_phase(intro.id)
    window.capture.edit.setPlainText("Une idée")
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Return)
    session = window.session
    assert [c.text for c in session.cards_of_phase(intro.id)] == ["Une idée"]
    assert session.undo_stack.index() == 1

    def locked(*_args: object, **_kwargs: object) -> api.Changes:
        raise api.StorageError("locked")

    real = api.delete_cards
    monkeypatch.setattr(api, "delete_cards", locked)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.undo_stack.index() == 1  # nothing undone
    assert [c.text for c in api.load_workshop(store, workshop.workshop.id).cards_of_phase(
        intro.id)] == ["Une idée"]
    assert not window.banner.isHidden() and not window.banner.retry_button.isHidden()

    monkeypatch.setattr(api, "delete_cards", real)
    window.banner.retry_button.click()  # the same undo, now possible
    assert session.undo_stack.index() == 0
    assert session.cards_of_phase(intro.id) == ()
    assert session.redo() and [c.text for c in session.cards_of_phase(intro.id)] == ["Une idée"]
