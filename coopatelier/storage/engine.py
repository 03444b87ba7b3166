"""Engines with the PRAGMAs every CoopAtelier SQLite connection needs, and the translation
of database failures into ``StorageError`` kinds a user can act on."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import QueuePool

from coopatelier.errors import StorageError, os_reason
from coopatelier.storage.uri import SQLITE_HEADER, read_only_uri

BUSY_TIMEOUT_MS = 5000  # tests lower it to see "locked" quickly
SERVER_CONNECT_TIMEOUT_S = 10  # an unreachable server answers in seconds, not minutes
# PostgreSQL SQLSTATE classes the user or an administrator can act on: connection (08),
# insufficient resources such as a full disk (53), shutdown by an administrator (57),
# missing rights (42501), read-only transaction on a standby (25006).
SERVER_FAILURE_SQLSTATES = ("08", "53", "57", "42501", "25006")


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def server_url(url: str) -> URL:
    """``url`` parsed, with ``postgresql://`` and ``postgres://`` given the driver we ship
    (psycopg 3, the ``postgres`` extra) rather than SQLAlchemy's default one."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError("unsupported", code="bad_address", url=url) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(
    url: str, *, foreign_keys: bool = True, read_only: bool = False, immutable: bool = False
) -> Engine:
    """An engine for ``url``. SQLite gets WAL, ``synchronous=FULL`` and foreign keys.

    The PRAGMAs are set with a plain cursor in a ``connect`` listener: SQLAlchemy's recipe
    touches ``dbapi_connection.autocommit``, which Python 3.11's sqlite3 lacks.
    ``immutable`` (with ``read_only``) is for a file on a read-only medium: SQLite then
    needs no ``-shm`` file beside it, which a WAL database otherwise cannot open without.
    A server (PostgreSQL) gets pre-ping, so a restarted server costs a reconnection, not an
    error, and a bounded connection timeout.
    """
    path = sqlite_path(url)
    if path is None:
        return _server_engine(url)
    busy_ms = BUSY_TIMEOUT_MS
    if read_only:
        # an SQLite URI: '?', '#' and '%' in the path must be percent-encoded, which
        # SQLAlchemy's URL would undo, so the connection is made here
        uri = read_only_uri(path, immutable=immutable)

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=busy_ms / 1000, check_same_thread=False)

        engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
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


def _server_engine(url: str) -> Engine:
    parsed = server_url(url)
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT_S
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except NoSuchModuleError as exc:
        raise StorageError("unsupported", driver=parsed.drivername) from exc
    except ImportError as exc:
        if parsed.get_backend_name() == "postgresql":
            raise StorageError(
                "unsupported",
                code="driver_missing",
                driver=parsed.drivername,
                package="coopatelier[postgres]",
            ) from exc
        raise StorageError(
            "unsupported", code="module_missing", driver=parsed.drivername, module=exc.name
        ) from exc


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a SQLite database."""
    if not path.exists():
        if not path.parent.exists():
            raise StorageError("missing", code="folder_missing", folder=str(path.parent))
        return
    if path.is_dir():
        raise StorageError("unopenable", code="is_folder", where=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            "unopenable", code="unreadable", where=str(path), **os_reason(exc)
        ) from exc
    if header and header != SQLITE_HEADER:
        raise StorageError("damaged", code="damaged_untouched", where=str(path))


def location(url: str) -> dict[str, object]:
    """The params that name a database in a ``StorageError``: ``where`` (the file, or the
    database and its server), and for a server ``server_db`` and ``host`` apart, so that
    each language can word "on"."""
    path = sqlite_path(url)
    if path is not None:
        return {"where": str(path)}
    try:
        parsed = make_url(url)
    except ArgumentError:
        return {"where": ""}
    if parsed.host:
        port = f":{parsed.port}" if parsed.port else ""
        host = f"{parsed.host}{port}"
        return {
            "where": f"{parsed.database or ''} on {host}".strip(),
            "server_db": parsed.database or "",
            "host": host,
        }
    return {"where": parsed.render_as_string(hide_password=True)}


def diagnose(exc: BaseException) -> tuple[str, str]:
    """(reason, sentence code) for a database failure the user can act on, classified
    from the driver's error (SQLite's and psycopg's texts are English whatever the
    system's language)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return "locked", "locked"
    if "read-only transaction" in message:  # PostgreSQL: a standby, or made read-only
        return "read_only", "server_read_only"
    if "readonly" in message or "read-only" in message or "read only" in message:
        return "read_only", "read_only"
    if "disk is full" in message or "database or disk is full" in message or "no space" in message:
        return "full", "full"
    if any(
        sign in message
        for sign in ("not a database", "malformed", "corrupt", "could not decode to utf-8")
    ):
        return "damaged", "damaged"
    if "unable to open" in message:
        return "unopenable", "unopenable"
    if any(
        sign in message for sign in ("authentication failed", "no password supplied", "pg_hba")
    ) or ('role "' in message and "does not exist" in message):
        return "auth", "auth"
    if 'database "' in message and "does not exist" in message:
        return "missing", "missing"
    if any(
        sign in message
        for sign in (
            "could not connect",
            "connection refused",
            "connection failed",
            "resolve host",
            "translate host name",
            "timeout expired",
            "timed out",
        )
    ):
        return "unreachable", "unreachable"
    if any(
        sign in message
        for sign in ("server closed the connection", "connection is lost", "terminating connection")
    ):
        return "connection_lost", "connection_lost"
    if "permission denied" in message:
        return "permission", "permission"
    return "other", "other"


def printable(text: str, limit: int = 200) -> str:
    """``text`` fit for a one-line message: what a damaged page or a system message may
    carry (control characters, bytes that were not UTF-8, the replacement character) is
    dropped, runs of spaces are one space, and the length is bounded."""
    text = re.sub(r"\\x[0-9a-fA-F]{2}", " ", text)  # bytes shown as escapes
    kept = "".join(c if c.isprintable() and c != "\ufffd" else " " for c in text)
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 1].rstrip() + "…"


def translate(exc: BaseException, database: str | Path | None = None) -> StorageError:
    """A database failure as a ``StorageError``; ``database`` (a URL or a file) names it
    in the sentence (None: "the database", the one in use)."""
    reason, code = diagnose(exc)
    if isinstance(database, Path):
        params: dict[str, object] = {"where": str(database)}
    else:
        params = location(database) if database else {"where": ""}
    where = str(params.pop("where"))
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original).strip()
    detail = printable(text.splitlines()[0]).rstrip(".") if text else "unknown"
    return StorageError(reason, where=where, code=code, detail=detail, **params)


def is_storage_failure(exc: BaseException) -> bool:
    """Failures of the medium or the server (locked, full, read-only, damaged), as opposed
    to bugs in our own SQL such as a broken constraint."""
    original = getattr(exc, "orig", exc)
    if isinstance(original, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return False
    sqlstate = getattr(original, "sqlstate", None)  # psycopg: the server's error code
    if isinstance(sqlstate, str) and sqlstate.startswith(SERVER_FAILURE_SQLSTATES):
        return True
    if isinstance(exc, OperationalError):
        return True
    return isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError)
