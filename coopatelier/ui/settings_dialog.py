"""File → Preferences…: the user's preferences (``coopatelier/settings.py``) in one dialog —
language, default table and author, projector screen, text size and theme, how often to
back up (and where the backups are), and the default export options. Opened with
``open()``; OK saves everything at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopatelier.settings import Settings
from coopatelier.ui.preferences import preferences_for
from coopatelier.ui.screens import current_setup, screen_label, screen_named


class SettingsDialog(QDialog):
    """Every preference; ``save()`` writes them (OK calls it)."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        backup_folder: Path | None = None,
        open_url: Callable[[QUrl], object] | None = None,
        choose_folder: Callable[[QWidget, str, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        s = settings

        # --- general
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(s.get("language"))))
        self.initial_language = str(self.language.currentData())
        self.language_note = QLabel(self.tr("Takes effect when CoopAtelier restarts."), self)
        self.language_note.setObjectName("hint")
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language_changed())
        )
        self.table = QLineEdit(s.get("default_table"), self)
        self.table.setObjectName("settingsTable")
        self.table.setPlaceholderText(self.tr("e.g. Table 2"))
        self.author = QLineEdit(s.get("default_author"), self)
        self.author.setObjectName("settingsAuthor")
        general = QGroupBox(self.tr("Interface and capture"), self)
        form = QFormLayout(general)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Default &table"), self.table)
        form.addRow(self.tr("Default &author"), self.author)

        # --- projector
        self.projector_screen = QComboBox(self)
        self.projector_screen.setObjectName("settingsScreen")
        self.projector_screen.addItem(self.tr("Automatic: another screen"), "")
        for screen in QGuiApplication.screens():
            self.projector_screen.addItem(screen_label(screen), screen.name())
        remembered = s.get("projector_screens").get(self._setup(), "")
        self.projector_screen.setCurrentIndex(max(0, self.projector_screen.findData(remembered)))
        self.font_scale = QDoubleSpinBox(self)
        self.font_scale.setObjectName("settingsFontScale")
        self.font_scale.setRange(1.0, 2.5)  # never below the 1/30 floor
        self.font_scale.setSingleStep(0.1)
        self.font_scale.setDecimals(1)
        self.font_scale.setSuffix(" ×")
        self.font_scale.setValue(float(s.get("projector_font_scale")))
        self.font_scale.setToolTip(self.tr("1.0: cards readable from the back of a room"))
        self.theme = QComboBox(self)
        self.theme.setObjectName("settingsTheme")
        self.theme.addItem(self.tr("Dark (dim rooms)"), "dark")
        self.theme.addItem(self.tr("Light (bright rooms)"), "light")
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.get("projector_theme"))))
        self.page_seconds = QSpinBox(self)
        self.page_seconds.setObjectName("settingsPageSeconds")
        self.page_seconds.setRange(0, 600)
        self.page_seconds.setSingleStep(5)
        self.page_seconds.setSuffix(self.tr(" s"))
        self.page_seconds.setSpecialValueText(self.tr("By hand only"))
        self.page_seconds.setValue(int(s.get("projector_page_seconds")))
        self.page_seconds.setToolTip(
            self.tr("When the wall has several pages, turn them by themselves this often")
        )
        projector = QGroupBox(self.tr("Projector"), self)
        form = QFormLayout(projector)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("&Screen"), self.projector_screen)
        form.addRow(self.tr("Text si&ze"), self.font_scale)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(self.tr("Turn the &pages"), self.page_seconds)

        # --- backups
        # where the backups are (beside the database, in the data directory): shown, and
        # opened in the file manager to copy them elsewhere
        self.open_url = open_url or QDesktopServices.openUrl
        self.backup_path = backup_folder
        self.backup_folder = QLineEdit(self)
        self.backup_folder.setObjectName("settingsBackupFolder")
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setText(
            str(backup_folder)
            if backup_folder is not None
            else self.tr("On the database server (its administrator backs it up)")
        )
        self.backup_folder.setCursorPosition(0)  # the start of the path, not its end
        self.backup_folder.setToolTip(self.backup_folder.text())
        self.open_folder_button = QPushButton(self.tr("&Open"), self)
        self.open_folder_button.setToolTip(self.tr("Show the backups in the file manager"))
        self.open_folder_button.setEnabled(backup_folder is not None)
        self.open_folder_button.clicked.connect(self.open_backup_folder)
        # another folder (a USB key, a shared drive): backups follow at once; while it
        # cannot be reached they go to the data directory again (paths.DataDir.backups)
        self.choose_folder = choose_folder or QFileDialog.getExistingDirectory
        self.chosen_backup_root = str(s.get("backup_folder"))
        self.choose_folder_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_folder_button.setObjectName("settingsChooseBackupFolder")
        self.choose_folder_button.setToolTip(
            self.tr("Keep the backups in another folder, for example on a USB key")
        )
        self.choose_folder_button.setEnabled(backup_folder is not None)
        self.choose_folder_button.clicked.connect(self.choose_backup_folder)
        self.default_folder_button = QPushButton(self.tr("&Default"), self)
        self.default_folder_button.setObjectName("settingsDefaultBackupFolder")
        self.default_folder_button.setToolTip(
            self.tr("Keep the backups in the data directory, beside the database")
        )
        self.default_folder_button.setEnabled(bool(self.chosen_backup_root))
        self.default_folder_button.clicked.connect(self.use_default_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.choose_folder_button)
        folder_row.addWidget(self.default_folder_button)
        folder_row.addWidget(self.open_folder_button)
        self.backup_interval = QSpinBox(self)
        self.backup_interval.setObjectName("settingsBackupInterval")
        self.backup_interval.setRange(1, 24 * 60)
        self.backup_interval.setSuffix(self.tr(" min"))
        self.backup_interval.setValue(int(s.get("backup_interval_minutes")))
        backups = QGroupBox(self.tr("Backups"), self)
        form = QFormLayout(backups)
        form.setHorizontalSpacing(12)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("E&very"), self.backup_interval)

        # --- export
        export: dict[str, Any] = dict(s.get("export_defaults"))
        self.anonymised = QCheckBox(self.tr("A&nonymised: no participant's name"), self)
        self.anonymised.setObjectName("settingsAnonymised")
        self.anonymised.setChecked(bool(export.get("anonymised", False)))
        self.anonymised.setToolTip(self.tr("Anonymous workshops are always exported anonymised"))
        self.annex = QCheckBox(self.tr("With the a&nnex: every card by phase"), self)
        self.annex.setObjectName("settingsAnnex")
        self.annex.setChecked(bool(export.get("annex", True)))
        self.export_language = QComboBox(self)
        self.export_language.setObjectName("settingsExportLanguage")
        self.export_language.addItem(self.tr("Same as the interface"), "")
        self.export_language.addItem("Français", "fr")
        self.export_language.addItem("English", "en")
        self.export_language.setCurrentIndex(
            max(0, self.export_language.findData(export.get("language", "")))
        )
        exports = QGroupBox(self.tr("Export"), self)
        form = QFormLayout(exports)
        form.setHorizontalSpacing(12)
        form.addRow(self.anonymised)
        form.addRow(self.annex)
        form.addRow(self.tr("PDF &headings in"), self.export_language)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(exports)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(projector)
        right.addWidget(backups)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.accepted.connect(self.save)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    @staticmethod
    def _setup() -> str:
        return current_setup()

    def language_changed(self) -> bool:
        return bool(self.language.currentData() != self.initial_language)

    def open_backup_folder(self) -> None:
        if self.backup_path is not None:
            self.backup_path.mkdir(parents=True, exist_ok=True)
            self.open_url(QUrl.fromLocalFile(str(self.backup_path)))

    def choose_backup_folder(self) -> None:
        start = self.chosen_backup_root or str(self.backup_path or Path.home())
        chosen = self.choose_folder(self, self.tr("Folder for the backups"), start)
        if not chosen:  # cancelled
            return
        self.chosen_backup_root = str(Path(chosen).resolve())
        self.backup_folder.setText(self.chosen_backup_root)
        self.backup_folder.setCursorPosition(0)
        self.backup_folder.setToolTip(self.chosen_backup_root)
        self.backup_path = Path(self.chosen_backup_root)
        self.default_folder_button.setEnabled(True)

    def use_default_backup_folder(self) -> None:
        self.chosen_backup_root = ""
        self.backup_folder.setText(self.tr("The data directory, beside the database"))
        self.backup_path = None
        self.open_folder_button.setEnabled(False)
        self.default_folder_button.setEnabled(False)

    def chosen_screen(self) -> QScreen | None:
        return screen_named(str(self.projector_screen.currentData() or ""))

    def save(self) -> None:
        """Write every preference; each change is signalled (ui/preferences.py) to whoever
        shows it: the capture lines, the projector."""
        s = preferences_for(self.settings)
        s.set("language", str(self.language.currentData()))
        s.set("default_table", self.table.text().strip())
        s.set("default_author", self.author.text().strip())
        screens = dict(s.get("projector_screens"))
        name = str(self.projector_screen.currentData())
        if name:
            screens[self._setup()] = name
        else:
            screens.pop(self._setup(), None)
        chosen = self.chosen_screen()
        if chosen is not None:  # remembered as the projector does (choose_screen)
            screens[self._setup()] = chosen.name()
        s.set("projector_screens", screens)
        s.set("projector_font_scale", round(float(self.font_scale.value()), 1))
        s.set("projector_theme", str(self.theme.currentData()))
        s.set("projector_page_seconds", int(self.page_seconds.value()))
        s.set("backup_interval_minutes", int(self.backup_interval.value()))
        if self.choose_folder_button.isEnabled():  # not for a server database
            s.set("backup_folder", self.chosen_backup_root)
        export: dict[str, Any] = dict(s.get("export_defaults"))  # keeps format, folder, ...
        export["anonymised"] = self.anonymised.isChecked()
        export["annex"] = self.annex.isChecked()
        export["language"] = str(self.export_language.currentData())
        s.set("export_defaults", export)


def open_settings_dialog(
    settings: Settings,
    parent: QWidget | None = None,
    *,
    backup_folder: Path | None = None,
    status: Callable[[str], object] | None = None,
) -> SettingsDialog:
    """Open the preferences (window-modal over ``parent``). What they change reaches the
    windows and the projector through their ``Preferences`` signal; ``status`` says that a
    new language waits for a restart."""
    dialog = SettingsDialog(settings, parent, backup_folder=backup_folder)

    def apply() -> None:
        if dialog.language_changed() and status is not None:
            status(
                QCoreApplication.translate(
                    "SettingsDialog", "The new language takes effect when CoopAtelier restarts."
                )
            )

    dialog.accepted.connect(apply)  # after save(): connected later
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
