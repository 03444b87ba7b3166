"""Engines with the PRAGMAs every CoopAtelier SQLite connection needs, and the translation
of database failures into sentences a user can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from coopatelier.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000  # tests lower it to see "locked" quickly


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine for ``url``. SQLite gets WAL, ``synchronous=FULL`` and foreign keys.

    The PRAGMAs are set with a plain cursor in a ``connect`` listener: SQLAlchemy's recipe
    touches ``dbapi_connection.autocommit``, which Python 3.11's sqlite3 lacks.
    """
    path = sqlite_path(url)
    if path is None:
        return create_engine(url, pool_pre_ping=True)
    busy_ms = BUSY_TIMEOUT_MS
    if read_only:
        engine = create_engine(
            f"sqlite:///file:{path}?mode=ro&uri=true",
            connect_args={"timeout": busy_ms / 1000, "check_same_thread": False},
        )
    else:
        engine = create_engine(
            url, connect_args={"timeout": busy_ms / 1000, "check_same_thread": False}
        )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        finally:
            cursor.close()

    return engine


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a SQLite database."""
    if not path.exists():
        if not path.parent.exists():
            raise StorageError(f"The folder {path.parent} does not exist.")
        return
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a CoopAtelier database file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"Cannot read the database {path}: {exc.strerror}.") from exc
    if header and header != SQLITE_HEADER:
        raise StorageError(
            f"{path} is not a CoopAtelier database or is damaged; it was left untouched "
            "— restore a backup or choose another file."
        )


def describe_error(exc: BaseException, where: str = "the database") -> str:
    """One sentence for a database failure the user can act on."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return (
            f"{where} is locked by another program or another CoopAtelier window; "
            "close it and try again."
        )
    if "readonly" in message or "read-only" in message or "read only" in message:
        return f"{where} is read-only; copy it to a writable folder or choose another file."
    if "disk is full" in message or "database or disk is full" in message or "no space" in message:
        return "The disk is full; free some space and try again — nothing typed was lost."
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return (
            f"{where} is damaged or is not a CoopAtelier database; "
            "restore a backup or choose another file."
        )
    if "unable to open" in message:
        return f"{where} cannot be opened; check that its folder exists and is writable."
    if "could not connect" in message or "connection refused" in message:
        return f"The database server cannot be reached ({where}); check the address and retry."
    return f"{where} reported an error: {original}"


def translate(exc: BaseException, where: str = "The database") -> StorageError:
    return StorageError(describe_error(exc, where))


def is_storage_failure(exc: BaseException) -> bool:
    """Failures of the medium or the server (locked, full, read-only, damaged), as opposed
    to bugs in our own SQL such as a broken constraint."""
    original = getattr(exc, "orig", exc)
    if isinstance(original, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return False
    if isinstance(exc, OperationalError):
        return True
    return isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError)
