"""Backups of a SQLite database with the online backup API, copied in one step so that a
busy writer cannot starve the copy."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coopatelier.errors import StorageError

BACKUP_SUFFIX = ".sqlite3"
_NAME = re.compile(r"^coopatelier-(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    reason: str
    size: int


def create_backup(database: Path, folder: Path, reason: str = "manual") -> Path:
    """Copy ``database`` into ``folder`` and return the new file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = folder / f"coopatelier-{stamp}-{slug}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest, pages=-1)
            finally:
                dest.close()
        finally:
            source.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Could not back up the database to {folder}: {exc}.") from exc
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=dt.UTC)
        found.append(BackupInfo(path, created, match.group(2) or "", path.stat().st_size))
    found.sort(key=lambda b: b.created_at, reverse=True)
    return found
