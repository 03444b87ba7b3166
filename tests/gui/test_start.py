"""Starting fast: the window's frame is painted before SQLAlchemy, the store or any phase
view is imported, then the last workshop opens and the frame goes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from coopatelier import api
from coopatelier.paths import resolve_data_dir
from coopatelier.settings import Settings
from coopatelier.storage import lock
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


# --- the first screen from a plain sqlite3 read (storage/plain_read.py) --------------------


@pytest.fixture(autouse=True)
def _errors_fail_instead_of_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """A start error is a modal box that would wait for a click: here it fails the test
    with its sentence."""
    from coopatelier.ui import db_problems

    def said(message: str) -> None:
        raise AssertionError(f"the start said: {message}")

    monkeypatch.setattr(db_problems, "show_error", said)

_FIRST_SCREEN_CHILD = """
import json, sys
import coopatelier.cli
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from coopatelier.paths import resolve_data_dir
from coopatelier.settings import Settings
from coopatelier.ui.app import Launch

app = QApplication([])
data = resolve_data_dir(sys.argv[1])
launch = Launch(app, Settings(data.settings), data, None)
seen = {}
HEAVY = ("sqlalchemy", "alembic", "coopatelier.storage.store", "coopatelier.storage.orm",
         "coopatelier.services.cards", "coopatelier.ui.voting",
         "coopatelier.ui.projector.presenter", "coopatelier.ui.projector.view")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and watched.objectName() == "workshopWindow"
                and "at_paint" not in seen):
            seen["at_paint"] = [m for m in HEAVY if m in sys.modules]
            seen["store_open"] = watched.session.store_open
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)

def check():
    controller = launch.controller
    if controller is None or "at_paint" not in seen or launch.first_window is not None:
        return
    window = next(iter(controller.windows.values()))
    seen.update(
        windows=len(controller.windows), store_open=window.session.store_open,
        same_store=window.session.store is controller.store,
        after=[m for m in HEAVY if m in sys.modules],
        room_menu=[a.text().replace("&", "") for a in window.menuBar().actions()],
    )
    timer.stop()
    window.close()

timer = QTimer()
timer.timeout.connect(check)
timer.start(20)
launch.start.show()
app.exec()
launch.finish()
print(json.dumps(seen))
"""


def test_the_workshop_is_shown_before_sqlalchemy_is_imported_then_the_store_opens(
    store: api.Store,
) -> None:
    """In a fresh process, on the demo (a workshop of a démarche, with votes and merged
    cards): at the workshop window's first paint neither SQLAlchemy, the store, the
    services nor the hidden docks are loaded; right after, the store opens and the window
    works with it (one store), its menus as always."""
    from coopatelier.demo import create_demo

    made = create_demo(store, language="en")
    Settings(store.data_dir.settings).set("last_workshop", str(made.workshop_id))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_SCREEN_CHILD, str(store.data_dir.root)],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["at_paint"] == []
    assert seen["windows"] == 1 and seen["store_open"] and seen["same_store"]
    assert {"sqlalchemy", "coopatelier.storage.store", "coopatelier.ui.voting",
            "coopatelier.ui.projector.presenter"} <= set(seen["after"])
    assert seen["room_menu"] == ["File", "Edit", "Workshop", "Phase", "Room", "Help"]


def _launch(store: api.Store, workshop: api.WorkshopData, database: str | None = None) -> Launch:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    data = resolve_data_dir(str(store.data_dir.root))
    settings = Settings(data.settings)
    settings.set("last_workshop", str(workshop.workshop.id))
    return Launch(app, settings, data, database)


def _exits(monkeypatch: pytest.MonkeyPatch, launch: Launch) -> list[int]:
    """The exit codes the start asks the event loop to end with (recorded: a real
    ``exit`` outside ``exec`` would leave every later event loop of the tests ending at
    once)."""
    exits: list[int] = []
    monkeypatch.setattr(launch.app, "exit", exits.append)
    return exits


def _load(launch: Launch) -> QWidget | None:
    """The start's load, as the frame's first paint runs it (once: its timer then does
    nothing), without waiting for that paint; the window it showed, or None."""
    shown: list[QWidget] = []
    launch.start.loaded.connect(shown.append)
    launch.start.load()
    return shown[0] if shown else None


def test_a_card_typed_before_the_store_opens_is_saved(
    qtbot: Any, store: api.Store, workshop: api.WorkshopData
) -> None:
    """The capture line works as soon as the window shows: a card typed and entered
    before the store's opening came round opens it then, and is saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    launch = _launch(store, workshop)
    window = _load(launch)  # no event processed from here to the Enter key
    assert isinstance(window, WorkshopWindow)
    assert launch.controller is None and not window.session.store_open
    QTest.keyClicks(window.capture.edit, "Une idee tapee tout de suite")
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Return)
    assert launch.controller is not None and window.session.store is launch.controller.store
    assert launch.controller.windows == {workshop.workshop.id: window}
    texts = [c.text for c in api.load_workshop(store, workshop.workshop.id).cards]
    assert "Une idee tapee tout de suite" in texts
    assert window.capture.edit.toPlainText() == ""
    qtbot.waitUntil(lambda: window.session.undo_stack.canUndo(), timeout=5000)
    window.close()
    launch.finish()
    assert not lock.lock_path(store.path).exists()


def test_closing_before_the_store_opens_leaves_no_lock(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    launch = _launch(store, workshop)
    window = _load(launch)
    assert isinstance(window, WorkshopWindow)
    assert lock.read_lock(store.path) is not None  # type: ignore[arg-type]  # held meanwhile
    window.close()
    assert launch.open_store() is False  # nothing left to open it for
    launch.finish()
    assert not lock.lock_path(store.path).exists()  # type: ignore[arg-type]


@pytest.mark.parametrize("through_url", [False, True], ids=["first screen", "store's path"])
def test_the_start_leaves_what_it_made_out_of_full_collections(
    store: api.Store, workshop: api.WorkshopData, through_url: bool
) -> None:
    """Once the store is open and the workshop shown, the objects made so far go to the
    collector's permanent generation (a full collection walked them all during captures:
    up to 80 ms at 5,000 cards); on both ways of starting."""
    import gc

    gc.unfreeze()
    launch = _launch(store, workshop, database=store.url if through_url else None)
    window = _load(launch)
    assert isinstance(window, WorkshopWindow)
    if not through_url:
        assert gc.get_freeze_count() == 0  # the store is not open yet
        assert launch.open_store()
    assert gc.get_freeze_count() > 1000
    window.close()
    launch.finish()


def test_a_database_url_takes_the_stores_path(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    """A ``--db`` URL (here SQLite's; PostgreSQL alike) is opened by the store first."""
    launch = _launch(store, workshop, database=store.url)
    window = _load(launch)
    assert isinstance(window, WorkshopWindow)
    assert launch.controller is not None and window.session.store_open
    assert launch.first_window is None
    window.close()
    launch.finish()


def test_a_database_held_by_another_window_asks_as_before(
    monkeypatch: pytest.MonkeyPatch, store: api.Store, workshop: api.WorkshopData,
    other_pid: int,
) -> None:
    """Another live window's lock: no plain read, the start's question, then read-only."""
    from coopatelier.ui import db_problems

    assert store.path is not None
    lock.lock_path(store.path).write_text(
        json.dumps({"pid": other_pid, "host": lock.this_host(),
                    "started_at": "2026-11-26T08:30:00+00:00"}),
        encoding="utf-8",
    )
    asked: list[str] = []

    def answer(dialog: db_problems.ChoiceDialog) -> str:
        asked.append(dialog.objectName())
        dialog.deleteLater()
        return "read_only"

    monkeypatch.setattr(db_problems, "run_dialog", answer)
    launch = _launch(store, workshop)
    window = _load(launch)
    assert asked == ["inUseDialog"]
    assert isinstance(window, WorkshopWindow) and window.session.store.read_only
    assert launch.first_window is None
    window.close()
    launch.finish()
    assert lock.read_lock(store.path).pid == other_pid  # type: ignore[union-attr]


def test_a_database_at_another_revision_takes_the_stores_path(
    monkeypatch: pytest.MonkeyPatch, store: api.Store, workshop: api.WorkshopData
) -> None:
    """A file at another schema revision is never read plainly: the store migrates it,
    or (here: a revision it does not know) says why, as before — no window shows it."""
    import sqlite3

    from coopatelier.ui import db_problems

    assert store.path is not None
    with sqlite3.connect(store.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_later'")
    said: list[str] = []
    monkeypatch.setattr(db_problems, "show_error", said.append)
    launch = _launch(store, workshop)
    exits = _exits(monkeypatch, launch)
    assert _load(launch) is None
    assert len(said) == 1 and "newer version of CoopAtelier" in said[0]
    assert launch.first_window is None and launch.start.exit_code == 1 and exits == [1]
    launch.finish()
    assert lock.read_lock(store.path) is None


def test_a_store_that_cannot_open_after_the_first_screen_ends_the_start(
    monkeypatch: pytest.MonkeyPatch, store: api.Store, workshop: api.WorkshopData
) -> None:
    """The store's opening, after the window showed, meets what the start's dialogs end
    with "quit" (they said why): the window goes, the start fails, the lock is freed."""
    from coopatelier.ui import db_problems

    def refused(*_args: object, held: lock.DatabaseLock | None = None) -> None:
        if held is not None:  # as open_for_gui does when the user quits
            held.release()

    monkeypatch.setattr(db_problems, "open_for_gui", refused)
    launch = _launch(store, workshop)
    exits = _exits(monkeypatch, launch)
    window = _load(launch)
    assert isinstance(window, WorkshopWindow) and window.isVisible()
    assert launch.open_store() is False
    assert not window.isVisible() and launch.start.exit_code == 1 and exits == [1]
    assert launch.controller is None
    launch.finish()
    assert not lock.lock_path(store.path).exists()  # type: ignore[arg-type]


def test_a_file_found_damaged_when_the_store_opens_gets_the_starts_dialog(
    monkeypatch: pytest.MonkeyPatch, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Damaged between the first screen's read and the store's opening: the start's
    dialog as before; a new file chosen, the window of the old one goes and the new
    file's (the demo) opens, its lock taken, the damaged file left as it was."""
    from coopatelier.ui import db_problems

    assert store.path is not None
    path = store.path
    asked: list[str] = []

    def answer(dialog: db_problems.ChoiceDialog) -> str:
        asked.append(dialog.objectName())
        dialog.deleteLater()
        return "new"

    monkeypatch.setattr(db_problems, "run_dialog", answer)
    launch = _launch(store, workshop)
    window = _load(launch)
    assert isinstance(window, WorkshopWindow)
    store.close()
    with path.open("r+b") as handle:
        handle.write(b"not SQLite at all")
    damaged = path.read_bytes()
    assert launch.open_store() is True
    assert asked == ["damagedDialog"]
    assert not window.isVisible()
    assert launch.controller is not None
    new_path = launch.controller.store.path
    assert new_path is not None and new_path != path
    assert [w.session.workshop_id for w in launch.controller.windows.values()] != [
        workshop.workshop.id
    ]
    assert lock.read_lock(new_path) is not None and path.read_bytes() == damaged
    for opened in list(launch.controller.windows.values()):
        opened.close()
    launch.finish()
    assert lock.read_lock(new_path) is None and lock.read_lock(path) is None


# --- the workshop last worked in is the one a restart opens ------------------------------


@pytest.mark.parametrize("way", ["fast", "store"])
def test_a_restart_opens_the_workshop_opened_from_home_not_the_first_one(
    qtbot: Any, store: api.Store, workshop: api.WorkshopData, mini_template: Any, way: str
) -> None:
    """The start opens workshop A (as the demo was); the facilitator opens B from Home
    (A's window closes: one workshop window at a time), works in it and quits (Ctrl+Q
    closes every window): the next start, fast or through the store, shows B."""
    from PySide6.QtWidgets import QApplication

    from tests.conftest import make_workshop

    other = make_workshop(store, mini_template)
    database = None if way == "fast" else store.url
    launch = _launch(store, workshop, database=database)
    first = _load(launch)
    assert isinstance(first, WorkshopWindow)
    assert launch.open_store() and launch.controller is not None
    controller = launch.controller
    home = controller.show_home()
    home.refresh(select=other.workshop.id)
    home.open_selected()
    second = controller.windows[other.workshop.id]
    assert not first.isVisible() and second.isVisible()  # B took A's place
    assert list(controller.windows) == [other.workshop.id]
    second.quit_action.trigger()
    assert not first.isVisible() and not second.isVisible()
    launch.finish()

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    data = resolve_data_dir(str(store.data_dir.root))
    assert Settings(data.settings).last_workshop() == other.workshop.id
    again = Launch(app, Settings(data.settings), data, database)
    window = _load(again)
    assert isinstance(window, WorkshopWindow)
    assert window.session.workshop_id == other.workshop.id
    assert (again.first_window is window) == (way == "fast")
    window.close()
    again.finish()


# --- what is typed on the frame is not lost -----------------------------------------------


def _type_on(widget: QWidget, text: str) -> None:
    """Keys on ``widget`` one by one, as a keyboard sends them: '\\n' is Enter, '\\b'
    Backspace, accents typed as characters."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        if ch in "\n\b":
            QTest.keyClick(widget, Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_Backspace)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                Qt.KeyboardModifier.NoModifier,
            )


@pytest.mark.parametrize("way", ["fast", "store"])
@pytest.mark.parametrize(
    ("before", "after", "after_on"),
    [
        ("Carte tapée au démarrage 1\n", "", "frame"),  # all before the window exists
        ("Carte tapée au", " démarrage 1\n", "frame"),  # the rest queued for the frame
        ("Carte tapée au", " démarrage 1\n", "line"),  # the rest in the window's line
        ("Carte tapée auu\b démarrage 1", "\n", "frame"),  # a Backspace; Enter late
    ],
)
def test_keys_typed_on_the_frame_become_one_whole_card(
    qtbot: Any,
    store: api.Store,
    workshop: api.WorkshopData,
    way: str,
    before: str,
    after: str,
    after_on: str,
) -> None:
    """Typed from the frame's first paint: every key lands in the workshop window's
    capture line in order, and Enter captures the whole text once — nothing lost, nothing
    doubled."""
    launch = _launch(store, workshop, database=None if way == "fast" else store.url)
    launch.start.show()
    shell = launch.start.shell
    cards_before = len(api.load_workshop(store, workshop.workshop.id).cards)
    _type_on(shell, before)  # the frame only: the load has not run yet
    assert launch.controller is None and launch.first_window is None
    window = _load(launch)
    assert isinstance(window, WorkshopWindow)
    # keys the event loop still held for the frame, or typed in the window at once
    _type_on(shell if after_on == "frame" else window.capture.edit, after)

    def texts() -> list[str]:
        return [c.text for c in api.load_workshop(store, workshop.workshop.id).cards]

    qtbot.waitUntil(lambda: len(texts()) > cards_before, timeout=10_000)
    qtbot.wait(50)  # nothing more comes
    assert len(texts()) == cards_before + 1
    assert texts().count("Carte tapée au démarrage 1") == 1
    assert window.capture.edit.toPlainText() == ""
    _type_on(window.capture.edit, "ensuite")  # the line keeps working as usual
    assert window.capture.edit.toPlainText() == "ensuite"
    qtbot.waitUntil(lambda: window.session.undo_stack.canUndo(), timeout=5000)
    window.close()
    launch.finish()


def test_shortcuts_on_the_frame_are_not_typed(
    qtbot: Any,
    store: api.Store, workshop: api.WorkshopData
) -> None:
    """Ctrl+Q, Escape or F5 on the frame write nothing into the capture line."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    launch = _launch(store, workshop)
    launch.start.show()
    shell = launch.start.shell
    QTest.keyClick(shell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(shell, Qt.Key.Key_Escape)
    _type_on(shell, "ok")
    window = _load(launch)
    assert isinstance(window, WorkshopWindow)
    qtbot.waitUntil(lambda: window.capture.edit.toPlainText() == "ok", timeout=10_000)
    window.capture.edit.clear()
    window.close()
    launch.finish()


# --- a first screen that needs the store ---------------------------------------------------


@pytest.mark.parametrize("way", ["checked", "fallback"])
def test_a_checkpoint_remembered_on_its_review_phase_starts(
    monkeypatch: pytest.MonkeyPatch, store: api.Store, way: str
) -> None:
    """The demo's point d'étape remembered on "Revue de la feuille de route": the review
    reads the démarche, so the start opens the store first and shows that phase. With the
    check gone ("fallback"), the window's failure on the plain read still ends in the
    store's path, never in the end of the start."""
    from coopatelier.demo import create_demo
    from coopatelier.ui import workshop_window
    from coopatelier.ui.views.review import ReviewView

    made = create_demo(store, language="fr")
    assert made.checkpoint_id is not None
    checkpoint = api.load_workshop(store, made.checkpoint_id)
    review = next(p for p in checkpoint.phases if p.demarche_focus == "review")
    launch = _launch(store, checkpoint)
    launch.settings.remember_workshop(checkpoint.workshop.id, review.id, {})
    if way == "fallback":
        monkeypatch.setattr(workshop_window, "first_screen_needs_the_store", lambda *_: False)
    exits = _exits(monkeypatch, launch)
    window = _load(launch)
    assert exits == [] and launch.start.exit_code is None
    assert isinstance(window, WorkshopWindow) and window.isVisible()
    assert launch.controller is not None and window.session.store_open
    assert launch.controller.windows == {checkpoint.workshop.id: window}
    assert window.current_phase_id == review.id
    view = window.current_view()
    assert isinstance(view, ReviewView)
    assert view.listed_actions()  # the roadmap's actions, read from the démarche
    window.close()
    launch.finish()
    assert not lock.lock_path(store.path).exists()  # type: ignore[arg-type]


# --- F5 and Ctrl+Shift+V pressed before the Room menu exists -------------------------------


@pytest.mark.parametrize("way", ["fast", "store"])
@pytest.mark.parametrize(
    "pressed_on", ["frame", "frame, late", "window: F5", "window: Ctrl+Shift+V"]
)
def test_f5_and_the_voting_key_pressed_at_once_are_not_lost(
    qtbot: Any, store: api.Store, workshop: api.WorkshopData, way: str, pressed_on: str
) -> None:
    """F5 and Ctrl+Shift+V pressed on the frame (before the load, or queued for it while
    the load ran), or one of them in the window before its first paint built the Room
    menu (and before the window was active: no shortcut ran): once the window can, it
    presents and shows the voting panel."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    launch = _launch(store, workshop, database=None if way == "fast" else store.url)
    launch.start.show()
    shell = launch.start.shell
    f5 = pressed_on != "window: Ctrl+Shift+V"
    voting = pressed_on != "window: F5"

    def press(widget: QWidget) -> None:
        if f5:
            QTest.keyClick(widget, Qt.Key.Key_F5)
        if voting:
            QTest.keyClick(
                widget, Qt.Key.Key_V,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )

    if pressed_on == "frame":
        press(shell)
    window = _load(launch)
    assert isinstance(window, WorkshopWindow)
    if pressed_on == "frame, late":
        press(shell)
    elif pressed_on.startswith("window"):
        assert window._presentation is None  # the Room menu is not built yet
        press(window.capture.edit)
    qtbot.waitUntil(lambda: window._rest_built and window._painted, timeout=10_000)
    qtbot.wait(100)
    assert window.presentation.presenting is f5
    assert window.voting_dock.isVisible() is voting
    assert window.capture.edit.toPlainText() == ""  # nothing typed into the line
    window.presentation.stop()
    assert not window.presentation.presenting
    window.close()
    launch.finish()
