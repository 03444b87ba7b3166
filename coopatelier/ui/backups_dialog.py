"""File → Backups…: the database's backups with their date and what each holds, "Back up
now", and "Restore…" after a confirmation.

The dialog never restores by itself: the store must be closed around a restore, which only
the app's controller can do, so a confirmed choice is announced by ``restore_requested``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.errors import KnownError
from coopatelier.storage import backup
from coopatelier.ui.dates import format_moment
from coopatelier.ui.messages import user_message

log = logging.getLogger(__name__)

#: backups never change once written: what they hold is inspected once per file
_contents_cache: dict[tuple[Path, int, int], backup.BackupContents | str] = {}


def inspect_cached(path: Path) -> backup.BackupContents | str:
    """What a backup holds, or the sentence saying why it cannot be used."""
    try:
        stat = path.stat()
    except OSError as exc:
        return str(exc)
    key = (path, stat.st_size, stat.st_mtime_ns)
    if key not in _contents_cache:
        try:
            _contents_cache[key] = backup.inspect_backup(path)
        except KnownError as exc:
            _contents_cache[key] = user_message(exc)
    return _contents_cache[key]


def reason_label(reason: str) -> str:
    if reason.startswith("before-migration"):
        return QCoreApplication.translate("BackupsDialog", "before an upgrade")
    return {
        "on-open": QCoreApplication.translate("BackupsDialog", "on opening"),
        "auto": QCoreApplication.translate("BackupsDialog", "automatic"),
        "manual": QCoreApplication.translate("BackupsDialog", "by hand"),
        "before-restore": QCoreApplication.translate("BackupsDialog", "before a restore"),
    }.get(reason, reason)


def local_time(info: backup.BackupInfo) -> str:
    """The backup's date and time in local time, in the UI language's format; seconds
    shown: two backups of the same minute must be told apart."""
    return format_moment(info.created_at, seconds=True)


class BackupsDialog(QDialog):
    """The list of backups of the open database."""

    #: a backup the user confirmed to restore (Path)
    restore_requested = Signal(object)

    COLUMNS = ("date", "reason", "workshops", "cards", "size")

    def __init__(self, store: api.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.store = store
        self.backups: list[backup.BackupInfo] = []
        self.sound: list[bool] = []
        intro = QLabel(
            self.tr(
                "CoopAtelier backs the database up when it opens, every 10 minutes during a "
                "workshop and before every upgrade. Restoring a backup first backs up the "
                "current file, so a restore can itself be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Reason"),
                self.tr("Workshops"),
                self.tr("Cards"),
                self.tr("Size"),
            ]
        )
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.confirm_restore())
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setToolTip(
            self.tr("Replace the database by the selected backup (the current file is kept)")
        )
        self.restore_button.clicked.connect(self.confirm_restore)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(720, 460)
        self.refresh()

    # --- list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        folder = self.store.backup_folder
        if folder is None:
            self.folder_label.setText(
                self.tr(
                    "This database is on a server: back it up there (pg_dump); "
                    "CoopAtelier backs up SQLite files only."
                )
            )
            self.backups = []
        else:
            self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(folder)))
            self.backups = backup.list_backups(folder)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._fill()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if folder is not None and not self.backups:
            self.status.setText(self.tr("No backup yet."))
        self._update_buttons()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        self.sound = []
        locale = QLocale()
        damaged_colour = QColor("#a1260d")
        for row, info in enumerate(self.backups):
            contents = inspect_cached(info.path)
            sound = not isinstance(contents, str)
            self.sound.append(sound)
            if isinstance(contents, str):
                cells = [local_time(info), reason_label(info.reason), self.tr("damaged"), "", ""]
            else:
                cells = [
                    local_time(info),
                    reason_label(info.reason),
                    locale.toString(contents.workshops),
                    locale.toString(contents.cards),
                    "",
                ]
            cells[4] = locale.formattedDataSize(info.size, 1)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if isinstance(contents, str):
                    item.setForeground(damaged_colour)
                    item.setToolTip(user_message(contents))
                self.table.setItem(row, column, item)
        if self.backups and not self.table.selectionModel().hasSelection():
            first_sound = next((r for r, ok in enumerate(self.sound) if ok), 0)
            self.table.selectRow(first_sound)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        writable = self.store.backup_folder is not None and not self.store.read_only
        self.backup_button.setEnabled(writable)
        rows = self.table.selectionModel().selectedRows()
        chosen_sound = bool(rows) and self.sound[rows[0].row()]
        self.restore_button.setEnabled(writable and chosen_sound)

    # --- actions --------------------------------------------------------------------------

    def back_up_now(self) -> Path | None:
        path, folder = self.store.path, self.store.backup_folder
        if path is None or folder is None:
            return None
        try:
            created = backup.create_backup(path, folder, "manual")
        except KnownError as exc:
            self.status.setText(user_message(exc))
            return None
        self.table.clearSelection()
        self.refresh()
        self.status.setText(self.tr("Backed up just now."))
        return created

    def confirm_restore(self) -> QMessageBox | None:
        info = self.selected()
        if info is None or not self.restore_button.isEnabled():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the whole database by the backup of %1? Every workshop goes back "
                "to that moment; the current file is backed up first, so you can come back "
                "to it."
            ).replace("%1", local_time(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._restore_confirmed(info.path))
        box.finished.connect(box.deleteLater)
        self.restore_box = box
        box.open()
        return box

    def _restore_confirmed(self, path: Path) -> None:
        self.accept()
        self.restore_requested.emit(path)
