"""Starting the GUI fast: the window's frame is painted first, the workshop loaded right
after.

``run_gui`` (ui/app.py) shows ``StartShell`` — an empty main window with the app's name,
at the place and size the workshop window had — before SQLAlchemy, the store or any phase
view is imported. Its first paint queues the load (``ui/app.py`` ``Launch.load``): the
Qt-free core imported with Python's own import (``plain_imports``), the database opened
(its problems answered with the user, ``ui/db_problems.py``), the controller opening the
last workshop (or the demo, or Home); the shell goes once that window is shown."""

from __future__ import annotations

import base64
import builtins
import contextlib
import logging
from collections.abc import Callable, Iterator

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

import coopatelier
from coopatelier.settings import Settings

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
    """Shows the shell, then runs ``load`` once it is painted: ``load`` opens what the app
    shows first and returns that window, or None when the start failed (the user was told
    why); then ``exit_code`` is 1 and the event loop ends."""

    loaded = Signal(object)  # the first window shown

    def __init__(
        self, app: QApplication, settings: Settings, load: Callable[[], QWidget | None]
    ) -> None:
        super().__init__()
        self.app = app
        self._load = load
        self.exit_code: int | None = None
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
            window = self._load()
        except Exception:
            self._fail()
            raise
        if window is None:
            self._fail()
            return
        self.shell.hide()  # deleted by finish(): tests and the benchmark look at it
        self.loaded.emit(window)

    def _fail(self) -> None:
        self.exit_code = 1
        self.shell.hide()
        self.app.exit(1)

    def finish(self) -> None:
        """After the event loop."""
        self.shell.deleteLater()
