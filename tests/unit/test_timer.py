"""The phase timer: colours at the thresholds, pause, adjustments, survival of a restart.
Driven by explicit instants, never by sleeping."""

from __future__ import annotations

import datetime as dt

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.domain.timer import TimerLevel, timer_state
from coopatelier.services import timer
from tests.conftest import phase_of

T0 = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_green_orange_red_at_the_thresholds(store: api.Store, workshop: api.WorkshopData) -> None:
    phase = phase_of(workshop, PhaseKind.DRIVERS)  # 30 minutes planned
    timer.start_timer(store, phase.id, at=at(0))
    running = api.get_phase(store, phase.id)
    assert timer_state(running, at(0)).level is TimerLevel.GREEN
    assert timer_state(running, at(23.9)).level is TimerLevel.GREEN
    assert timer_state(running, at(24)).level is TimerLevel.ORANGE  # last 20 %: 6 min
    assert timer_state(running, at(30)).level is TimerLevel.ORANGE
    late = timer_state(running, at(31.5))
    assert late.level is TimerLevel.RED and late.overtime
    assert late.display == "+01:30"
    assert timer_state(running, at(0)).display == "30:00"
    assert timer_state(running, at(0.5)).display == "29:30"


def test_pause_keeps_the_time_already_run(store: api.Store, workshop: api.WorkshopData) -> None:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    timer.start_timer(store, phase.id, at=at(0))
    timer.pause_timer(store, phase.id, at=at(10))
    paused = api.get_phase(store, phase.id)
    state = timer_state(paused, at(50))  # time passes while paused
    assert not state.running and state.remaining_seconds == 20 * 60
    timer.start_timer(store, phase.id, at=at(50))
    assert timer_state(api.get_phase(store, phase.id), at(55)).remaining_seconds == 15 * 60


def test_plus_five_and_minus_one_minute(store: api.Store, workshop: api.WorkshopData) -> None:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    timer.start_timer(store, phase.id, at=at(0))
    timer.adjust_timer(store, phase.id, 300)
    timer.adjust_timer(store, phase.id, -60)
    state = timer_state(api.get_phase(store, phase.id), at(0))
    assert state.budget_seconds == (30 + 5 - 1) * 60
    with pytest.raises(api.ValidationError):
        timer.adjust_timer(store, phase.id, 10**9)


def test_the_timer_survives_closing_and_reopening_the_database(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    timer.start_timer(store, phase.id, at=at(0))
    assert store.path is not None
    with api.open_store(store.path, store.data_dir.root) as reopened:
        again = api.get_phase(reopened, phase.id)
    state = timer_state(again, at(12))
    assert state.running and state.remaining_seconds == 18 * 60
    assert again.actual_start == at(0)


def test_reset_goes_back_to_the_planned_minutes(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    timer.start_timer(store, phase.id, at=at(0))
    timer.adjust_timer(store, phase.id, 300)
    timer.reset_timer(store, phase.id)
    state = timer_state(api.get_phase(store, phase.id), at(40))
    assert (state.running, state.remaining_seconds) == (False, 30 * 60)
