"""The démarche file: a whole démarche in one JSON document, so that a laptop can carry it.

A document kind of the workshop-file family (``format`` "coopatelier-demarche", its own
``version`` and JSON Schema, ``demarche-format.schema.json``; docs/workshop-format.md): the
démarche's own fields, its shared organisations, each of its workshops as a whole workshop
document (the workshop file's format, unchanged), every entry of its actions' histories,
the members and decisions of the collective, and (version 2) the stamps of the démarche's
own rows with their tombstones and the démarche's version vector. Export → import → export
is identical. Importing validates everything first, then merges in one transaction, field
by field with the rules of a workshop file: the démarche's rows with their stamps (a file
of version 1: stamps from each row's ``updated_at``, of a device derived from the file's
bytes), each workshop with the stamps its document carries, history entries added once
by id (they are never rewritten).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopatelier.domain import demarche as dm
from coopatelier.domain import model as m
from coopatelier.domain.model import Partner
from coopatelier.errors import ValidationError
from coopatelier.exchange._common import format_time, write_atomically
from coopatelier.exchange.workshop_file import stamps_dict, workshop_to_dict
from coopatelier.exchange.workshop_file_read import (
    MAX_FILE_BYTES,
    WorkshopFileError,
    _fail,
    _Object,
    _parse_date,
    _shown,
    _type_name,
    _unique,
    document_version,
    loads_workshop,
    parse_workshop_sync,
    read_raw,
    read_sync,
)
from coopatelier.services.imports import SyncState, derived_device, export_sync
from coopatelier.storage.store import Store

if TYPE_CHECKING:
    from coopatelier.services.demarche_import import DemarcheImportReport

FORMAT = "coopatelier-demarche"
VERSION = 2
#: the oldest version still read (version 1: no stamps)
OLDEST_VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("demarche-format.schema.json")

TOP_FIELDS_V1 = (
    "format", "version", "demarche", "organisations", "workshops", "action_events", "members",
    "decisions",
)
TOP_FIELDS = (*TOP_FIELDS_V1, "stamps", "seen")
DEMARCHE_FIELDS = (
    "id", "title", "description", "language", "rhythm", "next_meeting_date",
    "next_meeting_place", "collective_roles", "created_at", "updated_at",
)
ORGANISATION_FIELDS = ("id", "name", "updated_at")
EVENT_FIELDS = (
    "id", "action_id", "kind", "happened_on", "recorded_at", "status", "note", "author",
    "replaced_by_id", "roles", "previous_roles", "workshop_id", "device",
)
MEMBER_FIELDS = (
    "id", "organisation_id", "person_name", "collective_role", "position", "updated_at",
)
DECISION_FIELDS = ("id", "decided_on", "text", "workshop_id", "updated_at")


@dataclass(frozen=True, slots=True)
class DemarcheDocument:
    """A démarche file's values, validated."""

    demarche: dm.Demarche
    organisations: tuple[m.Organisation, ...]
    workshops: tuple[m.WorkshopData, ...]
    events: tuple[dm.ActionEvent, ...]
    members: tuple[dm.Member, ...]
    decisions: tuple[dm.Decision, ...]
    #: the stamps and version vector of each workshop, in the order of ``workshops``
    syncs: tuple[SyncState, ...] = ()
    #: the stamps of the démarche's own rows and its version vector (None: derived from
    #: each row's ``updated_at`` when merged)
    sync: SyncState | None = None


# --- export -------------------------------------------------------------------------------


def _id(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _roles(roles: dm.Roles | None) -> dict[str, Any]:
    if roles is None:
        return {}
    return {
        "lead": _id(roles.lead_organisation_id),
        "partners": [[str(p.organisation_id), p.role] for p in roles.partners],
    }


def _stamps_dict(data: dm.DemarcheData, sync: SyncState) -> dict[str, Any]:
    """The stamps of the démarche's rows ``data`` holds, and the tombstones of the others."""
    from coopatelier.services.demarche_import import DEMARCHE_ENTITIES, demarche_rows

    present = demarche_rows(data.demarche, data.organisations, data.members, data.decisions)
    return stamps_dict(present, DEMARCHE_ENTITIES, sync)


def demarche_to_dict(
    data: dm.DemarcheData, syncs: dict[uuid.UUID, SyncState] | None = None,
    sync: SyncState | None = None,
) -> dict[str, Any]:
    """The démarche file's document; ``sync``: the stamps and version vector of the
    démarche's rows (``export_demarche_sync``), without it each row's ``updated_at`` as a
    stamp of a device derived from the values."""
    if sync is None:
        from coopatelier.services.demarche_import import (
            demarche_rows,
            synthesized_demarche_sync,
        )

        rows = demarche_rows(data.demarche, data.organisations, data.members, data.decisions)
        sync = synthesized_demarche_sync(rows, derived_device(repr(sorted(
            repr(row) for by_id in rows.values() for row in by_id.values()
        )).encode("utf-8")))
    document = _document(data, syncs)
    document["stamps"] = _stamps_dict(data, sync)
    document["seen"] = dict(sorted(sync.seen.items()))
    return document


def _document(
    data: dm.DemarcheData, syncs: dict[uuid.UUID, SyncState] | None
) -> dict[str, Any]:
    d = data.demarche
    events = sorted(
        (event for action in data.actions for event in action.history),
        key=lambda e: (str(e.action_id), *map(str, dm.history_order(e))),
    )
    return {
        "format": FORMAT,
        "version": VERSION,
        "demarche": {
            "id": str(d.id),
            "title": d.title,
            "description": d.description,
            "language": d.language,
            "rhythm": d.rhythm,
            "next_meeting_date": d.next_meeting_date.isoformat() if d.next_meeting_date else None,
            "next_meeting_place": d.next_meeting_place,
            "collective_roles": list(d.collective_roles),
            "created_at": format_time(d.created_at),
            "updated_at": format_time(d.updated_at),
        },
        "organisations": [
            {"id": str(o.id), "name": o.name, "updated_at": format_time(o.updated_at)}
            for o in sorted(data.organisations, key=lambda o: (o.name, str(o.id)))
        ],
        "workshops": [
            workshop_to_dict(w, (syncs or {}).get(w.workshop.id)) for w in data.workshops
        ],
        "action_events": [
            {
                "id": str(e.id),
                "action_id": str(e.action_id),
                "kind": e.kind.value,
                "happened_on": e.happened_on.isoformat(),
                "recorded_at": format_time(e.recorded_at),
                "status": e.status.value if e.status else "",
                "note": e.note,
                "author": e.author,
                "replaced_by_id": _id(e.replaced_by_id),
                "roles": _roles(e.roles),
                "previous_roles": _roles(e.previous_roles),
                "workshop_id": _id(e.workshop_id),
                "device": e.device,
            }
            for e in events
        ],
        "members": [
            {
                "id": str(member.id),
                "organisation_id": _id(member.organisation_id),
                "person_name": member.person_name,
                "collective_role": member.collective_role,
                "position": member.position,
                "updated_at": format_time(member.updated_at),
            }
            for member in data.members
        ],
        "decisions": [
            {
                "id": str(decision.id),
                "decided_on": decision.decided_on.isoformat(),
                "text": decision.text,
                "workshop_id": _id(decision.workshop_id),
                "updated_at": format_time(decision.updated_at),
            }
            for decision in data.decisions
        ],
    }


def dumps_demarche(
    data: dm.DemarcheData, syncs: dict[uuid.UUID, SyncState] | None = None,
    sync: SyncState | None = None,
) -> bytes:
    """``syncs``: each workshop's stamps (``export_sync``), ``sync`` the démarche's
    (``export_demarche_sync``); without them, stamps derived from each row's
    ``updated_at``."""
    text = json.dumps(
        demarche_to_dict(data, syncs, sync), ensure_ascii=False, indent=2, allow_nan=False
    )
    return (text + "\n").encode("utf-8")


def export_demarche_file(
    store: Store, demarche_id: uuid.UUID, path: str | os.PathLike[str]
) -> Path:
    from coopatelier.services.demarche_import import export_demarche_sync
    from coopatelier.services.demarche_queries import load_demarche

    data = load_demarche(store, demarche_id)
    syncs = {w.workshop.id: export_sync(store, w.workshop.id) for w in data.workshops}
    sync = export_demarche_sync(store, demarche_id)
    return write_atomically(path, dumps_demarche(data, syncs, sync))


# --- reading untrusted input --------------------------------------------------------------


def _obj(value: object, path: str, fields: tuple[str, ...], what: str) -> _Object:
    return _Object(value, path, fields, what, version=VERSION)


def _optional_date(o: _Object, name: str) -> dt.date | None:
    value = o.raw(name)
    return None if value is None else _parse_date(value, o.at(name))


def _parse_roles(o: _Object, name: str) -> dm.Roles | None:
    """A role change's roles; the organisations they name are not checked against the
    file's list (a history keeps naming an organisation even if it was removed since)."""
    value = o.raw(name)
    if not isinstance(value, dict):
        _fail(o.at(name), "must_be_object", got=_type_name(value))
    if not value:
        return None
    r = _obj(value, o.at(name), ("lead", "partners"), "roles")
    lead = r.optional_ident("lead")
    partners: list[Partner] = []
    for index, item in enumerate(r.items("partners")):
        where = f"{r.at('partners')}[{index}]"
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not isinstance(item[0], str)
            or not isinstance(item[1], str)
        ):
            _fail(where, "partner_pair", got=_shown(item))
        if not _is_uuid(item[0]):
            _fail(where, "uuid", got=_shown(item[0]))
        partners.append(Partner(uuid.UUID(item[0]), item[1]))
    return dm.Roles(lead, tuple(partners))


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _sync(top: _Object, present: dict[str, dict[str, dict[str, Any]]]) -> SyncState:
    """The file's stamps of the démarche's rows (each of a row it holds, or a tombstone)
    and the démarche's version vector."""
    from coopatelier.services.demarche_import import DEMARCHE_ENTITIES

    return read_sync(top, present, DEMARCHE_ENTITIES, VERSION)


def parse_demarche(document: object, raw: bytes | None = None) -> DemarcheDocument:
    """Validate a parsed démarche document completely and return its values (a file of
    version 1 gets stamps from its rows' ``updated_at``, of a device derived from its
    bytes ``raw``)."""
    from coopatelier.services.demarche_import import demarche_rows, synthesized_demarche_sync

    version = document_version(
        document, FORMAT, "format_other_demarche", OLDEST_VERSION, VERSION
    )
    assert isinstance(document, dict)
    top = _obj(document, "", TOP_FIELDS if version >= 2 else TOP_FIELDS_V1, "demarche_file")

    d = _obj(top.raw("demarche"), "demarche", DEMARCHE_FIELDS, "demarche")
    roles: list[str] = []
    for index, item in enumerate(d.items("collective_roles")):
        if not isinstance(item, str) or not item.strip():
            _fail(f"demarche.collective_roles[{index}]", "text_got", got=_type_name(item))
        roles.append(item)
    demarche = dm.Demarche(
        id=d.ident("id"),
        title=d.text("title", required=True),
        description=d.text("description"),
        language=d.text("language", required=True),
        rhythm=d.text("rhythm"),
        next_meeting_date=_optional_date(d, "next_meeting_date"),
        next_meeting_place=d.text("next_meeting_place"),
        collective_roles=tuple(roles),
        created_at=d.time("created_at"),
        updated_at=d.time("updated_at"),
    )
    organisations = []
    for index, item in enumerate(top.items("organisations")):
        o = _obj(item, f"organisations[{index}]", ORGANISATION_FIELDS, "organisation")
        organisations.append(
            m.Organisation(
                id=o.ident("id"), workshop_id=None, name=o.text("name", required=True),
                updated_at=o.time("updated_at"), demarche_id=demarche.id,
            )
        )
    _unique([o.id for o in organisations], "organisations")
    org_ids = {o.id for o in organisations}

    workshops: list[m.WorkshopData] = []
    syncs: list[SyncState] = []
    for index, item in enumerate(top.items("workshops")):
        try:
            data, sync = parse_workshop_sync(item)
        except WorkshopFileError as exc:
            prefixed = WorkshopFileError(f"workshops[{index}].{exc.field}", exc.problem)
            prefixed.params = dict(exc.params)
            prefixed.args = (exc.problem, prefixed.params)
            raise prefixed from None
        for o_index, org in enumerate(data.organisations):
            if org.id not in org_ids:
                _fail(
                    f"workshops[{index}].organisations[{o_index}].id",
                    "not_in_file", what="organisation", id=org.id,
                )
        workshops.append(data)
        syncs.append(sync)
    _unique([w.workshop.id for w in workshops], "workshops")
    actions = {
        card.id
        for data in workshops
        for card in data.cards
        if card.kind is m.CardKind.ACTION
    }
    workshop_ids = {w.workshop.id for w in workshops}

    events = []
    for index, item in enumerate(top.items("action_events")):
        e = _obj(item, f"action_events[{index}]", EVENT_FIELDS, "action_event")
        kind = dm.EventKind(e.choice("kind", [k.value for k in dm.EventKind]))
        status_text = e.choice("status", ["", *(s.value for s in dm.ActionStatus)])
        status = dm.ActionStatus(status_text) if status_text else None
        if (kind is dm.EventKind.STATUS) != (status is not None):
            _fail(e.at("status"), "status_with_kind")
        action_id = e.ident("action_id")
        if action_id not in actions:
            _fail(e.at("action_id"), "not_in_file", what="card", id=action_id)
        replaced = e.optional_ident("replaced_by_id")
        if replaced is not None and replaced not in actions:
            _fail(e.at("replaced_by_id"), "not_in_file", what="card", id=replaced)
        recorded_in = e.optional_ident("workshop_id")
        if recorded_in is not None and recorded_in not in workshop_ids:
            _fail(e.at("workshop_id"), "not_in_file", what="workshop", id=recorded_in)
        events.append(
            dm.ActionEvent(
                id=e.ident("id"),
                action_id=action_id,
                kind=kind,
                happened_on=_parse_date(e.raw("happened_on"), e.at("happened_on")),
                recorded_at=e.time("recorded_at"),
                status=status,
                note=e.text("note"),
                author=e.text("author"),
                replaced_by_id=replaced,
                roles=_parse_roles(e, "roles"),
                previous_roles=_parse_roles(e, "previous_roles"),
                workshop_id=recorded_in,
                device=e.text("device"),
            )
        )
    _unique([e.id for e in events], "action_events")

    members = []
    for index, item in enumerate(top.items("members")):
        mo = _obj(item, f"members[{index}]", MEMBER_FIELDS, "member")
        org_id = mo.optional_ident("organisation_id")
        if org_id is not None and org_id not in org_ids:
            _fail(mo.at("organisation_id"), "not_in_file", what="organisation", id=org_id)
        members.append(
            dm.Member(
                id=mo.ident("id"), demarche_id=demarche.id, organisation_id=org_id,
                person_name=mo.text("person_name"), collective_role=mo.text("collective_role"),
                position=mo.integer("position", low=0, high=1_000_000),
                updated_at=mo.time("updated_at"),
            )
        )
    _unique([member.id for member in members], "members")

    decisions = []
    for index, item in enumerate(top.items("decisions")):
        do = _obj(item, f"decisions[{index}]", DECISION_FIELDS, "decision")
        taken_in = do.optional_ident("workshop_id")
        if taken_in is not None and taken_in not in workshop_ids:
            _fail(do.at("workshop_id"), "not_in_file", what="workshop", id=taken_in)
        decisions.append(
            dm.Decision(
                id=do.ident("id"), demarche_id=demarche.id,
                decided_on=_parse_date(do.raw("decided_on"), do.at("decided_on")),
                text=do.text("text", required=True), workshop_id=taken_in,
                updated_at=do.time("updated_at"),
            )
        )
    _unique([decision.id for decision in decisions], "decisions")
    present = demarche_rows(demarche, tuple(organisations), tuple(members), tuple(decisions))
    if version >= 2:
        sync = _sync(top, present)
    else:
        content = raw if raw is not None else json.dumps(document, sort_keys=True).encode()
        sync = synthesized_demarche_sync(present, derived_device(content))
    return DemarcheDocument(
        demarche, tuple(organisations), tuple(workshops), tuple(events), tuple(members),
        tuple(decisions), tuple(syncs), sync,
    )


def load_demarche_file(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES
) -> DemarcheDocument:
    name = Path(path).name
    raw = read_raw(path, max_bytes=max_bytes)
    try:
        return parse_demarche(loads_workshop(raw), raw)
    except WorkshopFileError as exc:
        raise exc.in_file(name) from None


def file_format(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> object:
    """The ``format`` a file of the workshop-file family says it is (``FORMAT`` for a
    démarche file; None when it names none). A file that is not JSON is refused as
    the import would refuse it, naming the file."""
    raw = read_raw(path, max_bytes=max_bytes)
    try:
        document = loads_workshop(raw)
    except WorkshopFileError as exc:
        raise exc.in_file(Path(path).name) from None
    return document.get("format") if isinstance(document, dict) else None


def import_demarche_file(
    store: Store, path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES,
    into: uuid.UUID | None = None,
) -> DemarcheImportReport:
    """Import a démarche file: validated completely first, then merged in one transaction
    (``services.demarche_import.merge_demarche``). Importing it twice changes nothing.
    ``into``: the démarche the file must be of (a file of another one is refused before
    anything is written)."""
    from coopatelier.services.demarche_import import merge_demarche

    document = load_demarche_file(path, max_bytes=max_bytes)
    if into is not None and document.demarche.id != into:
        raise WorkshopFileError(
            "demarche", "other_demarche", Path(path).name, title=document.demarche.title
        )
    try:
        return merge_demarche(store, document)
    except ValidationError as exc:
        raise WorkshopFileError.of(exc, Path(path).name) from None

