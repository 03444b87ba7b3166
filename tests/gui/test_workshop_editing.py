"""Editing a workshop after its creation, through the real dialogs of the facilitator's
window: details, participants, organisations; every change undone and redone exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from coopatelier import api
from coopatelier.domain.model import CardKind, Partner, PhaseKind
from coopatelier.domain.people import PeopleState
from coopatelier.settings import Settings
from coopatelier.ui.home import HomeWindow
from coopatelier.ui.people_editor import PeopleDialog
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import type_text

Opener = Callable[[uuid.UUID], WorkshopWindow]


def snapshot(state: PeopleState) -> tuple[object, ...]:
    """A people state without row order or stamps: what undo must give back."""
    return (
        sorted((str(o.id), o.name) for o in state.organisations),
        sorted(
            (str(p.id), p.name, str(p.organisation_id), p.role, p.table_label)
            for p in state.participants
        ),
        sorted((str(r.card_id), str(r.lead_organisation_id), r.partners) for r in state.roles),
    )


def people(store: api.Store, wid: uuid.UUID) -> tuple[object, ...]:
    return snapshot(api.people_state(store, wid))


def locked() -> api.StorageError:
    return api.StorageError("locked")


def settle() -> None:
    """Let Qt commit the closed cell editor (queued), then run the change it asked for
    (queued too, so that the table refreshes after the editor has gone)."""
    QApplication.processEvents()
    QApplication.processEvents()


def open_editor(view: QTableView) -> QLineEdit:
    """The cell editor open in ``view`` (found as a child: a completer's popup, offscreen,
    may have left no window active to hold the focus)."""
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def edit_cell(view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor with F2 like a user, replace its text, press Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = open_editor(view)
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    settle()


def row_of(view: QTableView, text: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)


def select_rows(view: QTableView, rows: list[int]) -> None:
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            view.model().index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )


# --- workshop details -------------------------------------------------------------------------


def test_details_are_saved_as_one_command_undone_and_redone(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    stamp = workshop.workshop.updated_at
    window = open_window(wid)
    action = window.findChild(QAction, "workshopDetails")
    assert action is not None
    assert action in window.workshop_menu.menu.actions()
    action.trigger()
    dialog = window.workshop_menu.details_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == "Atelier alimentation 2030"
    dialog.title.selectAll()
    QTest.keyClick(dialog.title, Qt.Key.Key_Delete)
    type_text(dialog.title, "Atelier « Bien manger » révisé")
    dialog.date.setDate(QDate(2026, 5, 12))
    dialog.place.setText("Aubagne")
    dialog.territory.setText("Vallée de l’Huveaune")
    dialog.horizon.setValue(2040)
    dialog.focal_question.setPlainText("Que mangerons-nous en 2040 ?")
    dialog.organisers.setText("PAT et Métropole")
    dialog.anonymous.click()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    stack = window.session.undo_stack
    before = stack.count()
    dialog.save_button.click()
    assert not dialog.isVisible()
    saved = api.get_workshop(store, wid)
    assert (saved.title, saved.date, saved.place, saved.territory, saved.horizon_year) == (
        "Atelier « Bien manger » révisé", dt.date(2026, 5, 12), "Aubagne",
        "Vallée de l’Huveaune", 2040,
    )
    assert (saved.focal_question, saved.organisers, saved.anonymous, saved.language) == (
        "Que mangerons-nous en 2040 ?", "PAT et Métropole", True, "en"
    )
    assert stack.count() == before + 1
    assert "Atelier « Bien manger » révisé" in window.windowTitle()

    window.undo()
    assert dataclasses.replace(api.get_workshop(store, wid), updated_at=stamp) == workshop.workshop
    assert "Atelier alimentation 2030" in window.windowTitle()
    window.redo()
    redone = api.get_workshop(store, wid)
    assert (redone.title, redone.horizon_year, redone.anonymous) == (
        "Atelier « Bien manger » révisé", 2040, True
    )


def test_details_unchanged_push_nothing(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    dialog = window.workshop_menu.show_details()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert window.session.undo_stack.count() == 0


def test_a_refused_details_change_keeps_the_dialog_and_what_was_typed(
    open_window: Opener,
    store: api.Store,
    workshop: api.WorkshopData,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wid = workshop.workshop.id
    window = open_window(wid)
    dialog = window.workshop_menu.show_details()
    dialog.place.setText("Aubagne")
    real = api.update_workshop

    def refuse(*args: object, **kwargs: object) -> api.Changes:
        raise locked()

    monkeypatch.setattr(api, "update_workshop", refuse)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert "locked" in dialog.banner.message.text()
    assert dialog.place.text() == "Aubagne"
    assert window.session.undo_stack.count() == 0
    assert api.get_workshop(store, wid).place == "Marseille"
    monkeypatch.setattr(api, "update_workshop", real)
    dialog.banner.retry_button.click()
    assert not dialog.isVisible()
    assert api.get_workshop(store, wid).place == "Aubagne"


def test_the_horizon_stays_within_fifty_years_of_the_date(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    dialog = window.workshop_menu.show_details()
    dialog.date.setDate(QDate(2031, 1, 10))
    assert dialog.horizon.minimum() == 2031 and dialog.horizon.maximum() == 2081
    assert dialog.horizon.value() == 2031  # 2030 is before the workshop now
    dialog.reject()


# --- participants -----------------------------------------------------------------------------


@pytest.fixture
def editor(open_window: Opener, workshop: api.WorkshopData, qtbot: object) -> PeopleDialog:
    window = open_window(workshop.workshop.id)
    action = window.findChild(QAction, "workshopPeople")
    assert action is not None
    action.trigger()
    dialog = window.workshop_menu.people_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_add_a_late_participant_then_the_same_one_again(
    editor: PeopleDialog, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    original = people(store, wid)
    type_text(editor.new_name, "Zoé Lambert")
    type_text(editor.new_organisation, "AMAP du Vallon")
    type_text(editor.new_role, "présidente")
    type_text(editor.new_table, "Table 3")
    QTest.keyClick(editor.new_name, Qt.Key.Key_Return)
    data = api.load_workshop(store, wid)
    zoe = next(p for p in data.participants if p.name == "Zoé Lambert")
    assert (zoe.role, zoe.table_label) == ("présidente", "Table 3")
    assert data.organisation(zoe.organisation_id).name == "AMAP du Vallon"  # type: ignore[union-attr]
    assert editor.new_name.text() == "" and editor.new_table.text() == "Table 3"
    assert editor.people_model.rowCount() == 3
    assert "Zoé Lambert" in editor.status.text()
    after_add = people(store, wid)

    type_text(editor.new_name, "  zoe   LAMBERT")  # the same person, spelled otherwise
    type_text(editor.new_role, "trésorière")
    editor.add_button.click()
    data = api.load_workshop(store, wid)
    assert [p.name for p in data.participants].count("Zoé Lambert") == 1
    assert len(data.participants) == 3
    assert next(p for p in data.participants if p.name == "Zoé Lambert").role == "trésorière"

    window = editor.parent()
    assert isinstance(window, WorkshopWindow)
    window.undo()
    assert people(store, wid) == after_add
    window.undo()
    assert people(store, wid) == original  # the new organisation is gone too
    assert editor.people_model.rowCount() == 2
    window.redo()
    window.redo()
    assert len(api.load_workshop(store, wid).participants) == 3
    assert next(
        p for p in api.load_workshop(store, wid).participants if p.name == "Zoé Lambert"
    ).id == zoe.id


def test_edit_cells_then_undo_each(
    editor: PeopleDialog, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    original = people(store, wid)
    view = editor.people_view
    awa = row_of(view, "Awa Diallo")
    edit_cell(view, awa, 2, "coordinatrice")
    edit_cell(view, row_of(view, "Awa Diallo"), 1, "CCAS de Martigues")  # a new organisation
    edit_cell(view, row_of(view, "Louis Martin"), 0, "Louis Martin-Roux")
    data = api.load_workshop(store, wid)
    person = next(p for p in data.participants if p.name == "Awa Diallo")
    assert person.role == "coordinatrice"
    assert data.organisation(person.organisation_id).name == "CCAS de Martigues"  # type: ignore[union-attr]
    assert {p.name for p in data.participants} == {"Awa Diallo", "Louis Martin-Roux"}
    assert editor.orgs_model.rowCount() == 3
    window = editor.parent()
    assert isinstance(window, WorkshopWindow)
    for _ in range(3):
        window.undo()
    assert people(store, wid) == original
    assert editor.orgs_model.rowCount() == 2


def test_an_empty_name_is_refused_and_changes_nothing(
    editor: PeopleDialog, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    original = people(store, wid)
    view = editor.people_view
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_F2)
    line = open_editor(view)
    line.clear()
    QTest.keyClick(line, Qt.Key.Key_Return)
    settle()
    assert editor.banner.isVisible()
    assert people(store, wid) == original
    assert editor.session.undo_stack.count() == 0
    assert view.model().index(0, 0).data() == "Awa Diallo"


def test_remove_participants_and_undo_restores_them_with_their_ids(
    editor: PeopleDialog, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    original = people(store, wid)
    select_rows(editor.people_view, [0, 1])
    assert editor.remove_button.isEnabled()
    editor.remove_button.click()
    assert api.load_workshop(store, wid).participants == ()
    assert editor.people_model.rowCount() == 0
    window = editor.parent()
    assert isinstance(window, WorkshopWindow)
    window.undo()
    assert people(store, wid) == original
    assert editor.people_model.rowCount() == 2


def test_paste_more_participants_matched_by_name(
    editor: PeopleDialog, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    original = people(store, wid)
    QGuiApplication.clipboard().setText(
        "Nom\tOrganisation\tRôle\tTable\n"
        "awa diallo\tCCAS\t\tTable 4\n"
        "Zoé Lambert;AMAP du Vallon;présidente;Table 2\n"
        "Inès Haddad\tCCAS\tdirectrice\t\n"
    )
    editor.paste_button.click()
    dialog = editor.paste_dialog
    assert "awa diallo" in dialog.edit.toPlainText()  # taken from the clipboard
    assert dialog.summary.text() == "2 new participants · 1 already listed, updated"
    dialog.ok_button.click()
    data = api.load_workshop(store, wid)
    assert sorted(p.name for p in data.participants) == [
        "Awa Diallo", "Inès Haddad", "Louis Martin", "Zoé Lambert"
    ]
    awa = next(p for p in data.participants if p.name == "Awa Diallo")
    assert (awa.role, awa.table_label) == ("cheffe de projet", "Table 4")
    assert data.organisation(awa.organisation_id).name == "CCAS"  # type: ignore[union-attr]
    assert editor.status.text() == "2 new participants · 1 already listed, updated"
    window = editor.parent()
    assert isinstance(window, WorkshopWindow)
    assert window.session.undo_stack.undoText() == "Paste participants"
    window.undo()
    assert people(store, wid) == original


def test_ctrl_z_in_the_editor_undoes_its_last_change(
    editor: PeopleDialog, store: api.Store, workshop: api.WorkshopData, qtbot: object
) -> None:
    wid = workshop.workshop.id
    original = people(store, wid)
    type_text(editor.new_name, "Zoé Lambert")
    editor.add_button.click()
    assert people(store, wid) != original
    with qtbot.waitActive(editor):  # type: ignore[attr-defined]
        editor.activateWindow()
    editor.people_view.setFocus()
    QTest.keyClick(editor.people_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people(store, wid) == original


# --- organisations ----------------------------------------------------------------------------


@pytest.fixture
def duplicates(store: api.Store, workshop: api.WorkshopData) -> dict[str, uuid.UUID]:
    """'CCAS' and its duplicate 'CCAS Lyon', with a participant and actions around them."""
    wid = workshop.workshop.id
    ccas = api.add_organisation(store, wid, "CCAS").new_id
    dup = api.add_organisation(store, wid, "CCAS Lyon").new_id
    pat = next(o.id for o in workshop.organisations if o.name == "PAT")
    api.paste_participants(store, wid, "Inès Haddad\tCCAS Lyon\tdirectrice\t")
    phase = phase_of(workshop, PhaseKind.ACTIONS).id

    def action(text: str, lead: uuid.UUID, partners: list[Partner]) -> uuid.UUID:
        card = api.add_card(store, phase, text, kind=CardKind.ACTION).new_id
        api.update_card(store, card, lead_organisation_id=lead, partners=partners)
        return card

    return {
        "ccas": ccas, "dup": dup, "pat": pat,
        "led": action("Épicerie mobile", dup, [Partner(ccas, ""), Partner(pat, "légumes")]),
        "both": action("Cantine", pat, [Partner(dup, "repas"), Partner(ccas, "budget")]),
    }


def test_merge_two_organisations_from_the_editor_then_undo_and_redo(
    open_window: Opener,
    store: api.Store,
    workshop: api.WorkshopData,
    duplicates: dict[str, uuid.UUID],
) -> None:
    wid = workshop.workshop.id
    window = open_window(wid)
    editor = window.workshop_menu.show_people()
    editor.tabs.setCurrentIndex(1)
    original = people(store, wid)
    view = editor.orgs_view
    assert editor.orgs_model.use(duplicates["dup"]).leads == 1  # type: ignore[union-attr]
    select_rows(view, [row_of(view, "CCAS"), row_of(view, "CCAS Lyon")])
    assert editor.merge_button.isEnabled()
    assert not editor.remove_org_button.isEnabled()
    editor.merge_button.click()
    dialog = editor.merge_dialog
    dialog.keep.setCurrentIndex(dialog.keep.findData(str(duplicates["ccas"])))
    assert "CCAS Lyon" in dialog.merged_label.text()
    dialog.accept()

    data = api.load_workshop(store, wid)
    assert data.organisation(duplicates["dup"]) is None
    led = data.card(duplicates["led"])
    both = data.card(duplicates["both"])
    assert led is not None and both is not None
    assert led.lead_organisation_id == duplicates["ccas"]
    assert led.partners == (Partner(duplicates["pat"], "légumes"),)
    assert both.partners == (Partner(duplicates["ccas"], "repas / budget"),)
    ines = next(p for p in data.participants if p.name == "Inès Haddad")
    assert ines.organisation_id == duplicates["ccas"]
    assert editor.orgs_model.rowCount() == 3
    use = editor.orgs_model.use(duplicates["ccas"])
    assert use is not None and (use.participants, use.leads, use.partners) == (1, 1, 1)
    merged = people(store, wid)

    window.undo()
    assert people(store, wid) == original
    assert editor.orgs_model.rowCount() == 4
    window.redo()
    assert people(store, wid) == merged


def test_a_refused_merge_changes_nothing(
    open_window: Opener,
    store: api.Store,
    workshop: api.WorkshopData,
    duplicates: dict[str, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wid = workshop.workshop.id
    window = open_window(wid)
    editor = window.workshop_menu.show_people()
    original = people(store, wid)

    def refuse(*args: object) -> api.Changes:
        raise locked()

    monkeypatch.setattr(api, "merge_organisations", refuse)
    editor.merge(duplicates["ccas"], [duplicates["dup"]])
    assert editor.banner.isVisible() and editor.banner.retry_button.isVisible()
    assert people(store, wid) == original
    assert window.session.undo_stack.count() == 0


def test_rename_in_place_and_refuse_the_name_of_another(
    open_window: Opener,
    store: api.Store,
    workshop: api.WorkshopData,
    duplicates: dict[str, uuid.UUID],
) -> None:
    wid = workshop.workshop.id
    window = open_window(wid)
    editor = window.workshop_menu.show_people()
    editor.tabs.setCurrentIndex(1)
    view = editor.orgs_view
    edit_cell(view, row_of(view, "CCAS Lyon"), 0, "ccas")
    assert editor.banner.isVisible() and "CCAS" in editor.banner.message.text()
    assert api.load_workshop(store, wid).organisation(duplicates["dup"]).name == "CCAS Lyon"  # type: ignore[union-attr]
    edit_cell(view, row_of(view, "PAT"), 0, "Projet alimentaire territorial")
    assert api.load_workshop(store, wid).organisation(duplicates["pat"]).name == (  # type: ignore[union-attr]
        "Projet alimentaire territorial"
    )
    window.undo()
    assert api.load_workshop(store, wid).organisation(duplicates["pat"]).name == "PAT"  # type: ignore[union-attr]


def test_remove_an_unused_organisation(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    lonely = api.add_organisation(store, wid, "Association sans membre").new_id
    window = open_window(wid)
    editor = window.workshop_menu.show_people()
    editor.tabs.setCurrentIndex(1)
    view = editor.orgs_view
    select_rows(view, [row_of(view, "PAT")])
    assert not editor.remove_org_button.isEnabled()  # Louis Martin belongs to it
    select_rows(view, [row_of(view, "Association sans membre")])
    assert editor.remove_org_button.isEnabled()
    editor.remove_org_button.click()
    assert api.load_workshop(store, wid).organisation(lonely) is None
    window.undo()
    assert api.load_workshop(store, wid).organisation(lonely) is not None


# --- New workshop ----------------------------------------------------------------------------


def test_new_workshop_sets_horizon_and_anonymous(
    qtbot: object, store: api.Store, settings: Settings
) -> None:
    home = HomeWindow(store, settings)
    qtbot.addWidget(home)  # type: ignore[attr-defined]
    home.show()
    opened: list[uuid.UUID] = []
    home.open_requested.connect(opened.append)
    dialog = home.new_workshop()
    template = dialog.chosen_template()
    dialog.date.setDate(QDate(2027, 3, 1))
    assert dialog.horizon.value() == 2027 + template.horizon_offset  # follows the date
    dialog.horizon.setValue(2045)
    dialog.date.setDate(QDate(2027, 6, 1))
    assert dialog.horizon.value() == 2045  # chosen by hand: kept
    dialog.anonymous.click()
    dialog.ok_button.click()
    assert len(opened) == 1
    created = api.get_workshop(store, opened[0])
    assert (created.horizon_year, created.anonymous, created.date) == (
        2045, True, dt.date(2027, 6, 1)
    )
