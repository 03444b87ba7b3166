"""The timer widget, driven by a fake clock (never by sleeping): colours at the thresholds,
+5 min / −1 min, pause, reset, shortcuts, and a restart that loses nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.domain.timer import TimerLevel
from coopatelier.settings import Settings
from coopatelier.ui import phase_ops
from coopatelier.ui.clock import FakeClock
from coopatelier.ui.timer import LEVEL_COLOURS, TimerWidget
from coopatelier.ui.workshop_session import WorkshopSession
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

T0 = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock(qapp: object) -> Iterator[FakeClock]:
    made = FakeClock(T0)
    yield made
    made.deleteLater()


@pytest.fixture
def drivers(workshop: api.WorkshopData) -> api.Phase:
    return phase_of(workshop, PhaseKind.DRIVERS)  # 30 minutes planned


@pytest.fixture
def make_timer(
    qtbot: QtBot, session: WorkshopSession, clock: FakeClock, drivers: api.Phase
) -> Callable[..., TimerWidget]:
    def make(on: WorkshopSession = session) -> TimerWidget:
        widget = TimerWidget(on, clock)
        qtbot.addWidget(widget)
        widget.set_phase(drivers.id)
        return widget

    return make


def colour(widget: TimerWidget) -> str:
    return widget.display.styleSheet().split("background: ")[1].split(";")[0]


def test_colour_turns_orange_then_red_at_the_thresholds(
    make_timer: Callable[..., TimerWidget], clock: FakeClock
) -> None:
    widget = make_timer()
    assert widget.display.text() == "30:00"
    widget.toggle_button.click()
    assert widget.state is not None and widget.state.running
    assert colour(widget) == LEVEL_COLOURS[TimerLevel.GREEN]

    clock.advance(minutes=23, seconds=59)
    assert widget.display.text() == "06:01"
    assert colour(widget) == LEVEL_COLOURS[TimerLevel.GREEN]
    clock.advance(1)  # 6 minutes left: the last 20 %
    assert widget.display.text() == "06:00"
    assert colour(widget) == LEVEL_COLOURS[TimerLevel.ORANGE]
    clock.advance(minutes=6)
    assert widget.display.text() == "00:00"
    assert colour(widget) == LEVEL_COLOURS[TimerLevel.ORANGE]
    clock.advance(minutes=1, seconds=5)  # over time: counting up in red
    assert widget.display.text() == "+01:05"
    assert colour(widget) == LEVEL_COLOURS[TimerLevel.RED]


def test_adjustments_pause_and_reset_change_the_display(
    make_timer: Callable[..., TimerWidget],
    clock: FakeClock,
    store: api.Store,
    drivers: api.Phase,
) -> None:
    widget = make_timer()
    widget.toggle_button.click()
    clock.advance(minutes=10)
    assert widget.display.text() == "20:00"
    widget.plus_button.click()
    assert widget.display.text() == "25:00"
    widget.minus_button.click()
    assert widget.display.text() == "24:00"

    widget.toggle_button.click()  # pause
    assert widget.state is not None and not widget.state.running
    clock.advance(minutes=3)
    assert widget.display.text() == "24:00"
    assert "paused" in widget.caption.text()
    widget.toggle_button.click()  # resume
    clock.advance(minutes=1)
    assert widget.display.text() == "23:00"

    widget.reset_button.click()
    assert widget.display.text() == "30:00"
    assert widget.state is not None and not widget.state.running
    stored = api.get_phase(store, drivers.id)
    assert stored.timer_extra_seconds == 0 and stored.timer_elapsed_seconds == 0
    assert stored.actual_start == T0  # the phase's history is kept


def test_timer_controls_are_not_undoable(
    make_timer: Callable[..., TimerWidget], session: WorkshopSession
) -> None:
    widget = make_timer()
    widget.toggle_button.click()
    widget.plus_button.click()
    assert session.undo_stack.count() == 0


def test_the_timer_continues_after_a_restart(
    make_timer: Callable[..., TimerWidget],
    clock: FakeClock,
    session: WorkshopSession,
    store: api.Store,
) -> None:
    widget = make_timer()
    widget.toggle_button.click()
    widget.plus_button.click()  # 35 minutes
    clock.advance(minutes=5)
    widget.close()
    widget.deleteLater()

    reopened = WorkshopSession(store, session.workshop_id)
    clock.advance(minutes=2, seconds=30)  # the app was closed for 2½ minutes
    again = make_timer(reopened)
    assert again.display.text() == "27:30"
    assert again.state is not None and again.state.running
    clock.advance(minutes=1)
    assert again.display.text() == "26:30"
    reopened.deleteLater()


@pytest.fixture
def window(
    qtbot: QtBot,
    store: api.Store,
    settings: Settings,
    workshop: api.WorkshopData,
    clock: FakeClock,
) -> Iterator[WorkshopWindow]:
    """A facilitator window whose timer runs on the fake clock."""
    opened = WorkshopWindow(store, workshop.workshop.id, settings, clock=clock)
    qtbot.addWidget(opened)
    with qtbot.waitActive(opened):
        opened.show()
        opened.activateWindow()
    yield opened
    opened.close()


def test_shortcuts_drive_the_timer_in_the_window(
    window: WorkshopWindow, qtbot: QtBot, drivers: api.Phase
) -> None:
    window.show_phase(drivers.id)
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert window.timer.state is not None and window.timer.state.running
    up = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Up, up)
    assert window.timer.display.text() == "35:00"
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Down, up)
    assert window.timer.display.text() == "34:00"
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert window.timer.state is not None and not window.timer.state.running


def test_next_phase_starts_the_timer_of_the_phase(
    window: WorkshopWindow, clock: FakeClock, workshop: api.WorkshopData
) -> None:
    intro, drivers = workshop.phases[0], workshop.phases[1]
    window.go_to_phase(intro.id)
    window.start_button.click()
    clock.advance(minutes=2)
    window.next_button.click()
    assert window.current_phase_id == drivers.id
    clock.advance(minutes=1)
    assert window.timer.display.text() == "29:00"
    window.previous_phase()  # looking back at the intro: the agenda keeps the running clock
    assert window.current_phase_id == intro.id
    assert window.timer.display.text() == "29:00"
    assert window.timer.caption.text().endswith("running")


def test_starting_a_phase_starts_its_timer_and_pauses_the_previous_one(
    session: WorkshopSession,
    clock: FakeClock,
    store: api.Store,
    workshop: api.WorkshopData,
    drivers: api.Phase,
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    phase_ops.start(session, drivers.id, clock)
    clock.advance(minutes=4)
    phase_ops.start(session, futures.id, clock)
    assert api.get_phase(store, futures.id).timer_running_since == clock.now()
    stopped = api.get_phase(store, drivers.id)
    assert stopped.timer_running_since is None and stopped.timer_elapsed_seconds == 240


def test_a_refused_phase_start_changes_nothing_and_retrying_starts_the_timer(
    session: WorkshopSession,
    clock: FakeClock,
    store: api.Store,
    drivers: api.Phase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The phase, the other timers and this timer change in one transaction: a refusal
    (a locked database) leaves everything as it was, and the retry does all of it."""
    from coopatelier.storage.store import UnitOfWork

    real_commit = UnitOfWork.commit

    def locked(self: UnitOfWork) -> None:
        raise api.StorageError("locked")

    monkeypatch.setattr(UnitOfWork, "commit", locked)
    refusals: list[tuple[str, object]] = []
    session.failed.connect(lambda message, retry: refusals.append((message, retry)))
    phase_ops.start(session, drivers.id, clock)
    unchanged = api.get_phase(store, drivers.id)
    assert unchanged.actual_start is None and unchanged.timer_running_since is None
    assert unchanged.runs == ()
    assert len(refusals) == 1 and "locked" in refusals[0][0]
    monkeypatch.setattr(UnitOfWork, "commit", real_commit)
    retry = refusals[0][1]
    assert callable(retry)
    retry()
    started = api.get_phase(store, drivers.id)
    assert started.actual_start == clock.now() == started.timer_running_since


def test_a_phase_already_run_says_how_long_it_took_not_that_it_never_started(
    make_timer: Callable[..., TimerWidget], store: api.Store, drivers: api.Phase
) -> None:
    api.start_phase(store, drivers.id, at=T0)
    api.end_phase(store, drivers.id, at=T0 + dt.timedelta(minutes=17, seconds=10))
    widget = make_timer()
    assert "17" in widget.caption.text() and "not started" not in widget.caption.text()
    assert widget.caption.text() == "30\u00a0min planned\u00a0· done in 17\u00a0min"  # never split
