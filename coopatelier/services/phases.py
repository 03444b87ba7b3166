"""Use cases on the déroulé: add, edit, reorder, remove phases; start and end them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coopatelier.domain.model import PhaseKind, PhaseRun, new_id, utcnow
from coopatelier.domain.rules import check_minutes, check_text
from coopatelier.errors import ValidationError
from coopatelier.services._common import get_row
from coopatelier.services._running import pause_row, run_row
from coopatelier.services.changes import Changes
from coopatelier.storage import orm
from coopatelier.storage.convert import runs_from_json, runs_to_json
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
        rounds = select(orm.VoteRoundRow.id).where(orm.VoteRoundRow.phase_id == phase_id)
        session.execute(delete(orm.RoundNumberRow).where(orm.RoundNumberRow.round_id.in_(rounds)))
        session.execute(delete(orm.VoteRoundRow).where(orm.VoteRoundRow.phase_id == phase_id))
        session.delete(row)
        session.flush()
        _renumber(_ordered(session, workshop_id))
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def start_phase(
    store: Store,
    phase_id: uuid.UUID,
    at: dt.datetime | None = None,
    *,
    again: bool = False,
    with_timer: bool = True,
) -> Changes:
    """The phase starts (or resumes) now with its timer; a phase still in progress ends at
    the same moment (its open interval closes), and any other running timer pauses — one
    transaction, so a refused start changes nothing.

    A finished phase runs again only with ``again=True`` (the UI asks first): a new
    interval is added and its timer starts afresh; the earlier intervals are kept.
    ``with_timer`` is kept for older callers: a phase's timer always runs with it."""
    del with_timer
    now = at or utcnow()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        touched = start_row(uow.session, row, now, again=again)
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset(touched), workshop=True)


def start_row(
    session: Session, row: orm.PhaseRow, now: dt.datetime, *, again: bool = False
) -> set[uuid.UUID]:
    """``start_phase`` in the caller's unit of work; returns the phases it touched."""
    runs = list(runs_from_json(row.runs))
    if runs and runs[-1].end is None:
        return {row.id}  # already running
    if row.actual_end is not None and not again:
        raise ValidationError("phase", "already_run", title=row.title)
    touched = {row.id}
    for other in _ordered(session, row.workshop_id):
        if other.id == row.id:
            continue
        if _in_progress(other):
            _end_row(other, now)
            touched.add(other.id)
        elif other.timer_running_since is not None:
            pause_row(other, now)
            touched.add(other.id)
    if row.actual_end is not None:  # run again: a fresh timer for the new interval
        row.actual_end = None
        row.timer_running_since = None
        row.timer_elapsed_seconds = 0.0
        row.timer_extra_seconds = 0
    runs.append(PhaseRun(now))
    row.runs = runs_to_json(runs)
    if row.actual_start is None:
        row.actual_start = now
    run_row(row, now)
    workshop = get_row(session, orm.WorkshopRow, row.workshop_id)
    if workshop.ended_at is not None:  # running a phase again reopens the workshop
        workshop.ended_at = None
        workshop.updated_at = now
    return touched


def pause_phase(store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None) -> Changes:
    """The phase stops running for now: its open interval closes and its timer pauses; it
    is not ended (it resumes with ``start_phase``)."""
    now = at or utcnow()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        pause_run_row(row, now)
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def pause_run_row(row: orm.PhaseRow, now: dt.datetime) -> None:
    """Close ``row``'s open interval and pause its timer (in the caller's unit of work)."""
    runs = list(runs_from_json(row.runs))
    if runs and runs[-1].end is None:
        runs[-1] = PhaseRun(runs[-1].start, max(now, runs[-1].start))
        row.runs = runs_to_json(runs)
    pause_row(row, now)


def end_phase(store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None) -> Changes:
    """The phase is over: its open interval closes at ``at`` (a paused phase ends when its
    last interval ended). A phase that never ran is left as it is."""
    now = at or utcnow()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        if _in_progress(row):
            _end_row(row, now)
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def end_workshop(store: Store, workshop_id: uuid.UUID, at: dt.datetime | None = None) -> Changes:
    """*End the workshop*: the phase in progress ends and the workshop is marked done."""
    now = at or utcnow()
    with store.unit_of_work() as uow:
        workshop = get_row(uow.session, orm.WorkshopRow, workshop_id)
        touched = set()
        for row in _ordered(uow.session, workshop_id):
            if _in_progress(row):
                _end_row(row, now)
                touched.add(row.id)
        workshop.ended_at = now
        workshop.updated_at = now
        uow.commit()
    return Changes(workshop_id=workshop_id, workshop=True, phases=frozenset(touched))


def reopen_workshop(store: Store, workshop_id: uuid.UUID) -> Changes:
    """Undo of *End the workshop*'s mark (the phases' record stays as it is)."""
    with store.unit_of_work() as uow:
        workshop = get_row(uow.session, orm.WorkshopRow, workshop_id)
        workshop.ended_at = None
        workshop.updated_at = utcnow()
        uow.commit()
    return Changes(workshop_id=workshop_id, workshop=True)


def set_phase_runs(
    store: Store,
    phase_id: uuid.UUID,
    runs: Sequence[PhaseRun],
    *,
    ended: bool | None = None,
) -> Changes:
    """Correct a phase's record (a forgotten *Next phase*, a start typed late): its run
    intervals replace the recorded ones. ``ended`` says whether the phase is over (default:
    as it was). Intervals must be in order, each ending after it starts; only the last one
    may be open, and only if the phase is not ended."""
    runs = list(runs)
    for index, run in enumerate(runs):
        if run.start.tzinfo is None or (run.end is not None and run.end.tzinfo is None):
            raise ValidationError("runs", "runs_time_zone")
        if run.end is None and index != len(runs) - 1:
            raise ValidationError("runs", "run_open_not_last")
        if run.end is not None and run.end < run.start:
            raise ValidationError("runs", "run_ends_before_start")
        if index and (runs[index - 1].end or run.start) > run.start:
            raise ValidationError("runs", "runs_overlap")
    latest = utcnow() + dt.timedelta(minutes=1)
    if any(run.start > latest or (run.end is not None and run.end > latest) for run in runs):
        raise ValidationError("runs", "runs_in_future")
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        was_ended = row.actual_end is not None
        ended = was_ended if ended is None else ended
        if ended and runs and runs[-1].end is None:
            raise ValidationError("runs", "run_open_when_ended")
        was_running = row.timer_running_since is not None
        now = runs[-1].end if runs and runs[-1].end is not None else utcnow()
        if was_running and not (runs and runs[-1].end is None):
            pause_row(row, now)
        elif runs and runs[-1].end is None and not was_running:
            row.timer_running_since = runs[-1].start
        row.runs = runs_to_json(runs)
        # the timer counts what the record now says the phase ran (a closed record)
        if not (runs and runs[-1].end is None):
            row.timer_elapsed_seconds = sum(run.seconds(now) for run in runs)
        row.actual_start = runs[0].start if runs else None
        row.actual_end = (runs[-1].end if runs else None) if ended else None
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def _in_progress(row: orm.PhaseRow) -> bool:
    return row.actual_end is None and (bool(row.runs) or row.actual_start is not None)


def _end_row(row: orm.PhaseRow, now: dt.datetime) -> None:
    """End an in-progress phase: an open interval closes at ``now``; a paused phase ends
    when its last interval ended."""
    runs = list(runs_from_json(row.runs))
    if not runs and row.actual_start is not None:  # recorded before intervals existed
        runs = [PhaseRun(row.actual_start)]
    if runs and runs[-1].end is None:
        runs[-1] = PhaseRun(runs[-1].start, max(now, runs[-1].start))
    row.runs = runs_to_json(runs)
    pause_row(row, now)
    row.actual_end = runs[-1].end if runs else now
    row.updated_at = now


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
