"""A database opened read-only: on a read-only medium, or because another window holds it.
Tests run as root, for whom every file is writable: the medium is simulated."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.errors import StorageError
from coopatelier.paths import DataDir
from coopatelier.storage import backup
from coopatelier.storage import store as store_module
from coopatelier.storage.store import Store
from coopatelier.templates.loader import Template
from tests.conftest import make_workshop, phase_of


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(data_dir: DataDir, mini_template: Template) -> Path:
    with api.open_store(data_dir=data_dir.root) as store:
        data = make_workshop(store, mini_template)
        api.add_card(store, phase_of(data, PhaseKind.DRIVERS).id, "Hausse des prix")
    return data_dir.database


def test_a_read_only_medium_is_refused_unless_read_only_is_acceptable(
    filled: Path, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "_read_only_medium", lambda _path: True)
    with pytest.raises(StorageError, match="read-only medium"):
        Store.open(data_dir=data_dir)
    before = _digest(filled)
    with Store.open(data_dir=data_dir, read_only_if_needed=True) as store:
        assert store.read_only
        (summary,) = api.list_workshops(store)
        data = api.load_workshop(store, summary.id)
        assert [c.text for c in data.cards if c.text == "Hausse des prix"]
    assert _digest(filled) == before


def test_every_change_in_a_read_only_store_is_one_sentence_and_writes_nothing(
    filled: Path, data_dir: DataDir
) -> None:
    before = _digest(filled)
    backups_before = sorted(p.name for p in data_dir.backups.rglob("*"))
    with Store.open(data_dir=data_dir, read_only=True) as store:
        (summary,) = api.list_workshops(store)
        data = api.load_workshop(store, summary.id)
        drivers = phase_of(data, PhaseKind.DRIVERS)
        changes: tuple[Callable[[], object], ...] = (
            lambda: api.add_card(store, drivers.id, "Nouvelle carte"),
            lambda: api.update_workshop(store, summary.id, title="Autre titre"),
            lambda: api.delete_workshop(store, summary.id),
        )
        for change in changes:
            with pytest.raises(StorageError) as caught:
                change()
            assert str(caught.value).startswith("This database is open read-only")
            assert caught.value.reason == "read_only"
        assert store.backup_if_changed("auto") is None
        assert len(api.load_workshop(store, summary.id).cards) == len(data.cards)
    assert _digest(filled) == before
    assert sorted(p.name for p in data_dir.backups.rglob("*")) == backups_before


def test_a_wal_database_on_a_read_only_medium_opens_as_immutable(
    filled: Path, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``immutable=1`` SQLite needs a -shm file beside a WAL database."""
    monkeypatch.setattr(store_module, "_read_only_medium", lambda _path: True)
    for sidecar in ("-wal", "-shm"):
        Path(f"{filled}{sidecar}").unlink(missing_ok=True)
    with Store.open(data_dir=data_dir, read_only_if_needed=True) as store:
        assert api.list_workshops(store)
    assert not Path(f"{filled}-shm").exists()


def test_read_only_needs_an_existing_file(data_dir: DataDir) -> None:
    with pytest.raises(StorageError, match="no database"):
        Store.open(data_dir=data_dir, read_only=True)


@pytest.mark.parametrize("folder", ["atelier #2", "50% prêts?", "a&b=c"])
def test_read_only_opens_a_file_whose_path_has_uri_characters(
    tmp_path: Path, mini_template: Template, folder: str
) -> None:
    """'?', '#' and '%' mean something in an SQLite URI; the path must still be this file."""
    data_dir = DataDir(tmp_path / folder).ensure()
    with api.open_store(data_dir=data_dir.root) as store:
        make_workshop(store, mini_template)
        made = backup.create_backup(data_dir.database, data_dir.backups)
    assert backup.inspect_backup(made).workshops == 1
    before = _digest(data_dir.database)
    with Store.open(data_dir=data_dir, read_only=True) as store:
        assert [w.title for w in api.list_workshops(store)]
    assert _digest(data_dir.database) == before
