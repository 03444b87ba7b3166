"""File → Preferences…: the settings dialog reads and saves every preference."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from coopatelier import api
from coopatelier.settings import Settings
from coopatelier.storage import backup
from coopatelier.ui.settings_dialog import SettingsDialog
from coopatelier.ui.workshop_window import WorkshopWindow

from .conftest import type_text

Opener = Callable[[uuid.UUID], WorkshopWindow]


def choose(combo: object, data: str) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_preferences_action_opens_the_settings_dialog(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.reject()


def test_every_preference_is_saved(
    open_window: Opener, workshop: api.WorkshopData, settings: Settings
) -> None:
    settings.set("export_defaults", {"format": "md", "folder": "/tmp/exports"})
    window = open_window(workshop.workshop.id)
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    choose(dialog.language, "fr")
    assert dialog.language_note.isVisible()  # takes effect on restart, and says so
    dialog.table.clear()
    type_text(dialog.table, "Table « Légumes »")
    dialog.author.setText("Zoé")
    screen = QGuiApplication.screens()[0]
    choose(dialog.projector_screen, screen.name())
    dialog.font_scale.setValue(1.4)
    choose(dialog.theme, "light")
    dialog.backup_interval.setValue(25)
    dialog.anonymised.setChecked(True)
    dialog.annex.setChecked(False)
    choose(dialog.export_language, "en")
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    dialog.ok_button.click()

    saved = Settings(settings.path)  # what is on disk
    assert saved.get("language") == "fr"
    assert saved.get("default_table") == "Table « Légumes »"
    assert saved.get("default_author") == "Zoé"
    assert screen.name() in saved.get("projector_screens").values()
    assert saved.get("projector_font_scale") == 1.4
    assert saved.get("projector_theme") == "light"
    assert saved.get("backup_interval_minutes") == 25
    assert saved.get("export_defaults") == {
        "format": "md",
        "folder": "/tmp/exports",  # the export dialog's own memory stays
        "anonymised": True,
        "annex": False,
        "language": "en",
    }
    # the capture line takes the new defaults at once
    assert window.capture.table.text() == "Table « Légumes »"
    assert window.capture.author.text() == "Zoé"
    assert any("restart" in message for message in messages)


def test_cancel_saves_nothing(
    open_window: Opener, workshop: api.WorkshopData, settings: Settings
) -> None:
    window = open_window(workshop.workshop.id)
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    choose(dialog.theme, "light")
    dialog.backup_interval.setValue(99)
    dialog.reject()
    assert settings.get("projector_theme") == "dark"
    assert settings.get("backup_interval_minutes") == 10


def test_dialog_shows_the_saved_values(qtbot: object, settings: Settings) -> None:
    settings.set("projector_font_scale", 1.8)
    settings.set("projector_theme", "light")
    settings.set("backup_interval_minutes", 30)
    settings.set("export_defaults", {"annex": False, "language": "fr"})
    settings.set("language", "en")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.font_scale.value() == 1.8
    assert dialog.theme.currentData() == "light"
    assert dialog.backup_interval.value() == 30
    assert not dialog.annex.isChecked() and not dialog.anonymised.isChecked()
    assert dialog.export_language.currentData() == "fr"
    assert dialog.language.currentData() == "en"
    assert dialog.projector_screen.currentData() == ""  # automatic until chosen
    assert not dialog.language_note.isVisible()


def test_the_backup_folder_is_shown_and_opens_in_the_file_manager(
    qtbot: object, settings: Settings, store: api.Store
) -> None:
    opened: list[QUrl] = []
    folder = store.backup_folder
    assert folder is not None
    dialog = SettingsDialog(settings, backup_folder=folder, open_url=opened.append)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.backup_folder.text() == str(folder) and dialog.backup_folder.isReadOnly()
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_a_server_database_has_no_backup_folder(qtbot: object, settings: Settings) -> None:
    dialog = SettingsDialog(settings, backup_folder=None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.open_folder_button.isEnabled()
    assert "server" in dialog.backup_folder.text()


def test_backups_follow_a_folder_chosen_in_the_preferences(
    qtbot: object, settings: Settings, store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """A USB key chosen as the backup folder: the next backup goes there, at once."""
    key = tmp_path / "usb-key"
    key.mkdir()
    asked: list[str] = []

    def choose_folder(_parent: object, _title: str, start: str) -> str:
        asked.append(start)
        return str(key / "CoopAtelier")

    dialog = SettingsDialog(
        settings, backup_folder=store.backup_folder, choose_folder=choose_folder
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.choose_folder_button.click()
    assert asked and dialog.backup_folder.text() == str(key / "CoopAtelier")
    dialog.accept()
    assert settings.get("backup_folder") == str(key / "CoopAtelier")
    assert store.backup_folder == key / "CoopAtelier"
    made = store.backup_if_changed("test")
    assert made is not None and made.parent == key / "CoopAtelier"
    assert backup.inspect_backup(made).workshops == 1


def test_an_unreachable_backup_folder_falls_back_to_the_data_directory(
    settings: Settings, store: api.Store
) -> None:
    """The key was unplugged: backups must still happen, beside the database."""
    settings.set("backup_folder", "/nonexistent-key/CoopAtelier")
    assert store.backup_folder == store.data_dir.default_backups


def test_the_default_button_brings_backups_back_to_the_data_directory(
    qtbot: object, settings: Settings, store: api.Store, tmp_path: Path
) -> None:
    settings.set("backup_folder", str(tmp_path))
    dialog = SettingsDialog(settings, backup_folder=store.backup_folder)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.default_folder_button.isEnabled()
    dialog.default_folder_button.click()
    dialog.accept()
    assert settings.get("backup_folder") == ""
    assert store.backup_folder == store.data_dir.default_backups


def test_projector_text_size_and_theme_apply_when_ok_is_pressed(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert dialog.font_scale.minimum() == 1.0  # below 1 the legibility floor wins anyway
    dialog.font_scale.setValue(1.6)
    choose(dialog.theme, "light")
    dialog.accept()
    view = window.presentation.projector.view
    assert (view.font_scale, view.theme) == (1.6, "light")
