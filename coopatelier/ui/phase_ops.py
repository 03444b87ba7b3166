"""Running the déroulé, from any window (the facilitator's, the presenter console, the
projector's keys): start, pause, resume, end a phase, the next phase, end the workshop.

Looking at a phase never runs it: only these functions change a phase's record, each as
one service call. They are not on the undo stack (like the timer: Ctrl+Z belongs to the
workshop's content, and undoing a card must never rewind the room's clock); a recorded
start or end is corrected, undoably, in the phase editor (``correct_runs``). Running a
phase that already ran asks first, and adds an interval: nothing is ever erased.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopatelier import api
from coopatelier.domain.model import Phase, PhaseKind, PhaseRun, PhaseStatus, WorkshopData
from coopatelier.errors import KnownError
from coopatelier.ui.clock import Clock
from coopatelier.ui.messages import user_message
from coopatelier.ui.workshop_session import WorkshopSession

Started = Callable[[uuid.UUID], object]


def in_progress(data: WorkshopData) -> Phase | None:
    """The phase that runs or is paused (at most one)."""
    return next((p for p in data.phases if p.in_progress), None)


def next_phase_after(data: WorkshopData) -> Phase | None:
    """What *Next phase ▶* starts: the phase after the one in progress, or after the one
    that ended last; the first phase when none has run; None after the last one, and
    once the workshop has ended (*End the workshop*: nothing comes next)."""
    if data.workshop.ended_at is not None:
        return None
    phases = list(data.phases)
    current = in_progress(data)
    if current is None:
        ended = [p for p in phases if p.actual_end is not None]
        if not ended:
            return phases[0] if phases else None
        current = max(ended, key=lambda p: (p.actual_end, p.position))
    index = next(i for i, p in enumerate(phases) if p.id == current.id)
    following = phases[index + 1:]
    # after running a phase again, the next one not yet done (else simply the next)
    fresh = [p for p in following if p.status is not PhaseStatus.DONE]
    return fresh[0] if fresh else (following[0] if following else None)


def _run(session: WorkshopSession, call: Callable[[], api.Changes], retry: Callable[[], object]
         ) -> bool:
    try:
        session.run(call)
    except KnownError as exc:
        session.failed.emit(user_message(exc), retry)
        return False
    return True


def start(
    session: WorkshopSession,
    phase_id: uuid.UUID,
    clock: Clock,
    *,
    parent: QWidget | None = None,
    started: Started | None = None,
) -> QMessageBox | None:
    """Start (or resume) a phase now; the phase in progress ends. A phase that already ran
    is run again only after the facilitator confirms: the box is returned, open."""
    phase = session.data().phase(phase_id)
    if phase is None:
        return None
    if phase.status is PhaseStatus.DONE:
        return _confirm_again(session, phase, clock, parent, started)
    _start_now(session, phase_id, clock, again=False, started=started)
    return None


def _start_now(
    session: WorkshopSession,
    phase_id: uuid.UUID,
    clock: Clock,
    *,
    again: bool,
    started: Started | None,
) -> None:
    now = clock.now()
    store = session.store
    if _run(
        session,
        lambda: api.start_phase(store, phase_id, at=now, again=again),
        lambda: _start_now(session, phase_id, clock, again=again, started=started),
    ) and started is not None:
        started(phase_id)


def _confirm_again(
    session: WorkshopSession,
    phase: Phase,
    clock: Clock,
    parent: QWidget | None,
    started: Started | None,
) -> QMessageBox:
    minutes = round(phase.actual_seconds(clock.now()) / 60)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("PhaseOps", "Run this phase again?"),
        QCoreApplication.translate(
            "PhaseOps",
            "“%1” has already run (%2 min). Running it again adds a new interval to its "
            "record; the earlier ones are kept.",
        ).replace("%1", phase.title).replace("%2", str(minutes)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("runAgainBox")
    again = QCoreApplication.translate("PhaseOps", "Run it again")
    box.button(QMessageBox.StandardButton.Yes).setText(again)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Return must not run it again
    box.accepted.connect(
        lambda: _start_now(session, phase.id, clock, again=True, started=started)
    )
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def pause(session: WorkshopSession, phase_id: uuid.UUID, clock: Clock) -> None:
    """The phase stops running for now (its timer pauses); it resumes with ``start``."""
    _timed(session, api.pause_phase, phase_id, clock)


def end(session: WorkshopSession, phase_id: uuid.UUID, clock: Clock) -> None:
    """The phase is over (it was running or paused)."""
    _timed(session, api.end_phase, phase_id, clock)


def _timed(
    session: WorkshopSession,
    service: Callable[..., api.Changes],
    phase_id: uuid.UUID,
    clock: Clock,
) -> None:
    """``service(store, phase_id, at=now)``, retried at the moment of the retry."""
    now = clock.now()
    store = session.store
    _run(
        session,
        lambda: service(store, phase_id, at=now),
        lambda: _timed(session, service, phase_id, clock),
    )


def next_phase(
    session: WorkshopSession,
    clock: Clock,
    *,
    parent: QWidget | None = None,
    started: Started | None = None,
) -> QMessageBox | None:
    """*Next phase ▶*: the phase in progress ends and the next one starts (one
    transaction)."""
    target = next_phase_after(session.data())
    if target is None:
        return None
    return start(session, target.id, clock, parent=parent, started=started)


def end_workshop(session: WorkshopSession, clock: Clock) -> bool:
    """The phase in progress ends and the workshop is marked done (Home shows it)."""
    now = clock.now()
    store, workshop_id = session.store, session.workshop_id
    return _run(
        session,
        lambda: api.end_workshop(store, workshop_id, at=now),
        lambda: end_workshop(session, clock),
    )


def correct_runs(
    session: WorkshopSession, phase: Phase, runs: Sequence[PhaseRun], ended: bool
) -> api.Changes | None:
    """The phase editor's correction of a recorded start or end: one undoable command."""
    store = session.store
    before = tuple(phase.intervals)
    was_ended = phase.actual_end is not None
    return session.attempt(
        QCoreApplication.translate("PhaseOps", "Correct the phase's times"),
        lambda: api.set_phase_runs(store, phase.id, tuple(runs), ended=ended),
        lambda: api.set_phase_runs(store, phase.id, before, ended=was_ended),
    )


# --- the déroulé itself: add, edit, remove, move phases (undoable) ------------------------


def add_phase(
    session: WorkshopSession, kind: PhaseKind, values: dict[str, Any], position: int | None
) -> uuid.UUID | None:
    """A new phase at ``position`` (default: last); undo removes it, redo restores the same
    id. Returns its id, or None when refused (reported through ``session.failed``)."""
    store, wid = session.store, session.workshop_id
    created: list[uuid.UUID] = []
    arguments: dict[str, Any] = {
        "kind": kind,
        "title": values["title"],
        "minutes": values["planned_minutes"],
        "position": position,
        "instructions": values["instructions"],
        "question": values["question"],
        "categories": values["categories"],
    }

    def first() -> api.Changes:
        changes = api.add_phase(store, wid, **arguments)
        created[:] = [changes.new_id]
        return changes

    done = session.attempt(
        QCoreApplication.translate("PhaseOps", "Add phase"),
        first,
        lambda: api.remove_phase(store, created[0]),
        lambda: api.add_phase(store, wid, **arguments, phase_id=created[0]),
    )
    return created[0] if done is not None else None


def edit_phase(
    session: WorkshopSession,
    phase: Phase,
    values: dict[str, Any],
    runs: Sequence[PhaseRun] | None = None,
    *,
    ended: bool | None = None,
) -> None:
    """The phase editor's OK: its fields and, when ``runs`` is given, its corrected record
    — one undo step for the two."""
    before = {
        "title": phase.title,
        "planned_minutes": phase.planned_minutes,
        "question": phase.question,
        "instructions": phase.instructions,
        "categories": phase.categories,
    }
    store = session.store
    fields = values != before
    correct = runs is not None
    text = QCoreApplication.translate("PhaseOps", "Edit phase")
    if fields and correct:
        session.undo_stack.beginMacro(text)
    if fields:
        session.attempt(
            text,
            lambda: api.update_phase(store, phase.id, **values),
            lambda: api.update_phase(store, phase.id, **before),
        )
    if runs is not None:
        correct_runs(session, phase, runs, ended=bool(ended))
    if fields and correct:
        session.undo_stack.endMacro()


def remove_phase(session: WorkshopSession, phase: Phase) -> bool:
    """Remove an empty phase; undo puts it back, same id, same place."""
    store, wid = session.store, session.workshop_id
    arguments: dict[str, Any] = {
        "kind": phase.kind,
        "title": phase.title,
        "minutes": phase.planned_minutes,
        "position": phase.position,
        "instructions": phase.instructions,
        "question": phase.question,
        "facilitator_notes": phase.facilitator_notes,
        "categories": phase.categories,
        "phase_id": phase.id,
    }
    done = session.attempt(
        QCoreApplication.translate("PhaseOps", "Remove phase"),
        lambda: api.remove_phase(store, phase.id),
        lambda: api.add_phase(store, wid, **arguments),
    )
    return done is not None


def move_phase(session: WorkshopSession, phase: Phase, old: int, new: int) -> None:
    """Move a phase from row ``old`` to row ``new`` of the déroulé (one transaction)."""
    store = session.store
    session.attempt(
        QCoreApplication.translate("PhaseOps", "Move phase"),
        lambda: api.move_phase(store, phase.id, new),
        lambda: api.move_phase(store, phase.id, old),
    )
