"""Workshop → Conflicts…: both values of a concurrent edit, take the other one, undo."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.exchange.demarche_file import export_demarche_file, import_demarche_file
from coopatelier.settings import Settings
from coopatelier.ui.conflicts_dialog import ConflictsDialog
from coopatelier.ui.demarche_window import DemarcheWindow
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

Opener = Callable[[uuid.UUID], WorkshopWindow]


def _conflicting_import(store: api.Store, workshop: api.WorkshopData, tmp_path: Path) -> uuid.UUID:
    wid = workshop.workshop.id
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    card = api.add_card(store, drivers.id, "Texte d'origine").new_id
    with api.open_store(data_dir=tmp_path / "table") as laptop:
        api.import_workshop_file(laptop, api.export_workshop_file(store, wid, tmp_path / "a.json"))
        api.update_card(laptop, card, text="Version de la table")
        table_file = api.export_workshop_file(laptop, wid, tmp_path / "b.json")
    api.update_card(store, card, text="Version de la plénière")
    report = api.import_workshop_file(store, table_file)
    assert len(report.conflicts) == 1
    return card


def test_conflicts_dialog_takes_the_other_value_and_undoes_it(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    qtbot: object,
) -> None:
    card = _conflicting_import(store, workshop, tmp_path)
    window = open_window(workshop.workshop.id)
    action = window.findChild(QAction, "workshopConflicts")
    assert action is not None and action in window.workshop_menu.menu.actions()
    action.trigger()
    dialog = window.findChild(ConflictsDialog, "conflictsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.table

    def cell(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None
        return item.text()

    assert table.rowCount() == 1
    assert [cell(0, c) for c in (1, 2, 3)] == [
        "text", "Version de la plénière", "Version de la table"
    ]
    # the card named by its phase, not by a short id the facilitator never saw
    drivers = phase_of(workshop, PhaseKind.DRIVERS).title
    assert cell(0, 0) == f"Version de la plénière — {drivers}"
    assert not dialog.take_button.isEnabled()
    rect = table.visualRect(table.model().index(0, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.take_button.isEnabled()
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert api.get_card(store, card).text == "Version de la table"
    # the row shows the value now in force, the later one set aside
    assert [cell(0, c) for c in (2, 3, 4)] == [
        "Version de la table", "Version de la plénière", "Other value taken"]
    headers = [table.horizontalHeaderItem(c).text() for c in (2, 3)]  # type: ignore[union-attr]
    assert headers == ["In force", "Set aside"]
    window.session.undo_stack.undo()
    assert api.get_card(store, card).text == "Version de la plénière"
    assert [cell(0, c) for c in (2, 3, 4)] == [
        "Version de la plénière", "Version de la table", "Later kept"]
    window.session.undo_stack.redo()
    assert api.get_card(store, card).text == "Version de la table"
    assert cell(0, 2) == api.get_card(store, card).text
    dialog.grab().save(str(tmp_path / "conflicts.png"))


def test_demarche_conflicts_are_shown_and_the_other_value_taken_from_the_demarche_window(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path, qtbot: object,
    settings: Settings,
) -> None:
    """Démarche → Conflicts… lists a concurrent edit of the démarche's own rows (its
    title, a member removed while edited elsewhere); taking the other value is one
    undoable command of the démarche window."""
    demarche_id = api.create_demarche(store, title="Feuille de route").new_id
    api.attach_workshop(store, demarche_id, workshop.workshop.id)
    member = api.add_member(store, demarche_id, person_name="Awa Diallo",
                            collective_role="relais").new_id
    with api.open_store(data_dir=tmp_path / "laptop") as laptop:
        import_demarche_file(laptop, export_demarche_file(store, demarche_id,
                                                          tmp_path / "a.json"))
        api.update_demarche(laptop, demarche_id, title="Feuille de route du portable")
        api.update_member(laptop, member, person_name="Awa Diallo", collective_role="pilote")
        laptop_file = export_demarche_file(laptop, demarche_id, tmp_path / "b.json")
    api.update_demarche(store, demarche_id, title="Feuille de route de la plénière")
    api.remove_member(store, member)
    report = import_demarche_file(store, laptop_file)
    assert {c.field for c in report.conflict_items} == {"title", "deleted"}

    window = DemarcheWindow(store, demarche_id, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    action = window.findChild(QAction, "demarcheConflicts")
    assert action is not None
    action.trigger()
    dialog = window.findChild(ConflictsDialog, "conflictsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}  # type: ignore[union-attr]
    assert set(rows) == {"title", "deletion"}
    title_row = rows["title"]
    texts = [table.item(title_row, c).text() for c in (2, 3)]  # type: ignore[union-attr]
    kept = api.load_demarche(store, demarche_id).demarche.title
    assert kept in texts and set(texts) == {
        "Feuille de route du portable", "Feuille de route de la plénière"}
    other = texts[1]

    rect = table.visualRect(table.model().index(title_row, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert api.load_demarche(store, demarche_id).demarche.title == other
    assert table.item(title_row, 2).text() == other  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.heading.text() == other)  # type: ignore[attr-defined]
    window.session.undo_stack.undo()
    assert api.load_demarche(store, demarche_id).demarche.title == kept

    # the member removed here while the laptop gave it another role comes back with it
    member_row = next(r for r in range(table.rowCount())
                      if table.item(r, 1).text() == "deletion")  # type: ignore[union-attr]
    assert table.item(member_row, 3).text() == "Awa Diallo — pilote"  # type: ignore[union-attr]
    rect = table.visualRect(table.model().index(member_row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    members = api.load_demarche(store, demarche_id).members
    assert [(m.id, m.collective_role) for m in members] == [(member, "pilote")]
    window.session.undo_stack.undo()
    assert api.load_demarche(store, demarche_id).members == ()
    window.session.undo_stack.clear()


def _conflicts_of_every_kind(store: api.Store, workshop: api.WorkshopData,
                             tmp_path: Path) -> api.ImportReport:
    """Two laptops change, unaware of each other, an untitled vote round (revealed), a
    partner's role, the order of a card's links and the scenario axes. (The link to
    "Quartier nourricier" kept its place here: only the table moved it, no conflict.)"""
    wid = workshop.workshop.id
    futures = phase_of(workshop, PhaseKind.FUTURES)
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    pat = next(o.id for o in workshop.organisations if o.name == "PAT")
    action = api.add_card(store, actions.id, "Une cantine solidaire", title="Cantine").new_id
    api.update_card(store, action, partners=[api.Partner(pat, "conseille")])
    one = api.add_card(store, futures.id, "Quartier nourricier").new_id
    two = api.add_card(store, futures.id, "Circuits courts").new_id
    linked = api.add_card(store, futures.id, "Ferme urbaine", links=(one, two)).new_id
    round_id = api.create_round(store, futures.id, hidden=True).new_id
    with api.open_store(data_dir=tmp_path / "table") as laptop:
        api.import_workshop_file(laptop, api.export_workshop_file(store, wid, tmp_path / "a.json"))
        api.update_card(laptop, action, partners=[api.Partner(pat, "fournit les légumes")])
        api.update_card(laptop, linked, links=[two, one])
        api.reveal_round(laptop, round_id)
        api.set_axes(laptop, wid, x_driver_id=None, y_driver_id=None, x_low="bas")
        table_file = api.export_workshop_file(laptop, wid, tmp_path / "b.json")
    api.update_card(store, action, partners=[api.Partner(pat, "finance")])
    api.update_card(store, linked, links=[one])
    api.update_card(store, linked, links=[one, two])
    api.reveal_round(store, round_id)
    api.reveal_round(store, round_id, revealed=False)
    api.set_axes(store, wid, x_driver_id=None, y_driver_id=None, x_low="faible")
    return api.import_workshop_file(store, table_file)


def test_what_each_conflict_is_about_is_named_as_the_facilitator_knows_it(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    qtbot: object,
) -> None:
    """The "What" column names a round by its number and phase, a partner role by its
    organisation and action, a link by its two cards, the axes by their name — never a
    short id — in the interface's language, as the import's own sentences do."""
    report = _conflicts_of_every_kind(store, workshop, tmp_path)
    english = {
        "Round 1 — Futurs souhaitables", "PAT on Cantine", "Scenario axes",
        "Link from Ferme urbaine to Circuits courts",
    }
    french = {
        "Tour 1 — Futurs souhaitables", "PAT sur Cantine", "Axes des scénarios",
        "Lien de Ferme urbaine vers Circuits courts",
    }
    assert {c.label for c in report.conflict_items} == english
    assert {c.label_in("fr") for c in report.conflict_items} == french
    assert any(line.startswith("Tour 1 — Futurs souhaitables, ")
               for line in report.conflict_lines("fr"))
    window = open_window(workshop.workshop.id)
    action = window.findChild(QAction, "workshopConflicts")
    assert action is not None
    action.trigger()
    dialog = window.findChild(ConflictsDialog, "conflictsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.table

    def what() -> set[str]:
        return {table.item(r, 0).text() for r in range(table.rowCount())}  # type: ignore[union-attr]

    assert what() == english
    assert not any(re.search(r"\b[0-9a-f]{8}\b", text) for text in what())
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        dialog.reload()
        assert what() == french
    finally:
        QLocale.setDefault(previous)
    dialog.reload()
    assert what() == english
    # a partner role taken away since: said so, not an id
    action_id = next(c.id for c in api.load_workshop(store, workshop.workshop.id).cards
                     if c.title == "Cantine")
    window.session.notify(api.update_card(store, action_id, partners=[]))
    assert what() == english - {"PAT on Cantine"} | {"(removed since)"}
    dialog.grab().save(str(tmp_path / "conflicts.png"))


def test_a_yes_or_no_field_is_shown_in_words_of_the_interface(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    qtbot: object,
) -> None:
    """A round revealed on one laptop and hidden again on the other: both values are words
    of the interface's language (Yes/No, Oui/Non), never Python's True/False — in the
    dialog and in the import's report."""
    report = _conflicts_of_every_kind(store, workshop, tmp_path)
    # the import's own report words them too
    line = next(line for line in report.conflicts if line.startswith("Round 1"))
    assert "“No” (the later)" in line and "“Yes”" in line
    line = next(line for line in report.conflict_lines("fr") if line.startswith("Tour 1"))
    assert "«\u202fNon\u202f» de cet ordinateur" in line and "«\u202fOui\u202f»" in line
    window = open_window(workshop.workshop.id)
    action = window.findChild(QAction, "workshopConflicts")
    assert action is not None
    action.trigger()
    dialog = window.findChild(ConflictsDialog, "conflictsDialog")
    assert dialog is not None
    table = dialog.table

    def round_values() -> list[str]:
        row = next(r for r in range(table.rowCount())
                   if table.item(r, 0).text().startswith(("Round 1", "Tour 1")))  # type: ignore[union-attr]
        return [table.item(row, c).text() for c in (2, 3)]  # type: ignore[union-attr]

    # the later change (this laptop's "hidden again") is in force
    assert round_values() == ["No", "Yes"]
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        dialog.reload()
        assert round_values() == ["Non", "Oui"]
    finally:
        QLocale.setDefault(previous)
    every_value = {table.item(r, c).text()  # type: ignore[union-attr]
                   for r in range(table.rowCount()) for c in (2, 3)}
    assert not every_value & {"True", "False"}


def test_a_lead_organisation_conflict_reads_as_names_in_french(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    qtbot: object,
) -> None:
    """Two workshop files give one action different lead organisations: the dialog's
    Field reads "structure pilote" in French ("lead organisation" in English), its values
    the organisations' names, never ids."""
    wid = workshop.workshop.id
    names = {o.name: o.id for o in workshop.organisations}
    action = api.add_card(store, phase_of(workshop, PhaseKind.ACTIONS).id,
                          "Une cantine solidaire", title="Cantine").new_id
    with api.open_store(data_dir=tmp_path / "table") as laptop:
        api.import_workshop_file(laptop, api.export_workshop_file(store, wid, tmp_path / "a.json"))
        api.update_card(laptop, action, lead_organisation_id=names["PAT"])
        table_file = api.export_workshop_file(laptop, wid, tmp_path / "b.json")
    api.update_card(store, action, lead_organisation_id=names["Métropole – Cohésion sociale"])
    api.import_workshop_file(store, table_file)
    window = open_window(wid)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        dialog = window.workshop_menu.show_conflicts()
        table = dialog.table
        assert table.rowCount() == 1
        cells = [table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
        actions = phase_of(workshop, PhaseKind.ACTIONS).title
        assert cells[0] == f"Cantine — {actions}"
        assert cells[1] == "structure pilote"
        assert set(cells[2:]) == {"PAT", "Métropole – Cohésion sociale"}
        dialog.grab().save(str(tmp_path / "conflicts-fr.png"))
    finally:
        QLocale.setDefault(previous)
    dialog.reload()
    assert table.item(0, 1).text() == "lead organisation"  # type: ignore[union-attr]
    # taking the other value writes the organisation's id, shown by its name
    rect = table.visualRect(table.model().index(0, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert api.get_card(store, action).lead_organisation_id in names.values()
    assert table.item(0, 2).text() == next(  # type: ignore[union-attr]
        name for name, oid in names.items()
        if oid == api.get_card(store, action).lead_organisation_id)
    assert window.session.undo_stack.undoText() == "Take the other value of lead organisation"
