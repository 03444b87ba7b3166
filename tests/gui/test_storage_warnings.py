"""Backups that fail are shown, never only logged: the app opens all the same, and every
window (home and workshop) carries a banner saying what failed, in the user's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.errors import StorageError
from coopatelier.paths import DataDir
from coopatelier.settings import Settings
from coopatelier.storage import backup
from coopatelier.templates.loader import Template
from coopatelier.ui import db_problems
from coopatelier.ui.app import Controller, install_translations
from tests.conftest import make_workshop, phase_of


def _full_disk(_database: Path, folder: Path, _reason: str = "manual") -> Path:
    raise StorageError("full", code="backup_full", where=str(folder), folder=str(folder))


def _banner(window: QMainWindow) -> QLabel:
    label = window.findChild(QLabel, "storageWarning")
    assert isinstance(label, QLabel)
    return label


@pytest.fixture
def filled(tmp_path: Path, mini_template: Template) -> DataDir:
    data = DataDir(tmp_path / "data").ensure()
    with api.open_store(data_dir=data.root) as store:
        make_workshop(store, mini_template)
    return data


@pytest.fixture
def controllers() -> Iterator[list[Controller]]:
    made: list[Controller] = []
    yield made
    for controller in made:
        controller.backup_timer.stop()
        for window in list(controller.windows.values()):
            window.close()
        if controller.home is not None:
            controller.home.close()
        controller.store.close()


def test_the_app_opens_and_says_the_backup_on_opening_failed(
    qtbot: object, filled: DataDir, monkeypatch: pytest.MonkeyPatch,
    controllers: list[Controller],
) -> None:
    monkeypatch.setattr(backup, "create_backup", _full_disk)
    monkeypatch.setattr(db_problems, "show_error", pytest.fail)
    settings = Settings(filled.settings)
    opened = db_problems.open_for_gui(None, filled, settings)
    assert opened is not None  # before: "Could not back up…" and no window at all
    try:
        controller = Controller(opened.store, settings)
        controllers.append(controller)
        window = controller.start()
        assert isinstance(window, QMainWindow)
        with qtbot.waitExposed(window):  # type: ignore[attr-defined]
            pass
        banner = _banner(window)
        assert banner.isVisible()
        assert banner.text() == (
            f"The automatic backup failed: the disk of the backup folder {filled.backups} is "
            "full. Your data is intact and open; free some space, the next backup will try "
            "again."
        )
        home = controller.show_home()
        assert _banner(home).isVisible() and _banner(home).text() == banner.text()
    finally:
        opened.release()


def test_a_failed_automatic_backup_is_shown_and_cleared_when_one_works(
    qtbot: object, store: api.Store, workshop: api.WorkshopData,
    monkeypatch: pytest.MonkeyPatch, controllers: list[Controller],
) -> None:
    controller = Controller(store, Settings(store.data_dir.settings), auto_backup_ms=3_600_000)
    controllers.append(controller)
    window = controller.open_workshop(workshop.workshop.id)
    assert window.findChild(QLabel, "storageWarning") is None  # all is well: no banner
    api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Après")
    real = backup.create_backup
    monkeypatch.setattr(backup, "create_backup", _full_disk)
    assert controller.auto_backup() is None  # no exception reaches the workshop
    assert _banner(window).isVisible() and "disk of the backup folder" in _banner(window).text()
    monkeypatch.setattr(backup, "create_backup", real)
    assert controller.auto_backup() is not None
    assert not _banner(window).isVisible()


def test_the_banner_is_in_french_for_a_french_user(
    qtbot: object, store: api.Store, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install_translations(app, "fr")
    try:
        from coopatelier.storage.store import StorageWarning

        key = tmp_path / "CLE"
        texts = [
            db_problems.storage_warning_text(w)
            for w in (
                StorageWarning("backup_failed", "x", "full", str(key)),
                StorageWarning("backup_failed", "x", "read_only", str(key)),
                StorageWarning("backup_failed", "x", "damaged", str(key)),
                StorageWarning("backup_failed", "Could not back up: oops.", "other", ""),
                StorageWarning("backup_folder_missing", str(tmp_path / "data"), where=str(key)),
            )
        ]
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)  # the language errors are worded in, as it was
    assert texts[0].startswith("La sauvegarde automatique a échoué")
    assert all("sauvegarde" in t for t in texts), texts
    assert str(key) in texts[1] and str(key) in texts[4] and str(tmp_path / "data") in texts[4]
