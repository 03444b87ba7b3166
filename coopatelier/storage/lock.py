"""Which app instance holds a SQLite database: a lock file beside it.

``coopatelier.sqlite3.lock`` names the instance that opened the database for writing (pid,
host, start time). A second instance is told who holds it and may open it read-only. The
lock is stale — and taken over — when its process is dead on this same host; a lock from
another host (a database on a shared folder) is never presumed dead.

The lock is advisory. ``kind`` says who holds it: ``gui`` (a window, for as long as it is
open), ``cli`` (a command that writes — new, import, demo — while it runs, when the lock is
free; SQLite itself serialises its short transactions with a window's) or ``restore`` (a
restore, which replaces the whole file: it refuses while anyone else holds the lock, and
nothing opens the database while it runs). So a restore never overwrites cards another
process is saving.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from coopatelier.errors import StorageError

LOCK_SUFFIX = ".lock"


class HolderParams(TypedDict):
    """What names the holder of a database in a sentence (``coopatelier/wording.py``)."""

    time: str
    day: str
    pid: int
    host_name: str
    holder: str


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a database."""

    pid: int
    host: str
    started_at: dt.datetime
    kind: str = "gui"

    def params(self) -> HolderParams:
        """The values that name this holder in a sentence: 'the CoopAtelier window started at
        14:02 on 26/11/2026 (process 4242 on laptop)'; ``holder`` says what holds it (a
        window, a command, a restore)."""
        local = self.started_at.astimezone()
        return {
            "time": local.strftime("%H:%M"),
            "day": local.strftime("%d/%m/%Y"),
            "pid": self.pid,
            "host_name": self.host,
            "holder": self.kind if self.kind in ("cli", "restore") else "gui",
        }


class DatabaseInUse(StorageError):
    """Another live instance holds the database."""

    def __init__(self, database: Path, holder: LockInfo) -> None:
        self.database = database
        self.holder = holder
        code = {"cli": "in_use_cli", "restore": "restoring"}.get(holder.kind, "in_use")
        super().__init__("in_use", where=str(database), name=database.name, code=code,
                         **holder.params())


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def this_host() -> str:
    return socket.gethostname() or "localhost"


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(code.value == 259)  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    except OSError:
        return False
    return True


def read_lock(database: Path) -> LockInfo | None:
    """The lock's content, or None when there is none or it is unreadable."""
    try:
        raw = json.loads(lock_path(database).read_text(encoding="utf-8"))
        return LockInfo(
            pid=int(raw["pid"]),
            host=str(raw["host"]),
            started_at=dt.datetime.fromisoformat(str(raw["started_at"])),
            kind=str(raw.get("kind", "gui")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def could_be_coopatelier(pid: int) -> bool:
    """Whether the live process ``pid`` may be CoopAtelier. After a crash and a restart the
    lock's pid may belong to another program; where ``/proc`` tells a command line, a
    process that is neither Python nor CoopAtelier does not hold the database."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # cannot tell: presume it is
    command = raw.replace(b"\0", b" ").decode("utf-8", "replace").lower()
    return not command.strip() or "coopatelier" in command or "python" in command


def is_stale(info: LockInfo) -> bool:
    """Left behind by a process that died on this host (a crash, a flat battery), or
    whose pid now belongs to another program."""
    if info.host != this_host():
        return False
    return not pid_alive(info.pid) or not could_be_coopatelier(info.pid)


def live_holder(database: Path) -> LockInfo | None:
    """The live instance holding ``database``, if any (a stale lock counts as none)."""
    info = read_lock(database)
    if info is None or is_stale(info):
        return None
    return info


class DatabaseLock:
    """A held lock; ``release()`` (or leaving the ``with`` block) removes the file."""

    def __init__(self, database: Path, info: LockInfo) -> None:
        self.database = database
        self.info = info
        self.path = lock_path(database)
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        current = read_lock(self.database)
        if current is None or (current.pid, current.host) == (self.info.pid, self.info.host):
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(database: Path, kind: str = "gui") -> DatabaseLock | None:
    """Take the lock of ``database``; raise :class:`DatabaseInUse` when a live instance
    holds it. Returns None when no lock can be written (a read-only folder: nobody can
    write the database there either)."""
    info = LockInfo(
        pid=os.getpid(),
        host=this_host(),
        started_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        kind=kind,
    )
    payload = json.dumps(
        {
            "pid": info.pid,
            "host": info.host,
            "started_at": info.started_at.isoformat(),
            "kind": kind,
        }
    ).encode("utf-8")
    path = lock_path(database)
    for _attempt in range(3):
        try:
            _create_exclusively(path, payload)
            return DatabaseLock(database, info)
        except FileExistsError:
            holder = read_lock(database)
            if holder is not None and (holder.pid, holder.host) == (info.pid, info.host):
                return DatabaseLock(database, holder)  # ours already (a reopen)
            if holder is not None and not is_stale(holder):
                raise DatabaseInUse(database, holder) from None
            with contextlib.suppress(OSError):  # stale or unreadable: take it over
                path.unlink()
        except OSError:
            return None
    return None


class RestoreUnderWay(StorageError):
    """A backup is being restored into the database: nothing may open it meanwhile."""

    def __init__(self, database: Path, holder: LockInfo) -> None:
        self.database = database
        self.holder = holder
        StorageError.__init__(
            self, "in_use", where=str(database), name=database.name, code="restoring",
            **holder.params(),
        )


def refuse_during_restore(database: Path) -> None:
    """Raise :class:`RestoreUnderWay` while another live process restores ``database``."""
    holder = live_holder(database)
    if holder is not None and holder.kind == "restore" and holder.pid != os.getpid():
        raise RestoreUnderWay(database, holder)


def hold_for_writing(database: Path) -> DatabaseLock | None:
    """The lock for a command that writes, when it is free (so that a restore waits for
    the command); None when a window or another command holds it (SQLite serialises
    their transactions). Refused while a restore runs."""
    try:
        return acquire(database, kind="cli")
    except DatabaseInUse as exc:
        if exc.holder.kind == "restore":
            raise RestoreUnderWay(database, exc.holder) from None
        return None


def hold_for_restore(database: Path) -> DatabaseLock | None:
    """The lock for restoring ``database``: refused in one sentence while a window, a
    command or another restore holds it."""
    try:
        return acquire(database, kind="restore")
    except DatabaseInUse as exc:
        raise StorageError(
            "in_use", where=str(database), name=database.name, code="restore_blocked",
            **exc.holder.params(),
        ) from None


def _create_exclusively(path: Path, payload: bytes) -> None:
    """Create ``path`` with ``payload`` or raise FileExistsError; readers never see a
    half-written lock (written aside, then hard-linked; plain O_EXCL where links fail)."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        partial.write_bytes(payload)
        try:
            os.link(partial, path)
            return
        except FileExistsError:
            raise
        except OSError:  # no hard links (FAT, some network shares)
            pass
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(payload)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


__all__ = [
    "DatabaseInUse",
    "DatabaseLock",
    "LockInfo",
    "RestoreUnderWay",
    "acquire",
    "hold_for_restore",
    "hold_for_writing",
    "is_stale",
    "live_holder",
    "lock_path",
    "pid_alive",
    "read_lock",
    "refuse_during_restore",
]
