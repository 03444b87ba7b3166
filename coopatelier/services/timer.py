"""The phase timer: start, pause, add or remove time, reset. Each change is committed, so
the timer survives a crash or a restart of the app; the running time is computed from the
stored start (``domain.timer.timer_state``)."""

from __future__ import annotations

import datetime as dt
import uuid

from coopatelier.domain.model import utcnow
from coopatelier.errors import ValidationError
from coopatelier.services._common import get_row
from coopatelier.services.changes import Changes
from coopatelier.storage import orm
from coopatelier.storage.store import Store

MAX_ADJUSTMENT = 24 * 3600


def run_row(row: orm.PhaseRow, now: dt.datetime) -> None:
    """Start ``row``'s clock (in the caller's unit of work); the phase counts as started."""
    if row.timer_running_since is None:
        row.timer_running_since = now
    if row.actual_start is None:
        row.actual_start = now
    row.updated_at = now


def pause_row(row: orm.PhaseRow, now: dt.datetime) -> None:
    """Stop ``row``'s clock, keeping the seconds already run (in the caller's unit of work)."""
    if row.timer_running_since is not None:
        run = max(0.0, (now - row.timer_running_since).total_seconds())
        row.timer_elapsed_seconds = (row.timer_elapsed_seconds or 0.0) + run
        row.timer_running_since = None
    row.updated_at = now


def start_timer(store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None) -> Changes:
    """Run the phase's timer (a no-op when it already runs); the phase counts as started."""
    now = at or utcnow()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        run_row(row, now)
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def pause_timer(store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None) -> Changes:
    """Stop the clock, keeping the seconds already run."""
    now = at or utcnow()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        pause_row(row, now)
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def adjust_timer(store: Store, phase_id: uuid.UUID, seconds: int) -> Changes:
    """Give the phase more time (+300 for "+5 min") or less (−60 for "−1 min")."""
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise ValidationError("seconds", "whole_seconds")
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        extra = (row.timer_extra_seconds or 0) + seconds
        if abs(extra) > MAX_ADJUSTMENT:
            raise ValidationError("seconds", "timer_24h")
        row.timer_extra_seconds = max(extra, -row.planned_minutes * 60)
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))


def reset_timer(store: Store, phase_id: uuid.UUID) -> Changes:
    """Back to the planned minutes, stopped (the phase's actual start is kept)."""
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        row.timer_running_since = None
        row.timer_elapsed_seconds = 0.0
        row.timer_extra_seconds = 0
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))
