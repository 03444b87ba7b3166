"""Use cases on the déroulé: add, edit, reorder, remove phases; start and end them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coopatelier.domain.model import PhaseKind, new_id, utcnow
from coopatelier.domain.rules import check_minutes, check_text
from coopatelier.errors import ValidationError
from coopatelier.services._common import get_row
from coopatelier.services.changes import Changes
from coopatelier.services.timer import pause_row, run_row
from coopatelier.storage import orm
from coopatelier.storage.store import Store

_TEXT_FIELDS = ("title", "instructions", "question", "facilitator_notes")


def add_phase(
    store: Store,
    workshop_id: uuid.UUID,
    *,
    kind: PhaseKind,
    title: str,
    minutes: int,
    position: int | None = None,
    instructions: str = "",
    question: str = "",
    facilitator_notes: str = "",
    categories: tuple[str, ...] = (),
    phase_id: uuid.UUID | None = None,
) -> Changes:
    """Insert a phase at ``position`` (default: last). ``phase_id`` lets undo restore one."""
    check_text("title", title, required=True)
    check_minutes("minutes", minutes)
    for name, value in (
        ("instructions", instructions),
        ("question", question),
        ("facilitator_notes", facilitator_notes),
    ):
        check_text(name, value)
    _check_categories(categories)
    with store.unit_of_work() as uow:
        session = uow.session
        get_row(session, orm.WorkshopRow, workshop_id)
        phases = _ordered(session, workshop_id)
        index = len(phases) if position is None else max(0, min(position, len(phases)))
        row = orm.PhaseRow(
            id=phase_id or new_id(),
            workshop_id=workshop_id,
            position=index,
            kind=PhaseKind(kind).value,
            title=title,
            instructions=instructions,
            question=question,
            facilitator_notes=facilitator_notes,
            planned_minutes=minutes,
            categories=list(categories),
            updated_at=utcnow(),
        )
        phases.insert(index, row)
        session.add(row)
        _renumber(phases)
        uow.commit()
    return Changes(
        workshop_id=workshop_id, phases=frozenset(p.id for p in phases), created=(row.id,)
    )


def update_phase(store: Store, phase_id: uuid.UUID, **fields: object) -> Changes:
    """Change a phase's title, instructions, question, notes, minutes or categories."""
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        for name, value in fields.items():
            if name in _TEXT_FIELDS:
                if not isinstance(value, str):
                    raise ValidationError(name, "must_be_text")
                setattr(row, name, check_text(name, value, required=name == "title"))
            elif name == "planned_minutes":
                row.planned_minutes = check_minutes(name, value)  # type: ignore[arg-type]
            elif name == "categories":
                if not isinstance(value, tuple | list):
                    raise ValidationError(name, "text_list")
                row.categories = list(_check_categories(tuple(value)))
            elif name == "kind":
                if value not in {k.value for k in PhaseKind}:
                    raise ValidationError(name, "not_phase_kind")
                row.kind = str(value)
            else:
                raise ValidationError(name, "not_phase_field")
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def move_phase(store: Store, phase_id: uuid.UUID, position: int) -> Changes:
    """Move a phase to ``position`` in the déroulé (0 is first)."""
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        phases = [p for p in _ordered(uow.session, row.workshop_id) if p.id != phase_id]
        phases.insert(max(0, min(position, len(phases))), row)
        _renumber(phases)
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset(p.id for p in phases))


def remove_phase(store: Store, phase_id: uuid.UUID) -> Changes:
    """Remove a phase that holds no cards (move or delete them first)."""
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.PhaseRow, phase_id)
        # Deleted cards do not keep a phase alive (a capture undone leaves one behind);
        # merged duplicates do: they hold the provenance of a card that is still shown.
        count = session.scalar(
            select(func.count())
            .select_from(orm.CardRow)
            .where(orm.CardRow.phase_id == phase_id, orm.CardRow.deleted_at.is_(None))
        )
        if count:
            raise ValidationError("phase", "phase_holds_cards", title=row.title, count=count)
        workshop_id = row.workshop_id
        session.execute(delete(orm.VoteRoundRow).where(orm.VoteRoundRow.phase_id == phase_id))
        session.delete(row)
        session.flush()
        _renumber(_ordered(session, workshop_id))
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def start_phase(
    store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None, *, with_timer: bool = False
) -> Changes:
    """Record that a phase starts now; a phase still running ends at the same moment.

    ``with_timer``: the phase's timer runs too and any other running timer pauses, in the
    same transaction (so a refusal leaves the phase and its timer as they were)."""
    now = at or utcnow()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        touched = {phase_id}
        for other in _ordered(uow.session, row.workshop_id):
            if other.id != phase_id and other.actual_start and other.actual_end is None:
                other.actual_end = now
                other.updated_at = now
                touched.add(other.id)
            if with_timer and other.id != phase_id and other.timer_running_since:
                pause_row(other, now)
                touched.add(other.id)
        if row.actual_start is None:
            row.actual_start = now
        row.actual_end = None
        row.updated_at = now
        if with_timer:
            run_row(row, now)
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset(touched))


def end_phase(store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None) -> Changes:
    now = at or utcnow()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        if row.actual_start is None:
            row.actual_start = now
        row.actual_end = now
        row.updated_at = now
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def _ordered(session: Session, workshop_id: uuid.UUID) -> list[orm.PhaseRow]:

    return list(
        session.scalars(
            select(orm.PhaseRow)
            .where(orm.PhaseRow.workshop_id == workshop_id)
            .order_by(orm.PhaseRow.position)
        )
    )


def _renumber(phases: list[orm.PhaseRow]) -> None:
    now = utcnow()
    for index, phase in enumerate(phases):
        if phase.position != index:
            phase.position = index
            phase.updated_at = now


def _check_categories(categories: tuple[object, ...]) -> tuple[str, ...]:
    for value in categories:
        if not isinstance(value, str):
            raise ValidationError("categories", "text_list")
        check_text("categories", value, required=True)
    if len(set(categories)) != len(categories):
        raise ValidationError("categories", "same_category_twice")
    return categories  # type: ignore[return-value]
