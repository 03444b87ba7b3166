"""The first screen's plain ``sqlite3`` read (storage/plain_read.py) gives exactly what the
ORM's ``load_workshop`` gives, and knows every column the ORM maps."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import JSON, Boolean, Date, Uuid

from coopatelier import api
from coopatelier.demo import create_demo
from coopatelier.domain.model import CardKind, Partner, PhaseKind
from coopatelier.storage import migrate, orm, plain_read
from coopatelier.templates.loader import Template
from tests.conftest import make_workshop, phase_of

T0 = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)


def _kind_of(column: object) -> str:
    """How the ORM's type of ``column`` is stored on SQLite (plain_read's kinds)."""
    kind = column.type  # type: ignore[attr-defined]
    if isinstance(kind, orm.UTCDateTime):
        return "datetime"
    if isinstance(kind, Uuid):
        return "uuid"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, JSON):
        return "json"
    return "raw"


def test_the_plain_read_names_every_column_of_the_orm_with_its_type() -> None:
    """A column added to storage/orm.py and not to plain_read.COLUMNS fails here."""
    for table, columns in plain_read.COLUMNS.items():
        mapped = orm.Base.metadata.tables[table]
        assert {name: kind for name, kind in columns} == {
            column.name: _kind_of(column) for column in mapped.columns
        }, table


def test_the_plain_read_knows_the_schema_revision_the_store_migrates_to() -> None:
    assert plain_read.REVISION == migrate.HEAD == migrate.head_revision()


def _path(store: api.Store) -> Path:
    assert store.path is not None
    return store.path


def test_the_demo_reads_the_same_both_ways(store: api.Store) -> None:
    made = create_demo(store, language="fr")
    for workshop_id in (made.workshop_id, made.checkpoint_id):
        assert workshop_id is not None
        plain = plain_read.read_workshop(_path(store), workshop_id)
        assert plain == api.load_workshop(store, workshop_id)


def test_a_workshop_with_every_kind_of_row_reads_the_same_both_ways(
    store: api.Store, mini_template: Template
) -> None:
    data = make_workshop(store, mini_template)
    wid = data.workshop.id
    drivers = phase_of(data, PhaseKind.DRIVERS)
    futures = phase_of(data, PhaseKind.FUTURES)
    actions = phase_of(data, PhaseKind.ACTIONS)
    closing = phase_of(data, PhaseKind.CLOSING)
    orgs = [o.id for o in data.organisations]
    api.start_phase(store, drivers.id, at=T0)
    api.pause_phase(store, drivers.id, at=T0 + dt.timedelta(minutes=5))
    api.start_phase(store, drivers.id, at=T0 + dt.timedelta(minutes=7))
    api.end_phase(store, drivers.id, at=T0 + dt.timedelta(minutes=30))
    api.start_phase(store, futures.id, at=T0 + dt.timedelta(minutes=31))
    d1 = api.add_card(store, drivers.id, "Hausse du prix de l’énergie", table_label="Table 1",
                      author="Awa", category="Économie", impact=5, uncertainty=4,
                      nature="incertitude_majeure").new_id
    d2 = api.add_card(store, drivers.id, "Précarité alimentaire", category="Société",
                      impact=4, uncertainty=5).new_id
    duplicate = api.add_card(store, drivers.id, "précarité alimentaire").new_id
    gone = api.add_card(store, drivers.id, "Écrit par erreur").new_id
    api.merge_cards(store, d2, [duplicate])
    api.delete_cards(store, [gone])
    f1 = api.add_card(store, futures.id, "Des cantines 100 % bio", title="Bio partout",
                      narrative="En 2030, …", quadrant="+-").new_id
    api.add_card(store, futures.id, "Des jardins partagés", kind=CardKind.FUTURE)
    a1 = api.add_card(store, actions.id, "Paniers solidaires", title="Paniers",
                      description="Chaque semaine", lead_organisation_id=orgs[0],
                      partners=[Partner(orgs[1], "distribue")], horizon_year=2028,
                      first_step="Réunion", means="2 ETP", indicator="150 paniers",
                      impact=4, effort=2, links=[f1, d1]).new_id
    api.update_card(store, a1, partners=[Partner(orgs[1], "distribue"),
                                         Partner(orgs[0], "finance")])
    api.add_card(store, closing.id, "Date du prochain atelier", checked=True)
    api.set_axes(store, wid, x_driver_id=d1, y_driver_id=d2, x_low="bas", x_high="haut",
                 y_low="faible", y_high="forte")
    round_id = api.create_round(store, futures.id, title="Premier tour", dots_per_person=3,
                                hidden=True, at=T0).new_id
    api.add_votes(store, round_id, f1, 2, at=T0)
    second = api.create_round(store, actions.id, title="Actions", at=T0).new_id
    api.add_votes(store, second, a1, 1, at=T0)
    api.reveal_round(store, round_id)
    api.add_organisation(store, wid, "École des Arts")
    api.end_workshop(store, wid, at=T0 + dt.timedelta(hours=3))

    expected = api.load_workshop(store, wid)
    assert expected.rounds and expected.votes and expected.axes is not None
    assert any(c.merged_into_id for c in expected.cards)
    assert any(c.deleted_at for c in expected.cards)
    assert any(c.partners and c.links for c in expected.cards)
    assert plain_read.read_workshop(_path(store), wid) == expected


def test_a_workshop_that_is_not_there_reads_as_none(store: api.Store) -> None:
    create_demo(store, language="en")
    assert plain_read.read_workshop(_path(store), uuid.uuid4()) is None


def test_what_the_wal_holds_is_read(store: api.Store, workshop: api.WorkshopData) -> None:
    """A card committed a moment ago is in the -wal file, not yet in the database file."""
    path = _path(store)
    card = api.add_card(store, workshop.phases[0].id, "Dans le journal").new_id
    assert Path(f"{path}-wal").stat().st_size > 0
    plain = plain_read.read_workshop(path, workshop.workshop.id)
    assert plain is not None and plain.card(card) is not None


@pytest.mark.parametrize("revision", ["0004_demarches", "9999_future"])
def test_another_schema_revision_is_left_to_the_store(
    store: api.Store, workshop: api.WorkshopData, revision: str
) -> None:
    path = _path(store)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    with pytest.raises(plain_read.PlainReadUnavailable):
        plain_read.read_workshop(path, workshop.workshop.id)


def test_a_file_that_is_not_sqlite_is_left_to_the_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(plain_read.PlainReadUnavailable):
        plain_read.read_workshop(path, uuid.uuid4())
    assert path.read_text(encoding="utf-8") == "not a database"  # untouched


def test_the_plain_read_imports_no_sqlalchemy() -> None:
    import subprocess

    code = (
        "import sys; import coopatelier.storage.plain_read; "
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
