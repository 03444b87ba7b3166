"""Preferences that signal (after Picard's ``config.setting_changed``): the settings dialog
writes them and never reaches into a window; every window, projector or console that
shows a preference listens to ``changed`` and applies it itself."""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import QObject, Signal

from coopatelier.settings import Settings


class Preferences(QObject):
    """The user's preferences of one ``Settings`` file, with a signal per change."""

    #: (name, old value, new value), after the new value is saved
    changed = Signal(str, object, object)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings

    def get(self, name: str) -> Any:
        return self.settings.get(name)

    def set(self, name: str, value: Any) -> None:
        """Save ``value``; say so when it changed."""
        old = self.settings.get(name)
        self.settings.set(name, value)
        if old != value:
            self.changed.emit(name, old, value)


_ALL: weakref.WeakKeyDictionary[Settings, Preferences] = weakref.WeakKeyDictionary()


def preferences_for(settings: Settings) -> Preferences:
    """The one ``Preferences`` of ``settings`` (every window of the app shares it)."""
    made = _ALL.get(settings)
    if made is None:
        made = _ALL[settings] = Preferences(settings)
    return made
