"""Undo commands that call services, never widgets (after orange-canvas-core).

A ``ServiceCommand`` runs ``first`` once (before it is pushed, so that a refused change is
never on the stack), ``undo`` to reverse it and ``redo`` (default: ``first`` again) after an
undo. Creation commands pass a ``redo`` that restores the same ids rather than creating new
ones, so later commands on the stack stay valid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from coopatelier.services.changes import Changes

ServiceCall = Callable[[], Changes]


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        first: ServiceCall,
        undo: ServiceCall,
        redo: ServiceCall | None = None,
        *,
        notify: Callable[[Changes], None],
    ) -> None:
        super().__init__(text)
        self._first = first
        self._undo = undo
        self._redo = redo or first
        self._notify = notify
        self._pushing = False
        self._skip_undo = False
        self.result: Changes | None = None

    def run_first(self) -> Changes:
        """Do the change for the first time; ``QUndoStack.push`` will not do it again."""
        self.result = self._first()
        self._pushing = True
        self._notify(self.result)
        return self.result

    def redo(self) -> None:
        if self._pushing:
            self._pushing = False
            return
        self.result = self._redo()
        self._notify(self.result)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        self._notify(self._undo())

    def try_undo(self) -> None:
        """Undo now, letting a ``KnownError`` reach the caller; the stack's next ``undo()``
        only moves its index. (An exception raised inside ``QUndoStack.undo`` would be lost
        with the stack already moved.)"""
        self._notify(self._undo())
        self._skip_undo = True

    def try_redo(self) -> None:
        """Redo now, letting a ``KnownError`` reach the caller (see ``try_undo``)."""
        self.result = self._redo()
        self._notify(self.result)
        self._pushing = True
