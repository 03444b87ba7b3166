"""Starting the GUI: the application, translations, the store, the first window; bugs go to
the log file with their traceback and the user sees a kind sentence."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import traceback
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# only what the frame needs: ``Qt``, QMessageBox, QFont, QIcon... are imported where they
# are used, after the frame's first paint (PySide6 builds a class's Python enums the first
# time it is touched: ``Qt`` alone is ~30 ms, docs/architecture.md)
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from coopatelier.errors import KnownError
from coopatelier.logs import setup_logging
from coopatelier.paths import DataDir, resolve_data_dir
from coopatelier.resources import resource
from coopatelier.settings import Settings
from coopatelier.ui.messages import user_message

if TYPE_CHECKING:  # imported once the window's frame is painted (ui/start.py)
    from PySide6.QtWidgets import QDialog, QMessageBox

    from coopatelier import api
    from coopatelier.storage.lock import DatabaseLock
    from coopatelier.ui.db_problems import Opened
    from coopatelier.ui.demarche_window import DemarcheWindow
    from coopatelier.ui.home import HomeWindow  # imported when first shown
    from coopatelier.ui.workshop_window import WorkshopWindow

log = logging.getLogger(__name__)

APP_NAME = "CoopAtelier"
ORG_NAME = "CoopAtelier"


def choose_language(preference: str, system: QLocale | None = None) -> str:
    """'fr' or 'en': the preference when set, else French on a French system."""
    if preference in ("fr", "en"):
        return preference
    locale = system or QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Our strings and Qt's own (buttons of standard dialogs) in ``language``."""
    installed: list[QTranslator] = []
    if language == "en":  # the source strings, with their plural forms ("1 card", "4 cards")
        plurals = QTranslator(app)
        if plurals.load(str(resource("translations", "coopatelier_en.qm"))):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"coopatelier_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s translation found in resources/translations", language)
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("Qt's own %s translation not found in %s", language, qt_dir)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    return installed


def load_stylesheet(app: QApplication) -> None:
    from PySide6.QtCore import QDir

    path = resource("styles", "facilitator.qss")
    QDir.addSearchPath("icons", str(resource("icons")))  # url(icons:...) in the stylesheet
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("stylesheet %s missing", path)


#: the store is opened this long after a first window shown without it, if that window is
#: never painted (a window manager that never exposes a minimised window)
STORE_ANYWAY_MS = 1000

#: automatic backups while a workshop is open (``backup_if_changed`` is cheap when idle)
AUTO_BACKUP_MS = 10 * 60 * 1000


class Controller:
    """Owns the store, the settings, the home window and the open workshop windows."""

    def __init__(
        self,
        store: api.Store,
        settings: Settings,
        *,
        auto_backup_ms: int | None = None,
        read_only_reason: str = "",
    ) -> None:
        self.store = store
        self.settings = settings
        self.home: HomeWindow | None = None
        self.windows: dict[uuid.UUID, WorkshopWindow] = {}
        self.demarche_windows: dict[uuid.UUID, DemarcheWindow] = {}
        self.read_only_reason = read_only_reason
        # what every window says about the backups ('' when all is well)
        self.storage_warning = self._warning_text(store)
        self.backup_timer = QTimer()
        self.backup_timer.setObjectName("autoBackupTimer")
        if auto_backup_ms is None:  # the preference (Settings.get gives a sound int)
            auto_backup_ms = max(1, int(settings.get("backup_interval_minutes"))) * 60_000
        self.backup_timer.setInterval(auto_backup_ms)
        self.backup_timer.timeout.connect(self.auto_backup)
        if not store.read_only and store.path is not None:
            self.backup_timer.start()

    # --- backups --------------------------------------------------------------------------

    def auto_backup(self) -> object:
        """Back up when a workshop is open and something changed since the last backup."""
        if not self.windows:
            return None
        from coopatelier.storage.store import backup_warning
        from coopatelier.ui.db_problems import storage_warning_text

        try:
            made = self.store.backup_if_changed("auto")
        except KnownError as exc:  # a backup never interrupts the workshop: it is said
            log.warning("automatic backup failed: %s", exc)
            self._show_storage_warning(storage_warning_text(backup_warning(exc)))
            return None
        if made is not None:  # it works again
            self._show_storage_warning(self._warning_text(self.store, backups_only=False))
        return made

    @staticmethod
    def _warning_text(store: api.Store, backups_only: bool = True) -> str:
        """The banner's text for ``store``'s warnings (a failed backup on opening, a backup
        folder that is gone); after a backup that worked, only the folder's."""
        from coopatelier.ui.db_problems import storage_warning_text

        return " ".join(
            storage_warning_text(w)
            for w in store.warnings
            if backups_only or w.kind != "backup_failed"
        )

    def _show_storage_warning(self, text: str) -> None:
        from coopatelier.ui.db_problems import show_storage_warning

        self.storage_warning = text
        windows: list[QMainWindow] = [*self.windows.values()]
        if self.home is not None:
            windows.append(self.home)
        for window in windows:
            show_storage_warning(window, text)

    def show_backups(self, parent: QWidget | None = None) -> QWidget:
        """The Backups dialog over ``parent`` (default: the active window)."""
        from coopatelier.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.store, parent or QApplication.activeWindow())
        dialog.restore_requested.connect(self.restore_backup)
        dialog.finished.connect(dialog.deleteLater)
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def restore_backup(self, chosen: object) -> QWidget | None:
        """Close every window and the store, restore (the current file is backed up first),
        reopen the store and the workshops that still exist."""
        from pathlib import Path

        from PySide6.QtCore import QCoreApplication

        from coopatelier.storage import backup

        path, folder = self.store.path, self.store.backup_folder
        if path is None or folder is None:
            return None
        reopen = list(self.windows)
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):  # every window closes for a moment: stay running
            app.setQuitOnLastWindowClosed(False)
        for window in list(self.windows.values()):
            window.close()
        if self.home is not None:
            self.home.close()
            self.home.deleteLater()
            self.home = None
        url, data_root = self.store.url, self.store.data_dir.root
        self.store.close()
        message = ""
        try:
            safety = backup.restore_backup(path, Path(str(chosen)), folder)
            message = QCoreApplication.translate(
                "App", "Backup restored; the previous file was kept as %1."
            )
            message = message.replace("%1", safety.name if safety else "—")
        except KnownError as exc:
            message = user_message(exc)
        except Exception:  # a bug: logged; the store is reopened all the same
            log.exception("restoring %s failed", chosen)
            message = QCoreApplication.translate(
                "App", "The backup could not be restored; the details are in the log file."
            )
        from coopatelier import api

        try:
            self.store = api.Store.open(url, data_root)
            self.storage_warning = self._warning_text(self.store)
        except KnownError as exc:  # nothing left to show: say why, then stop
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, APP_NAME, user_message(exc))
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)
                app.quit()
            return None
        alive = {w.id for w in api.list_workshops(self.store)}
        shown: QWidget | None = None
        for workshop_id in reopen:
            if workshop_id in alive:
                shown = self.open_workshop(workshop_id)
        if shown is None:
            shown = self.show_home()
        if hasattr(shown, "statusBar"):
            shown.statusBar().showMessage(message, 15000)
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(quits)
        return shown

    def _decorate(self, window: QMainWindow) -> None:
        if self.read_only_reason:
            from coopatelier.ui.db_problems import add_read_only_banner

            add_read_only_banner(window, self.read_only_reason)
        if self.storage_warning:
            from coopatelier.ui.db_problems import show_storage_warning

            show_storage_warning(window, self.storage_warning)

    def start(self) -> QWidget:
        """Open the last workshop; on a first start, create and open the demo."""
        from coopatelier import api
        from coopatelier.ui.help import maybe_show_tour, ui_language

        ids = api.workshop_ids(self.store)  # not list_workshops: no counts needed here
        last = self.settings.last_workshop()
        if not ids:
            from coopatelier.demo import create_demo, demo_language

            # the story in the interface's language: French for French, else English; the
            # April workshop in its démarche (Home's tree), the September one in preparation
            language = demo_language(ui_language(self.settings))
            window = self.open_workshop(create_demo(self.store, language=language).workshop_id)
            maybe_show_tour(window, self.settings)  # first start: a short tour
            return window
        if last in ids:
            assert last is not None
            return self.open_workshop(last)
        return self.show_home()

    def show_home(self) -> HomeWindow:
        if self.home is None:
            from coopatelier.ui.home import HomeWindow

            self.home = HomeWindow(self.store, self.settings)
            self.home.open_requested.connect(self.open_workshop)
            self.home.demarche_open_requested.connect(self.open_demarche)
            self.home.workshop_conflicts_requested.connect(self.open_workshop_conflicts)
            self.home.demarche_conflicts_requested.connect(self.open_demarche_conflicts)
            self.home.deleted.connect(self._close_deleted)
            self.home.backups_requested.connect(self.show_backups)
            self._decorate(self.home)
        else:
            self.home.refresh()
        self.home.show()
        self.home.raise_()
        self.home.activateWindow()
        return self.home

    def adopt(self, window: WorkshopWindow) -> None:
        """Count ``window`` among the open ones (made here, or by the start before the
        store was open)."""
        window.home_requested.connect(self.show_home)
        window.closed.connect(self._forget_window)
        window.backups_requested.connect(self.show_backups)  # no closure over window
        self._decorate(window)
        self.windows[window.session.workshop_id] = window

    def open_workshop(self, workshop_id: uuid.UUID) -> WorkshopWindow:
        """One workshop window at a time: the workshop's own window comes forward if it
        is open; another workshop takes the place of the one open, whose window closes
        (everything is saved as it is typed; closing never asks) with its room view —
        and when the room was shown, the room now sees the workshop opened."""
        window = self.windows.get(workshop_id)
        replaced = [w for w in self.windows.values() if w is not window]
        if window is None:
            from coopatelier.ui.workshop_window import WorkshopWindow

            window = WorkshopWindow(self.store, workshop_id, self.settings)
            self.adopt(window)
        self.settings.set("last_workshop", str(workshop_id))
        window.show()
        window.raise_()
        window.activateWindow()
        if self.home is not None and self.home.isVisible():
            self.home.hide()
        presenting = any(w.presenting for w in replaced)
        for other in replaced:  # after the new one shows: the app never runs out of windows
            other.close()
        if presenting and not window.presenting:
            window.presentation.start()
        return window

    def open_demarche(self, demarche_id: uuid.UUID) -> DemarcheWindow:
        """The window of a démarche (its living roadmap), opened once."""
        window = self.demarche_windows.get(demarche_id)
        if window is None:
            from coopatelier.ui.demarche_window import DemarcheWindow

            opened = DemarcheWindow(self.store, demarche_id, self.settings)
            opened.open_workshop_requested.connect(self.open_workshop)
            opened.workshop_conflicts_requested.connect(self.open_workshop_conflicts)
            opened.closed.connect(
                lambda w: w.deleteLater() if self.demarche_windows.pop(demarche_id, None)
                else None
            )
            self._decorate(opened)
            self.demarche_windows[demarche_id] = window = opened
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_workshop_conflicts(self, workshop_id: uuid.UUID) -> QDialog:
        """The workshop's window (opened as Home opens it) with its Conflicts beside it:
        an import report's button, from Home or a démarche's window."""
        return self.open_workshop(workshop_id).workshop_menu.show_conflicts()

    def open_demarche_conflicts(self, demarche_id: uuid.UUID) -> QDialog:
        """The démarche's window with its Conflicts (Home's import report's button)."""
        return self.open_demarche(demarche_id).show_conflicts()

    def _forget_window(self, window: WorkshopWindow) -> None:
        self.windows.pop(window.session.workshop_id, None)
        window.deleteLater()

    def _close_deleted(self, workshop_id: uuid.UUID) -> None:
        window = self.windows.pop(workshop_id, None)
        if window is not None:
            window.closed.disconnect(self._forget_window)
            window.close()
            window.deleteLater()


_open_boxes: list[QMessageBox] = []


def _excepthook_for(app: QApplication) -> object:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        if isinstance(error, KnownError):
            log.info("refused: %s", error)
            message = user_message(error)
        else:
            log.error("bug: %s", "".join(traceback.format_exception(kind, error, tb)))
            message = app.translate(
                "App",
                "Something went wrong inside CoopAtelier. Your workshop is saved; the details "
                "are in the log file. You can keep working.",
            )
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_boxes.append(box)  # kept alive until closed
        box.finished.connect(lambda _result: _open_boxes.remove(box))
        box.show()

    return hook


def keep_out_of_collections() -> None:
    """Once the store is open and the first workshop loaded: what the start made (modules,
    SQLAlchemy's mappers, the workshop's cards) lives as long as the app, so it is left
    out of the collector's full passes (``gc.freeze``); each of them walked it all again,
    up to 80 ms in the middle of a capture at 5,000 cards. Objects are still freed when no
    longer referenced; only a cycle made before this point is never collected."""
    gc.freeze()


class Launch:
    """What the start opens after the frame's first paint (ui/start.py): the core, the
    store, the controller and its first window; ``finish`` closes them after the event
    loop.

    The first screen, when it can: the last workshop of a SQLite file at the schema
    revision we know, read with ``sqlite3`` (storage/plain_read.py) and shown before
    SQLAlchemy is imported; the store is opened right after that window's first paint
    (``open_store``), or on the first gesture that needs it if one comes sooner. Anything
    unusual — a database URL, no last workshop, the file locked by another window,
    read-only, damaged, to be migrated — takes the store's path (``load``), with its
    questions and dialogs."""

    def __init__(
        self, app: QApplication, settings: Settings, data: DataDir, database: str | None
    ) -> None:
        from coopatelier.ui.start import GuiStart

        self.app = app
        self.settings = settings
        self.data = data
        self.database = database
        self.controller: Controller | None = None
        self.opened: Opened | None = None
        #: the window shown before the store was open, until the store is
        self.first_window: WorkshopWindow | None = None
        self._held: DatabaseLock | None = None  # the file's lock, taken for that window
        self._first_path: Path | None = None  # the file that window was read from
        self._opening = False
        self._previous_hook = sys.excepthook
        self.start = GuiStart(app, settings, self.load)

    def load(self) -> QWidget | None:
        from coopatelier.ui.help import app_icon  # after the frame's paint: QIcon, help

        if self.app.windowIcon().isNull():
            self.app.setWindowIcon(app_icon())
        first = self._first_screen()
        if first is not None:
            return first
        from coopatelier.ui.start import plain_imports

        with plain_imports():
            self._import_core()
        from coopatelier.ui.db_problems import open_for_gui

        opened = open_for_gui(self.database, self.data, self.settings)
        if opened is None:
            return None
        self.opened = opened
        sys.excepthook = _excepthook_for(self.app)  # type: ignore[assignment]
        self.controller = Controller(
            opened.store, self.settings, read_only_reason=opened.read_only_reason
        )
        try:
            window = self.controller.start()
        except KnownError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, APP_NAME, user_message(exc))
            return None
        keep_out_of_collections()
        QTimer.singleShot(0, lambda: log.info("window shown"))
        return window

    @staticmethod
    def _import_core() -> None:
        """SQLAlchemy, the store and the services (with Python's own import: ``load``)."""
        import importlib

        from coopatelier import api

        for name in api.CORE_MODULES:
            importlib.import_module(name)

    # --- the first screen, read without SQLAlchemy --------------------------------------

    def _sqlite_file(self) -> Path | None:
        """The SQLite file the store would open (``db_problems.chosen_database``), or None
        for a database URL (PostgreSQL...)."""
        from coopatelier.paths import ENV_DB

        target = self.database or os.environ.get(ENV_DB) or self.settings.get("database") or ""
        if "://" in str(target):
            return None
        return Path(str(target)).expanduser().resolve() if target else self.data.database

    def _first_screen(self) -> WorkshopWindow | None:
        """The last workshop's window from a plain ``sqlite3`` read, shown; None when the
        store's path must be taken (nothing is held then)."""
        from coopatelier.ui.start import plain_imports

        with plain_imports():
            from coopatelier.storage import lock, plain_read
        path = self._sqlite_file()
        workshop_id = self.settings.last_workshop()
        if path is None or workshop_id is None or not path.is_file():
            return None
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return None  # a read-only medium: the store opens it read-only, and says so
        try:
            held = lock.acquire(path)
        except lock.DatabaseInUse:  # another window, or a restore: the store's dialogs
            return None
        if held is None:
            return None
        try:
            data = plain_read.read_workshop(path, workshop_id)
        except plain_read.PlainReadUnavailable as exc:
            log.info("first screen from the store: %s", exc)
            data = None
        except Exception:  # a bug of the shortcut never stops the start: the store's path
            log.exception("the plain read of %s failed", path)
            data = None
        if data is None:
            held.release()
            return None
        with plain_imports():  # PySide6's hook only serves ``__feature__``: unused here
            from coopatelier.ui.workshop_window import (
                WorkshopWindow,
                first_screen_needs_the_store,
            )
        if first_screen_needs_the_store(data, self.settings):  # (the review of a démarche)
            held.release()
            return None
        self._held = held
        self._first_path = path
        sys.excepthook = _excepthook_for(self.app)  # type: ignore[assignment]
        try:
            window = WorkshopWindow(self._store_now, workshop_id, self.settings, data=data)
        except Exception:  # never the end of the start: the store's path, as without it
            log.exception("the first screen of %s failed: opened from the store", path)
            sys.excepthook = self._previous_hook
            self._held = None
            self._first_path = None
            held.release()
            return None
        self.first_window = window
        window.first_painted.connect(self.open_store)
        window.closed.connect(self._first_window_closed)
        QTimer.singleShot(STORE_ANYWAY_MS, self.open_store)  # a window never painted
        window.show()
        window.raise_()
        window.activateWindow()
        QTimer.singleShot(0, lambda: log.info("window shown (store opened after it)"))
        return window

    def _first_window_closed(self, _window: object) -> None:
        if self.controller is None:  # closed before its store opened: nothing to open
            self.first_window = None

    def _store_now(self) -> api.Store:
        """The store, opened now if it is not yet (a gesture before ``open_store`` ran)."""
        if self.controller is None and not self.open_store():
            from coopatelier.errors import StorageError

            raise StorageError("unopenable", where=str(self._sqlite_file() or ""))
        assert self.controller is not None
        return self.controller.store

    def open_store(self) -> bool:
        """Import the core, open the store (schema check, migration, backup on opening,
        the start's dialogs) and give it to the window shown first; True when open."""
        if self.controller is not None:
            return True
        window = self.first_window
        if window is None or self._opening:  # (a start dialog's event loop runs timers)
            return False
        from coopatelier.ui.start import plain_imports

        with plain_imports():
            self._import_core()
        from coopatelier.ui.db_problems import open_for_gui

        held, self._held = self._held, None
        self._opening = True
        try:
            opened = open_for_gui(self.database, self.data, self.settings, held=held)
        finally:
            self._opening = False
        if opened is None:  # the user was told why, or chose to quit
            self.first_window = None
            window.close()
            self.start.exit_code = 1
            self.app.exit(1)
            return False
        self.opened = opened
        controller = Controller(
            opened.store, self.settings, read_only_reason=opened.read_only_reason
        )
        self.controller = controller
        self.first_window = None
        if opened.store.path != self._first_path:  # a new file, after a damaged one
            controller.start()  # its window first: the app never runs out of windows
            window.close()
            window.deleteLater()
            return True
        window.session.attach_store(opened.store)
        controller.adopt(window)
        keep_out_of_collections()
        return True

    def finish(self) -> None:
        """After the event loop: the excepthook back, the store closed, the lock freed."""
        sys.excepthook = self._previous_hook
        self.start.finish()
        if self.controller is not None:
            self.controller.store.close()
        elif self.opened is not None:
            self.opened.store.close()
        if self.opened is not None:
            self.opened.release()
        if self._held is not None:  # the store never opened (the window closed first)
            self._held.release()
            self._held = None


def prepare_app(app: QApplication, language: str) -> None:
    """What the frame's first paint needs: the application's names, the translations, the
    font size and the stylesheet. The window icon comes after that paint (``Launch.load``).
    """
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_translations(app, language)
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
        app.setFont(font)
    load_stylesheet(app)


def run_gui(argv: list[str], *, database: str | None = None, data_dir: str | None = None) -> int:
    """Start the application; returns the exit code. The window's frame is painted first,
    the store and the workshop loaded right after (ui/start.py). The log file takes every
    record from the start; it rotates once the first window is shown (coopatelier/logs.py).
    """
    data = resolve_data_dir(data_dir)
    with contextlib.suppress(OSError):
        data.ensure()
    setup_logging(data, rotating=False)
    settings = Settings(data.settings)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    prepare_app(app, choose_language(settings.get("language")))
    launch = Launch(app, settings, data, database)
    launch.start.loaded.connect(lambda _window: QTimer.singleShot(0, lambda: setup_logging(data)))
    launch.start.show()
    try:
        code = int(app.exec())
    finally:
        launch.finish()
    return launch.start.exit_code if launch.start.exit_code is not None else code
