"""Backups of a SQLite database with the online backup API, copied in one step so that a
busy writer cannot starve the copy; thinned like Anki's (recent, daily, weekly, monthly);
restored only after the current file has itself been backed up.

A backup is written aside (``NAME.sqlite3.PID.partial``), checked with SQLite's full
``integrity_check`` and only then renamed; a failed copy removes its partial file, and
partial files left by a killed process are removed by the next backup. Every failure is a
:class:`StorageError` whose ``reason`` says why (``full``, ``read_only``, ``damaged``,
``other``): never an ``OSError`` escaping to the caller.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from coopatelier.errors import KnownError, StorageError, os_reason
from coopatelier.storage.engine import printable
from coopatelier.storage.uri import SQLITE_HEADER, read_only_uri

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"
FINGERPRINT_FILE = "last-backup.json"
_NAME = re.compile(r"^coopatelier-(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")

#: Thinning policy: keep this many most recent backups, then one a day for this many days,
#: one a week for this many weeks, one a month for this many months.
KEEP_RECENT = 12
KEEP_DAILY = 7
KEEP_WEEKLY = 6
KEEP_MONTHLY = 12


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup holds, to choose one to restore."""

    workshops: int
    cards: int
    revision: str | None


def backup_folder(backups_root: Path, database: Path, default_database: Path) -> Path:
    """Backups of the default database go in ``backups/``; any other file gets its own
    subfolder, so that restoring can never mix two databases up."""
    if database.resolve() == default_database.resolve():
        return backups_root
    digest = hashlib.sha1(str(database.resolve()).encode("utf-8")).hexdigest()[:8]
    return backups_root / f"{database.stem}-{digest}"


#: A partial file of a live process is left alone this long (a copy takes seconds).
STALE_PARTIAL_S = 3600

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def backup_failed(folder: Path, exc: BaseException) -> StorageError:
    """One sentence, with a reason code, for a backup that could not be written."""
    message = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    if code in _FULL_ERRNOS or "disk is full" in message or "no space" in message:
        return StorageError("full", code="backup_full", where=str(folder), folder=str(folder))
    if (
        code in _READ_ONLY_ERRNOS
        or "readonly" in message
        or "read-only" in message
        or "unable to open" in message
    ):
        return StorageError(
            "read_only", code="backup_read_only", where=str(folder), folder=str(folder)
        )
    if isinstance(exc, OSError):
        reason = os_reason(exc)
        reason["strerror"] = printable(reason["strerror"]).rstrip(".")
        return StorageError(
            "backup", code="backup_os", where=str(folder), folder=str(folder), **reason
        )
    return StorageError(
        "backup", where=str(folder), folder=str(folder), detail=printable(str(exc)).rstrip(".")
    )


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the ``.partial`` files a killed or failed backup left in ``folder``; a live
    process's recent one (a backup under way) is left alone."""
    from coopatelier.storage.lock import pid_alive

    removed: list[Path] = []
    try:
        candidates = list(folder.glob("*.partial"))
    except OSError:
        return removed
    for path in candidates:
        pid_text = path.suffixes[-2].lstrip(".") if len(path.suffixes) >= 2 else ""
        pid = int(pid_text) if pid_text.isdigit() else 0
        try:
            recent = time.time() - path.stat().st_mtime < STALE_PARTIAL_S
        except OSError:
            continue
        if pid and pid_alive(pid) and recent:
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("cannot remove the left-over %s: %s", path, exc)
    return removed


def integrity_problem(connection: sqlite3.Connection) -> str | None:
    """SQLite's full ``integrity_check`` (``quick_check`` does not compare rows with their
    indexes: a garbled row passes it); None when the file is sound."""
    rows = connection.execute("PRAGMA integrity_check(1)").fetchall()
    if rows and rows[0][0] == "ok":
        return None
    return printable(str(rows[0][0]) if rows else "no answer")


def create_backup(database: Path, folder: Path, reason: str = "manual") -> Path:
    """Copy ``database`` into ``folder`` in one step, check the copy, and return its path.

    A database SQLite finds damaged is not backed up (its copy would be damaged too, and
    would push sound backups out by thinning): that is a StorageError with reason
    ``damaged``.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise backup_failed(folder, exc) from exc
    remove_stale_partials(folder)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = folder / f"coopatelier-{stamp}-{slug}{BACKUP_SUFFIX}"
    partial = folder / f"{target.name}.{os.getpid()}.partial"
    problem: str | None = None
    try:
        source = sqlite3.connect(read_only_uri(database), uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest, pages=-1)
                problem = integrity_problem(dest)
            finally:
                dest.close()
        finally:
            source.close()
        if problem is None:
            partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(partial)
        if isinstance(exc, sqlite3.DatabaseError) and _says_damaged(exc):
            problem = printable(str(exc))
        else:
            raise backup_failed(folder, exc) from exc
    if problem is not None:
        _remove_quietly(partial)
        log.warning("not backing up the damaged %s: %s", database, problem)
        raise StorageError(
            "damaged", code="damaged_not_backed_up", where=str(database), name=database.name
        )
    return target


def _says_damaged(exc: BaseException) -> bool:
    message = str(exc).lower()
    return any(sign in message for sign in ("malformed", "not a database", "corrupt"))


def _remove_quietly(path: Path) -> None:
    """Remove ``path``; on a medium that refuses (write-protected, gone) say so in the
    log: the next backup tries again."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot remove %s: %s", path, exc)


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


def inspect_backup(path: Path) -> BackupContents:
    """Counts in a backup; raises StorageError if it is damaged or not ours."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StorageError(
            "backup", code="backup_unopenable", name=path.name,
            detail=printable(str(exc)).rstrip("."),
        ) from exc
    try:
        if integrity_problem(connection) is not None:
            raise StorageError("damaged", code="backup_damaged", name=path.name)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if "workshops" not in tables or "alembic_version" not in tables:
            raise StorageError("damaged", code="not_a_backup", name=path.name)
        revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        workshops = connection.execute("SELECT count(*) FROM workshops").fetchone()[0]
        cards = connection.execute(
            "SELECT count(*) FROM cards WHERE deleted_at IS NULL AND merged_into_id IS NULL"
        ).fetchone()[0]
    except sqlite3.Error as exc:
        raise StorageError("damaged", code="backup_damaged", name=path.name) from exc
    finally:
        connection.close()
    return BackupContents(int(workshops), int(cards), revision_row[0] if revision_row else None)


def is_damaged(path: Path) -> bool:
    """A file that exists but is not a sound SQLite database (wrong header, or pages
    SQLite itself finds corrupt)."""
    if not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if not header:
        return False
    if header != SQLITE_HEADER:
        return True
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return True
    try:
        row = connection.execute("PRAGMA quick_check").fetchone()
        return not row or row[0] != "ok"
    except sqlite3.DatabaseError as exc:
        # "locked"/"unable to open" say nothing about the file's health
        message = str(exc).lower()
        return not ("locked" in message or "unable to open" in message or "busy" in message)
    finally:
        connection.close()


@dataclass(frozen=True, slots=True)
class GoodBackup:
    """A backup that opens and passes SQLite's check, with what it holds."""

    info: BackupInfo
    contents: BackupContents


def newest_sound_backup(folder: Path) -> GoodBackup | None:
    """The newest backup in ``folder`` that opens and passes SQLite's full integrity
    check (damaged ones are skipped)."""
    for info in list_backups(folder):
        try:
            return GoodBackup(info, inspect_backup(info.path))
        except KnownError:
            continue
    return None


def restore_backup(database: Path, backup: Path, folder: Path) -> Path | None:
    """Replace the content of ``database`` by ``backup``; return the safety copy made of
    the current file first (None when there was no current file).

    The database must not be open elsewhere: the copy goes through SQLite's backup API
    into the live file, which also resets its WAL correctly.
    """
    inspect_backup(backup)
    safety: Path | None = None
    if database.exists() and database.stat().st_size > 0:
        try:
            safety = create_backup(database, folder, "before-restore")
        except StorageError as exc:
            if exc.reason != "damaged":
                raise  # no safety copy, no restore: the current file stays as it is
            # A damaged current file cannot be copied through SQLite: keep its raw bytes.
            try:
                safety = _raw_copy(database, folder)
            except OSError as copy_error:
                raise backup_failed(folder, copy_error) from copy_error
    try:
        source = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            if database.exists() and not _is_sqlite(database):
                _remove_with_sidecars(database)
            dest = sqlite3.connect(database)
            try:
                source.backup(dest, pages=-1)
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.DatabaseError:
        # The current file is too damaged to receive pages: replace it wholesale.
        _remove_with_sidecars(database)
        source = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            dest = sqlite3.connect(database)
            try:
                source.backup(dest, pages=-1)
            finally:
                dest.close()
        finally:
            source.close()
    return safety


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _raw_copy(database: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"damaged-{stamp}-{database.name}"
    target.write_bytes(database.read_bytes())
    return target


def _remove_with_sidecars(database: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def backups_to_remove(backups: Iterable[BackupInfo], now: dt.datetime) -> list[BackupInfo]:
    """The backups a thinning pass deletes: everything except the ``KEEP_RECENT`` newest,
    the newest of each of the last ``KEEP_DAILY`` days, ``KEEP_WEEKLY`` ISO weeks and
    ``KEEP_MONTHLY`` months."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep: set[Path] = {b.path for b in ordered[:KEEP_RECENT]}
    buckets: dict[str, set[object]] = {"day": set(), "week": set(), "month": set()}
    for backup in ordered:
        when = backup.created_at
        age = now - when
        day = when.date()
        week = when.isocalendar()[:2]
        month = (when.year, when.month)
        if age <= dt.timedelta(days=KEEP_DAILY) and day not in buckets["day"]:
            buckets["day"].add(day)
            keep.add(backup.path)
        if age <= dt.timedelta(weeks=KEEP_WEEKLY) and week not in buckets["week"]:
            buckets["week"].add(week)
            keep.add(backup.path)
        if age <= dt.timedelta(days=31 * KEEP_MONTHLY) and month not in buckets["month"]:
            buckets["month"].add(month)
            keep.add(backup.path)
    return [b for b in ordered if b.path not in keep]


def thin_backups(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    removed: list[Path] = []
    for backup in backups_to_remove(list_backups(folder), now or dt.datetime.now(dt.UTC)):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def fingerprint(database: Path) -> str:
    """A cheap summary that changes whenever any row is added, edited or deleted."""
    connection = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        parts: list[object] = []
        for table, stamp in (
            ("workshops", "updated_at"),
            ("phases", "updated_at"),
            ("cards", "updated_at"),
            ("organisations", "updated_at"),
            ("participants", "updated_at"),
            ("vote_rounds", "updated_at"),
            ("votes", "created_at"),
        ):
            parts.extend(
                connection.execute(f"SELECT count(*), max({stamp}) FROM {table}").fetchone()
            )
        return hashlib.sha1(json.dumps(parts, default=str).encode()).hexdigest()
    finally:
        connection.close()


EMPTY_FINGERPRINT = hashlib.sha1(json.dumps([0, None] * 7).encode()).hexdigest()


def backup_if_changed(database: Path, folder: Path, reason: str) -> Path | None:
    """Back up ``database`` unless nothing changed since the last automatic backup; then
    thin the folder. Returns the new backup, if any."""
    marker = folder / FINGERPRINT_FILE
    try:
        current = fingerprint(database)
    except sqlite3.Error as exc:
        if _says_damaged(exc):
            raise StorageError(
                "damaged", code="damaged_not_backed_up", where=str(database),
                name=database.name,
            ) from exc
        raise backup_failed(folder, exc) from exc
    if current == EMPTY_FINGERPRINT:
        return None
    try:
        previous = json.loads(marker.read_text("utf-8")).get("fingerprint")
    except (OSError, ValueError, AttributeError):
        previous = None
    if current == previous:
        return None
    path = create_backup(database, folder, reason)
    try:
        marker.write_text(json.dumps({"fingerprint": current, "backup": path.name}), "utf-8")
        thin_backups(folder)
    except OSError as exc:  # the backup is made; the next one merely repeats it
        log.warning("backup bookkeeping in %s failed: %s", folder, exc)
    return path
