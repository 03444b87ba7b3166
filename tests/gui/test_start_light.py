"""The frame's path stays light (#11): in a fresh process started like ``coopatelier``
(``run_gui``), the frame is painted before PySide6 builds the ``Qt`` namespace's enums and
before ``domain/``, ``logging.handlers`` or the help module are imported; the log file
takes records from the start and rotates once the first window is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coopatelier import api
from coopatelier.settings import Settings

_CHILD = """
import json, logging, sys
import coopatelier.cli  # what ``python -m coopatelier`` imports first
import PySide6.QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coopatelier.ui import app as app_module, start

LIGHT = ("coopatelier.domain.model", "coopatelier.domain.demarche", "logging.handlers",
         "coopatelier.ui.help", "coopatelier.files", "sqlalchemy")
seen = {}


def at_frame():
    logging.getLogger("coopatelier.test").warning("painted the frame")
    seen.setdefault("qt_namespace", "Qt" in PySide6.QtCore.__dict__)
    seen.setdefault("modules", [m for m in LIGHT if m in sys.modules])


def shown(window):
    seen["window"] = type(window).__name__
    QTimer.singleShot(200, QApplication.instance().quit)


original = start.GuiStart.__init__


def watched(self, *args, **kwargs):
    original(self, *args, **kwargs)
    self.shell.painted.connect(at_frame)
    self.loaded.connect(shown)


start.GuiStart.__init__ = watched
# the system's language would do as well; French is the one with Qt's own translation
app_module.choose_language = lambda _preference, _system=None: "fr"
seen["code"] = app_module.run_gui(["coopatelier"], data_dir=sys.argv[1])
seen["handlers"] = [type(h).__name__ for h in logging.getLogger("coopatelier").handlers]
print(json.dumps(seen))
"""


def _run(data_dir: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data_dir)],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_frame_is_painted_before_the_qt_namespace_and_the_domain(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    Settings(store.data_dir.settings).set("last_workshop", str(workshop.workshop.id))
    seen = _run(store.data_dir.root)
    assert seen["qt_namespace"] is False  # PySide6 builds its enums when first touched
    assert seen["modules"] == []
    assert seen["window"] == "WorkshopWindow"
    assert seen["code"] == 0


def test_the_log_file_takes_records_from_the_start_and_rotates_once_shown(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    Settings(store.data_dir.settings).set("last_workshop", str(workshop.workshop.id))
    seen = _run(store.data_dir.root)
    log_file = store.data_dir.logs / "coopatelier.log"
    text = log_file.read_text(encoding="utf-8")
    assert text.count("painted the frame") == 1  # written before the window, once
    assert text.index("painted the frame") < text.index("window shown")
    assert seen["handlers"] == ["RotatingFileHandler"]  # the plain one replaced


def test_the_command_line_module_leaves_the_domain_to_the_commands() -> None:
    """``python -m coopatelier`` imports the CLI before the GUI paints anything; the
    ``demarche status`` choices still come from the domain, when asked."""
    code = (
        "import sys, coopatelier.cli as cli\n"
        "print('coopatelier.domain.demarche' in sys.modules)\n"
        "print(sorted(cli._ActionStatuses()) == sorted(s.value for s in "
        "__import__('coopatelier.domain.demarche', fromlist=['x']).ActionStatus))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["False", "True"]


def test_a_key_in_the_window_before_its_first_paint_builds_the_rest_first(
    qtbot: object, store: api.Store, workshop: api.WorkshopData, settings: Settings
) -> None:
    """The first screen's watcher is on the window's own widgets (no application-wide
    filter): a key reaching the capture line before the first paint still builds the
    docks and their shortcuts first; once painted and built, the watcher is gone."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from coopatelier.ui.workshop_window import WorkshopWindow

    window = WorkshopWindow(store, workshop.workshop.id, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert not window._painted and not window._rest_built
    QTest.keyClick(window.capture.edit, Qt.Key.Key_X)  # taken by the line: no propagation
    assert window._rest_built
    assert window.capture.edit.toPlainText() == "x"  # and typed, as ever
    assert window._first_screen is not None  # still listening for the first paint
    window.show()
    qtbot.waitUntil(lambda: window._first_screen is None)
    assert window._painted
    window.close()
