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
from coopatelier.services.phases import pause_phase, pause_run_row, start_phase
from coopatelier.storage import orm
from coopatelier.storage.store import Store

MAX_ADJUSTMENT = 24 * 3600


def start_timer(
    store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None, *, again: bool = False
) -> Changes:
    """Run the phase's timer: the phase starts or resumes (a new run interval; a no-op when
    it already runs). See ``services.phases.start_phase``."""
    return start_phase(store, phase_id, at, again=again)


def pause_timer(store: Store, phase_id: uuid.UUID, at: dt.datetime | None = None) -> Changes:
    """Stop the clock, keeping the seconds already run; the phase's interval closes."""
    return pause_phase(store, phase_id, at)


def adjust_timer(store: Store, phase_id: uuid.UUID, seconds: int) -> Changes:
    """Give the current run more time (+300 for "+5 min") or less (−60 for "−1 min").

    Only the time left changes, never the phase's planned minutes (the plan changes in the
    phase editor); the time given can fall to nothing, never below."""
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
    """Back to the planned minutes, stopped: a running phase pauses (its interval closes;
    the record of its intervals is kept)."""
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.PhaseRow, phase_id)
        pause_run_row(row, utcnow())
        row.timer_elapsed_seconds = 0.0
        row.timer_extra_seconds = 0
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, phases=frozenset({phase_id}))
