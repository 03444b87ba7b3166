"""Starting fast: the window's frame is painted before SQLAlchemy, the store or any phase
view is imported, then the last workshop opens and the frame goes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coopatelier import api
from coopatelier.paths import resolve_data_dir
from coopatelier.settings import Settings
from coopatelier.ui.app import Launch
from coopatelier.ui.workshop_window import WorkshopWindow

_CHILD = """
import json, sys
import coopatelier.cli
from PySide6.QtWidgets import QApplication
from coopatelier.paths import resolve_data_dir
from coopatelier.settings import Settings
from coopatelier.ui.app import Launch

app = QApplication([])
data = resolve_data_dir(sys.argv[1])
launch = Launch(app, Settings(data.settings), data, None)
start = launch.start
seen = {}
HEAVY = ("sqlalchemy", "coopatelier.api", "coopatelier.storage.orm",
         "coopatelier.ui.workshop_window", "coopatelier.ui.projector.view",
         "coopatelier.ui.voting")
start.shell.painted.connect(
    lambda: seen.setdefault("at_frame", [m for m in HEAVY if m in sys.modules]))
start.loaded.connect(lambda window: (seen.update(
    window=type(window).__name__, shell_visible=start.shell.isVisible()), app.quit()))
start.show()
app.exec()
launch.finish()
print(json.dumps(seen))
"""


def test_the_frame_is_painted_before_the_store_and_the_views_are_imported(
    tmp_path: Path, store: api.Store, workshop: api.WorkshopData
) -> None:
    data_dir = store.data_dir.root
    Settings(store.data_dir.settings).set("last_workshop", str(workshop.workshop.id))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data_dir)],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["at_frame"] == []  # none of them on the way to the first paint
    assert seen["window"] == "WorkshopWindow"
    assert seen["shell_visible"] is False


def test_the_start_opens_the_last_workshop_then_the_frame_goes(
    qtbot: object, tmp_path: Path, workshop: api.WorkshopData, store: api.Store
) -> None:
    """In process: the load opens the workshop and the frame goes; closing the store
    afterwards is ``finish``'s job."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    data = resolve_data_dir(str(store.data_dir.root))
    settings = Settings(data.settings)
    settings.set("last_workshop", str(workshop.workshop.id))
    launch = Launch(app, settings, data, None)
    start = launch.start
    opened: list[object] = []
    start.loaded.connect(opened.append)
    start.show()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)  # type: ignore[attr-defined]
    window = opened[0]
    assert isinstance(window, WorkshopWindow)  # the controller's: closed below
    assert window.session.workshop_id == workshop.workshop.id
    assert not start.shell.isVisible()
    assert start.exit_code is None
    window.close()
    assert launch.controller is not None
    launch.finish()
