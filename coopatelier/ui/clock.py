"""The time the UI shows: a ``Clock`` that ticks every 250 ms, and a ``FakeClock`` that
tests drive by hand.

Widgets never call ``datetime.now()`` themselves: they take a clock, read ``now()`` and
refresh on ``ticked``. Timer state lives in the database (see ``services/timer.py``); the
clock only says what time it is, so the facilitator window and the projector agree.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

#: how often ``Clock.ticked`` fires, in milliseconds
TICK_MS = 250


class Clock(QObject):
    """Wall-clock time (UTC, timezone-aware) and a ``ticked`` signal every 250 ms."""

    #: emitted every ``TICK_MS`` milliseconds while the clock runs
    ticked = Signal()

    def __init__(self, parent: QObject | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.ticked)
        if start:
            self._timer.start()

    def now(self) -> datetime:
        """The current time, UTC and timezone-aware."""
        return datetime.now(UTC)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


class FakeClock(Clock):
    """A clock that only moves when told to: ``set``/``advance`` change the time and emit
    ``ticked``; ``tick()`` emits ``ticked`` without moving."""

    def __init__(self, now: datetime | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent, start=False)
        self._now = now if now is not None else datetime(2030, 1, 15, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware datetime")

    def now(self) -> datetime:
        return self._now

    def set(self, now: datetime) -> None:
        """Jump to ``now`` (timezone-aware) and tick."""
        if now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware datetime")
        self._now = now
        self.ticked.emit()

    def advance(self, seconds: float = 0, **delta: float) -> None:
        """Move forward by ``seconds`` (and/or ``timedelta`` keywords) and tick."""
        self._now = self._now + timedelta(seconds=seconds, **delta)
        self.ticked.emit()

    def tick(self) -> None:
        self.ticked.emit()

    def start(self) -> None:  # a fake clock never ticks on its own
        pass
