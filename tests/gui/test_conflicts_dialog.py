"""Workshop → Conflicts…: both values of a concurrent edit, take the other one, undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.conflicts_dialog import ConflictsDialog
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
    assert not dialog.take_button.isEnabled()
    rect = table.visualRect(table.model().index(0, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.take_button.isEnabled()
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert api.get_card(store, card).text == "Version de la table"
    assert cell(0, 4) == "Other value taken"
    window.session.undo_stack.undo()
    assert api.get_card(store, card).text == "Version de la plénière"
    assert cell(0, 4) == "Later kept"
    window.session.undo_stack.redo()
    assert api.get_card(store, card).text == "Version de la table"
    dialog.grab().save(str(tmp_path / "conflicts.png"))
