"""Backups in the app: the list, "Back up now", restoring with the store closed and
reopened around it, automatic backups while a workshop is open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.settings import Settings
from coopatelier.storage import backup
from coopatelier.ui.app import AUTO_BACKUP_MS, Controller
from coopatelier.ui.backups_dialog import BackupsDialog
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of


@pytest.fixture
def make_controller(
    qapp: object, store: api.Store, settings: Settings
) -> Iterator[Callable[..., Controller]]:
    """Controllers whose windows are closed (and whose reopened store is closed) after."""
    made: list[Controller] = []

    def maker(**options: object) -> Controller:
        controller = Controller(store, settings, **options)  # type: ignore[arg-type]
        made.append(controller)
        return controller

    yield maker
    for controller in made:
        controller.backup_timer.stop()
        for window in list(controller.windows.values()):
            window.close()
        if controller.home is not None:
            controller.home.close()
        if controller.store is not store:
            controller.store.close()


def _cell(dialog: BackupsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def _backup_now(store: api.Store) -> Path:
    assert store.path is not None and store.backup_folder is not None
    return backup.create_backup(store.path, store.backup_folder, "manual")


def test_the_list_shows_counts_and_marks_damaged_backups(
    qtbot: object, store: api.Store, workshop: api.WorkshopData
) -> None:
    api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Hausse des prix")
    good = _backup_now(store)
    assert store.backup_folder is not None
    damaged = store.backup_folder / "coopatelier-29990101-000000-000000-auto.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    dialog = BackupsDialog(store)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.table.rowCount() == 2
    assert dialog.backups[0].path == damaged  # newest first
    assert _cell(dialog, 0, 2) == "damaged"
    assert dialog.backups[1].path == good
    cards = backup.inspect_backup(good).cards
    assert _cell(dialog, 1, 1) == "by hand"
    assert (_cell(dialog, 1, 2), _cell(dialog, 1, 3)) == ("1", str(cards))
    assert dialog.selected() == dialog.backups[1]  # the newest sound one is preselected
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    assert dialog.confirm_restore() is None


def test_back_up_now_adds_a_backup(
    qtbot: object, store: api.Store, workshop: api.WorkshopData
) -> None:
    dialog = BackupsDialog(store)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    before = dialog.table.rowCount()
    dialog.backup_button.click()
    assert dialog.table.rowCount() == before + 1
    assert dialog.backups[0].reason == "manual"


def test_restore_from_the_workshop_window_reopens_the_store_and_the_workshop(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    make_controller: Callable[..., Controller],
) -> None:
    wid = workshop.workshop.id
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    _backup_now(store)
    api.add_card(store, drivers, "Carte tapée après la sauvegarde")
    controller = make_controller()
    window = controller.open_workshop(wid)
    window.backups_action.trigger()
    dialog = controller.backups_dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    dialog.table.selectRow(0)
    box = dialog.confirm_restore()
    assert box is not None and "backed up first" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert controller.store is not store  # closed and reopened around the restore
    reopened = controller.windows[wid]
    assert reopened is not window and reopened.isVisible()
    texts = [c.text for c in api.load_workshop(controller.store, wid).cards]
    assert "Carte tapée après la sauvegarde" not in texts
    assert "previous file was kept" in reopened.statusBar().currentMessage()
    assert controller.store.backup_folder is not None
    kept = [b for b in backup.list_backups(controller.store.backup_folder)
            if b.reason == "before-restore"]
    assert len(kept) == 1  # the file before the restore is itself a backup
    texts = [c.text for c in api.load_workshop(controller.store, wid).cards]


def test_cancelling_the_confirmation_restores_nothing(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    make_controller: Callable[..., Controller],
) -> None:
    _backup_now(store)
    api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Gardée")
    controller = make_controller()
    home = controller.show_home()
    home.backups_action.trigger()
    dialog = controller.backups_dialog
    assert isinstance(dialog, BackupsDialog)
    box = dialog.confirm_restore()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert controller.store is store
    texts = [c.text for c in api.load_workshop(store, workshop.workshop.id).cards]
    assert "Gardée" in texts


def test_automatic_backups_run_while_a_workshop_is_open(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    make_controller: Callable[..., Controller],
) -> None:
    assert AUTO_BACKUP_MS == 10 * 60 * 1000
    assert make_controller().backup_timer.interval() == AUTO_BACKUP_MS  # the default
    controller = make_controller(auto_backup_ms=50)
    assert controller.backup_timer.interval() == 50 and controller.backup_timer.isActive()
    assert controller.auto_backup() is None  # no workshop open: nothing to do
    assert isinstance(controller.open_workshop(workshop.workshop.id), WorkshopWindow)
    api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Nouvelle")
    folder = store.backup_folder
    assert folder is not None

    def autos() -> list[backup.BackupInfo]:
        return [b for b in backup.list_backups(folder) if b.reason == "auto"]

    qtbot.waitUntil(lambda: len(autos()) == 1, timeout=5000)  # type: ignore[attr-defined]
    assert controller.auto_backup() is None  # nothing changed since: cheap, no new file
    assert len(autos()) == 1
