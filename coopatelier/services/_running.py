"""A phase's clock on its row, shared by the phase and timer services (in the caller's
unit of work)."""

from __future__ import annotations

import datetime as dt

from coopatelier.storage import orm


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
