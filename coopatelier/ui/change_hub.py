"""One change notification for the whole store (after Anki's
``operation_did_execute(changes, initiator)``).

Every change made through the UI — a workshop window's session, an import, a duplicate or
a delete from Home — is published here with who made it. Each open view of that workshop
hears it (filtered by ``Changes.workshop_id``); the one that made the change skips its own
refresh. A store has one hub; a store that is closed and reopened gets a new one."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from coopatelier import api
from coopatelier.services.changes import Changes


class ChangeHub(QObject):
    #: (Changes, initiator): initiator is the object that made the change, or None
    changed = Signal(object, object)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        self.changed.emit(changes, initiator)


_hubs: weakref.WeakKeyDictionary[api.Store, ChangeHub] = weakref.WeakKeyDictionary()


def hub_for(store: api.Store) -> ChangeHub:
    """The hub of ``store`` (made on first use)."""
    hub = _hubs.get(store)
    if hub is None:
        hub = ChangeHub()
        _hubs[store] = hub
    return hub
