"""Where the user's data lives: one data directory holding the database, backups, user
templates and logs. ``--data-dir`` / ``COOPATELIER_HOME`` move all of it; ``--db`` /
``COOPATELIER_DB`` name another database file or any SQLAlchemy URL."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import platformdirs

from coopatelier.settings import Settings

ENV_HOME = "COOPATELIER_HOME"
ENV_DB = "COOPATELIER_DB"
DB_FILENAME = "coopatelier.sqlite3"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        """``backups/`` in the data directory, or the folder chosen in the preferences
        (``backup_folder``: a USB key, a shared drive) while it can be reached."""
        chosen = _chosen_backup_folder(self.settings)
        return chosen if chosen is not None else self.default_backups

    @property
    def default_backups(self) -> Path:
        return self.root / "backups"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> DataDir:
        for folder in (self.root, self.backups, self.templates, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def _chosen_backup_folder(settings_file: Path) -> Path | None:
    """The ``backup_folder`` preference (``settings.OPTIONS``), if set and reachable; an
    unplugged key or an unreadable settings file means the default folder."""
    chosen = str(Settings(settings_file).get("backup_folder")).strip()
    if not chosen:
        return None
    folder = Path(chosen).expanduser()
    if folder.is_absolute() and (folder.is_dir() or folder.parent.is_dir()):
        return folder
    log.warning("backup folder %s cannot be reached: backups go to the data directory", folder)
    return None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataDir:
    """The data directory: ``explicit``, else ``$COOPATELIER_HOME``, else the platform's."""
    if explicit:
        return DataDir(Path(explicit).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return DataDir(Path(env).expanduser().resolve())
    return DataDir(Path(platformdirs.user_data_dir("CoopAtelier", appauthor=False)))


def resolve_database_url(explicit: str | None, data_dir: DataDir) -> str:
    """A SQLAlchemy URL: ``explicit`` or ``$COOPATELIER_DB`` (a path or a URL), else the
    SQLite file in the data directory."""
    target = explicit or os.environ.get(ENV_DB) or ""
    if not target:
        return sqlite_url(data_dir.database)
    if "://" in target:
        return target
    return sqlite_url(Path(target).expanduser().resolve())


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the SQLite file ``path``, percent-encoded: a folder named
    "50% prêts?" or "atelier #2" is a path, not a query string."""
    return f"sqlite:///{quote(str(path))}"
