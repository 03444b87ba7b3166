"""The closing workspace driven through its real widgets."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.closing import ClosingView
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _card(session: WorkshopSession, card_id: uuid.UUID) -> api.Card:
    return api.get_card(session.store, card_id)


def _view(qtbot: QtBot, session: WorkshopSession) -> ClosingView:
    view = ClosingView(session, phase_of(session.data(), PhaseKind.CLOSING).id)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def _texts(view: ClosingView, category: str) -> list[str]:
    return [c.text for c in view.groups[category].model.cards]


def test_groups_follow_the_phase_categories(qtbot: QtBot, session: WorkshopSession) -> None:
    view = _view(qtbot, session)
    assert list(view.groups) == ["Ingrédients", "Prochaines étapes"]
    assert _texts(view, "Ingrédients") == ["Confiance"]  # the template's seed card


def test_add_tick_untick_edit_and_undo(qtbot: QtBot, session: WorkshopSession) -> None:
    view = _view(qtbot, session)
    group = view.groups["Ingrédients"]
    group.add_edit.setFocus()
    type_text(group.add_edit, "Chacun son poste, un rôle précis")
    QTest.keyClick(group.add_edit, Qt.Key.Key_Return)
    assert _texts(view, "Ingrédients") == ["Confiance", "Chacun son poste, un rôle précis"]
    assert group.add_edit.text() == ""
    new_id = group.model.cards[1].id
    assert _card(session, new_id).category == "Ingrédients"

    # tick with the keyboard
    group.list.setFocus()
    group.list.setCurrentIndex(group.model.index(1))
    QTest.keyClick(group.list, Qt.Key.Key_Space)
    assert _card(session, new_id).checked is True
    assert group.model.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    QTest.keyClick(group.list, Qt.Key.Key_Space)
    assert _card(session, new_id).checked is False
    QTest.keyClick(group.list, Qt.Key.Key_Space)

    # edit its text in place (F2)
    QTest.keyClick(group.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Confiance réciproque entre services")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: _card(session, new_id).text == "Confiance réciproque entre services")

    # add, tick, untick, tick, edit: five steps, each undone and redone against the database
    assert session.undo_stack.count() == 5
    session.undo_stack.undo()
    assert _card(session, new_id).text == "Chacun son poste, un rôle précis"
    session.undo_stack.undo()
    assert _card(session, new_id).checked is False
    session.undo_stack.undo()
    assert _card(session, new_id).checked is True
    session.undo_stack.undo()
    assert _card(session, new_id).checked is False
    session.undo_stack.undo()
    assert _card(session, new_id).deleted
    assert _texts(view, "Ingrédients") == ["Confiance"]
    for _ in range(5):
        session.undo_stack.redo()
    card = _card(session, new_id)
    assert (card.deleted, card.checked, card.text) == (
        False, True, "Confiance réciproque entre services")


def test_reorder_within_a_group_and_delete(qtbot: QtBot, session: WorkshopSession) -> None:
    closing = phase_of(session.data(), PhaseKind.CLOSING).id
    step_a = api.add_card(session.store, closing, "Fixer la date", category="Prochaines étapes")
    api.add_card(session.store, closing, "Écoute", category="Ingrédients")
    step_b = api.add_card(session.store, closing, "Envoyer la synthèse",
                          category="Prochaines étapes")
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    steps = view.groups["Prochaines étapes"]
    assert _texts(view, "Prochaines étapes") == ["Fixer la date", "Envoyer la synthèse"]

    steps.list.setFocus()
    steps.list.setCurrentIndex(steps.model.index(1))
    QTest.keyClick(steps.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(view, "Prochaines étapes") == ["Envoyer la synthèse", "Fixer la date"]
    assert view.selected_card_ids() == [step_b.new_id]
    QTest.mouseClick(steps.down, Qt.MouseButton.LeftButton)
    assert _texts(view, "Prochaines étapes") == ["Fixer la date", "Envoyer la synthèse"]
    # the other group did not move
    assert _texts(view, "Ingrédients") == ["Confiance", "Écoute"]

    session.undo_stack.undo()
    order = [c.text for c in api.load_workshop(session.store, session.workshop_id)
             .cards_of_phase(closing) if c.category == "Prochaines étapes"]
    assert order == ["Envoyer la synthèse", "Fixer la date"]
    session.undo_stack.redo()

    steps.list.setFocus()
    steps.list.setCurrentIndex(steps.model.index(0))
    QTest.keyClick(steps.list, Qt.Key.Key_Delete)
    assert _card(session, step_a.new_id).deleted
    assert _texts(view, "Prochaines étapes") == ["Envoyer la synthèse"]
    session.undo_stack.undo()
    assert not _card(session, step_a.new_id).deleted
    assert _texts(view, "Prochaines étapes") == ["Fixer la date", "Envoyer la synthèse"]


def test_a_long_checklist_item_is_shown_whole(qtbot: QtBot, session: WorkshopSession) -> None:
    """No item is cut to one line or elided: its row is as tall as its wrapped text."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    phase = phase_of(session.data(), PhaseKind.CLOSING)
    text = ("Rendez-vous de la rentrée : jeudi 17 septembre 2026, 9 h 30, Lab des possibles — "
            "alimenter la feuille de route et construire la méthode et la gouvernance")
    api.add_card(session.store, phase.id, text, category="Prochaines étapes")
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    view.resize(700, 600)
    group = view.groups["Prochaines étapes"]
    listing = group.list
    assert listing.textElideMode() == Qt.TextElideMode.ElideNone

    def fits() -> bool:
        index = group.model.index(0)
        rect = listing.visualRect(index)
        needed = QFontMetrics(listing.font()).boundingRect(
            # the text's width: the row's, less the check box and the margins
            QRect(0, 0, rect.width() - 32, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return rect.height() >= needed.height()

    qtbot.waitUntil(fits)
    view.resize(1100, 600)
    qtbot.waitUntil(fits)


def test_lists_shown_to_their_newest_item_keep_it_in_sight_when_a_new_group_halves_them(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """rt9: items added quickly, then one with no group: the "Other items" box appeared
    and halved the groups' lists, which then showed their first items (or the middle)
    and none of those just added."""
    from coopatelier.ui import card_ops
    from tests.gui.conftest import laid_out

    phase_id = phase_of(session.data(), PhaseKind.CLOSING).id
    view = ClosingView(session, phase_id)
    qtbot.addWidget(view)
    view.resize(1000, 520)
    view.show()
    laid_out(qtbot, view)
    for index in range(12):
        card_ops.add_card(session, phase_id, f"Ingrédient n° {index} : se faire confiance",
                          category="Ingrédients")
    for index in range(5):
        card_ops.add_card(session, phase_id, f"Étape n° {index}", category="Prochaines étapes")
    laid_out(qtbot, view)

    def newest_in_sight(category: str) -> bool:
        table = view.groups[category].list
        model = table.model()
        rect = table.visualRect(model.index(model.rowCount() - 1, 0))
        return table.viewport().rect().contains(rect)

    assert newest_in_sight("Ingrédients") and newest_in_sight("Prochaines étapes")
    heights = {c: view.groups[c].list.height() for c in ("Ingrédients", "Prochaines étapes")}
    card_ops.add_card(session, phase_id, "Merci à toutes et tous")  # no group
    laid_out(qtbot, view)
    assert "" in view.groups
    assert all(view.groups[c].list.height() < h for c, h in heights.items())  # halved
    assert newest_in_sight("Ingrédients") and newest_in_sight("Prochaines étapes")
