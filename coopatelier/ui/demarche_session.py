"""One open démarche in the UI: its store, its undo stack, the cached ``DemarcheData``
every view of it reads, and the ``changed`` signal (the démarche's ``WorkshopSession``).

Its changes are published on the store's hub too, so that a workshop window of the
démarche (its review phase, its projector) and Home hear them; a change made elsewhere
to the démarche or to one of its workshops' cards is re-read here."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coopatelier import api
from coopatelier.domain.demarche import ActionStatus, DemarcheData
from coopatelier.domain.model import Partner
from coopatelier.errors import KnownError
from coopatelier.services import demarche_undo
from coopatelier.services.changes import Changes
from coopatelier.ui.change_hub import hub_for
from coopatelier.ui.commands import ServiceCall, ServiceCommand
from coopatelier.ui.messages import user_message


class DemarcheSession(QObject):
    #: emitted with the ``Changes`` of every change of the démarche (made here or not)
    changed = Signal(object)
    #: a change was refused: (one sentence, retry callable)
    failed = Signal(str, object)

    def __init__(self, store: api.Store, demarche_id: uuid.UUID,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.demarche_id = demarche_id
        self.undo_stack = QUndoStack(self)
        self._data: DemarcheData | None = None
        self.hub = hub_for(store)
        self.hub.changed.connect(self._on_store_changed)
        # another process's change (``coopatelier demarche import``, a script)
        self.hub.external.connect(self._on_external)
        self.hub.watch()

    def data(self) -> DemarcheData:
        if self._data is None:
            self._data = api.load_demarche(self.store, self.demarche_id)
        return self._data

    def concerns(self, changes: Changes) -> bool:
        """Whether a change touches this démarche (its fields, governance, history, or a
        card, person or organisation of one of its workshops)."""
        if changes.demarche_id == self.demarche_id:
            return True
        if changes.workshop_id is None:
            return changes.workshop  # the list of workshops (a delete, an import)
        if self._data is None:
            return False
        return any(w.workshop.id == changes.workshop_id for w in self._data.workshops)

    def notify(self, changes: Changes) -> None:
        self._data = None
        self.changed.emit(changes)
        self.hub.publish(changes, self)

    def _on_store_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self.concerns(changes):
            return
        self._data = None
        self.changed.emit(changes)

    def _on_external(self) -> None:
        """The file moved: re-read the démarche; the views refresh only if it differs
        from what they show (our own commits move the file too). A démarche deleted
        meanwhile is left to the views' own refusal."""
        if self._data is None:
            return  # nothing shown yet: the next read is fresh anyway
        try:
            fresh = api.load_demarche(self.store, self.demarche_id)
        except KnownError:
            return
        if fresh == self._data:
            return
        self._data = fresh
        self.changed.emit(Changes(demarche_id=self.demarche_id, demarche=True, workshop=True))

    def detach(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.hub.changed.disconnect(self._on_store_changed)
        with contextlib.suppress(RuntimeError, TypeError):
            self.hub.external.disconnect(self._on_external)

    def execute(
        self, text: str, first: ServiceCall, undo: ServiceCall, redo: ServiceCall | None = None
    ) -> Changes:
        """Run a service call as an undoable command (a refusal raises; nothing pushed)."""
        command = ServiceCommand(text, first, undo, redo, notify=self.notify)
        done = command.run_first()
        self.undo_stack.push(command)
        return done

    def attempt(
        self, text: str, first: ServiceCall, undo: ServiceCall, redo: ServiceCall | None = None
    ) -> Changes | None:
        try:
            return self.execute(text, first, undo, redo)
        except KnownError as exc:
            self.failed.emit(user_message(exc), lambda: self.attempt(text, first, undo, redo))
            return None


# --- gestures shared by the démarche window and the review phase ---------------------------


class Attempting(Protocol):
    """Where a gesture runs: a ``DemarcheSession``, or a workshop's session (the review
    phase): its store, and ``attempt`` (one undoable command, a refusal reported)."""

    @property
    def store(self) -> api.Store: ...

    def attempt(
        self, text: str, first: ServiceCall, undo: ServiceCall, redo: ServiceCall | None = None
    ) -> Changes | None: ...


def _event_command(
    call: ServiceCall, store: api.Store
) -> tuple[ServiceCall, ServiceCall, ServiceCall]:
    """(first, undo, redo) for a gesture that appends one entry to an action's history:
    undo takes that entry back, redo puts the same entry back."""
    made: dict[str, object] = {}

    def first() -> Changes:
        changes = call()
        if changes.created:
            made["event"] = demarche_undo.read_event(store, changes.created[0])
        return changes

    def undo() -> Changes:
        event = made.get("event")
        if event is None:
            return Changes()
        assert isinstance(event, api.ActionEvent)
        return demarche_undo.withdraw_event(store, event.id)

    def redo() -> Changes:
        event = made.get("event")
        if event is None:
            return Changes()
        assert isinstance(event, api.ActionEvent)
        return demarche_undo.restore_event(store, event)

    return first, undo, redo


def change_status(
    session: Attempting,
    action_id: uuid.UUID,
    status: ActionStatus,
    *,
    text: str,
    note: str = "",
    author: str = "",
    on: dt.date | None = None,
    replaced_by: uuid.UUID | None = None,
    workshop_id: uuid.UUID | None = None,
) -> Changes | None:
    store = session.store
    first, undo, redo = _event_command(lambda: api.change_status(
        store, action_id, status, note=note, author=author, on=on, replaced_by=replaced_by,
        workshop_id=workshop_id,
    ), store)
    return session.attempt(text, first, undo, redo)


def add_follow_up(
    session: Attempting,
    action_id: uuid.UUID,
    note: str,
    *,
    text: str,
    author: str = "",
    on: dt.date | None = None,
    workshop_id: uuid.UUID | None = None,
) -> Changes | None:
    store = session.store
    first, undo, redo = _event_command(lambda: api.add_follow_up(
        store, action_id, note, author=author, on=on, workshop_id=workshop_id,
    ), store)
    return session.attempt(text, first, undo, redo)


def change_roles(
    session: Attempting,
    action_id: uuid.UUID,
    lead: uuid.UUID | None,
    partners: list[Partner],
    *,
    text: str,
    note: str = "",
    author: str = "",
    on: dt.date | None = None,
    workshop_id: uuid.UUID | None = None,
) -> Changes | None:
    store = session.store
    first, undo, redo = _event_command(lambda: api.change_roles(
        store, action_id, lead_organisation_id=lead, partners=partners, note=note,
        author=author, on=on, workshop_id=workshop_id,
    ), store)
    return session.attempt(text, first, undo, redo)
