"""One open workshop in the UI: its store, its undo stack, the cached data every view
reads, and the ``changed`` signal every view listens to."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coopatelier import api
from coopatelier.domain.demarche import DemarcheData
from coopatelier.domain.model import Card, WorkshopData
from coopatelier.errors import KnownError, NotFoundError
from coopatelier.services.changes import Changes
from coopatelier.ui.change_hub import ChangeHub, hub_for
from coopatelier.ui.commands import ServiceCall, ServiceCommand
from coopatelier.ui.messages import user_message
from coopatelier.ui.vote_numbers import VoteNumbers

#: Above this many changed cards, re-reading the whole workshop is cheaper than patching.
_PATCH_LIMIT = 20


class WorkshopSession(QObject):
    #: emitted with the ``Changes`` of every service call made through the session
    changed = Signal(object)
    #: emitted by ``attempt`` when a change is refused: (one sentence, retry callable)
    failed = Signal(str, object)
    #: the action under review in a point d'étape's review phase changed (id or None)
    review_moved = Signal(object)

    def __init__(
        self,
        store: api.Store | Callable[[], api.Store],
        workshop_id: uuid.UUID,
        parent: QObject | None = None,
        *,
        data: WorkshopData | None = None,
    ):
        """``store``, or what opens it: the app's start shows the window from ``data`` read
        without SQLAlchemy and opens the store right after (ui/app.py); a gesture that
        comes first opens it then (``store``)."""
        super().__init__(parent)
        self._store: api.Store | None = None
        self._open_store: Callable[[], api.Store] | None = None
        self._hub: ChangeHub | None = None
        if callable(store):
            self._open_store = store
        else:
            self.attach_store(store)
        self.workshop_id = workshop_id
        self.undo_stack = QUndoStack(self)
        self._data: WorkshopData | None = data
        self._by_phase: dict[uuid.UUID, tuple[Card, ...]] | None = None
        self._fresh: dict[uuid.UUID, Card] = {}
        self._demarche: DemarcheData | None = None
        #: the action the room reviews in a review phase (``set_under_review``)
        self.under_review: uuid.UUID | None = None
        #: the numbers the room votes with, stable while a round is open
        self.vote_numbers = VoteNumbers(self)

    @property
    def store(self) -> api.Store:
        """The open store; opened now if the window was shown before it (the start)."""
        if self._store is None:
            assert self._open_store is not None
            self.attach_store(self._open_store())
        assert self._store is not None
        return self._store

    @property
    def store_open(self) -> bool:
        return self._store is not None

    def attach_store(self, store: api.Store) -> None:
        """Work with ``store`` from now on (once: the start's, opened after the window)."""
        if self._store is store:
            return
        assert self._store is None, "a session's store is attached once"
        self._store = store
        self._open_store = None
        self._hub = hub_for(store)
        self._hub.changed.connect(self._on_store_changed)
        self._hub.external.connect(self._on_external)
        self._hub.watch()

    @property
    def hub(self) -> ChangeHub:
        """The store's change hub (ui/change_hub.py)."""
        return hub_for(self.store)

    def data(self) -> WorkshopData:
        """The workshop as last committed (reloaded lazily after each change)."""
        if self._data is None:
            self._data = api.load_workshop(self.store, self.workshop_id)
            self._by_phase = None
        return self._data

    def demarche_data(self) -> DemarcheData | None:
        """The démarche the workshop belongs to, as last committed (None outside any)."""
        demarche_id = self.data().workshop.demarche_id
        if demarche_id is None:
            return None
        if self._demarche is None or self._demarche.demarche.id != demarche_id:
            self._demarche = api.load_demarche(self.store, demarche_id)
        return self._demarche

    def set_under_review(self, action_id: uuid.UUID | None) -> None:
        if action_id != self.under_review:
            self.under_review = action_id
            self.review_moved.emit(action_id)

    def _of_my_demarche(self, changes: Changes) -> bool:
        mine = self._data.workshop.demarche_id if self._data is not None else None
        return changes.demarche_id is not None and changes.demarche_id == mine

    def cards_of_phase(self, phase_id: uuid.UUID) -> tuple[Card, ...]:
        """``data().cards_of_phase(phase_id)``, computed once per change for every phase
        (``WorkshopData.cards_of_phase`` sorts the whole workshop on each call)."""
        data = self.data()
        if self._by_phase is None:
            groups: dict[uuid.UUID, list[Card]] = {}
            for card in data.cards:
                if card.deleted_at is None and card.merged_into_id is None:
                    groups.setdefault(card.phase_id, []).append(card)
            self._by_phase = {
                phase: tuple(sorted(cards, key=lambda c: c.position))
                for phase, cards in groups.items()
            }
        return self._by_phase.get(phase_id, ())

    def patched_cards(self) -> dict[uuid.UUID, Card]:
        """The cards the last change put in the cache as they are now (by id); empty when
        it made the session re-read the workshop. A view updates these rows only."""
        return self._fresh

    def notify(self, changes: Changes) -> None:
        """Update the cache, tell every view of this window what changed, then the rest of
        the app (Home, another window) through the store's hub."""
        self._apply(changes)
        self.hub.publish(changes, self)

    def _apply(self, changes: Changes) -> None:
        if changes.demarche or changes.organisations or changes.cards or changes.workshop:
            self._demarche = None
        before = self._data
        self._fresh = {}
        self._data = self._patched(changes)
        self._by_phase = self._regrouped(before, changes) if self._data is not None else None
        self.changed.emit(changes)

    def _on_store_changed(self, changes: Changes, initiator: object) -> None:
        """A change made elsewhere (an import, Home, another window): re-read what it
        touched and tell the views; our own changes were applied already."""
        if initiator is self:
            return
        if changes.workshop_id not in (None, self.workshop_id) and not self._of_my_demarche(
            changes
        ):
            return
        if changes.workshop and self.workshop_id not in api.workshop_ids(self.store):
            return  # deleted (from Home): its window is closing, nothing to re-read
        self._apply(changes)

    def _on_external(self) -> None:
        """The database file moved (maybe another process: ``coopatelier demarche
        import``): the démarche a review phase shows is re-read, and the views told
        when it differs from the one cached."""
        cached = self._demarche
        if cached is None:
            return
        try:
            fresh = api.load_demarche(self.store, cached.demarche.id)
        except KnownError:
            return
        if fresh != cached:
            self._apply(Changes(workshop_id=self.workshop_id, demarche_id=fresh.demarche.id,
                                demarche=True))
            self._demarche = fresh

    def detach(self) -> None:
        """Stop hearing the store (the window closes)."""
        if self._hub is None:
            self._open_store = None  # closed before its store opened: never open it
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self._hub.changed.disconnect(self._on_store_changed)
        with contextlib.suppress(RuntimeError, TypeError):
            self._hub.external.disconnect(self._on_external)

    def _regrouped(
        self, before: WorkshopData | None, changes: Changes
    ) -> dict[uuid.UUID, tuple[Card, ...]] | None:
        """The cards-by-phase cache after a patch: only the phases of changed cards are
        recomputed."""
        if self._by_phase is None or before is None or self._data is None:
            return None
        new = self._fresh
        updated = changes.cards - set(changes.created)
        old = {c.id: c for c in before.cards if c.id in updated} if updated else {}
        phases = {c.phase_id for c in old.values()} | {c.phase_id for c in new.values()}
        groups = dict(self._by_phase)
        if not updated:  # only new cards, each after the others of its phase: a capture
            appended = dict(groups)
            for card in new.values():
                before_it = appended.get(card.phase_id, ())
                if card.deleted_at is not None or card.merged_into_id is not None or (
                    before_it and before_it[-1].position >= card.position
                ):
                    break
                appended[card.phase_id] = (*before_it, card)
            else:
                return appended
        for phase in phases:
            current = [c for c in groups.get(phase, ()) if c.id not in changes.cards]
            current.extend(
                c
                for c in new.values()
                if c.phase_id == phase and c.deleted_at is None and c.merged_into_id is None
            )
            current.sort(key=lambda c: c.position)
            groups[phase] = tuple(current)
        return groups

    def _patched(self, changes: Changes) -> WorkshopData | None:
        """The cache with only the changed cards re-read, when only a few cards changed
        (a capture in a 5,000-card workshop must not reload all of them); else None."""
        data = self._data
        if (
            data is None
            or changes.workshop_id not in (None, self.workshop_id)
            or changes.workshop
            or changes.phases
            or changes.organisations
            or changes.participants
            or changes.votes
            or not changes.cards
            or len(changes.cards) > _PATCH_LIMIT
        ):
            return None
        written = {card.id: card for card in changes.written}
        try:  # the service gave us what it wrote; anything else is read back
            fresh = {
                card_id: written.get(card_id) or api.get_card(self.store, card_id)
                for card_id in changes.cards
            }
        except (KnownError, NotFoundError):
            return None
        self._fresh = dict(fresh)
        # new cards (a capture) appended, others replaced; the views' order is patched too
        return data.with_cards(tuple(fresh.values()))

    def reload(self) -> None:
        """Forget the cache and tell every view to re-read everything."""
        self._data = None
        self._by_phase = None
        self.changed.emit(Changes(workshop_id=self.workshop_id, workshop=True))

    def execute(
        self, text: str, first: ServiceCall, undo: ServiceCall, redo: ServiceCall | None = None
    ) -> Changes:
        """Run a service call as an undoable command; returns what the first run changed.

        A ``KnownError`` raised by ``first`` propagates and nothing is pushed.
        """
        command = ServiceCommand(text, first, undo, redo, notify=self.notify)
        done = command.run_first()  # a refused change raises here and is never pushed
        self.undo_stack.push(command)
        return done

    def attempt(
        self, text: str, first: ServiceCall, undo: ServiceCall, redo: ServiceCall | None = None
    ) -> Changes | None:
        """``execute``, but a refused change (locked database, bad value...) is reported
        through ``failed`` with a way to retry, and None is returned."""
        try:
            return self.execute(text, first, undo, redo)
        except KnownError as exc:
            self.failed.emit(user_message(exc), lambda: self.attempt(text, first, undo, redo))
            return None

    def undo(self) -> bool:
        """Undo the last command; a refusal (locked database...) leaves the stack as it
        was and is reported through ``failed`` with a way to retry. True when undone."""
        stack = self.undo_stack
        command = stack.command(stack.index() - 1) if stack.canUndo() else None
        if isinstance(command, ServiceCommand):
            try:
                command.try_undo()
            except KnownError as exc:
                self.failed.emit(user_message(exc), self.undo)
                return False
        stack.undo()
        return command is not None

    def redo(self) -> bool:
        """Redo the next command; a refusal is reported as for ``undo``."""
        stack = self.undo_stack
        command = stack.command(stack.index()) if stack.canRedo() else None
        if isinstance(command, ServiceCommand):
            try:
                command.try_redo()
            except KnownError as exc:
                self.failed.emit(user_message(exc), self.redo)
                return False
        stack.redo()
        return command is not None

    def run(self, call: ServiceCall) -> Changes:
        """Run a service call that is not undoable (e.g. timer ticks) and notify views."""
        changes = call()
        self.notify(changes)
        return changes
