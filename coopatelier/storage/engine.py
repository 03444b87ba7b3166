"""Engines with the PRAGMAs every CoopAtelier SQLite connection needs, and the translation
of database failures into sentences a user can act on."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import QueuePool

from coopatelier.errors import StorageError
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
        raise StorageError(f"“{url}” is neither a file path nor a database address.") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def describe_location(url: str) -> str:
    """Where a database is, for messages: the file, or the database name on its server —
    never the password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "at the address given"
    if parsed.host:
        port = f":{parsed.port}" if parsed.port else ""
        return f"{parsed.database or ''} on {parsed.host}{port}".strip()
    return parsed.render_as_string(hide_password=True)


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
        raise StorageError(
            f"CoopAtelier cannot use “{parsed.drivername}” databases; "
            "give a SQLite file or a postgresql+psycopg:// address."
        ) from exc
    except ImportError as exc:
        extra = "coopatelier[postgres]" if parsed.get_backend_name() == "postgresql" else ""
        hint = f"install {extra}" if extra else f"install the Python module {exc.name}"
        raise StorageError(
            f"The database driver for {parsed.drivername} is not installed; {hint}."
        ) from exc


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
            "— restore a backup or choose another file.",
            reason="damaged",
            where=str(path),
        )


def diagnose(exc: BaseException, where: str = "the database") -> tuple[str, str]:
    """(reason code, one sentence) for a database failure the user can act on. The code
    (locked, read_only, full, damaged, unreachable, ...) lets the UI word it in its own
    language."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return "locked", (
            f"{where} is locked by another program or another CoopAtelier window; "
            "close it and try again."
        )
    if "read-only transaction" in message:  # PostgreSQL: a standby, or made read-only
        return (
            "read_only",
            f"{where} accepts no changes at the moment; ask the server's administrator.",
        )
    if "readonly" in message or "read-only" in message or "read only" in message:
        return (
            "read_only",
            f"{where} is read-only; copy it to a writable folder or choose another file.",
        )
    if "disk is full" in message or "database or disk is full" in message or "no space" in message:
        return "full", "The disk is full; free some space and try again — nothing typed was lost."
    if any(
        sign in message
        for sign in ("not a database", "malformed", "corrupt", "could not decode to utf-8")
    ):
        return "damaged", (
            f"{where} is damaged or is not a CoopAtelier database; "
            "restore a backup or choose another file."
        )
    if "unable to open" in message:
        return (
            "unopenable",
            f"{where} cannot be opened; check that its folder exists and is writable.",
        )
    if any(
        sign in message for sign in ("authentication failed", "no password supplied", "pg_hba")
    ) or ('role "' in message and "does not exist" in message):
        return (
            "auth",
            f"{where} refused the user name or password; check them in the database address.",
        )
    if 'database "' in message and "does not exist" in message:
        return "missing", f"{where} does not exist on its server; create it or check its name."
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
        return (
            "unreachable",
            f"{where} cannot be reached; check the server address and that it is running.",
        )
    if any(
        sign in message
        for sign in ("server closed the connection", "connection is lost", "terminating connection")
    ):
        return (
            "connection_lost",
            f"The connection to {_lower(where)} was lost; check the network and try again.",
        )
    if "permission denied" in message:
        return (
            "permission",
            f"{where} refuses this change: the database user lacks the rights to make it.",
        )
    first_line = str(original).strip().splitlines()[0] if str(original).strip() else "unknown"
    return "other", f"{where} reported an error: {printable(first_line).rstrip('.')}."


def printable(text: str, limit: int = 200) -> str:
    """``text`` fit for a one-line message: what a damaged page or a system message may
    carry (control characters, bytes that were not UTF-8, the replacement character) is
    dropped, runs of spaces are one space, and the length is bounded."""
    text = re.sub(r"\\x[0-9a-fA-F]{2}", " ", text)  # bytes shown as escapes
    kept = "".join(c if c.isprintable() and c != "\ufffd" else " " for c in text)
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 1].rstrip() + "…"


def describe_error(exc: BaseException, where: str = "the database") -> str:
    """One sentence for a database failure the user can act on."""
    return diagnose(exc, where)[1]


def _lower(where: str) -> str:
    return where[:1].lower() + where[1:] if where.startswith("The ") else where


def translate(exc: BaseException, where: str = "The database") -> StorageError:
    reason, sentence = diagnose(exc, where)
    return StorageError(sentence, reason=reason, where=where)


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
