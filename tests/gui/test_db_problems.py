"""Database problems at start: a damaged file (restore the latest good backup, or start a
new file, never overwriting it), another window holding the database, a read-only medium."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.paths import DataDir
from coopatelier.settings import Settings
from coopatelier.storage import backup, lock
from coopatelier.storage import store as store_module
from coopatelier.templates.loader import Template
from coopatelier.ui import db_problems
from coopatelier.ui.app import Controller
from tests.conftest import make_workshop, phase_of


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data").ensure()


class Answers(list[tuple[str, str]]):
    """The dialogs asked (object name, sentence), answered with ``choices`` in order."""

    def __init__(self) -> None:
        super().__init__()
        self.choices: list[str] = []
        self.errors: list[str] = []

    def answer(self, dialog: db_problems.ChoiceDialog) -> str:
        self.append((dialog.objectName(), dialog.message.text() + " " + dialog.detail.text()))
        choice = self.choices.pop(0)
        assert dialog.buttons[choice].isEnabled()
        dialog.deleteLater()
        return choice


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    asked = Answers()
    monkeypatch.setattr(db_problems, "run_dialog", asked.answer)
    monkeypatch.setattr(db_problems, "show_error", asked.errors.append)
    return asked


@pytest.fixture
def opened() -> Iterator[Callable[[db_problems.Opened | None], db_problems.Opened]]:
    kept: list[db_problems.Opened] = []

    def keep(result: db_problems.Opened | None) -> db_problems.Opened:
        assert result is not None
        kept.append(result)
        return result

    yield keep
    for result in kept:
        result.store.close()
        result.release()


def _filled(data: DataDir, template: Template, backed_up: bool = True) -> Path:
    with api.open_store(data_dir=data.root) as store:
        workshop = make_workshop(store, template)
        api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Hausse des prix")
        if backed_up:
            assert store.path is not None and store.backup_folder is not None
            backup.create_backup(store.path, store.backup_folder, "manual")
    return data.database


def _corrupt(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xa5" * (4096 - 100)  # the schema page, header kept
    path.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_a_damaged_file_is_restored_from_the_newest_sound_backup(
    qapp: object, data: DataDir, mini_template: Template, answers: Answers,
    opened: Callable[[db_problems.Opened | None], db_problems.Opened],
) -> None:
    database = _filled(data, mini_template)
    _corrupt(database)
    damaged = database.read_bytes()
    assert backup.is_damaged(database)
    answers.choices.append("restore")
    result = opened(db_problems.open_for_gui(None, data, Settings(data.settings)))
    ((name, sentence),) = answers
    assert name == "damagedDialog"
    assert "damaged" in sentence
    assert "holds 1 workshop and " in sentence  # what the backup holds is said
    assert not result.store.read_only
    (summary,) = api.list_workshops(result.store)
    assert summary.title == "Atelier alimentation 2030"
    # the damaged file was kept (copied page by page, or byte for byte)
    kept = [p for p in data.backups.iterdir()
            if p.name.startswith("damaged-") or p.name.endswith("-before-restore.sqlite3")]
    assert len(kept) == 1 and kept[0].stat().st_size >= len(damaged) - 4096


def test_a_damaged_file_can_give_way_to_a_new_file_remembered_in_the_settings(
    qapp: object, data: DataDir, mini_template: Template, answers: Answers,
    opened: Callable[[db_problems.Opened | None], db_problems.Opened],
) -> None:
    database = _filled(data, mini_template, backed_up=False)
    database.write_bytes(b"Ceci n'est pas une base.\n")
    settings = Settings(data.settings)
    answers.choices.append("new")
    result = opened(db_problems.open_for_gui(None, data, settings))
    assert "no sound backup" in answers[0][1]
    assert database.read_bytes() == b"Ceci n'est pas une base.\n"  # renamed nothing
    new = result.store.path
    assert new is not None and new.parent == data.root
    assert new.name.startswith("coopatelier-new-")
    assert settings.get("database") == str(new)
    assert api.list_workshops(result.store) == []
    assert lock.live_holder(new) is not None
    # the next start opens the new file without asking
    result.store.close()
    result.release()
    again = opened(db_problems.open_for_gui(None, data, Settings(data.settings)))
    assert again.store.path == new and len(answers) == 1


def test_quitting_leaves_the_damaged_file_and_no_lock(
    qapp: object, data: DataDir, mini_template: Template, answers: Answers
) -> None:
    database = _filled(data, mini_template)
    _corrupt(database)
    before = _digest(database)
    answers.choices.append("quit")
    assert db_problems.open_for_gui(None, data, Settings(data.settings)) is None
    assert _digest(database) == before
    assert not lock.lock_path(database).exists()


def test_a_database_held_by_another_window_opens_read_only_on_request(
    qapp: object, data: DataDir, mini_template: Template, answers: Answers,
    opened: Callable[[db_problems.Opened | None], db_problems.Opened], other_pid: int,
) -> None:
    database = _filled(data, mini_template)
    lock.lock_path(database).write_text(
        json.dumps({"pid": other_pid, "host": lock.this_host(),
                    "started_at": "2026-11-26T08:30:00+00:00"}),
        encoding="utf-8",
    )
    answers.choices.append("quit")
    assert db_problems.open_for_gui(None, data, Settings(data.settings)) is None
    name, sentence = answers[0]
    assert name == "inUseDialog"
    assert f"process {other_pid} on {lock.this_host()}" in sentence
    answers.choices.append("read_only")
    result = opened(db_problems.open_for_gui(None, data, Settings(data.settings)))
    assert result.store.read_only and "another CoopAtelier window" in result.read_only_reason
    assert result.lock is None
    assert lock.read_lock(database).pid == other_pid  # type: ignore[union-attr]


def test_a_damaged_file_held_by_another_window_is_never_restored_under_it(
    qapp: object, data: DataDir, mini_template: Template, answers: Answers, other_pid: int,
) -> None:
    """Opened read-only beside another window, a damaged file is reported, not replaced:
    the other window still has it open."""
    database = _filled(data, mini_template)
    _corrupt(database)
    damaged = database.read_bytes()
    lock.lock_path(database).write_text(
        json.dumps({"pid": other_pid, "host": lock.this_host(),
                    "started_at": "2026-11-26T08:30:00+00:00"}),
        encoding="utf-8",
    )
    answers.choices.append("read_only")
    assert db_problems.open_for_gui(None, data, Settings(data.settings)) is None
    assert [name for name, _sentence in answers] == ["inUseDialog"]  # no restore offered
    assert len(answers.errors) == 1 and "damaged" in answers.errors[0]
    assert database.read_bytes() == damaged
    assert lock.read_lock(database).pid == other_pid  # type: ignore[union-attr]


def test_a_read_only_medium_opens_read_only_with_a_banner(
    qtbot: object, data: DataDir, mini_template: Template, answers: Answers,
    opened: Callable[[db_problems.Opened | None], db_problems.Opened],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = _filled(data, mini_template)
    before = _digest(database)
    monkeypatch.setattr(store_module, "_read_only_medium", lambda _path: True)
    settings = Settings(data.settings)
    result = opened(db_problems.open_for_gui(None, data, settings))
    assert answers == []  # nothing to ask
    assert result.store.read_only and "read-only medium" in result.read_only_reason
    controller = Controller(result.store, settings, read_only_reason=result.read_only_reason)
    assert not controller.backup_timer.isActive()
    (summary,) = api.list_workshops(result.store)
    window = controller.open_workshop(summary.id)
    try:
        banner = window.findChild(QLabel, "readOnlyMessage")
        assert banner is not None and banner.isVisible()
        assert "read-only" in banner.text()
        window.capture.edit.setPlainText("Une carte de trop")
        window.capture_card()
        assert window.banner.isVisible() and "read-only" in window.banner.message.text()
        assert window.capture.edit.text() == "Une carte de trop"  # the text is kept
    finally:
        window.close()
    assert _digest(database) == before


def test_a_new_database_name_never_reuses_a_file(data: DataDir) -> None:
    import datetime as dt

    now = dt.datetime(2026, 11, 26, 18, 0, 0)
    first = db_problems.new_database_path(data, now)
    first.write_bytes(b"")
    second = db_problems.new_database_path(data, now)
    assert first != second and not second.exists()
