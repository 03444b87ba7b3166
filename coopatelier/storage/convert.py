"""Rows to domain values and back. The only place that knows both shapes.

Every field is read under its dataclass's name (``domain/fields.py``), and converted by
its dataclass's type: an enum from its value ("" or null: None where the field may be
None), a tuple from a JSON list, a default for a null where the field has one; run
intervals and an action's roles from their JSON. Adding a field is adding it to the
dataclass and a column of the same name."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import typing
import uuid
from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeVar

from coopatelier.domain import demarche as dm
from coopatelier.domain import model as m
from coopatelier.domain.fields import Entity, field_names, optional_of, type_hints

if TYPE_CHECKING:  # rows are read by attribute: the first screen's plain sqlite3 rows too
    from sqlalchemy import Row  # (storage/plain_read.py), without importing SQLAlchemy

    from coopatelier.storage import orm

T = TypeVar("T")


def _make_reader(model: type[Any], given: tuple[str, ...]) -> Callable[..., Any]:
    """A function ``read(row, *given)`` that makes a ``model`` from a row, written out
    field by field from the dataclass (as ``dataclasses`` writes ``__init__``): as fast as
    a converter typed by hand, and a field added to the dataclass is read with it."""
    hints = type_hints(model)
    defaults = {f.name: f.default for f in dataclasses.fields(model)}
    env: dict[str, Any] = {"_model": model}
    arguments = []
    for name in field_names(model):
        if name in given:
            arguments.append(f"{name}={name}")
            continue
        value = f"row.{name}"
        hint = hints[name]
        inner = optional_of(hint)
        if hint in _DECODERS:  # JSON of the field's own shape
            env[f"_decode_{name}"] = _DECODERS[hint]
            value = f"_decode_{name}({value})"
        elif _is_enum(inner if inner is not None else hint):
            env[f"_enum_{name}"] = inner if inner is not None else hint
            # an empty value is no member where the field may be None
            value = f"_enum_{name}({value})" + (f" if {value} else None" if inner else "")
        elif typing.get_origin(hint) is tuple:
            value = f"tuple({value} or ())"
        elif defaults[name] is not dataclasses.MISSING and defaults[name] is not None:
            # a row not yet flushed holds None where the database puts the default
            env[f"_default_{name}"] = defaults[name]
            value = f"_default_{name} if {value} is None else {value}"
        arguments.append(f"{name}={value}")
    source = (
        f"def read(row{''.join(', ' + name for name in given)}):\n"
        f"    return _model({', '.join(arguments)})\n"
    )
    exec(source, env)  # our own field names, from the dataclass
    read: Callable[..., Any] = env["read"]
    return read


def _is_enum(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, enum.Enum)


_READERS: dict[tuple[type[Any], tuple[str, ...]], Callable[..., Any]] = {}


def _reader(model: type[Any], given: tuple[str, ...]) -> Callable[..., Any]:
    reader = _READERS.get((model, given))
    if reader is None:
        reader = _READERS[model, given] = _make_reader(model, given)
    return reader


def from_row(model: type[T], row: Any, **given: Any) -> T:
    """A ``model`` from a row whose columns carry its fields' names (an ORM object or a
    plain table row); ``given``: the fields the row does not hold (a card's partners)."""
    result: T = _reader(model, tuple(given))(row, *given.values())
    return result


def workshop(row: orm.WorkshopRow) -> m.Workshop:
    return from_row(m.Workshop, row)


def phase(row: orm.PhaseRow) -> m.Phase:
    return from_row(m.Phase, row)


def _utc(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def runs_from_json(value: object) -> tuple[m.PhaseRun, ...]:
    """The ``phases.runs`` column (a JSON list of ``{"start", "end"}``) as run intervals."""
    if not isinstance(value, list):
        return ()
    runs = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("start"), str):
            end = item.get("end")
            stop = _utc(end) if isinstance(end, str) else None
            runs.append(m.PhaseRun(_utc(item["start"]), stop))
    return tuple(runs)


def runs_to_json(runs: Iterable[m.PhaseRun]) -> list[dict[str, str | None]]:
    return [
        {
            "start": run.start.astimezone(dt.UTC).isoformat(),
            "end": run.end.astimezone(dt.UTC).isoformat() if run.end is not None else None,
        }
        for run in runs
    ]


def organisation(row: orm.OrganisationRow) -> m.Organisation:
    return from_row(m.Organisation, row)


def participant(row: orm.ParticipantRow) -> m.Participant:
    return from_row(m.Participant, row)


def card(row: orm.CardRow) -> m.Card:
    return card_from_row(
        row,
        tuple(m.Partner(p.organisation_id, p.role) for p in row.partners),
        tuple(link.target_id for link in row.links),
    )


def card_from_row(
    row: orm.CardRow | Row[Any] | SimpleNamespace,
    partners: tuple[m.Partner, ...],
    links: tuple[uuid.UUID, ...],
) -> m.Card:
    """A card from an ORM row, a plain ``cards`` table row or the values a row was
    inserted with (same attribute names)."""
    card: m.Card = _reader(m.Card, _CARD_GIVEN)(row, partners, links)
    return card


_CARD_GIVEN = ("partners", "links")


def vote_round(row: orm.VoteRoundRow) -> m.VoteRound:
    return from_row(m.VoteRound, row)


def vote(row: orm.VoteRow) -> m.Vote:
    return from_row(m.Vote, row)


def axes(row: orm.ScenarioAxesRow) -> m.ScenarioAxes:
    return from_row(m.ScenarioAxes, row)


def row_values(entity: Entity, value: object, workshop_id: uuid.UUID) -> dict[str, Any]:
    """The columns a merge compares for a workshop's ``value`` (``Entity.merged``), as the
    table stores them; the columns a file leaves implied get ``workshop_id``."""
    hints = type_hints(entity.model)
    result: dict[str, Any] = {}
    for name in entity.merged:
        if name in entity.implied:
            result[name] = workshop_id
            continue
        item = getattr(value, name)
        if isinstance(item, enum.Enum):
            item = item.value
        elif hints[name] == tuple[m.PhaseRun, ...]:
            # every interval, those of a phase recorded before intervals too
            item = runs_to_json(value.intervals)  # type: ignore[attr-defined]
        elif isinstance(item, tuple):
            item = list(item)
        result[name] = item
    return result


# --- démarches ----------------------------------------------------------------------------


def demarche(row: orm.DemarcheRow) -> dm.Demarche:
    return from_row(dm.Demarche, row)


def roles_from_json(value: object) -> dm.Roles | None:
    """An ``action_events.roles`` value ({"lead": id, "partners": [[id, role], ...]})."""
    if not isinstance(value, dict) or not value:
        return None
    lead = value.get("lead")
    partners = []
    for item in value.get("partners") or ():
        if isinstance(item, list) and item and isinstance(item[0], str):
            role = item[1] if len(item) > 1 and isinstance(item[1], str) else ""
            partners.append(m.Partner(uuid.UUID(item[0]), role))
    return dm.Roles(uuid.UUID(lead) if isinstance(lead, str) else None, tuple(partners))


def action_event(row: orm.ActionEventRow) -> dm.ActionEvent:
    return from_row(dm.ActionEvent, row)


def member(row: orm.DemarcheMemberRow) -> dm.Member:
    return from_row(dm.Member, row)


def decision(row: orm.DemarcheDecisionRow) -> dm.Decision:
    return from_row(dm.Decision, row)


#: Fields whose column holds JSON of their own shape.
_DECODERS: dict[Any, Callable[[Any], Any]] = {
    tuple[m.PhaseRun, ...]: runs_from_json,
    dm.Roles | None: roles_from_json,
}

__all__ = [
    "action_event",
    "axes",
    "card",
    "card_from_row",
    "decision",
    "demarche",
    "from_row",
    "member",
    "organisation",
    "participant",
    "phase",
    "roles_from_json",
    "row_values",
    "runs_from_json",
    "runs_to_json",
    "vote",
    "vote_round",
    "workshop",
]
