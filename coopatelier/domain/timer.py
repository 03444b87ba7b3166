"""The phase timer, computed from what is stored on the phase (so it survives a crash or a
restart): the planned minutes, adjustments (+5 min, −1 min), the seconds already run, and
when the current run started if it is running."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from coopatelier.domain.model import Phase, PhaseStatus

#: The timer turns orange when this share of the time is left.
WARNING_SHARE = 0.2


class TimerLevel(enum.StrEnum):
    GREEN = "green"
    ORANGE = "orange"  # the last 20 %
    RED = "red"  # overtime: counting up


@dataclass(frozen=True, slots=True)
class TimerState:
    budget_seconds: int
    elapsed_seconds: float
    running: bool

    @property
    def remaining_seconds(self) -> float:
        """Seconds left; negative in overtime."""
        return self.budget_seconds - self.elapsed_seconds

    @property
    def overtime(self) -> bool:
        return self.remaining_seconds < 0

    @property
    def level(self) -> TimerLevel:
        if self.overtime:
            return TimerLevel.RED
        if self.remaining_seconds <= self.budget_seconds * WARNING_SHARE:
            return TimerLevel.ORANGE
        return TimerLevel.GREEN

    @property
    def display(self) -> str:
        """ "12:34" left, or "+01:05" over time; hours appear past 59:59."""
        seconds = int(abs(self.remaining_seconds) + (0 if self.overtime else 0.999))
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
        return f"+{text}" if self.overtime else text


def timer_state(phase: Phase, now: dt.datetime) -> TimerState:
    elapsed = phase.timer_elapsed_seconds
    if phase.timer_running_since is not None:
        elapsed += max(0.0, (now - phase.timer_running_since).total_seconds())
    budget = max(0, phase.planned_minutes * 60 + phase.timer_extra_seconds)
    return TimerState(budget, elapsed, phase.timer_running_since is not None)


def timer_is_live(phase: Phase, state: TimerState) -> bool:
    """Whether ``phase``'s timer shows its level (green, orange, red): not before the phase
    ever started (its planned minutes wait) nor once it is done (its time left no longer
    counts): then every timer — the window's, the room's, a snapshot — shows it in the
    neutral look."""
    if phase.status is PhaseStatus.DONE:
        return False
    return state.running or state.elapsed_seconds > 0
