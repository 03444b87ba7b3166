"""One change notification for the whole store (after Anki's
``operation_did_execute(changes, initiator)``).

Every change made through the UI — a workshop window's session, an import, a duplicate or
a delete from Home — is published here with who made it. Each open view of that workshop
hears it (filtered by ``Changes.workshop_id``); the one that made the change skips its own
refresh. A store has one hub; a store that is closed and reopened gets a new one.

Another process (``coopatelier demarche import``, a script) writes to the same file
without telling us: once a view asks for it (``watch``), the hub looks at the SQLite
file and its WAL every ``POLL_MS`` (their size and modification time; no connection
held, no lock taken) and emits ``external`` when they moved. Our own commits move them
too: a listener re-reads what it shows and refreshes only when it differs."""

from __future__ import annotations

import os
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from coopatelier import api
from coopatelier.services.changes import Changes

#: how often the database file is looked at for another process's changes
POLL_MS = 1500

Signature = tuple[tuple[int, int] | None, ...]


class ChangeHub(QObject):
    #: (Changes, initiator): initiator is the object that made the change, or None
    changed = Signal(object, object)
    #: the database file changed, maybe by another process: re-read and compare
    external = Signal()

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self._files = (path, path.with_name(path.name + "-wal")) if path else ()
        self._timer: QTimer | None = None
        self._seen: Signature = ()

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        self.changed.emit(changes, initiator)

    def watch(self) -> None:
        """Start looking for changes made by another process (a SQLite file only: a
        server has no file to look at)."""
        if self._timer is not None or not self._files:
            return
        self._seen = self._signature()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> bool:
        """Emit ``external`` if the file moved since the last look (True then)."""
        now = self._signature()
        if now == self._seen:
            return False
        self._seen = now
        self.external.emit()
        return True

    def _signature(self) -> Signature:
        found: list[tuple[int, int] | None] = []
        for file in self._files:
            try:
                stat = os.stat(file)
            except OSError:
                found.append(None)
            else:
                found.append((stat.st_size, stat.st_mtime_ns))
        return tuple(found)


_hubs: weakref.WeakKeyDictionary[api.Store, ChangeHub] = weakref.WeakKeyDictionary()


def hub_for(store: api.Store) -> ChangeHub:
    """The hub of ``store`` (made on first use)."""
    hub = _hubs.get(store)
    if hub is None:
        from coopatelier.storage.engine import sqlite_path

        hub = ChangeHub(sqlite_path(store.url))
        _hubs[store] = hub
    return hub
