"""Where the user's data lives: one data directory holding the database, backups, user
templates and logs. ``--data-dir`` / ``COOPATELIER_HOME`` move all of it; ``--db`` /
``COOPATELIER_DB`` name another database file or any SQLAlchemy URL."""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

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
        chosen, _missing = _chosen_backup_folder(self.settings)
        return chosen if chosen is not None else self.default_backups

    @property
    def missing_backup_folder(self) -> Path | None:
        """The chosen backup folder when it cannot be used (its key is unplugged: backups
        go to ``default_backups`` meanwhile), else None."""
        return _chosen_backup_folder(self.settings)[1]

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
        for folder in (self.root, self.templates, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        try:  # a backup folder that cannot be made is the backup's problem, said then
            self.backups.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create the backup folder %s: %s", self.backups, exc)
        return self


#: Written into a chosen backup folder the first time it is used. The mark travels with
#: the medium: when a USB key is unplugged its mount point stays, an empty folder of the
#: internal disk, without the mark — backups then go to the data directory, and the app
#: says so, instead of vanishing under the mount point when the key comes back. (A device
#: id remembered at choice time would not do: a key gets another one when plugged in
#: another port or after other keys.)
BACKUP_FOLDER_MARK = ".coopatelier-backups.json"
MARK_IDS_KEPT = 20


def _chosen_backup_folder(settings_file: Path) -> tuple[Path | None, Path | None]:
    """(the ``backup_folder`` preference when it can be used, the preference when it
    cannot). The folder is marked the first time it is used (``BACKUP_FOLDER_MARK``, whose
    id the settings remember with the folder); a folder without the mark is a medium that
    is gone."""
    settings = Settings(settings_file)
    chosen = str(settings.get("backup_folder")).strip()
    if not chosen:
        return None, None
    folder = Path(chosen).expanduser()
    if not folder.is_absolute():
        log.warning("backup folder %s is not an absolute path: not used", folder)
        return None, folder
    remembered = settings.get("backup_folder_mark")
    ours = str(remembered.get("id", "")) if remembered.get("folder") == chosen else ""
    mark = folder / BACKUP_FOLDER_MARK
    if ours:
        if ours in _mark_ids(mark):
            return folder, None
        log.warning("backup folder %s is not there (no mark): backups go to the data "
                    "directory", folder)
        return None, folder
    # first use since it was chosen (or chosen by an earlier version): mark it, if its
    # medium is there (the folder itself may be new, on a key just plugged in)
    if not (folder.is_dir() or folder.parent.is_dir()):
        log.warning("backup folder %s cannot be reached: backups go to the data directory",
                    folder)
        return None, folder
    new_id = uuid.uuid4().hex
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ids = [*_mark_ids(mark), new_id][-MARK_IDS_KEPT:]  # one per data directory
        mark.write_text(json.dumps({"app": "CoopAtelier", "ids": ids}), encoding="utf-8")
    except OSError as exc:  # a write-protected key: the backup will say it cannot write
        log.warning("cannot mark the backup folder %s: %s", folder, exc)
        return folder, None
    settings.set("backup_folder_mark", {"folder": chosen, "id": new_id})
    return folder, None


def _mark_ids(mark: Path) -> list[str]:
    try:
        raw = json.loads(mark.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    ids = raw.get("ids") if isinstance(raw, dict) else None
    return [str(i) for i in ids] if isinstance(ids, list) else []


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataDir:
    """The data directory: ``explicit``, else ``$COOPATELIER_HOME``, else the platform's."""
    if explicit:
        return DataDir(Path(explicit).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return DataDir(Path(env).expanduser().resolve())
    import platformdirs  # here: a start with --data-dir or $COOPATELIER_HOME skips it

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
