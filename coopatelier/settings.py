"""Preferences and remembered UI state, declared in one place (after Picard's ``options.py``).

*Preferences* are what the user chooses (language, default table and author); *state* is what
the app remembers for them (window geometry, last workshop, last phase and selection per
workshop). Both live in one JSON file, ``DataDir.settings``, written atomically. This module
imports no Qt, so scripts and tests can read and write settings without a display.
"""

from __future__ import annotations

import json
import locale
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopatelier.errors import ExportError

log = logging.getLogger(__name__)

#: Bump when the layout of the file changes, and add an upgrade step below.
SETTINGS_VERSION = 1


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    default: Any
    #: "preference" (the user's choice) or "state" (remembered for the user)
    section: str
    description: str = ""


OPTIONS: tuple[Option, ...] = (
    # preferences
    Option("language", "", "preference", "'' follows the system; 'fr' or 'en' forces one"),
    Option("default_table", "", "preference", "table/sub-group given to new cards"),
    Option("default_author", "", "preference", "author given to new cards"),
    Option(
        "export_defaults",
        {},
        "preference",
        "default export options: format, annex (anonymised and language follow the workshop)",
    ),
    Option("projector_font_scale", 1.0, "preference", "projector text size, 1.0 = standard"),
    Option("projector_theme", "dark", "preference", "'dark' or 'light' projector colours"),
    Option(
        "projector_page_seconds",
        0,
        "preference",
        "seconds between the wall's pages turning by themselves (0: only by hand)",
    ),
    Option("backup_interval_minutes", 10, "preference", "minutes between automatic backups"),
    Option(
        "backup_folder",
        "",
        "preference",
        "'' = backups/ in the data directory; else an absolute folder (read by paths.DataDir)",
    ),
    # remembered state
    Option(
        "backup_folder_mark",
        {},
        "state",
        "the chosen backup folder and the id written in its mark (paths.BACKUP_FOLDER_MARK)",
    ),
    Option("tour_done", False, "state", "the first-start guided tour was shown"),
    Option("last_workshop", "", "state", "id of the workshop opened last"),
    Option("workshop_geometry", "", "state", "base64 of QWidget.saveGeometry()"),
    Option("workshop_window_state", "", "state", "base64 of QMainWindow.saveState()"),
    Option("home_geometry", "", "state", "base64 of the home window's geometry"),
    Option(
        "view_splitters", {}, "state",
        "per splitter name (PhaseView.remembered_splitters): base64 of QSplitter.saveState()",
    ),
    Option("workshops", {}, "state", "per workshop: last phase and selection"),
    Option("projector_screens", {}, "state", "per screen setup: the projector's screen name"),
    Option(
        "welcome_texts", {}, "state", "per workshop id: the welcome slide's text (Wi-Fi, agenda)"
    ),
    Option(
        "database", "", "state", "database file started after the default one was damaged"
    ),
)
_BY_NAME = {o.name: o for o in OPTIONS}


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file up to ``SETTINGS_VERSION`` (after Picard's
    ``config_upgrade.py``)."""
    version = raw.get("version", 1)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        log.warning("settings file of unknown version %r: defaults used", version)
        return {"version": SETTINGS_VERSION}
    # no upgrade steps yet: version 1 is the first layout
    raw["version"] = SETTINGS_VERSION
    return raw


class Settings:
    """Typed access to the settings file; every ``set`` is saved at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {"version": SETTINGS_VERSION}
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s): defaults used", self.path, exc)
            return
        if isinstance(raw, dict):
            self._values = _upgrade(raw)

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(self._values, ensure_ascii=False, indent=2)
            from coopatelier.files import write_atomically  # writing only (secrets, tempfile)

            write_atomically(self.path, text.encode("utf-8"))
        except (OSError, ExportError) as exc:  # settings are a comfort, never a reason to fail
            log.warning("cannot save settings to %s: %s", self.path, exc)

    def get(self, name: str) -> Any:
        """The value set, else a copy of the default (changing it changes no default)."""
        option = _BY_NAME[name]
        value = self._values.get(name)
        if not isinstance(value, type(option.default)):  # not set, or of another type
            return _copy(option.default)
        return value

    def set(self, name: str, value: Any) -> None:
        option = _BY_NAME[name]
        if not isinstance(value, type(option.default)):
            raise TypeError(f"setting {name} must be {type(option.default).__name__}")
        if (
            isinstance(value, (str, int, float))  # (bool is an int) a dict may be mutated
            and name in self._values
            and self._values[name] == value
        ):
            return  # unchanged: no write (a window activated again, the workshop reopened)
        self._values[name] = value
        self.save()

    # --- per-workshop state ---------------------------------------------------------------

    def workshop_state(self, workshop_id: uuid.UUID) -> dict[str, Any]:
        state = self.get("workshops").get(str(workshop_id), {})
        return state if isinstance(state, dict) else {}

    def last_phase(self, workshop_id: uuid.UUID) -> uuid.UUID | None:
        return _uuid(self.workshop_state(workshop_id).get("phase"))

    def selection(self, workshop_id: uuid.UUID, phase_id: uuid.UUID) -> list[uuid.UUID]:
        raw = self.workshop_state(workshop_id).get("selection", {}).get(str(phase_id), [])
        ids = [_uuid(value) for value in raw] if isinstance(raw, list) else []
        return [i for i in ids if i is not None]

    def remember_workshop(
        self,
        workshop_id: uuid.UUID,
        phase_id: uuid.UUID | None,
        selection: dict[uuid.UUID, list[uuid.UUID]],
        *,
        last: bool = True,
    ) -> None:
        """The workshop's phase and selections; with ``last``, it is also the workshop
        the next start opens."""
        if last:
            self._values["last_workshop"] = str(workshop_id)
        self._update_workshop_state(workshop_id, {  # (its capture fields stay)
            "phase": str(phase_id) if phase_id else "",
            "selection": {str(p): [str(c) for c in ids] for p, ids in selection.items() if ids},
        })

    def capture_fields(self, workshop_id: uuid.UUID) -> tuple[str, str] | None:
        """The table and author last typed on this workshop's capture line, or None when
        none was: they belong to that workshop and never carry into another one."""
        raw = self.workshop_state(workshop_id).get("capture")
        if not isinstance(raw, dict):
            return None
        return str(raw.get("table", "")), str(raw.get("author", ""))

    def remember_capture_fields(self, workshop_id: uuid.UUID, table: str, author: str) -> None:
        if self.capture_fields(workshop_id) == (table, author):
            return  # unchanged: no write
        self._update_workshop_state(
            workshop_id, {"capture": {"table": table, "author": author}})

    def _update_workshop_state(self, workshop_id: uuid.UUID, fields: dict[str, Any]) -> None:
        """``fields`` written over what is remembered of the workshop, then saved."""
        workshops = dict(self.get("workshops"))
        workshops[str(workshop_id)] = {**self.workshop_state(workshop_id), **fields}
        self._values["workshops"] = workshops
        self.save()

    def forget_workshop(self, workshop_id: uuid.UUID) -> None:
        workshops = dict(self.get("workshops"))
        workshops.pop(str(workshop_id), None)
        self._values["workshops"] = workshops
        if self.get("last_workshop") == str(workshop_id):
            self._values["last_workshop"] = ""
        self.save()

    def last_workshop(self) -> uuid.UUID | None:
        return _uuid(self.get("last_workshop"))


def _uuid(value: object) -> uuid.UUID | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value


def system_language(
    environ: dict[str, str] | None = None, platform_locale: str | None = None
) -> str:
    """'fr' on a French system, 'en' otherwise: from the POSIX locale variables, else (on
    Windows and macOS, which do not set them) from the platform's locale, as Qt does for
    the GUI. ``platform_locale`` stands in for ``locale.getlocale()`` in tests."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    if platform_locale is None:
        try:
            platform_locale = locale.getlocale()[0] or ""
        except ValueError:
            platform_locale = ""
    # 'fr_FR' on Unix, 'French_France' on Windows
    return "fr" if platform_locale.lower().startswith("fr") else "en"


def preferred_language(settings: Settings, environ: dict[str, str] | None = None) -> str:
    """The UI language: the user's choice, else the system's."""
    chosen = settings.get("language")
    if chosen in ("fr", "en"):
        return str(chosen)
    return system_language(environ)
