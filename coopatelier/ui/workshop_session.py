"""One open workshop in the UI: its store, its undo stack, the cached data every view
reads, and the ``changed`` signal every view listens to."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coopatelier import api
from coopatelier.domain.model import WorkshopData
from coopatelier.services.changes import Changes
from coopatelier.ui.commands import ServiceCall, ServiceCommand


class WorkshopSession(QObject):
    #: emitted with the ``Changes`` of every service call made through the session
    changed = Signal(object)

    def __init__(self, store: api.Store, workshop_id: uuid.UUID, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.undo_stack = QUndoStack(self)
        self._data: WorkshopData | None = None

    def data(self) -> WorkshopData:
        """The workshop as last committed (reloaded lazily after each change)."""
        if self._data is None:
            self._data = api.load_workshop(self.store, self.workshop_id)
        return self._data

    def notify(self, changes: Changes) -> None:
        """Drop the cache and tell every view what changed."""
        self._data = None
        self.changed.emit(changes)

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

    def run(self, call: ServiceCall) -> Changes:
        """Run a service call that is not undoable (e.g. timer ticks) and notify views."""
        changes = call()
        self.notify(changes)
        return changes
