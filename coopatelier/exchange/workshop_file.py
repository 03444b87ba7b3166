"""The workshop file: one whole workshop as a versioned JSON document.

``workshop_to_dict`` turns a :class:`WorkshopData` into the document, always with the same
keys in the same order and the same list order, so export → import → export gives the same
bytes. Reading and validating a file is ``workshop_file_read.py``; importing one (read,
then merge) is the service ``services/workshop_import.py``; their public names are
importable from here too. The format is documented in ``docs/workshop-format.md`` and
described by ``workshop-format.schema.json`` beside this module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import os
import typing
import uuid
from collections.abc import Callable, Container, Iterable, Mapping
from pathlib import Path
from typing import Any

from coopatelier.domain import model as m
from coopatelier.domain.fields import field_names, optional_of, type_hints
from coopatelier.exchange._common import format_time, write_atomically
from coopatelier.exchange.workshop_file_read import (
    FORMAT,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    SCHEMA_PATH,
    VERSION,
    WorkshopFileError,
    file_fields,
    loads_workshop,
    parse_workshop,
    parse_workshop_sync,
    read_workshop_file,
)
from coopatelier.services.imports import (
    ENTITIES,
    ImportReport,
    SyncState,
    data_device,
    export_sync,
    rows_of,
    synthesized_sync,
)
from coopatelier.services.queries import load_workshop
from coopatelier.services.workshop_import import import_workshop_file
from coopatelier.storage.store import Store

# --- export -------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    """A domain value as the file writes it: ids and enums as their text, times in UTC
    (``format_time``), dates ISO, tuples as lists, a nested value (a partner, a run) as
    an object of its fields."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return format_time(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    return {name: _encode(getattr(value, name)) for name in field_names(type(value))}


def _object(value: object, *where: str, **computed: Any) -> dict[str, Any]:
    """``value`` as an object of the file at ``where``: the schema's keys, in its order
    (``file_fields``); an optional key only when it holds something; ``computed``: the
    values of keys that are not the dataclass's field of that name."""
    key = (type(value), where, tuple(computed))
    writer = _WRITERS.get(key)
    if writer is None:
        writer = _WRITERS[key] = _make_writer(*key)
    result: dict[str, Any] = writer(value, *computed.values())
    return result


_WRITERS: dict[tuple[type[Any], tuple[str, ...], tuple[str, ...]], Callable[..., Any]] = {}

#: how the writer spells a value of each type (``_encode`` for the others)
_SPELLING: dict[Any, str] = {
    str: "{}", int: "{}", bool: "{}", float: "float({})", uuid.UUID: "str({})",
    dt.datetime: "_format_time({})", dt.date: "{}.isoformat()",
}


def _make_writer(
    model: type[Any], where: tuple[str, ...], computed: tuple[str, ...]
) -> Callable[..., Any]:
    """A function ``write(value, *computed)`` giving ``value``'s object in the file, written
    out key by key (as ``dataclasses`` writes ``__init__``): as fast as a writer typed by
    hand, and its keys are the schema's."""
    required, optional = file_fields(*where)
    hints = type_hints(model)
    env: dict[str, Any] = {"_encode": _encode, "_format_time": format_time}

    def spelled(hint: Any, value: str, path: tuple[str, ...]) -> str:
        inner = optional_of(hint)
        base = inner if inner is not None else hint
        if isinstance(base, type) and issubclass(base, enum.Enum):
            text = f"{value}.value"
        elif base in _SPELLING:
            text = _SPELLING[base].format(value)
        elif typing.get_origin(base) is tuple:
            item = typing.get_args(base)[0]
            return f"[{spelled(item, 'item', path)} for item in {value}]"
        elif isinstance(base, type) and dataclasses.is_dataclass(base):  # a partner, a run
            name = "_write_" + "_".join(path)
            env[name] = _make_writer(base, path, ())
            text = f"{name}({value})"
        else:
            text = f"_encode({value})"
        if inner is not None and text != value:
            return f"None if {value} is None else {text}"
        return text

    def key(name: str) -> str:
        value = name if name in computed else f"value.{name}"
        return spelled(hints[name], value, (*where, name))

    lines = [f"def write(value{''.join(', ' + name for name in computed)}):"]
    lines.append("    result = {")
    lines += [f"        {name!r}: {key(name)}," for name in required]
    lines.append("    }")
    for name in optional:  # written only when it says something
        lines.append(f"    if {name if name in computed else 'value.' + name}:")
        lines.append(f"        result[{name!r}] = {key(name)}")
    lines.append("    return result")
    exec("\n".join(lines) + "\n", env)  # our own keys, from the schema
    write: Callable[..., Any] = env["write"]
    return write


def _stamps_dict(data: m.WorkshopData, sync: SyncState) -> dict[str, Any]:
    """The stamps of the rows ``data`` holds, and the tombstones of rows it does not."""
    return stamps_dict(rows_of(data), ENTITIES, sync)


def stamps_dict(
    present: Mapping[str, Container[str]], entities: Iterable[str], sync: SyncState
) -> dict[str, Any]:
    """A file's ``stamps``: of each row ``present`` holds (by entity), its fields' stamps;
    of a row deleted, its tombstone; ``entities``: the file's, in their order."""
    result: dict[str, Any] = {}
    for entity in entities:
        rows: dict[str, dict[str, str]] = {}
        for row_id, row_stamps in sorted(sync.stamps.get(entity, {}).items()):
            if row_id in present[entity]:
                kept = {k: v for k, v in row_stamps.items() if k != "deleted"}
            elif "deleted" in row_stamps:
                kept = {"deleted": row_stamps["deleted"]}
            else:
                continue  # removed with its parent: the parent's tombstone says it
            if kept:
                rows[row_id] = dict(sorted(kept.items()))
        result[entity] = rows
    return result


def workshop_to_dict(data: m.WorkshopData, sync: SyncState | None = None) -> dict[str, Any]:
    """The workshop file's document for ``data``: deleted and merged cards included, no
    volatile value (no export time), keys and lists always in the same order. ``sync``:
    the stamps and version vector of the database (``export_sync``); without it, each
    row's ``updated_at`` becomes its stamp, from a device id derived from the values."""
    if sync is None:
        sync = synthesized_sync(data, data_device(data))
    phase_order = {p.id: (p.position, str(p.id)) for p in data.phases}
    phases = sorted(data.phases, key=lambda p: (p.position, str(p.id)))
    organisations = sorted(data.organisations, key=lambda o: (o.name, str(o.id)))
    participants = sorted(data.participants, key=lambda p: (p.name, str(p.id)))
    cards = sorted(
        data.cards,
        key=lambda c: (
            phase_order.get(c.phase_id, (0, "")), c.position, c.created_at, str(c.id)
        ),
    )
    rounds = sorted(data.rounds, key=lambda r: (r.created_at, str(r.id)))
    votes = sorted(data.votes, key=lambda v: (v.created_at, str(v.id)))
    axes = data.axes
    return {
        "format": FORMAT,
        "version": VERSION,
        "workshop": _object(data.workshop, "workshop"),
        # every interval, those of a phase recorded before intervals too
        "phases": [_object(p, "phases", runs=p.intervals) for p in phases],
        "organisations": [_object(o, "organisations") for o in organisations],
        "participants": [_object(p, "participants") for p in participants],
        "cards": [_object(c, "cards") for c in cards],
        "vote_rounds": [_object(r, "vote_rounds") for r in rounds],
        "votes": [_object(v, "votes") for v in votes],
        "scenario_axes": None if axes is None else _object(axes, "scenario_axes"),
        "stamps": _stamps_dict(data, sync),
        "seen": dict(sorted(sync.seen.items())),
    }


def dumps_workshop(data: m.WorkshopData, sync: SyncState | None = None) -> bytes:
    """The file's bytes: UTF-8 (no BOM), characters as themselves, two-space indent."""
    text = json.dumps(
        workshop_to_dict(data, sync), ensure_ascii=False, indent=2, allow_nan=False
    )
    return (text + "\n").encode("utf-8")


def export_workshop_file(
    store: Store, workshop_id: uuid.UUID, path: str | os.PathLike[str]
) -> Path:
    """Write the workshop file of ``workshop_id`` to ``path`` atomically; return the path."""
    data = load_workshop(store, workshop_id)
    return write_atomically(path, dumps_workshop(data, export_sync(store, workshop_id)))


__all__ = [
    "FORMAT",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "SCHEMA_PATH",
    "VERSION",
    "ImportReport",
    "WorkshopFileError",
    "dumps_workshop",
    "export_workshop_file",
    "import_workshop_file",
    "loads_workshop",
    "parse_workshop",
    "parse_workshop_sync",
    "read_workshop_file",
    "workshop_to_dict",
]
