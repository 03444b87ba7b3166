"""A phase's record tells the truth: every run interval is kept (start, pause, resume,
end), running a finished phase again adds one, corrections are validated, and the
synthesis shows planned against the summed actual time."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.analysis import phase_timing
from coopatelier.domain.model import PhaseKind, PhaseRun, PhaseStatus
from coopatelier.exchange import export_workshop_file, import_workshop_file, write_markdown
from tests.conftest import phase_of

T0 = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_pause_resume_and_end_keep_every_interval(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.start_phase(store, drivers.id, at=at(0))
    api.pause_phase(store, drivers.id, at=at(10))
    paused = api.get_phase(store, drivers.id)
    assert paused.status is PhaseStatus.PAUSED and paused.timer_running_since is None
    api.start_phase(store, drivers.id, at=at(25))  # resume: a second interval
    api.end_phase(store, drivers.id, at=at(40))
    done = api.get_phase(store, drivers.id)
    assert done.runs == (PhaseRun(at(0), at(10)), PhaseRun(at(25), at(40)))
    assert done.status is PhaseStatus.DONE
    assert (done.actual_start, done.actual_end) == (at(0), at(40))
    assert done.actual_seconds(at(999)) == 25 * 60  # the pause does not count


def test_starting_another_phase_ends_the_one_in_progress(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    intro, drivers = workshop.phases[0], workshop.phases[1]
    api.start_phase(store, intro.id, at=at(0))
    api.pause_phase(store, intro.id, at=at(8))
    api.start_phase(store, drivers.id, at=at(12))
    first = api.get_phase(store, intro.id)
    assert first.status is PhaseStatus.DONE
    assert first.actual_end == at(8)  # a paused phase ends when it last ran
    assert api.get_phase(store, drivers.id).status is PhaseStatus.RUNNING


def test_a_finished_phase_runs_again_only_when_asked_and_keeps_its_first_run(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.start_phase(store, drivers.id, at=at(0))
    api.end_phase(store, drivers.id, at=at(30))
    with pytest.raises(api.ValidationError, match="already run"):
        api.start_phase(store, drivers.id, at=at(60))
    assert api.get_phase(store, drivers.id).runs == (PhaseRun(at(0), at(30)),)
    api.start_phase(store, drivers.id, at=at(60), again=True)
    again = api.get_phase(store, drivers.id)
    assert again.runs == (PhaseRun(at(0), at(30)), PhaseRun(at(60)))
    assert again.status is PhaseStatus.RUNNING and again.actual_start == at(0)
    assert again.timer_elapsed_seconds == 0  # a fresh timer for the new run


def test_end_workshop_ends_the_phase_in_progress_and_marks_the_workshop(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    closing = phase_of(workshop, PhaseKind.CLOSING)
    api.start_phase(store, closing.id, at=at(0))
    api.end_workshop(store, workshop.workshop.id, at=at(12))
    data = api.load_workshop(store, workshop.workshop.id)
    assert data.workshop.ended_at == at(12)
    assert data.phase(closing.id).runs == (PhaseRun(at(0), at(12)),)  # type: ignore[union-attr]
    (summary,) = [s for s in api.list_workshops(store) if s.id == workshop.workshop.id]
    assert summary.ended_at == at(12)
    api.reopen_workshop(store, workshop.workshop.id)
    assert api.get_workshop(store, workshop.workshop.id).ended_at is None


def test_an_ended_workshop_takes_no_card_until_a_phase_runs_again(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    """*End the workshop* closes capture (API and CLI alike): a card is refused with one
    sentence and nothing is written; running a phase again reopens the workshop."""
    wid = workshop.workshop.id
    closing = phase_of(workshop, PhaseKind.CLOSING)
    api.start_phase(store, closing.id, at=at(0))
    api.add_card(store, closing.id, "Before the end")
    api.end_workshop(store, wid, at=at(12))
    with pytest.raises(api.ValidationError) as refused:
        api.add_card(store, closing.id, "After the end")
    assert (refused.value.field, refused.value.problem) == ("workshop", "workshop_ended")
    assert refused.value.words("fr") == (
        "atelier\u00a0: il est terminé\u202f; relancez l’une de ses phases pour ajouter "
        "une carte"
    )
    texts = [c.text for c in api.load_workshop(store, wid).cards]
    assert "After the end" not in texts and "Before the end" in texts
    api.start_phase(store, closing.id, at=at(20), again=True)  # reopens the workshop
    api.add_card(store, closing.id, "After the run again")
    assert "After the run again" in [c.text for c in api.load_workshop(store, wid).cards]


def test_corrections_replace_the_intervals_and_are_checked(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.start_phase(store, drivers.id, at=at(0))
    api.end_phase(store, drivers.id, at=at(300))  # a forgotten Next phase
    api.set_phase_runs(store, drivers.id, [PhaseRun(at(0), at(35))])
    fixed = api.get_phase(store, drivers.id)
    assert fixed.runs == (PhaseRun(at(0), at(35)),) and fixed.actual_end == at(35)
    for bad, problem in (
        ([PhaseRun(at(10), at(5))], "before it starts"),
        ([PhaseRun(at(0), at(10)), PhaseRun(at(5), at(20))], "overlap"),
        ([PhaseRun(at(0)), PhaseRun(at(5), at(20))], "only the last"),
        ([PhaseRun(T0.replace(tzinfo=None), at(5))], "time zone"),
    ):
        with pytest.raises(api.ValidationError, match=problem):
            api.set_phase_runs(store, drivers.id, bad)
    assert api.get_phase(store, drivers.id).runs == (PhaseRun(at(0), at(35)),)
    assert fixed.timer_elapsed_seconds == 35 * 60  # the timer says what the record says
    future = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    with pytest.raises(api.ValidationError, match="future"):
        api.set_phase_runs(store, drivers.id, [PhaseRun(at(0), future)])
    with pytest.raises(api.ValidationError, match="ended phase"):
        api.set_phase_runs(store, drivers.id, [PhaseRun(at(0))], ended=True)
    api.set_phase_runs(store, drivers.id, [], ended=False)  # never run, after all
    assert api.get_phase(store, drivers.id).status is PhaseStatus.NOT_RUN


def test_minus_one_minute_never_changes_the_plan(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.start_phase(store, drivers.id, at=at(0))
    for _ in range(45):
        api.adjust_timer(store, drivers.id, -60)
    phase = api.get_phase(store, drivers.id)
    assert phase.planned_minutes == 30
    assert api.timer_state(phase, at(0)).budget_seconds == 0  # the time left, not the plan


def test_the_synthesis_times_are_summed_running_or_never_run_never_negative(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    intro, drivers, futures = workshop.phases[0], workshop.phases[1], workshop.phases[2]
    api.start_phase(store, intro.id, at=at(0))
    api.pause_phase(store, intro.id, at=at(4))
    api.start_phase(store, intro.id, at=at(6))
    api.start_phase(store, drivers.id, at=at(13))  # intro ends: 4 + 7 = 11 min
    data = api.load_workshop(store, workshop.workshop.id)
    timing = {p.id: phase_timing(p, at(25)) for p in data.phases}
    assert (timing[intro.id].actual_minutes, timing[intro.id].delta_minutes) == (11, 1)
    assert timing[drivers.id].status is PhaseStatus.RUNNING
    assert (timing[drivers.id].actual_minutes, timing[drivers.id].delta_minutes) == (12, None)
    assert timing[futures.id].actual_minutes is None
    # a phase left running for months is "in progress", not an absurd duration
    assert phase_timing(data.phase(drivers.id), at(60 * 24 * 90)).actual_minutes is None  # type: ignore[arg-type]


def test_markdown_shows_planned_against_actual(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    intro, drivers = workshop.phases[0], workshop.phases[1]
    api.start_phase(store, intro.id, at=at(0))
    api.start_phase(store, drivers.id, at=at(12))
    text = write_markdown(api.load_workshop(store, workshop.workshop.id), tmp_path / "s.md")
    agenda = Path(text).read_text(encoding="utf-8")
    assert "1. Accueil (10 min prévues, 12 min réalisées)" in agenda
    # still running at export, months later: in progress, never an absurd duration
    assert "2. Moteurs du changement (30 min prévues, en cours)" in agenda
    assert "3. Futurs souhaitables (40 min prévues, non lancée)" in agenda


def test_the_workshop_file_keeps_the_intervals_and_reads_version_1(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path, data_dir: object
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.start_phase(store, drivers.id, at=at(0))
    api.pause_phase(store, drivers.id, at=at(10))
    api.start_phase(store, drivers.id, at=at(15))
    api.end_workshop(store, workshop.workshop.id, at=at(40))
    path = export_workshop_file(store, workshop.workshop.id, tmp_path / "a.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 3
    assert document["workshop"]["ended_at"] == "2026-04-14T09:40:00.000000Z"
    api.delete_workshop(store, workshop.workshop.id)
    import_workshop_file(store, path)
    back = api.load_workshop(store, workshop.workshop.id)
    assert back.phase(drivers.id).runs == (  # type: ignore[union-attr]
        PhaseRun(at(0), at(10)), PhaseRun(at(15), at(40))
    )
    assert back.workshop.ended_at == at(40)
    # a version 1 file (no intervals): its start–end becomes the one interval
    old = {k: v for k, v in document.items() if k not in ("stamps", "seen")}
    old["version"] = 1
    old["workshop"] = {k: v for k, v in document["workshop"].items() if k != "ended_at"}
    old["phases"] = [{k: v for k, v in p.items() if k != "runs"} for p in document["phases"]]
    api.delete_workshop(store, workshop.workshop.id)
    legacy = tmp_path / "v1.json"
    legacy.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    import_workshop_file(store, legacy)
    read = api.load_workshop(store, workshop.workshop.id)
    assert read.phase(drivers.id).runs == (PhaseRun(at(0), at(40)),)  # type: ignore[union-attr]
    assert read.workshop.ended_at is None
