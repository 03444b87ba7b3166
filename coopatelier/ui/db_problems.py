"""Opening the database when the app starts, and what to do when that goes wrong.

- A damaged or non-SQLite file: one sentence, the file is never overwritten, and the user
  may restore the newest sound backup, start a new file (remembered in the settings; the
  damaged one stays where it is) or quit.
- Another live CoopAtelier window holds the database (lock file): the user is told which
  one, and may open it read-only.
- A read-only medium: opened read-only, with a banner in every window.
- A backup that failed (disk full, write-protected key, damaged file) or a backup folder
  whose key is unplugged: the app opens all the same, with a banner saying so in every
  window (:func:`storage_warning_text`, :func:`show_storage_warning`).

The questions are dialogs run through :func:`run_dialog`, which tests replace.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.errors import KnownError, StorageError
from coopatelier.paths import ENV_DB, DataDir, resolve_database_url
from coopatelier.settings import Settings
from coopatelier.storage import backup, lock
from coopatelier.storage.backup import GoodBackup, is_damaged, newest_sound_backup
from coopatelier.storage.engine import sqlite_path
from coopatelier.storage.store import StorageWarning
from coopatelier.ui.messages import user_message

log = logging.getLogger(__name__)

APP_NAME = "CoopAtelier"


class DatabaseProblems(QObject):
    """The counts of this module's sentences ("1 workshop", "50 cards"): lupdate extracts a
    plural only from ``self.tr(text, "", n)``."""

    def workshops(self, count: int) -> str:
        return self.tr("%n workshop(s)", "", count)

    def cards(self, count: int) -> str:
        return self.tr("%n card(s)", "", count)


def new_database_path(data_dir: DataDir, now: dt.datetime | None = None) -> Path:
    """A fresh file in the data directory, never an existing one."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = data_dir.root / f"coopatelier-new-{stamp}.sqlite3"
    counter = 2
    while path.exists():
        path = data_dir.root / f"coopatelier-new-{stamp}-{counter}.sqlite3"
        counter += 1
    return path


# --- dialogs --------------------------------------------------------------------------------


class ChoiceDialog(QDialog):
    """A sentence and a few buttons; ``choice`` says which one was pressed."""

    def __init__(
        self,
        message: str,
        detail: str,
        choices: list[tuple[str, str, bool]],
        parent: QWidget | None = None,
        *,
        object_name: str = "choiceDialog",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(APP_NAME)
        self.choice = "quit"
        self.message = QLabel(message, self)
        self.message.setObjectName("problemMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.detail = QLabel(detail, self)
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setVisible(bool(detail))
        self.buttons: dict[str, QPushButton] = {}
        # one choice per line, full width: long French labels never get cut
        column = QVBoxLayout()
        for key, text, enabled in choices:
            button = QPushButton(text, self)
            button.setObjectName(f"{key}Choice")
            button.setEnabled(enabled)
            button.clicked.connect(lambda _checked=False, k=key: self._choose(k))
            column.addWidget(button)
            self.buttons[key] = button
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.message.setMinimumWidth(560)
        self.detail.setMinimumWidth(560)

    def _choose(self, key: str) -> None:
        self.choice = key
        if key == "quit":
            self.reject()
        else:
            self.accept()


def damaged_dialog(path: Path, message: str, good: GoodBackup | None) -> ChoiceDialog:
    if good is not None:
        from coopatelier.ui.backups_dialog import local_time

        when = local_time(good.info)
        counts = DatabaseProblems()
        detail = (
            QCoreApplication.translate(
                "DatabaseProblems",
                "The newest sound backup dates from %1 and holds %2 and %3. Restoring it "
                "keeps a copy of the damaged file.",
            )
            .replace("%1", when)
            .replace("%2", counts.workshops(good.contents.workshops))
            .replace("%3", counts.cards(good.contents.cards))
        )
    else:
        detail = QCoreApplication.translate(
            "DatabaseProblems", "There is no sound backup of this file to restore."
        )
    detail += " " + QCoreApplication.translate(
        "DatabaseProblems", "A new file starts empty; the damaged one stays where it is."
    )
    return ChoiceDialog(
        message,
        detail,
        [
            (
                "restore",
                QCoreApplication.translate("DatabaseProblems", "&Restore the latest good backup"),
                good is not None,
            ),
            ("new", QCoreApplication.translate("DatabaseProblems", "Start a &new file"), True),
            ("quit", QCoreApplication.translate("DatabaseProblems", "&Quit"), True),
        ],
        object_name="damagedDialog",
    )


def in_use_dialog(holder: lock.LockInfo, path: Path) -> ChoiceDialog:
    from coopatelier.ui.dates import format_moment

    since = format_moment(holder.started_at)
    message = (
        QCoreApplication.translate(
            "DatabaseProblems",
            "%1 is already open in another CoopAtelier window (process %2 on %3, since %4).",
        )
        .replace("%1", path.name)
        .replace("%2", str(holder.pid))
        .replace("%3", holder.host)
        .replace("%4", since)
    )
    detail = QCoreApplication.translate(
        "DatabaseProblems",
        "Use that window to make changes, or open the database here read-only to look at "
        "it or export it.",
    )
    return ChoiceDialog(
        message,
        detail,
        [
            ("read_only", QCoreApplication.translate("DatabaseProblems", "Open &read-only"), True),
            ("quit", QCoreApplication.translate("DatabaseProblems", "&Quit"), True),
        ],
        object_name="inUseDialog",
    )


def run_dialog(dialog: ChoiceDialog) -> str:
    """Ask, blocking: these questions come before any window exists. Tests replace it."""
    dialog.exec()
    return dialog.choice


def show_error(message: str) -> None:
    QMessageBox.critical(None, APP_NAME, user_message(message))


# --- opening --------------------------------------------------------------------------------


@dataclass
class Opened:
    store: api.Store
    lock: lock.DatabaseLock | None
    #: why the store is read-only ('' when it is writable)
    read_only_reason: str = ""

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def chosen_database(explicit: str | None, settings: Settings) -> str | None:
    """``--db``, else ``$COOPATELIER_DB``, else the file started after a damaged one."""
    return explicit or os.environ.get(ENV_DB) or settings.get("database") or None


def open_for_gui(
    explicit: str | None,
    data: DataDir,
    settings: Settings,
    *,
    held: lock.DatabaseLock | None = None,
) -> Opened | None:
    """Open the database for the app, answering start-up problems with the user; None when
    the user chose to quit (or nothing can be done, after saying why). ``held``: the lock
    of the SQLite file, already taken (the start that showed the workshop first)."""
    database = chosen_database(explicit, settings)
    read_only = False
    path = sqlite_path(resolve_database_url(database, data))
    if path is not None and held is None:
        try:
            held = lock.acquire(path)
        except lock.DatabaseInUse as exc:
            log.info("database in use: %s", exc)
            if run_dialog(in_use_dialog(exc.holder, path)) != "read_only":
                return None
            read_only = True
    for _attempt in range(3):
        try:
            store = api.Store.open(
                database, data.root, read_only=read_only, read_only_if_needed=True
            )
        except StorageError as exc:
            log.info("cannot open the store: %s", exc)
            damaged = exc.reason == "damaged" and path is not None and path.exists()
            if path is None or read_only or not (damaged or is_damaged(path)):
                # read_only: another window holds the file; never restore or replace it
                # under that window (it can be restored once that window is closed)
                if held is not None:
                    held.release()
                show_error(user_message(exc))
                return None
            folder = backup.backup_folder(data.backups, path, data.database)
            good = newest_sound_backup(folder)
            choice = run_dialog(damaged_dialog(path, user_message(exc), good))
            if choice == "restore" and good is not None:
                try:
                    backup.restore_backup(path, good.info.path, folder)
                except (KnownError, OSError) as restore_error:
                    if held is not None:
                        held.release()
                    show_error(str(restore_error))
                    return None
                continue
            if choice == "new":
                if held is not None:
                    held.release()
                path = new_database_path(data)
                database = str(path)
                settings.set("database", database)
                try:
                    held = lock.acquire(path)
                except lock.DatabaseInUse:  # pragma: no cover - a brand-new name
                    held = None
                continue
            if held is not None:
                held.release()
            return None
        reason = ""
        if store.read_only:
            reason = (
                QCoreApplication.translate(
                    "DatabaseProblems",
                    "Read-only: another CoopAtelier window has this database open; changes "
                    "are refused here.",
                )
                if read_only
                else QCoreApplication.translate(
                    "DatabaseProblems",
                    "Read-only: this database is on a read-only medium or folder; copy it to "
                    "a writable folder to make changes.",
                )
            )
        return Opened(store, held, reason)
    if held is not None:
        held.release()
    return None


def add_read_only_banner(window: QMainWindow, reason: str) -> QLabel:
    """A strip across the top of ``window``'s workspace saying the database is read-only,
    and why (wrapped, so it never widens a window on a small screen)."""
    existing = window.findChild(QLabel, "readOnlyMessage")
    if isinstance(existing, QLabel):
        return existing
    label = QLabel(reason, window)
    label.setObjectName("readOnlyMessage")
    label.setWordWrap(True)
    label.setAccessibleName(reason)
    label.setStyleSheet(
        "QLabel#readOnlyMessage { background: #fff4ce; color: #3b2f00;"
        " border: 1px solid #d8b600; border-radius: 4px; padding: 6px 10px;"
        " font-weight: 600; }"
    )
    _put_on_top(window, label, "readOnlyBanner")
    return label


def storage_warning_text(warning: StorageWarning) -> str:
    """``warning`` in the interface's language."""
    if warning.kind == "backup_folder_missing":
        return (
            QCoreApplication.translate(
                "DatabaseProblems",
                "The backup folder %1 cannot be found (is its disk or USB key plugged in?); "
                "backups go to %2 until it is back.",
            )
            .replace("%1", warning.where)
            .replace("%2", warning.detail)
        )
    if warning.reason == "full":
        text = QCoreApplication.translate(
            "DatabaseProblems",
            "The automatic backup failed: the disk of the backup folder %1 is full. Your data "
            "is intact and open; free some space, the next backup will try again.",
        )
    elif warning.reason == "read_only":
        text = QCoreApplication.translate(
            "DatabaseProblems",
            "The automatic backup failed: the backup folder %1 is read-only or "
            "write-protected. Your data is intact and open; choose another backup folder in "
            "the preferences.",
        )
    elif warning.reason == "damaged":
        return QCoreApplication.translate(
            "DatabaseProblems",
            "The automatic backup failed: SQLite finds the database damaged, so no backup of "
            "it was made. Restore a sound backup (Backups…) or export your workshops.",
        )
    else:
        return QCoreApplication.translate(
            "DatabaseProblems",
            "The automatic backup failed: %1 Your data is intact and open; the next backup "
            "will try again.",
        ).replace("%1", user_message(warning.detail))
    return text.replace("%1", warning.where)


def show_storage_warning(window: QMainWindow, text: str) -> QLabel:
    """A strip across the top of ``window`` saying what went wrong with the backups
    (``text`` empty hides it: the next backup worked)."""
    label = window.findChild(QLabel, "storageWarning")
    if not isinstance(label, QLabel):
        label = QLabel(window)
        label.setObjectName("storageWarning")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(
            "QLabel#storageWarning { background: #fde7e9; color: #5c0b12;"
            " border: 1px solid #c50f1f; border-radius: 4px; padding: 6px 10px;"
            " font-weight: 600; }"
        )
        _put_on_top(window, label, "storageWarningBanner")
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
    bar = window.findChild(QToolBar, "storageWarningBanner")
    if bar is not None:
        bar.setVisible(bool(text))
    return label


def _put_on_top(window: QMainWindow, label: QLabel, bar_name: str) -> None:
    centre = window.centralWidget()
    layout = centre.layout() if centre is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)
    else:  # no box to put it in: a strip of its own
        bar = QToolBar(window)
        bar.setObjectName(bar_name)
        bar.setMovable(False)
        bar.addWidget(label)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
