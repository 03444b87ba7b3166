"""The conflicts a merge kept (``merge_conflicts``): read them, take either value.

A conflict is one field written to two values by two laptops that had not seen each
other's change. The merge applied the one with the greater stamp and kept the other here;
the facilitator may take the other instead, and undo that (``take_other=False`` puts the
kept value back). Either is a new change, stamped now, so it travels like any edit.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coopatelier.errors import NotFoundError
from coopatelier.services.changes import Changes
from coopatelier.services.demarche_import import DEMARCHE_ENTITIES
from coopatelier.services.imports import (
    ENTITIES,
    Lookup,
    _label,
    _shown,
    _Values,
    from_json,
    named,
    row_summary,
    yes_no,
)
from coopatelier.storage import orm
from coopatelier.storage.store import Store

#: the view shows values whole (up to a page of text)
_WHOLE = 2000


@dataclass(frozen=True, slots=True)
class Conflict:
    """One conflict as the *Conflicts* view shows it."""

    id: uuid.UUID
    workshop_id: uuid.UUID
    entity: str
    row_id: str
    field: str
    #: what the conflict is about ("Circuits courts — Drivers", "Round 2 — Futures"), or
    #: "" when its row is gone
    label: str
    kept: str
    other: str
    #: True once the other value was taken
    resolved: bool
    created_at: dt.datetime

    @property
    def in_force(self) -> str:
        """The value the field has now: the other one once taken, else the kept one."""
        return self.other if self.resolved else self.kept

    @property
    def set_aside(self) -> str:
        """The value the field does not have now (the one ``in_force`` is not)."""
        return self.kept if self.resolved else self.other


#: every row a conflict may be about: a workshop's, or a démarche's own
MODELS: dict[str, type[Any]] = {**ENTITIES, **DEMARCHE_ENTITIES}


def _value(field: str, value: Any, language: str, lookup: Lookup) -> str:
    """A field's value as the view shows it: a yes-or-no field in words of ``language``
    ("Yes", "Oui"), never Python's True/False; a reference as the row it names (an
    organisation's name), never an id."""
    if isinstance(value, bool):
        return yes_no(value, language)
    return _shown(named(field, value, language, lookup), _WHOLE)


def _row(session: Any, entity: str, row_id: str) -> Any:
    model = MODELS[entity]
    keys = [uuid.UUID(part) for part in row_id.split("|")]
    return session.get(model, keys[0] if len(keys) == 1 else tuple(keys))


def _deleted_values(model: type[Any], value: Any) -> dict[str, Any]:
    """The row an edit made while it was deleted elsewhere (a conflict's other value)."""
    if not isinstance(value, dict):
        return {}
    return {name: from_json(model, name, item) for name, item in value.items()}


def list_conflicts(
    store: Store, workshop_id: uuid.UUID, language: str = "en"
) -> list[Conflict]:
    """The conflicts of a workshop, or of a démarche's own rows (its id), newest first;
    what each is about said in ``language`` ("Round 2 — Futures", "Tour 2 — Futurs")."""
    with store.unit_of_work() as uow:
        lookup = Lookup(uow.session)
        rows = uow.session.scalars(
            select(orm.MergeConflictRow)
            .where(orm.MergeConflictRow.workshop_id == workshop_id)
            .order_by(orm.MergeConflictRow.created_at.desc(), orm.MergeConflictRow.id)
        ).all()
        result = []
        for row in rows:
            model = MODELS[row.entity]
            target = _row(uow.session, row.entity, row.row_id)
            if row.field == "deleted":  # a row deleted, edited elsewhere: the edited row
                values = _deleted_values(model, row.other_value)
                label = _label(row.entity, target if target is not None else _Values(values),
                               language, lookup)
                kept = _shown(None)
                other = _shown(row_summary(row.entity, values, uow.session), _WHOLE)
            else:
                label = (_label(row.entity, target, language, lookup)
                         if target is not None else "")
                kept = _value(row.field, from_json(model, row.field, row.kept_value),
                              language, lookup)
                other = _value(row.field, from_json(model, row.field, row.other_value),
                               language, lookup)
            result.append(Conflict(
                id=row.id, workshop_id=row.workshop_id, entity=row.entity,
                row_id=row.row_id, field=row.field, label=label, kept=kept, other=other,
                resolved=row.resolved, created_at=row.created_at,
            ))
        return result


def take_conflict_value(store: Store, conflict_id: uuid.UUID, *, take_other: bool) -> Changes:
    """Write the conflict's other value (``take_other``) or its kept value back, in one unit
    of work; the conflict is marked resolved or not accordingly."""
    with store.unit_of_work() as uow:
        session = uow.session
        conflict = session.get(orm.MergeConflictRow, conflict_id)
        if conflict is None:
            raise NotFoundError("row", what="conflict", id=conflict_id)
        target = _row(session, conflict.entity, conflict.row_id)
        model = MODELS[conflict.entity]
        if conflict.field == "deleted":
            # a row deleted here or there while edited elsewhere: the edited row back, or
            # deleted again
            if take_other and target is None:
                target = model(**_deleted_values(model, conflict.other_value))
                target.updated_at = dt.datetime.now(dt.UTC)
                session.add(target)
            elif not take_other and target is not None:
                session.delete(target)
        elif target is None:
            raise NotFoundError("row", what="item", id=conflict.row_id)
        else:
            value = conflict.other_value if take_other else conflict.kept_value
            setattr(target, conflict.field, from_json(model, conflict.field, value))
            if hasattr(target, "updated_at"):
                target.updated_at = dt.datetime.now(dt.UTC)
        conflict.resolved = take_other
        workshop_id = conflict.workshop_id
        of_demarche = session.get(orm.DemarcheRow, workshop_id) is not None
        uow.commit()
    entity = conflict.entity
    if of_demarche:  # the démarche's own rows: its views refresh
        return Changes(demarche_id=workshop_id, demarche=True,
                       organisations=entity == "organisations")
    card = getattr(target, "id", None) if entity == "cards" else getattr(target, "card_id", None)
    return Changes(
        workshop_id=workshop_id,
        workshop=entity in ("workshops", "scenario_axes"),
        phases=frozenset({target.id}) if entity == "phases" else frozenset(),
        cards=frozenset({card}) if card is not None else frozenset(),
        organisations=entity == "organisations",
        participants=entity == "participants",
        votes=entity in ("votes", "vote_rounds"),
    )


__all__ = ["Conflict", "list_conflicts", "take_conflict_value"]
