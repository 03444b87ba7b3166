"""Hybrid logical clock stamps, written for every changed field by one session listener.

A stamp is ``f"{ms:013d}-{counter:05d}-{device}"``: wall-clock milliseconds, a counter and
the device id of the database that made the change. Stamps sort as strings in the order of
(time, counter, device). The clock never goes back: it issues a stamp greater than the last
one it issued and than every stamp it received (``observe``), so a change made after seeing
another sorts after it whatever the laptops' clocks say.

``install`` puts an ``after_flush`` listener (keys and foreign keys are set by then,
and the session still holds what the flush wrote) on a session factory: every new, changed or
deleted row of a workshop table gets its stamps in ``field_stamps`` without any service
doing anything — a new table with a ``workshop_id`` column (or a parent in ``PARENTS``) is
covered as it is. A new row writes one stamp for the whole row (field ``""``); a change
writes one per changed field; a deletion writes the tombstone (field ``"deleted"``), for
a row removed from a ``delete-orphan`` collection as well (``after_delete`` lists them: the
unit of work deletes orphans without putting them in ``session.deleted``). Every
stamp issued also raises the workshop's version vector (``seen_stamps``) for this device.
A session whose ``info`` holds ``MERGING`` is not stamped: the merge writes the stamps it
brings.
"""

from __future__ import annotations

import re
import time
import uuid
import weakref
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, event, insert, inspect, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, object_session, sessionmaker

from coopatelier.storage import orm

#: ``session.info`` key: the merge writes stamps itself
MERGING = "coopatelier_merging"
STAMP_RE = re.compile(r"\d{13}-\d{5}-[0-9a-z]{1,32}")
#: never stamped: identity, the workshop or démarche a row belongs to, local bookkeeping
#: (which démarche a workshop is in travels in the démarche file, not in a workshop's)
UNSTAMPED = frozenset({"id", "workshop_id", "demarche_id", "updated_at"})
#: rows without a ``workshop_id`` of their own: the parent that knows it (an action's
#: history entry belongs to the action's workshop, not to the one it was recorded in)
PARENTS: dict[type[Any], tuple[type[Any], str]] = {
    orm.CardPartnerRow: (orm.CardRow, "card_id"),
    orm.CardLinkRow: (orm.CardRow, "card_id"),
    orm.VoteRow: (orm.VoteRoundRow, "round_id"),
    orm.ActionEventRow: (orm.CardRow, "action_id"),
}
#: a démarche's own rows: their scope is the démarche (its id stands for a workshop's in
#: ``field_stamps``, ``seen_stamps``); the column that names it
DEMARCHE_ROWS: dict[type[Any], str] = {
    orm.DemarcheRow: "id",
    orm.DemarcheMemberRow: "demarche_id",
    orm.DemarcheDecisionRow: "demarche_id",
}
_MAX_COUNTER = 99_999


def make_stamp(ms: int, counter: int, device: str) -> str:
    return f"{ms:013d}-{counter:05d}-{device}"


def stamp_device(stamp: str) -> str:
    return stamp[20:]


def _clock_part(stamp: str) -> tuple[int, int]:
    if not stamp:
        return (0, 0)
    return int(stamp[:13]), int(stamp[14:19])


def next_stamp(last: str, device: str, now_ms: int | None = None) -> str:
    """The stamp after ``last`` (the greatest stamp issued or seen) at wall time ``now_ms``."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    ms, counter = _clock_part(last)
    if wall > ms:
        return make_stamp(wall, 0, device)
    if counter >= _MAX_COUNTER:
        return make_stamp(ms + 1, 0, device)
    return make_stamp(ms, counter + 1, device)


def row_key(row: object) -> str:
    """The id of a row in ``field_stamps``: its primary key, composite ones joined by ``|``."""
    mapper = inspect(row).mapper
    return "|".join(str(getattr(row, c.key)) for c in mapper.primary_key)


def stamped_fields(table: Any) -> list[str]:
    """The columns of ``table`` that carry stamps."""
    primary = {c.name for c in table.primary_key.columns}
    return [c.name for c in table.columns if c.name not in UNSTAMPED and c.name not in primary]


# --- the clock ----------------------------------------------------------------------------

#: tests set a device's wall clock off (ms to add), keyed by device id
CLOCK_SKEW_MS: dict[str, int] = {}


_REPLICA = cast(Table, orm.ReplicaRow.__table__)
#: the statements of the clock, built once (building them costs more than running them)
_TAKE_LOCK = update(_REPLICA).where(_REPLICA.c.id == 1).values(id=1)
_LOCK_AND_READ = _TAKE_LOCK.returning(_REPLICA.c.device, _REPLICA.c.last_stamp)
_READ = select(_REPLICA.c.device, _REPLICA.c.last_stamp).where(_REPLICA.c.id == 1)
_SET_LAST = update(_REPLICA).where(_REPLICA.c.id == 1).values(last_stamp=bindparam("stamp"))
#: the next stamp, written only if the clock is still the one this process last saw
_ADVANCE = (
    update(_REPLICA)
    .where(
        _REPLICA.c.id == 1,
        _REPLICA.c.device == bindparam("its_device"),
        _REPLICA.c.last_stamp == bindparam("seen"),
    )
    .values(last_stamp=bindparam("stamp"))
)
#: (device, last stamp) as this process last read or wrote them, by database: a guess
#: that saves reading the clock, checked by ``_ADVANCE`` under the write lock
_LAST_SEEN: weakref.WeakKeyDictionary[Engine, tuple[str, str]] = weakref.WeakKeyDictionary()


def _replica(conn: Connection) -> tuple[str, str]:
    # take the write lock first: two processes never read the same last stamp. One
    # ``UPDATE … RETURNING`` where the database has it (SQLite ≥ 3.35, PostgreSQL): it
    # returns the row as the lock found it (PostgreSQL re-reads a row another
    # transaction changed while it waited)
    if conn.dialect.update_returning:
        row = conn.execute(_LOCK_AND_READ).first()
    else:
        conn.execute(_TAKE_LOCK)
        row = conn.execute(_READ).first()
    if row is not None:
        device, last = row[0], row[1]
    else:
        device, last = uuid.uuid4().hex[:12], ""
        conn.execute(insert(_REPLICA).values(id=1, device=device, last_stamp=""))
    _LAST_SEEN[conn.engine] = (device, last)
    return device, last


def device_id(session: Session) -> str:
    """This database's device id (created the first time it is asked for)."""
    return _replica(session.connection())[0]


def _now_ms(device: str) -> int:
    return int(time.time() * 1000) + CLOCK_SKEW_MS.get(device, 0)


def tick(session: Session) -> str:
    """A new stamp, greater than every stamp issued or observed by this database.

    In one statement when the clock is as this process last left it: the stamp after
    that one is written only where the row still holds it, which the database checks
    under the write lock (another process, a rolled-back transaction or a restored file
    changed it: the clock is then read, as it always was)."""
    conn = session.connection()
    engine = conn.engine
    guess = _LAST_SEEN.get(engine)
    if guess is not None:
        device, seen = guess
        stamp = next_stamp(seen, device, _now_ms(device))
        advanced = conn.execute(
            _ADVANCE, {"stamp": stamp, "its_device": device, "seen": seen}
        )
        if advanced.rowcount == 1:
            _LAST_SEEN[engine] = (device, stamp)
            return stamp
    device, last = _replica(conn)
    stamp = next_stamp(last, device, _now_ms(device))
    conn.execute(_SET_LAST, {"stamp": stamp})
    _LAST_SEEN[engine] = (device, stamp)
    return stamp


def observe(session: Session, stamps: Iterable[str]) -> None:
    """Move the clock past every stamp received (no stamp issued later may sort before)."""
    greatest = max(stamps, default="")
    if not greatest:
        return
    conn = session.connection()
    _device, last = _replica(conn)
    if _clock_part(greatest) > _clock_part(last):
        conn.execute(_SET_LAST, {"stamp": greatest})
        _LAST_SEEN[conn.engine] = (_device, greatest)


# --- writing stamps -----------------------------------------------------------------------


#: upsert statements by (dialect, table, keys, values, only greater): built once each
_UPSERTS: dict[tuple[str, str, tuple[str, ...], tuple[str, ...], bool], Any] = {}


def _upsert_statement(dialect: str, table: Any, keys: list[str], values: list[str],
                      only_greater: bool) -> Any:
    cache_key = (dialect, table.name, tuple(keys), tuple(values), only_greater)
    statement = _UPSERTS.get(cache_key)
    if statement is None:
        insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(table)
        excluded = statement.excluded  # each access builds its column proxies anew
        stored, incoming = table.c.stamp, excluded.stamp
        if dialect == "postgresql":  # byte order, as Python compares stamps, whatever
            stored, incoming = stored.collate("C"), incoming.collate("C")  # the locale
        statement = statement.on_conflict_do_update(
            index_elements=keys, set_={name: excluded[name] for name in values},
            where=(stored < incoming) if only_greater else None,
        )
        _UPSERTS[cache_key] = statement
    return statement


def upsert(conn: Connection, table: Any, rows: list[dict[str, Any]], keys: list[str],
           values: list[str], *, only_greater: bool = False) -> None:
    """Insert ``rows``, replacing ``values`` of the rows whose ``keys`` exist (only where
    the row's ``stamp`` is greater than the one stored, with ``only_greater``)."""
    if not rows:
        return
    statement = _upsert_statement(conn.dialect.name, table, keys, values, only_greater)
    conn.execute(statement, rows)  # one statement, compiled once, executed for each row


def write_stamps(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """``rows``: entity, row_id, field, workshop_id, stamp."""
    upsert(conn, orm.FieldStampRow.__table__, rows, ["entity", "row_id", "field"],
           ["stamp", "workshop_id"])


def raise_seen(conn: Connection, workshop_id: uuid.UUID, vector: dict[str, str]) -> None:
    """Raise the workshop's version vector to at least ``vector`` (one statement: a
    device's stamp is replaced only by a greater one)."""
    rows = [
        {"workshop_id": workshop_id, "device": device, "stamp": stamp}
        for device, stamp in sorted(vector.items())
    ]
    upsert(conn, orm.SeenStampRow.__table__, rows, ["workshop_id", "device"], ["stamp"],
           only_greater=True)


_FIELD_STAMPS = cast(Table, orm.FieldStampRow.__table__)
_FORGET_ROWS = delete(_FIELD_STAMPS).where(
    _FIELD_STAMPS.c.entity == bindparam("entity"),
    _FIELD_STAMPS.c.row_id.in_(bindparam("row_ids", expanding=True)),
)


_FORGET_ROW = delete(_FIELD_STAMPS).where(
    _FIELD_STAMPS.c.entity == bindparam("entity"),
    _FIELD_STAMPS.c.row_id == bindparam("row_id"),
)


def forget_row_stamps(conn: Connection, entity: str, row_ids: list[str]) -> None:
    """Drop every stamp of these rows (before a row is written anew)."""
    if len(row_ids) == 1:  # a capture: no list to expand
        conn.execute(_FORGET_ROW, {"entity": entity, "row_id": row_ids[0]})
        return
    for start in range(0, len(row_ids), 400):
        conn.execute(_FORGET_ROWS, {"entity": entity, "row_ids": row_ids[start : start + 400]})


def rescope(conn: Connection, entity: str, row_ids: list[str], scope: uuid.UUID) -> None:
    """Move these rows' stamps to ``scope`` (an organisation that joins a démarche's list)."""
    table = orm.FieldStampRow
    for start in range(0, len(row_ids), 400):
        conn.execute(update(table).where(
            table.entity == entity, table.row_id.in_(row_ids[start : start + 400])
        ).values(workshop_id=scope))


def forget_workshop(conn: Connection, workshop_id: uuid.UUID) -> None:
    """A workshop (or a démarche) removed from this database takes its stamps and conflicts
    with it: a later import of its file brings it back whole."""
    for model in (orm.FieldStampRow, orm.SeenStampRow, orm.MergeConflictRow):
        conn.execute(delete(model).where(model.workshop_id == workshop_id))


# --- the listener -------------------------------------------------------------------------


def _workshop_of(session: Session, row: object) -> uuid.UUID | None:
    """The scope of a row's stamps: its workshop, or its démarche for a démarche's own rows
    and for the organisations a démarche's workshops share (no ``workshop_id``)."""
    if isinstance(row, orm.WorkshopRow):
        return row.id
    column = DEMARCHE_ROWS.get(type(row))
    if column is not None:
        scope = getattr(row, column)
        return scope if isinstance(scope, uuid.UUID) else None
    parent = PARENTS.get(type(row))
    value = None if parent is not None else getattr(row, "workshop_id", None)
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(row, orm.OrganisationRow) and isinstance(row.demarche_id, uuid.UUID):
        return row.demarche_id
    if parent is None:
        return None
    model, column = parent
    with session.no_autoflush:
        owner = session.get(model, getattr(row, column))
    return None if owner is None else _workshop_of(session, owner)


#: a mapped class's stamped columns: (column name, attribute key)
_STAMPED: dict[type[Any], list[tuple[str, str]]] = {}


def _stamped_attributes(row: object) -> list[tuple[str, str]]:
    kind = type(row)
    found = _STAMPED.get(kind)
    if found is None:
        mapper = inspect(row).mapper
        table = mapper.local_table
        found = [
            (name, mapper.get_property_by_column(table.c[name]).key)
            for name in stamped_fields(table)
        ]
        _STAMPED[kind] = found
    return found


def _changed_fields(row: object) -> list[str]:
    attrs = inspect(row).attrs
    changed = []
    for name, key in _stamped_attributes(row):
        history = attrs[key].history
        if not history.added:
            continue
        if history.deleted and history.deleted[0] == history.added[0]:
            continue
        changed.append(name)
    return changed


def _moved(row: object) -> bool:
    """Whether the list a row belongs to changed (its ``workshop_id`` or ``demarche_id``)."""
    state = inspect(row)
    return any(
        state.attrs[name].history.has_changes()
        for name in ("workshop_id", "demarche_id") if name in state.attrs
    )


def _tracked(row: object) -> bool:
    table = getattr(type(row), "__tablename__", None)
    return table is not None and table not in orm.SYNC_TABLES


#: ``session.info`` key: the rows deleted by the flush under way, as ``after_delete`` saw
#: them (present only in the sessions of a factory ``install`` was given)
_FLUSH_DELETED = "coopatelier_flush_deleted"


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    session.info[_FLUSH_DELETED] = []  # a flush that failed leaves nothing behind


def _after_delete(_mapper: object, _connection: object, row: object) -> None:
    """Every row the flush deletes, orphans included: a row removed from a collection
    with ``delete-orphan`` (``card.partners.clear()``) is deleted by the unit of work
    without ever being in ``session.deleted``, and would leave no tombstone."""
    session = object_session(row)
    if session is not None:
        found = session.info.get(_FLUSH_DELETED)
        if found is not None:
            found.append(row)


def _deleted_rows(session: Session) -> list[Any]:
    """The rows this flush deleted: ``session.deleted`` and the orphans."""
    rows: list[Any] = list(session.deleted)
    orphans = session.info.pop(_FLUSH_DELETED, None) or []
    rows.extend(row for row in orphans if row not in session.deleted)
    return rows


def _after_flush(session: Session, _context: object) -> None:
    gone_rows = _deleted_rows(session)
    if session.info.get(MERGING):
        return
    deleted: list[tuple[str, str, uuid.UUID]] = []
    created: list[tuple[str, str, uuid.UUID]] = []
    edited: list[tuple[str, str, uuid.UUID, list[str]]] = []
    gone_workshops: list[uuid.UUID] = []
    rescoped: list[tuple[str, str, uuid.UUID]] = []
    for row in gone_rows:
        if isinstance(row, (orm.WorkshopRow, orm.DemarcheRow)):
            gone_workshops.append(row.id)
        elif _tracked(row) and (wid := _workshop_of(session, row)) is not None:
            deleted.append((type(row).__tablename__, row_key(row), wid))
    for row in list(session.new):
        if _tracked(row) and (wid := _workshop_of(session, row)) is not None:
            created.append((type(row).__tablename__, row_key(row), wid))
    for row in list(session.dirty):
        if not _tracked(row) or not session.is_modified(row, include_collections=False):
            continue
        fields = _changed_fields(row)
        if fields and (wid := _workshop_of(session, row)) is not None:
            edited.append((type(row).__tablename__, row_key(row), wid, fields))
        # a workshop's organisation that joined its démarche's list, or left it
        if isinstance(row, orm.OrganisationRow) and _moved(row) and (
            wid := _workshop_of(session, row)
        ) is not None:
            rescoped.append((type(row).__tablename__, row_key(row), wid))
    conn = session.connection()
    for entity, row_id, scope in rescoped:
        rescope(conn, entity, [row_id], scope)
    for workshop_id in gone_workshops:
        forget_workshop(conn, workshop_id)
    if gone_workshops:  # its rows go with it, leaving nothing behind
        deleted = [d for d in deleted if d[2] not in gone_workshops]
        created = [c for c in created if c[2] not in gone_workshops]
        edited = [e for e in edited if e[2] not in gone_workshops]
    _write(session, conn, deleted, created, edited)


def _write(
    session: Session,
    conn: Connection,
    deleted: list[tuple[str, str, uuid.UUID]],
    created: list[tuple[str, str, uuid.UUID]],
    edited: list[tuple[str, str, uuid.UUID, list[str]]],
) -> None:
    """Stamp rows deleted, created and edited (entity, row id, scope[, fields]): one new
    stamp for all of them, and the version vector of each scope raised to it."""
    if not (deleted or created or edited):
        return
    stamp = tick(session)
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}

    def put(entity: str, row_id: str, field: str, workshop_id: uuid.UUID) -> None:
        rows[entity, row_id, field] = {
            "entity": entity, "row_id": row_id, "field": field,
            "workshop_id": workshop_id, "stamp": stamp,
        }

    for entity, row_id, wid in deleted:
        put(entity, row_id, "deleted", wid)
    by_entity: dict[str, list[str]] = {}
    for entity, row_id, wid in created:
        rows.pop((entity, row_id, "deleted"), None)
        by_entity.setdefault(entity, []).append(row_id)
        put(entity, row_id, "", wid)
    for entity, ids in by_entity.items():
        forget_row_stamps(conn, entity, ids)  # a restored row is written anew
    for entity, row_id, wid, fields in edited:
        for name in fields:
            put(entity, row_id, name, wid)
    write_stamps(conn, list(rows.values()))
    for workshop_id in {wid for _e, _r, wid in (*deleted, *created)} | {
        e[2] for e in edited
    }:
        raise_seen(conn, workshop_id, {stamp_device(stamp): stamp})


#: Core inserts by table, built once
_INSERTS: dict[str, Any] = {}


def insert_new(session: Session, model: type[Any], values: dict[str, Any]) -> None:
    """Insert one new row of a table scoped by its ``workshop_id`` with a Core statement
    (a capture's card: none of the unit of work's bookkeeping, which costs more than the
    insert) and stamp it as the flush listener stamps every new row, with the same
    writer: the one way to write a tracked row outside a flush, never unstamped."""
    table = cast(Table, model.__table__)
    scope = values.get("workshop_id")
    if (
        model in PARENTS or model in DEMARCHE_ROWS or model is orm.OrganisationRow
        or table.name in orm.SYNC_TABLES or not isinstance(scope, uuid.UUID)
    ):
        raise ValueError(f"insert_new: {table.name} rows are written through a flush")
    statement = _INSERTS.get(table.name)
    if statement is None:
        statement = _INSERTS[table.name] = insert(table)
    conn = session.connection()
    conn.execute(statement, values)
    if session.info.get(MERGING):
        return
    row_id = "|".join(str(values[column.name]) for column in table.primary_key.columns)
    _write(session, conn, [], [(table.name, row_id, scope)], [])


def install(factory: sessionmaker[Session]) -> None:
    """Stamp every change made through sessions of ``factory``."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    if not event.contains(orm.Base, "after_delete", _after_delete):
        event.listen(orm.Base, "after_delete", _after_delete, propagate=True)


def load_stamps(
    session: Session, workshop_id: uuid.UUID
) -> dict[str, dict[str, dict[str, str]]]:
    """Every stamp of a workshop: entity → row id → field → stamp (tombstones included)."""
    table = orm.FieldStampRow.__table__
    result: dict[str, dict[str, dict[str, str]]] = {}
    query = select(table.c.entity, table.c.row_id, table.c.field, table.c.stamp).where(
        table.c.workshop_id == workshop_id
    )
    for entity, row_id, field, stamp in session.connection().execute(query):
        result.setdefault(entity, {}).setdefault(row_id, {})[field] = stamp
    return result


def load_seen(session: Session, workshop_id: uuid.UUID) -> dict[str, str]:
    table = orm.SeenStampRow.__table__
    return dict(session.connection().execute(
        select(table.c.device, table.c.stamp).where(table.c.workshop_id == workshop_id)
    ).all())


__all__ = [
    "MERGING",
    "STAMP_RE",
    "device_id",
    "insert_new",
    "install",
    "load_seen",
    "load_stamps",
    "make_stamp",
    "next_stamp",
    "observe",
    "row_key",
    "stamp_device",
    "stamped_fields",
    "tick",
]
