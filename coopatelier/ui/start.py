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
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

import coopatelier
from coopatelier.settings import Settings

if TYPE_CHECKING:  # the frame stays clear of ``Qt`` and of the event classes until a key
    # comes: PySide6 builds the Python enums of a class the first time it is touched, and
    # the ``Qt`` namespace alone (Key, WidgetAttribute...: thousands of members) costs
    # about 15 % of a bare window's start (docs/architecture.md, start-up)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent, QPaintEvent

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


#: a key kept for the workshop window: (key, modifiers, text)
TypedKey = tuple[int, "Qt.KeyboardModifier", str]

#: the frame's label: centred (Qt::AlignCenter, set as a property: no ``Qt`` enum built)
_ALIGN_CENTER = 0x0084
#: the frame takes the keys (Qt::StrongFocus), so none is lost
_STRONG_FOCUS = 0x000B


def is_window_shortcut(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """A shortcut pressed on the frame that the workshop window runs once it can: F5
    (present) and Ctrl+Shift+V (the voting panel)."""
    from PySide6.QtCore import Qt

    plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return (key == Qt.Key.Key_F5 and plain == Qt.KeyboardModifier.NoModifier) or (
        key == Qt.Key.Key_V and plain == control_shift
    )


def typed_key(event: QKeyEvent) -> TypedKey | None:
    """What a key press on the frame means for the workshop window: a character, Enter
    (Shift+Enter too) or Backspace for the capture line, F5 or Ctrl+Shift+V for the window
    (``is_window_shortcut``, kept without text); None for anything else (another
    shortcut, Escape...)."""
    from PySide6.QtCore import Qt

    text = event.text()
    modifiers = event.modifiers()
    if is_window_shortcut(event.key(), modifiers):
        return (event.key(), modifiers, "")
    editing_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace)
    if event.key() in editing_keys and not modifiers & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    ):
        return (event.key(), modifiers, text)
    if text and text.isprintable() and not modifiers & (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    ):
        return (event.key(), modifiers, text)
    return None


class TypedAhead:
    """The keys typed on the frame (characters and the window's shortcuts), kept until a
    window takes them (``hand_to``); after that, a key that still reaches the frame
    (queued while the load ran) goes straight to that window, after the kept ones."""

    def __init__(self) -> None:
        self.kept: list[TypedKey] = []
        self._taker: Callable[[list[TypedKey]], None] | None = None

    def add(self, key: TypedKey) -> None:
        if self._taker is not None:
            self._taker([key])
        else:
            self.kept.append(key)

    def hand_to(self, taker: Callable[[list[TypedKey]], None] | None) -> None:
        """``taker`` gets the kept keys now and every later one; None drops them (a window
        without a capture line: Home)."""
        kept, self.kept = self.kept, []
        self._taker = taker if taker is not None else _dropped
        if kept:
            self._taker(kept)


@runtime_checkable
class TakesTypedKeys(Protocol):
    """A window with a capture line (ui/workshop_window.py)."""

    def take_typed_keys(self, keys: list[TypedKey]) -> None: ...  # in order


def _dropped(_keys: list[TypedKey]) -> None:
    return None


class StartShell(QMainWindow):
    """The window's frame, painted before anything is loaded: the app's name and
    "Opening…", where the workshop window was last. It keeps what is typed on it
    (``typed``) for the workshop window's capture line."""

    painted = Signal()

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("startShell")
        self.setWindowTitle(coopatelier.APP_NAME)
        label = QLabel(self.tr("Opening…"), self)
        label.setObjectName("startShellLabel")
        label.setProperty("alignment", _ALIGN_CENTER)
        self.setCentralWidget(label)
        self._painted = False
        self.typed = TypedAhead()
        self.setProperty("focusPolicy", _STRONG_FOCUS)  # the keys come here, not lost
        geometry = settings.get("workshop_geometry")
        if not (geometry and self.restoreGeometry(_decode(str(geometry)))):
            self.resize(1280, 800)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = typed_key(event)
        if key is None:
            super().keyPressEvent(event)
            return
        self.typed.add(key)
        event.accept()


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
        # two turns of the event loop: the paint reaches the screen before the load blocks it
        self.shell.painted.connect(
            lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.load))
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
        # what was typed on the frame, then what still reaches it, goes to that window
        self.shell.typed.hand_to(
            window.take_typed_keys if isinstance(window, TakesTypedKeys) else None
        )
        self.shell.hide()  # deleted by finish(): tests and the benchmark look at it
        self.loaded.emit(window)

    def _fail(self) -> None:
        self.exit_code = 1
        self.shell.hide()
        self.app.exit(1)

    def finish(self) -> None:
        """After the event loop."""
        self.shell.deleteLater()
