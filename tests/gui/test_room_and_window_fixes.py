"""What a facilitator run-through found in the room and the window: typing lands in the
action dialogs, the governance labels, keyboard moves, the group prefix, the vote numbers,
the review rows and the room after the end."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.settings import Settings
from coopatelier.ui.demarche_window import DemarcheWindow


@pytest.fixture
def demo_id(store: api.Store) -> uuid.UUID:
    return create_demo_workshop(store)


@pytest.fixture
def demarche_window(qtbot: object, store: api.Store, settings: Settings,
                    demo_id: uuid.UUID) -> Iterator[DemarcheWindow]:
    made = api.create_demarche(store, title="Feuille de route").new_id
    api.attach_workshop(store, made, demo_id)
    opened = DemarcheWindow(store, made, settings)
    qtbot.addWidget(opened)  # type: ignore[attr-defined]
    opened.resize(1366, 768)
    opened.show()
    yield opened
    opened.session.undo_stack.clear()


@pytest.mark.parametrize("opener", ["add_follow_up", "change_status", "change_roles"])
def test_action_dialogs_open_with_their_first_field_focused(
    demarche_window: DemarcheWindow, store: api.Store, opener: str
) -> None:
    """Typing goes into the form: Space types a space, it does not press OK."""
    window = demarche_window
    data = api.load_demarche(store, window.session.demarche_id)
    window.select_action(data.actions[0].id)
    dialog = getattr(window, opener)()
    assert dialog is not None
    focused = dialog.focusWidget()
    assert focused is not None and focused not in dialog.buttons.buttons()
    if opener == "add_follow_up":
        assert focused is dialog.note
        QTest.keyClicks(focused, "a b")
        assert dialog.note.toPlainText() == "a b"
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert dialog.isVisible()
    assert not dialog.problem.isVisible()  # OK was not pressed
    dialog.reject()


def test_governance_label_has_its_mnemonic_not_an_ampersand(
    demarche_window: DemarcheWindow,
) -> None:
    label = demarche_window.findChild(QLabel, "meetingLabel")
    assert label is not None
    assert label.buddy() is not None and label.buddy().objectName() == "meetingDateSet"
