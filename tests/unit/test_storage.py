"""Storage on a real SQLite file: PRAGMAs, UUID keys, locations, refusal of bad files,
unit of work, failures turned into one sentence."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.paths import DB_FILENAME, DataDir
from coopatelier.storage import engine as engine_module
from coopatelier.storage import orm
from tests.conftest import phase_of


def test_sqlite_connections_use_wal_full_sync_and_foreign_keys(store: api.Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_default_database_lives_in_the_data_directory(tmp_path: Path) -> None:
    with api.open_store(data_dir=tmp_path / "home") as store:
        assert store.path == tmp_path / "home" / DB_FILENAME
    assert (tmp_path / "home" / DB_FILENAME).is_file()
    for folder in ("backups", "templates", "logs"):
        assert (tmp_path / "home" / folder).is_dir()


def test_environment_variables_choose_data_dir_and_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COOPATELIER_HOME", str(tmp_path / "env-home"))
    monkeypatch.setenv("COOPATELIER_DB", str(tmp_path / "other.sqlite3"))
    with api.open_store() as store:
        assert store.data_dir.root == tmp_path / "env-home"
        assert store.path == tmp_path / "other.sqlite3"
    assert (tmp_path / "other.sqlite3").is_file()


def test_database_url_is_accepted(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.db'}"
    with api.open_store(url, tmp_path / "data") as store:
        assert store.url == url
        assert api.list_workshops(store) == []


def test_primary_keys_are_uuids(store: api.Store, workshop: api.WorkshopData) -> None:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    card_id = api.add_card(store, phase.id, "Hausse des prix").new_id
    assert isinstance(card_id, uuid.UUID)
    assert store.path is not None
    raw = sqlite3.connect(store.path).execute("SELECT id FROM cards").fetchall()
    assert card_id.hex in {row[0] for row in raw}


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    content = b"Compte rendu de l'atelier\n" * 100
    bogus.write_bytes(content)
    with pytest.raises(api.StorageError, match="not a CoopAtelier database or is damaged"):
        api.open_store(bogus, tmp_path / "data")
    assert bogus.read_bytes() == content


def test_a_sqlite_file_from_another_program_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = foreign.read_bytes()
    with pytest.raises(api.StorageError, match="not made by CoopAtelier"):
        api.open_store(foreign, tmp_path / "data")
    assert foreign.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    with api.open_store(data_dir=data.root):
        pass
    with sqlite3.connect(data.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(api.StorageError, match="newer version of CoopAtelier"):
        api.open_store(data_dir=data.root)


def test_unit_of_work_rolls_back_without_commit(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    with store.unit_of_work() as uow:
        row = uow.session.get(orm.WorkshopRow, workshop.workshop.id)
        assert row is not None
        row.title = "Changed but never committed"
    assert api.get_workshop(store, workshop.workshop.id).title == workshop.workshop.title


def test_unit_of_work_rolls_back_on_error(store: api.Store, workshop: api.WorkshopData) -> None:
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        row = uow.session.get(orm.WorkshopRow, workshop.workshop.id)
        assert row is not None
        row.title = "Half-done change"
        uow.session.flush()
        raise RuntimeError("boom")
    assert api.get_workshop(store, workshop.workshop.id).title == workshop.workshop.title


def test_a_locked_database_gives_one_sentence_and_loses_nothing(
    store: api.Store, workshop: api.WorkshopData, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    assert store.path is not None
    with api.open_store(store.path, store.data_dir.root) as quick:
        phase = phase_of(workshop, PhaseKind.DRIVERS)
        blocker = sqlite3.connect(store.path, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(api.StorageError) as err:
                api.add_card(quick, phase.id, "Carte pendant le verrou")
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        message = str(err.value)
        assert "locked" in message
        assert message.count(".") == 1 and "\n" not in message
        # once the lock is gone the same call succeeds
        card_id = api.add_card(quick, phase.id, "Carte pendant le verrou").new_id
        assert api.get_card(store, card_id).text == "Carte pendant le verrou"


def test_service_errors_name_missing_things(store: api.Store) -> None:
    with pytest.raises(api.NotFoundError, match="no card"):
        api.get_card(store, uuid.uuid4())
