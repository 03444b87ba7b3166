"""Starting the GUI fast: the window's frame is painted first, the workshop loaded right
after.

``run_gui`` shows ``StartShell`` — an empty main window with the app's name, at the place
and size the workshop window had — before SQLAlchemy, the store or any phase view is
imported. Its first paint queues ``GuiStart.load``: the Qt-free core is imported (with
Python's own import, see ``plain_imports``), the database opened (its problems answered
with the user, ``ui/db_problems.py``), the controller opens the last workshop (or the
demo, or Home), and the shell goes away once the workshop window is shown."""

from __future__ import annotations

import base64
import builtins
import contextlib
import logging
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

import coopatelier
from coopatelier.errors import KnownError
from coopatelier.paths import DataDir
from coopatelier.settings import Settings
from coopatelier.ui.messages import user_message

if TYPE_CHECKING:
    from coopatelier.ui.app import Controller
    from coopatelier.ui.db_problems import Opened

log = logging.getLogger(__name__)

# the load starts at the shell's first paint, or after this delay if none comes (a
# window manager that never exposes a minimised window)
LOAD_ANYWAY_MS = 400


@contextlib.contextmanager
def plain_imports() -> Iterator[None]:
    """Import with Python's own ``__import__`` for a while: PySide6 replaces it with a
    hook that makes every later import slower (measured: the core with SQLAlchemy, ~12 %
    slower after ``import PySide6``). Only for Qt-free modules."""
    plain, current = coopatelier.PLAIN_IMPORT, builtins.__import__
    if plain is current:
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        builtins.__import__ = current


class StartShell(QMainWindow):
    """The window's frame, painted before anything is loaded: the app's name and
    "Opening…", where the workshop window was last."""

    painted = Signal()

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("startShell")
        self.setWindowTitle(coopatelier.APP_NAME)
        label = QLabel(self.tr("Opening…"), self)
        label.setObjectName("startShellLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self._painted = False
        geometry = settings.get("workshop_geometry")
        if not (geometry and self.restoreGeometry(_decode(str(geometry)))):
            self.resize(1280, 800)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def _decode(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii")))
    except ValueError:
        return QByteArray()


class GuiStart(QObject):
    """Shows the shell, then loads: the store, the controller, the first window. After
    ``app.exec()``, ``finish()`` closes the store; ``exit_code`` is 1 when the start
    failed (the user was told why)."""

    loaded = Signal(object)  # the first window shown

    def __init__(
        self, app: QApplication, settings: Settings, data: DataDir, database: str | None
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.data = data
        self.database = database
        self.exit_code: int | None = None
        self.controller: Controller | None = None
        self.opened: Opened | None = None
        self._previous_hook = sys.excepthook
        self._started = False
        self.shell = StartShell(settings)
        # queued: the paint reaches the screen before the load blocks the event loop
        self.shell.painted.connect(
            lambda: QTimer.singleShot(0, self.load), Qt.ConnectionType.QueuedConnection
        )
        QTimer.singleShot(LOAD_ANYWAY_MS, self.load)

    def show(self) -> None:
        self.shell.show()

    def load(self) -> None:
        if self._started:
            return
        self._started = True
        try:
            window = self._open()
        except Exception:
            self._fail()
            raise
        if window is None:
            self._fail()
            return
        self.shell.hide()  # deleted by finish(): tests and the benchmark look at it
        self.loaded.emit(window)

    def _open(self) -> QWidget | None:
        with plain_imports():
            import coopatelier.api
        from coopatelier.ui.app import Controller, _excepthook_for
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
            QMessageBox.critical(None, coopatelier.APP_NAME, user_message(exc))
            return None
        QTimer.singleShot(0, lambda: log.info("window shown"))
        return window

    def _fail(self) -> None:
        self.exit_code = 1
        self.shell.hide()
        self.app.exit(1)

    def finish(self) -> None:
        """After the event loop: the excepthook back, the store closed, the lock freed."""
        sys.excepthook = self._previous_hook
        self.shell.deleteLater()
        if self.controller is not None:
            self.controller.store.close()
        elif self.opened is not None:
            self.opened.store.close()
        if self.opened is not None:
            self.opened.release()
