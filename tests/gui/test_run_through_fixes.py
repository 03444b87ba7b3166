"""Two bugs of a facilitator's run-through, driven through the real widgets: Ctrl+E opens
the phase editor from the drivers' search field, and the organisation completer lets the
click that closes it reach what was clicked."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.dialogs import PhaseDialog
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import type_text

Opener = Callable[[uuid.UUID], WorkshopWindow]


class X11LineKeys(QObject):
    """What a text field does on an X11 desktop (Qt's X11 key scheme), which the offscreen
    platform lacks: it claims Ctrl+E (end of line) before the window's shortcuts."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E")
        ):
            event.accept()
            return True
        return False


def _drivers_search(window: WorkshopWindow, workshop: api.WorkshopData) -> QWidget:
    window.show_phase(phase_of(workshop, PhaseKind.DRIVERS).id)
    view = window.findChild(DriversView)
    assert view is not None
    search = view.findChild(QLineEdit, "driverSearch")
    assert search is not None
    return search


def _capture_line(window: WorkshopWindow, _workshop: api.WorkshopData) -> QWidget:
    window.phase_list.setFocus()  # the line takes the focus again, after the emulation
    return window.capture.edit


@pytest.mark.parametrize("field_of", [_drivers_search, _capture_line],
                         ids=["drivers search", "capture line"])
def test_ctrl_e_opens_the_phase_editor_from_a_text_field(
    open_window: Opener, workshop: api.WorkshopData, qtbot: object,
    field_of: Callable[[WorkshopWindow, api.WorkshopData], QWidget],
) -> None:
    window = open_window(workshop.workshop.id)
    field = field_of(window, workshop)
    x11 = X11LineKeys(field)
    field.installEventFilter(x11)  # before the window's own filter, so it runs after it
    field.setFocus()
    QApplication.processEvents()
    type_text(field, "idée")
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    dialogs = [d for d in window.findChildren(PhaseDialog) if d.isVisible()]
    assert len(dialogs) == 1
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()  # type: ignore[attr-defined]
    assert text == "idée"
    dialogs[0].reject()


def test_a_click_away_from_the_organisation_completer_lands_where_it_was_aimed(
    open_window: Opener, workshop: api.WorkshopData, qtbot: object
) -> None:
    window = open_window(workshop.workshop.id)
    action = window.findChild(QAction, "workshopPeople")
    assert action is not None
    action.trigger()
    editor = window.workshop_menu.people_dialog
    assert editor is not None
    with qtbot.waitActive(editor):  # type: ignore[attr-defined]
        editor.activateWindow()
    known = editor.organisation_names()
    assert known
    editor.new_organisation.setFocus()
    type_text(editor.new_organisation, known[0][:2])
    popup = editor.org_completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)  # type: ignore[attr-defined]
    target = editor.new_role
    handle = editor.windowHandle()
    where = target.mapTo(editor, target.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QApplication.processEvents()
    assert not popup.isVisible()
    assert target.hasFocus()


def test_one_click_on_add_adds_the_person_while_the_completer_is_open(
    open_window: Opener, workshop: api.WorkshopData, store: api.Store, qtbot: object
) -> None:
    window = open_window(workshop.workshop.id)
    action = window.findChild(QAction, "workshopPeople")
    assert action is not None
    action.trigger()
    editor = window.workshop_menu.people_dialog
    assert editor is not None
    before = len(editor.session.data().participants)
    type_text(editor.new_name, "Zoé Lambert")
    known = editor.organisation_names()[0]
    editor.new_organisation.setFocus()
    type_text(editor.new_organisation, known[:2])
    popup = editor.org_completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)  # type: ignore[attr-defined]
    button = editor.add_button
    QTest.mouseClick(
        editor.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        button.mapTo(editor, button.rect().center()),
    )
    QApplication.processEvents()
    assert not popup.isVisible()
    data = api.load_workshop(store, workshop.workshop.id)
    assert len(data.participants) == before + 1
    assert any(p.name == "Zoé Lambert" for p in data.participants)
