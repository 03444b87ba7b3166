"""The first screen's read: one whole workshop from a SQLite file with Python's ``sqlite3``,
without SQLAlchemy, as the very same ``WorkshopData`` as ``services.queries.load_workshop``.

The app's start (``ui/app.py``) shows the last workshop from this read and imports
SQLAlchemy, opens the store and checks the schema right after the window is shown. It is
only a shortcut: whenever anything is unusual — a file that is not at the schema revision
this code knows, a missing workshop, any ``sqlite3`` error — :func:`read_workshop` returns
None or raises :class:`PlainReadUnavailable` and the start takes the ORM's path.

The rows go through the same ``storage/convert.py`` functions as the ORM's. ``COLUMNS``
gives each table's columns (the entity's dataclass fields, ``domain/fields.py``) and how
SQLAlchemy decodes them on SQLite (a UUID as 32 hex
digits, a date or a UTC datetime as ISO text, a boolean as 0/1, JSON as text);
``tests/unit/test_plain_read.py`` checks it against the ORM's table metadata (a column
added to ``storage/orm.py`` and not to the dataclass fails), and checks that both reads
give equal ``WorkshopData``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import typing
import uuid
from collections import namedtuple
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, cast

from coopatelier.domain import model as m
from coopatelier.domain.collation import sort_key
from coopatelier.domain.fields import WORKSHOP_ENTITIES, Entity, optional_of, type_hints
from coopatelier.storage import convert
from coopatelier.storage.uri import SQLITE_HEADER, read_only_uri

#: the schema revision this read knows (``storage/migrate.py`` ``HEAD``; a test checks it)
REVISION = "0007_round_numbers"
#: a writer holding the file for a moment (a checkpoint) delays the read, as the store's
BUSY_TIMEOUT_MS = 5000

Kind = Literal["uuid", "date", "datetime", "bool", "json", "raw"]

def _kind(hint: Any) -> Kind:
    """How SQLAlchemy stores a field of type ``hint`` on SQLite."""
    inner = optional_of(hint)
    base = inner if inner is not None else hint
    if base is uuid.UUID:
        return "uuid"
    if base is dt.datetime:
        return "datetime"
    if base is dt.date:
        return "date"
    if base is bool:
        return "bool"
    if typing.get_origin(base) is tuple:  # a phase's categories and runs
        return "json"
    return "raw"


def _columns(entity: Entity) -> tuple[tuple[str, Kind], ...]:
    hints = type_hints(entity.model)
    return tuple((name, _kind(hints[name])) for name in entity.columns)


#: the columns of every table the workshop is read from, with how SQLite stores them: an
#: entity's from its dataclass (``domain/fields.py``), a card's partners and links here
COLUMNS: dict[str, tuple[tuple[str, Kind], ...]] = {
    **{name: _columns(entity) for name, entity in WORKSHOP_ENTITIES.items()},
    "card_partners": (
        ("card_id", "uuid"), ("organisation_id", "uuid"), ("role", "raw"), ("position", "raw"),
    ),
    "card_links": (("card_id", "uuid"), ("target_id", "uuid"), ("position", "raw")),
}


class PlainReadUnavailable(Exception):
    """The file cannot be read this way (not SQLite, another schema revision, an SQLite
    error): the caller takes the store's path, which says what is wrong if anything is."""


def _uuid(value: object) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def _date(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def _datetime(value: object) -> dt.datetime | None:
    """As ``orm.UTCDateTime`` reads SQLite's naive UTC text."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _bool(value: object) -> bool | None:
    return None if value is None else bool(value)


def _json(value: object) -> Any:
    return None if value is None else json.loads(str(value))


_DECODERS: dict[Kind, Callable[[Any], Any] | None] = {
    "uuid": _uuid,
    "date": _date,
    "datetime": _datetime,
    "bool": _bool,
    "json": _json,
    "raw": None,
}


class _Table:
    """One table's ``SELECT`` list and the row class its rows become (attribute access, as
    the ``convert`` functions expect of an ORM row)."""

    def __init__(self, name: str) -> None:
        columns = COLUMNS[name]
        self.name = name
        self.select = ", ".join(f"{name}.{column}" for column, _kind in columns)
        self.row: Any = namedtuple(  # type: ignore[misc]
            f"{name}_row", [column for column, _kind in columns]
        )
        self.decoders = [_DECODERS[kind] for _column, kind in columns]

    def rows(self, cursor: sqlite3.Cursor) -> list[Any]:
        make, decoders = self.row._make, self.decoders
        return [
            make(
                [
                    raw if decode is None else decode(raw)
                    for decode, raw in zip(decoders, r, strict=True)
                ]
            )
            for r in cursor
        ]


_TABLES: dict[str, _Table] = {}


def _table(name: str) -> _Table:
    table = _TABLES.get(name)
    if table is None:
        table = _TABLES[name] = _Table(name)
    return table


def is_sqlite_file(path: Path) -> bool:
    """A file that starts as a SQLite database does (read without changing a byte)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path`` that reads what the WAL holds too; raises
    :class:`PlainReadUnavailable` when it cannot be made or the schema is not ours."""
    try:
        connection = sqlite3.connect(
            read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None, check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise PlainReadUnavailable(str(exc)) from exc
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        connection.close()
        raise PlainReadUnavailable(str(exc)) from exc
    if row is None or row[0] != REVISION:
        connection.close()
        raise PlainReadUnavailable(f"schema revision {row[0] if row else None}")
    return connection


def read_workshop(path: Path, workshop_id: uuid.UUID) -> m.WorkshopData | None:
    """The workshop ``workshop_id`` of the SQLite file ``path`` as ``load_workshop`` gives
    it, or None when the file has no such workshop; raises :class:`PlainReadUnavailable`
    when this read cannot be trusted (see the module's docstring)."""
    if not is_sqlite_file(path):
        raise PlainReadUnavailable("not a SQLite file")
    connection = connect(path)
    try:
        connection.execute("BEGIN")  # one snapshot for every query below
        try:
            return _read(connection, workshop_id)
        finally:
            connection.execute("COMMIT")
    except sqlite3.Error as exc:
        raise PlainReadUnavailable(str(exc)) from exc
    finally:
        connection.close()


def _select(
    connection: sqlite3.Connection, name: str, where: str, params: Sequence[object], order: str
) -> list[Any]:
    table = _table(name)
    cursor = connection.execute(
        f"SELECT {table.select} FROM {name} {where} ORDER BY {order}", params
    )
    return table.rows(cursor)


def _read(connection: sqlite3.Connection, workshop_id: uuid.UUID) -> m.WorkshopData | None:
    wid = workshop_id.hex  # SQLAlchemy's Uuid on SQLite: 32 hex digits
    found = _select(connection, "workshops", "WHERE id = ?", (wid,), "id")
    if not found:
        return None
    row = found[0]
    phases = [
        convert.phase(p)
        for p in _select(
            connection, "phases", "WHERE workshop_id = ?", (wid,), "position, id"
        )
    ]
    # a workshop of a démarche uses its démarche's organisations (organisation_scope)
    if row.demarche_id is not None:
        scope, scope_params = "WHERE demarche_id = ?", (row.demarche_id.hex,)
    else:
        scope, scope_params = "WHERE workshop_id = ?", (wid,)
    organisations = [
        convert.organisation(o)
        for o in _select(connection, "organisations", scope, scope_params, "name, id")
    ]
    participants = [
        convert.participant(p)
        for p in _select(
            connection, "participants", "WHERE workshop_id = ?", (wid,), "name, id"
        )
    ]
    organisations.sort(key=lambda o: (sort_key(o.name, row.language), str(o.id)))
    participants.sort(key=lambda p: (sort_key(p.name, row.language), str(p.id)))
    cards = _read_cards(connection, wid)
    rounds = [
        convert.vote_round(r)
        for r in _select(
            connection, "vote_rounds", "WHERE workshop_id = ?", (wid,), "created_at, id"
        )
    ]
    votes = [
        convert.vote(v)
        for v in _select(
            connection,
            "votes",
            "JOIN vote_rounds ON votes.round_id = vote_rounds.id "
            "WHERE vote_rounds.workshop_id = ?",
            (wid,),
            "votes.created_at, votes.id",
        )
    ]
    axes = _select(connection, "scenario_axes", "WHERE workshop_id = ?", (wid,), "workshop_id")
    return m.WorkshopData(
        workshop=convert.workshop(row),
        phases=tuple(phases),
        organisations=tuple(organisations),
        participants=tuple(participants),
        cards=tuple(cards),
        rounds=tuple(rounds),
        votes=tuple(votes),
        axes=convert.axes(axes[0]) if axes else None,
    )


def _read_cards(connection: sqlite3.Connection, wid: str) -> list[m.Card]:
    in_workshop = "WHERE card_id IN (SELECT id FROM cards WHERE workshop_id = ?)"
    partners: dict[uuid.UUID, list[m.Partner]] = {}
    for p in _select(connection, "card_partners", in_workshop, (wid,), "card_id, position"):
        partners.setdefault(p.card_id, []).append(m.Partner(p.organisation_id, p.role))
    links: dict[uuid.UUID, list[uuid.UUID]] = {}
    for link in _select(connection, "card_links", in_workshop, (wid,), "card_id, position"):
        links.setdefault(link.card_id, []).append(link.target_id)
    return [
        convert.card_from_row(
            cast(Any, c), tuple(partners.get(c.id, ())), tuple(links.get(c.id, ()))
        )
        for c in _select(
            connection, "cards", "WHERE workshop_id = ?", (wid,), "position, created_at, id"
        )
    ]


__all__ = ["COLUMNS", "REVISION", "PlainReadUnavailable", "read_workshop"]
