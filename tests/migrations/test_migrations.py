"""Schema migrations: upgrading a database of the first revision, with data in it, on a
SQLite file and on a PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from coopatelier import api
from coopatelier.domain.model import CardKind, PhaseKind
from coopatelier.paths import DataDir
from coopatelier.storage import migrate, orm
from coopatelier.storage.backup import list_backups
from coopatelier.storage.engine import make_engine
from coopatelier.templates.loader import Template

TS = "2026-04-14 09:00:00.000000"


def _first_revision_database(data: DataDir) -> dict[str, uuid.UUID]:
    """A database at revision 0001 holding a workshop, a phase, an organisation, a card
    with a partner and a link, a vote round and a vote — written with raw SQL, as the
    first release of CoopAtelier would have."""
    url = f"sqlite:///{data.database}"
    migrate.upgrade(url, data.backups, target="0001")
    ids = {name: uuid.uuid4() for name in ("w", "p", "o", "c1", "c2", "r", "v")}
    h = {k: v.hex for k, v in ids.items()}
    with sqlite3.connect(data.database) as db:
        db.execute(
            "INSERT INTO workshops VALUES (?, 'Atelier 2030', 'Comment manger mieux ?', 2030,"
            " 'Marseille', '2026-04-14', 'Cité des associations', 'PAT', 0, 'x', 'fr', ?, ?)",
            (h["w"], TS, TS),
        )
        db.execute(
            "INSERT INTO phases (id, workshop_id, position, kind, title, instructions, question,"
            " facilitator_notes, planned_minutes, categories, actual_start, actual_end,"
            " updated_at) VALUES (?, ?, 0, 'drivers', 'Moteurs', '', '', '', 30,"
            " '[\"Société\"]', ?, NULL, ?)",
            (h["p"], h["w"], TS, TS),
        )
        db.execute(
            "INSERT INTO organisations VALUES (?, ?, 'Fondation de France', ?)",
            (h["o"], h["w"], TS),
        )
        for card, text in (
            ("c1", "Précarité alimentaire « en hausse »"),
            ("c2", "Circuits courts"),
        ):
            db.execute(
                "INSERT INTO cards (id, workshop_id, phase_id, kind, text, position, table_label,"
                " author, device, created_at, updated_at, category, title, impact, nature,"
                " uncertainty, narrative, quadrant, description, first_step, means, indicator)"
                " VALUES (?, ?, ?, 'driver', ?, 1.0, 'Table 1', 'Awa', 'laptop-1', ?, ?,"
                " 'Société', '', 5, 'tendance_lourde', 4, '', '', '', '', '', '')",
                (h[card], h["w"], h["p"], text, TS, TS),
            )
        db.execute("INSERT INTO card_partners VALUES (?, ?, 'finance', 0)", (h["c1"], h["o"]))
        db.execute("INSERT INTO card_links VALUES (?, ?, 0)", (h["c1"], h["c2"]))
        db.execute(
            "INSERT INTO vote_rounds VALUES (?, ?, ?, 'Tour 1', 3, 0, 1, ?, ?)",
            (h["r"], h["w"], h["p"], TS, TS),
        )
        db.execute(
            "INSERT INTO votes VALUES (?, ?, ?, 2, 'laptop-1', ?)", (h["v"], h["r"], h["c1"], TS)
        )
    return ids


def test_upgrade_from_first_revision_keeps_every_row(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").ensure()
    ids = _first_revision_database(data)

    with api.open_store(data_dir=data.root) as store:
        loaded = api.load_workshop(store, ids["w"])
        numbers = api.round_numbers(store, ids["r"])
    assert loaded.workshop.title == "Atelier 2030"
    # the round already open keeps the numbers its cards had (0007): the room's order
    assert set(numbers) == {ids["c1"], ids["c2"]} and sorted(numbers.values()) == [1, 2]
    assert loaded.workshop.date == dt.date(2026, 4, 14)
    (phase,) = loaded.phases
    assert phase.kind is PhaseKind.DRIVERS
    assert phase.categories == ("Société",)
    assert phase.actual_start == dt.datetime(2026, 4, 14, 9, tzinfo=dt.UTC)
    # its start (and no end: it was running) became its one run interval (0003)
    assert phase.runs == (api.PhaseRun(dt.datetime(2026, 4, 14, 9, tzinfo=dt.UTC)),)
    assert phase.status is api.PhaseStatus.RUNNING
    assert loaded.workshop.ended_at is None
    assert (phase.timer_elapsed_seconds, phase.timer_extra_seconds) == (0.0, 0)
    assert phase.timer_running_since is None
    cards = {c.id: c for c in loaded.cards}
    first = cards[ids["c1"]]
    assert first.text == "Précarité alimentaire « en hausse »"
    assert first.kind is CardKind.DRIVER
    assert (first.impact, first.uncertainty, first.table_label) == (5, 4, "Table 1")
    assert first.partners[0].organisation_id == ids["o"]
    assert first.links == (ids["c2"],)
    assert [(v.card_id, v.dots) for v in loaded.votes] == [(ids["c1"], 2)]


def test_upgrade_makes_a_backup_of_the_old_file_first(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").ensure()
    ids = _first_revision_database(data)
    with api.open_store(data_dir=data.root):
        pass
    backups = [b for b in list_backups(data.backups) if "before-migration" in b.reason]
    assert len(backups) == 1
    with sqlite3.connect(backups[0].path) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        titles = old.execute("SELECT title FROM workshops WHERE id = ?", (ids["w"].hex,))
        assert titles.fetchone() == ("Atelier 2030",)


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    with api.open_store(data_dir=data.root):
        pass
    assert list_backups(data.backups) == []


def test_opening_an_up_to_date_database_changes_nothing(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    with api.open_store(data_dir=data.root):
        pass
    assert migrate.upgrade(f"sqlite:///{data.database}", data.backups) is None
    assert list_backups(data.backups) == []


def test_migrations_produce_exactly_the_orm_schema(any_store: api.Store) -> None:
    """From an empty database to head, on every backend."""
    with any_store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, orm.Base.metadata) == []
    assert migrate.current_revision(any_store.engine) == migrate.head_revision()


def test_downgrade_then_upgrade_round_trips(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").ensure()
    ids = _first_revision_database(data)
    url = f"sqlite:///{data.database}"
    migrate.upgrade(url, data.backups)
    engine = make_engine(url, foreign_keys=False)
    try:
        from alembic import command

        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        assert migrate.current_revision(engine) == "0001"
    finally:
        engine.dispose()
    with api.open_store(data_dir=data.root) as store:
        assert api.get_card(store, ids["c2"]).text == "Circuits courts"


def _downgrade(url: str, target: str) -> None:
    engine = make_engine(url, foreign_keys=False)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, target)
        assert migrate.current_revision(engine) == target
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_upgrade_from_first_revision_keeps_every_row(
    pg_url: str, tmp_path: Path
) -> None:
    """The server database of a team that ran the first release, upgraded on open."""
    migrate.upgrade(pg_url, None, target="0001")
    ids = {name: uuid.uuid4() for name in ("w", "p", "c")}
    at = dt.datetime(2026, 4, 14, 9, tzinfo=dt.UTC)
    engine = make_engine(pg_url)
    try:
        with engine.begin() as db:
            db.execute(
                text(
                    "INSERT INTO workshops VALUES (:w, 'Atelier 2030', 'Comment manger mieux ?',"
                    " 2030, 'Marseille', '2026-04-14', '', 'PAT', false, 'x', 'fr', :at, :at)"
                ),
                {"w": ids["w"], "at": at},
            )
            db.execute(
                text(
                    "INSERT INTO phases (id, workshop_id, position, kind, title, instructions,"
                    " question, facilitator_notes, planned_minutes, categories, actual_start,"
                    " updated_at) VALUES (:p, :w, 0, 'drivers', 'Moteurs', '', '', '', 30,"
                    " '[\"Société\"]', :at, :at)"
                ),
                {"p": ids["p"], "w": ids["w"], "at": at},
            )
            db.execute(
                text(
                    "INSERT INTO cards (id, workshop_id, phase_id, kind, text, position,"
                    " table_label, author, device, created_at, updated_at, category, title,"
                    " narrative, quadrant, description, first_step, means, indicator, impact)"
                    " VALUES (:c, :w, :p, 'driver', 'Précarité « en hausse »', 1.5, 'Table 1',"
                    " 'Awa', 'laptop-1', :at, :at, 'Société', '', '', '', '', '', '', '', 5)"
                ),
                {"c": ids["c"], "w": ids["w"], "p": ids["p"], "at": at},
            )
    finally:
        engine.dispose()

    with api.open_store(pg_url, tmp_path / "data") as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        loaded = api.load_workshop(store, ids["w"])
    (phase,) = loaded.phases
    assert phase.categories == ("Société",)
    assert phase.actual_start == at
    assert (phase.timer_elapsed_seconds, phase.timer_extra_seconds) == (0.0, 0)
    (card,) = loaded.cards
    assert (card.text, card.impact, card.kind) == ("Précarité « en hausse »", 5, CardKind.DRIVER)


@pytest.mark.postgres
def test_postgresql_downgrade_then_upgrade_round_trips(
    pg_url: str, tmp_path: Path, mini_template: Template
) -> None:
    with api.open_store(pg_url, tmp_path / "data") as store:
        workshop_id = api.create_workshop(store, mini_template, title="Atelier").new_id
    _downgrade(pg_url, "0001")
    with api.open_store(pg_url, tmp_path / "data") as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert api.get_workshop(store, workshop_id).title == "Atelier"
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, orm.Base.metadata) == []


def test_head_constant_matches_the_newest_migration() -> None:
    """The fast path on open compares with ``migrate.HEAD``; it must be Alembic's head."""
    assert migrate.head_revision() == migrate.HEAD
