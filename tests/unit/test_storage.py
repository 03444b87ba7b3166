"""Storage on a real SQLite file: PRAGMAs, UUID keys, locations, refusal of bad files,
unit of work, failures turned into one sentence — and the same store on a PostgreSQL server
(tests taking ``any_store`` run on both; the ``postgres`` ones need a server, see
``tests/pg_server.py``)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.paths import DB_FILENAME, DataDir
from coopatelier.storage import engine as engine_module
from coopatelier.storage import migrate, orm
from coopatelier.storage.engine import make_engine
from coopatelier.templates.loader import Template
from tests.conftest import make_workshop, phase_of
from tests.pg_server import PgServer, free_port


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
    with pytest.raises(api.StorageError, match="not a CoopAtelier database or is damaged") as err:
        api.open_store(bogus, tmp_path / "data")
    assert err.value.reason == "damaged"
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
    with pytest.raises(api.StorageError, match="newer version of CoopAtelier") as err:
        api.open_store(data_dir=data.root)
    assert err.value.reason == "newer"


def test_unit_of_work_rolls_back_without_commit(
    any_store: api.Store, any_workshop: api.WorkshopData
) -> None:
    store, workshop = any_store, any_workshop
    with store.unit_of_work() as uow:
        row = uow.session.get(orm.WorkshopRow, workshop.workshop.id)
        assert row is not None
        row.title = "Changed but never committed"
    assert api.get_workshop(store, workshop.workshop.id).title == workshop.workshop.title


def test_unit_of_work_rolls_back_on_error(
    any_store: api.Store, any_workshop: api.WorkshopData
) -> None:
    store, workshop = any_store, any_workshop
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
        assert err.value.reason == "locked"
        assert "locked" in message
        assert message.count(".") == 1 and "\n" not in message
        # once the lock is gone the same call succeeds
        card_id = api.add_card(quick, phase.id, "Carte pendant le verrou").new_id
        assert api.get_card(store, card_id).text == "Carte pendant le verrou"


def test_service_errors_name_missing_things(any_store: api.Store) -> None:
    with pytest.raises(api.NotFoundError, match="no card"):
        api.get_card(any_store, uuid.uuid4())


# --- the same behaviour on every backend ---------------------------------------------------


def test_times_come_back_as_the_same_instant_in_utc(
    any_store: api.Store, any_workshop: api.WorkshopData
) -> None:
    phase = any_workshop.phases[0]
    paris_summer = dt.timezone(dt.timedelta(hours=2))
    at = dt.datetime(2026, 4, 14, 11, 0, 30, 123456, tzinfo=paris_summer)
    api.start_phase(any_store, phase.id, at=at)
    started = api.get_phase(any_store, phase.id).actual_start
    assert started == at
    assert started is not None and started.utcoffset() == dt.timedelta(0)
    assert started.hour == 9


def test_json_categories_and_fractional_positions_survive(
    any_store: api.Store, any_workshop: api.WorkshopData
) -> None:
    drivers = phase_of(any_workshop, PhaseKind.DRIVERS)
    categories = ["Société", "Économie « locale »", "Émoji 🌱"]
    api.update_phase(any_store, drivers.id, categories=categories)
    assert api.get_phase(any_store, drivers.id).categories == tuple(categories)

    first, last = (api.add_card(any_store, drivers.id, t).new_id for t in ("first", "last"))
    moving = [api.add_card(any_store, drivers.id, f"m{i}").new_id for i in range(30)]
    for card_id in moving:  # each lands between "first" and the previous one: halved gaps
        api.move_card(any_store, card_id, index=1)
    data = api.load_workshop(any_store, any_workshop.workshop.id)
    order = [c.id for c in data.cards_of_phase(drivers.id)]
    assert order == [first, *reversed(moving), last]


# --- a shared PostgreSQL server -------------------------------------------------------------


def _assert_one_sentence(message: str, secret: str) -> None:
    assert "\n" not in message and message.endswith(".")
    assert message.count("; ") <= 1
    assert secret not in message


@pytest.mark.postgres
def test_a_postgresql_database_is_created_migrated_and_needs_no_file(
    pg_url: str, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "data")
    with api.open_store(pg_url, data.root) as store:
        assert store.path is None
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert store.engine.dialect.name == "postgresql"
    assert not data.database.exists()
    assert not any(data.backups.iterdir())  # backups are the server administrator's job


@pytest.mark.postgres
def test_postgresql_columns_use_native_types(pg_url: str, tmp_path: Path) -> None:
    with api.open_store(pg_url, tmp_path / "data") as store, store.engine.connect() as db:
        rows = db.execute(
            text(
                "SELECT table_name || '.' || column_name, data_type"
                " FROM information_schema.columns WHERE table_schema = current_schema()"
            )
        )
        types: dict[str, str] = {name: kind for name, kind in rows}
    assert types["cards.id"] == "uuid"
    assert types["cards.phase_id"] == "uuid"
    assert types["cards.created_at"] == "timestamp with time zone"
    assert types["cards.position"] == "double precision"
    assert types["phases.categories"] == "json"
    assert types["workshops.anonymous"] == "boolean"


@pytest.mark.postgres
def test_two_laptops_on_one_server_see_each_others_cards(
    pg_url: str, tmp_path: Path, mini_template: Template
) -> None:
    with (
        api.open_store(pg_url, tmp_path / "laptop-1") as one,
        api.open_store(pg_url, tmp_path / "laptop-2") as two,
    ):
        workshop = make_workshop(one, mini_template)
        drivers = phase_of(workshop, PhaseKind.DRIVERS)
        card_id = api.add_card(two, drivers.id, "Saisie à la table 2", device="laptop-2").new_id
        assert api.get_card(one, card_id).text == "Saisie à la table 2"
        api.update_card(one, card_id, impact=4)
        assert api.get_card(two, card_id).impact == 4


@pytest.mark.postgres
def test_laptops_opening_a_new_server_database_at_once_migrate_it_once(
    pg_url: str, tmp_path: Path
) -> None:
    barrier = threading.Barrier(4)

    def open_and_count(n: int) -> int:
        barrier.wait()
        with api.open_store(pg_url, tmp_path / f"laptop-{n}") as store:
            return len(api.list_workshops(store))

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(open_and_count, range(4))) == [0, 0, 0, 0]
    engine = make_engine(pg_url)
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_connection_dropped_by_the_server_is_replaced(
    pg_server: PgServer, pg_url: str, tmp_path: Path, mini_template: Template
) -> None:
    with api.open_store(pg_url, tmp_path / "data") as store:
        workshop = make_workshop(store, mini_template)
        pg_server.terminate_connections(pg_url)  # a server restart, a network blip
        drivers = phase_of(workshop, PhaseKind.DRIVERS)
        card_id = api.add_card(store, drivers.id, "Après la coupure").new_id
        assert api.get_card(store, card_id).text == "Après la coupure"


@pytest.mark.postgres
def test_a_server_refusing_changes_is_one_sentence_and_keeps_the_data(
    pg_server: PgServer, pg_url: str, tmp_path: Path, mini_template: Template
) -> None:
    with api.open_store(pg_url, tmp_path / "data") as store:
        workshop = make_workshop(store, mini_template)
    pg_server.set_read_only(pg_url)  # as on a standby, or during maintenance
    with api.open_store(pg_url, tmp_path / "data") as store:
        drivers = phase_of(workshop, PhaseKind.DRIVERS)
        with pytest.raises(api.StorageError) as err:
            api.add_card(store, drivers.id, "Pendant la maintenance")
        assert "accepts no changes" in str(err.value)
        _assert_one_sentence(str(err.value), str(make_url(pg_url).password))
        assert api.load_workshop(store, workshop.workshop.id).cards == workshop.cards


@pytest.mark.postgres
def test_postgresql_address_without_a_driver_uses_psycopg(pg_url: str, tmp_path: Path) -> None:
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with api.open_store(plain, tmp_path / "data") as store:
        assert store.engine.dialect.driver == "psycopg"
        assert api.list_workshops(store) == []


@pytest.mark.postgres
def test_a_wrong_password_is_one_sentence_without_the_password(pg_url: str, tmp_path: Path) -> None:
    wrong = make_url(pg_url).set(password="not-the-password-42")
    with pytest.raises(api.StorageError) as err:
        api.open_store(wrong.render_as_string(hide_password=False), tmp_path / "data")
    message = str(err.value)
    assert "refused the user name or password" in message
    assert f"on 127.0.0.1:{wrong.port}" in message
    _assert_one_sentence(message, "not-the-password-42")


@pytest.mark.postgres
def test_a_missing_server_database_is_one_sentence(pg_url: str, tmp_path: Path) -> None:
    missing = make_url(pg_url).set(database="coopatelier_nowhere")
    with pytest.raises(api.StorageError) as err:
        api.open_store(missing.render_as_string(hide_password=False), tmp_path / "data")
    message = str(err.value)
    assert "coopatelier_nowhere" in message and "does not exist" in message
    _assert_one_sentence(message, str(missing.password))


def test_an_unreachable_server_is_one_sentence(tmp_path: Path) -> None:
    """Needs no server: nothing listens on the port."""
    url = f"postgresql+psycopg://team:s3cret-pw@127.0.0.1:{free_port()}/ateliers"
    with pytest.raises(api.StorageError) as err:
        api.open_store(url, tmp_path / "data")
    message = str(err.value)
    assert message.startswith("The database ateliers on 127.0.0.1:")
    assert "cannot be reached" in message
    _assert_one_sentence(message, "s3cret-pw")


def test_an_unknown_kind_of_database_address_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(api.StorageError, match="cannot use “mongodb” databases"):
        api.open_store("mongodb://team:pw@db.example.org/ateliers", tmp_path / "data")
