"""Automatic, thinned backups and their restoration, on real SQLite files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.paths import DataDir
from coopatelier.storage.backup import (
    KEEP_RECENT,
    BackupInfo,
    backups_to_remove,
    create_backup,
    inspect_backup,
    list_backups,
    restore_backup,
)
from coopatelier.templates.loader import Template
from tests.conftest import phase_of


def _fill(store: api.Store, template: Template, title: str = "Atelier") -> api.WorkshopData:
    workshop_id = api.create_workshop(store, template, title=title).new_id
    data = api.load_workshop(store, workshop_id)
    api.add_card(store, phase_of(data, PhaseKind.DRIVERS).id, "Hausse des prix")
    return data


def test_opening_backs_up_only_when_something_changed(
    tmp_path: Path, mini_template: Template
) -> None:
    data_dir = DataDir(tmp_path / "data")
    with api.open_store(data_dir=data_dir.root) as store:
        _fill(store, mini_template)
    assert list_backups(data_dir.backups) == []  # a new, empty database needs none
    with api.open_store(data_dir=data_dir.root):
        pass
    first = list_backups(data_dir.backups)
    assert [b.reason for b in first] == ["on-open"]
    with api.open_store(data_dir=data_dir.root):
        pass
    assert list_backups(data_dir.backups) == first  # nothing changed since
    with api.open_store(data_dir=data_dir.root) as store:
        _fill(store, mini_template, "Second")
    with api.open_store(data_dir=data_dir.root):
        pass
    assert len(list_backups(data_dir.backups)) == 2


def test_backup_holds_the_data_and_is_described(store: api.Store, mini_template: Template) -> None:
    _fill(store, mini_template)
    assert store.path is not None and store.backup_folder is not None
    path = create_backup(store.path, store.backup_folder, "manual")
    contents = inspect_backup(path)
    assert (contents.workshops, contents.cards) == (1, 2)  # the card + a seed card
    assert contents.revision is not None


def test_a_database_elsewhere_gets_its_own_backup_folder(
    tmp_path: Path, mini_template: Template
) -> None:
    data_dir = DataDir(tmp_path / "data")
    other = tmp_path / "usb" / "atelier.sqlite3"
    other.parent.mkdir()
    with api.open_store(other, data_dir.root) as store:
        _fill(store, mini_template)
        assert store.backup_folder is not None
        assert store.backup_folder.parent == data_dir.backups
        assert store.backup_folder.name.startswith("atelier-")


def test_restore_brings_back_the_backup_and_saves_the_current_file_first(
    tmp_path: Path, mini_template: Template
) -> None:
    data_dir = DataDir(tmp_path / "data")
    with api.open_store(data_dir=data_dir.root) as store:
        kept = _fill(store, mini_template, "À garder")
        good = create_backup(data_dir.database, data_dir.backups, "manual")
        api.delete_workshop(store, kept.workshop.id)
        _fill(store, mini_template, "Plus récent")
    safety = restore_backup(data_dir.database, good, data_dir.backups)
    assert safety is not None and inspect_backup(safety).workshops == 1
    with api.open_store(data_dir=data_dir.root) as store:
        assert [w.title for w in api.list_workshops(store)] == ["À garder"]
    with sqlite3.connect(safety) as previous:
        assert previous.execute("SELECT title FROM workshops").fetchall() == [("Plus récent",)]


def test_restore_replaces_a_damaged_file_and_keeps_its_bytes(
    tmp_path: Path, mini_template: Template
) -> None:
    data_dir = DataDir(tmp_path / "data")
    with api.open_store(data_dir=data_dir.root) as store:
        _fill(store, mini_template, "Sauvé")
    good = create_backup(data_dir.database, data_dir.backups, "manual")
    garbage = b"\x00garbage" * 4096
    data_dir.database.write_bytes(garbage)
    for suffix in ("-wal", "-shm"):
        Path(f"{data_dir.database}{suffix}").unlink(missing_ok=True)
    with pytest.raises(api.StorageError, match="damaged"):
        api.open_store(data_dir=data_dir.root)
    safety = restore_backup(data_dir.database, good, data_dir.backups)
    assert safety is not None and safety.read_bytes() == garbage
    with api.open_store(data_dir=data_dir.root) as store:
        assert [w.title for w in api.list_workshops(store)] == ["Sauvé"]


def test_a_damaged_backup_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "coopatelier-20260101-000000-000000-manual.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(api.StorageError):
        inspect_backup(bad)


def _info(when: dt.datetime, index: int) -> BackupInfo:
    return BackupInfo(Path(f"b{index}"), when, "auto", 1)


def test_thinning_keeps_recent_daily_weekly_and_monthly() -> None:
    now = dt.datetime(2026, 11, 26, 12, tzinfo=dt.UTC)
    # one backup every 10 minutes for the last day, and one a day for two years
    recent = [_info(now - dt.timedelta(minutes=10 * i), i) for i in range(144)]
    daily = [_info(now - dt.timedelta(days=d, hours=1), 1000 + d) for d in range(1, 730)]
    everything = recent + daily
    removed = {b.path for b in backups_to_remove(everything, now)}
    kept = [b for b in everything if b.path not in removed]
    newest = sorted(everything, key=lambda b: b.created_at, reverse=True)[:KEEP_RECENT]
    assert all(b in kept for b in newest)
    # one per day for the last week
    days = {b.created_at.date() for b in kept if now - b.created_at <= dt.timedelta(days=7)}
    assert len(days) >= 7
    # nothing older than a year and a month survives
    assert all(now - b.created_at <= dt.timedelta(days=31 * 12) for b in kept)
    # and the number kept stays small
    assert len(kept) < 45
