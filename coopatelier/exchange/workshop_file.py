"""The workshop file: one whole workshop as a versioned JSON document.

``workshop_to_dict`` turns a :class:`WorkshopData` into the document, always with the same
keys in the same order and the same list order, so export → import → export gives the same
bytes. Reading and validating a file is ``workshop_file_read.py``; importing one (read,
then merge) is the service ``services/workshop_import.py``; their public names are
importable from here too. The format is documented in ``docs/workshop-format.md`` and
described by ``workshop-format.schema.json`` beside this module.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from pathlib import Path
from typing import Any

from coopatelier.domain import model as m
from coopatelier.exchange._common import format_time, write_atomically
from coopatelier.exchange.workshop_file_read import (
    FORMAT,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    SCHEMA_PATH,
    VERSION,
    WorkshopFileError,
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


def _id(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else format_time(value)


def _stamps_dict(data: m.WorkshopData, sync: SyncState) -> dict[str, Any]:
    """The stamps of the rows ``data`` holds, and the tombstones of rows it does not."""
    present = {entity: set(by_id) for entity, by_id in rows_of(data).items()}
    result: dict[str, Any] = {}
    for entity in ENTITIES:
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
    w = data.workshop
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
        "workshop": {
            "id": str(w.id),
            "title": w.title,
            "focal_question": w.focal_question,
            "horizon_year": w.horizon_year,
            "territory": w.territory,
            "date": w.date.isoformat(),
            "place": w.place,
            "organisers": w.organisers,
            "anonymous": w.anonymous,
            "template_key": w.template_key,
            "language": w.language,
            "created_at": format_time(w.created_at),
            "updated_at": format_time(w.updated_at),
            "ended_at": _time(w.ended_at),
        },
        "phases": [
            {
                "id": str(p.id),
                "position": p.position,
                "kind": p.kind.value,
                "title": p.title,
                "instructions": p.instructions,
                "question": p.question,
                "facilitator_notes": p.facilitator_notes,
                "planned_minutes": p.planned_minutes,
                "categories": list(p.categories),
                "actual_start": _time(p.actual_start),
                "actual_end": _time(p.actual_end),
                "timer_running_since": _time(p.timer_running_since),
                "timer_elapsed_seconds": float(p.timer_elapsed_seconds),
                "timer_extra_seconds": p.timer_extra_seconds,
                "runs": [
                    {"start": format_time(run.start), "end": _time(run.end)}
                    for run in p.intervals
                ],
                "updated_at": format_time(p.updated_at),
                **({"demarche_focus": p.demarche_focus} if p.demarche_focus else {}),
            }
            for p in phases
        ],
        "organisations": [
            {"id": str(o.id), "name": o.name, "updated_at": format_time(o.updated_at)}
            for o in organisations
        ],
        "participants": [
            {
                "id": str(p.id),
                "name": p.name,
                "organisation_id": _id(p.organisation_id),
                "role": p.role,
                "table_label": p.table_label,
                "updated_at": format_time(p.updated_at),
            }
            for p in participants
        ],
        "cards": [_card_dict(c) for c in cards],
        "vote_rounds": [
            {
                "id": str(r.id),
                "phase_id": str(r.phase_id),
                "title": r.title,
                "dots_per_person": r.dots_per_person,
                "hidden": r.hidden,
                "revealed": r.revealed,
                "created_at": format_time(r.created_at),
                "updated_at": format_time(r.updated_at),
            }
            for r in rounds
        ],
        "votes": [
            {
                "id": str(v.id),
                "round_id": str(v.round_id),
                "card_id": str(v.card_id),
                "dots": v.dots,
                "device": v.device,
                "created_at": format_time(v.created_at),
            }
            for v in votes
        ],
        "scenario_axes": None
        if axes is None
        else {
            "x_driver_id": _id(axes.x_driver_id),
            "y_driver_id": _id(axes.y_driver_id),
            "x_low": axes.x_low,
            "x_high": axes.x_high,
            "y_low": axes.y_low,
            "y_high": axes.y_high,
            "updated_at": format_time(axes.updated_at),
        },
        "stamps": _stamps_dict(data, sync),
        "seen": dict(sorted(sync.seen.items())),
    }


def _card_dict(c: m.Card) -> dict[str, Any]:
    return {
        "id": str(c.id),
        "phase_id": str(c.phase_id),
        "kind": c.kind.value,
        "position": float(c.position),
        "text": c.text,
        "title": c.title,
        "category": c.category,
        "nature": c.nature.value if c.nature is not None else None,
        "impact": c.impact,
        "uncertainty": c.uncertainty,
        "narrative": c.narrative,
        "quadrant": c.quadrant,
        "description": c.description,
        "lead_organisation_id": _id(c.lead_organisation_id),
        "partners": [
            {"organisation_id": str(p.organisation_id), "role": p.role} for p in c.partners
        ],
        "horizon_year": c.horizon_year,
        "first_step": c.first_step,
        "means": c.means,
        "indicator": c.indicator,
        "effort": c.effort,
        "checked": c.checked,
        "links": [str(link) for link in c.links],
        "table_label": c.table_label,
        "author": c.author,
        "device": c.device,
        "created_at": format_time(c.created_at),
        "updated_at": format_time(c.updated_at),
        "deleted_at": _time(c.deleted_at),
        "merged_into_id": _id(c.merged_into_id),
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
