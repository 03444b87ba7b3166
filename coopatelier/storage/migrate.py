"""Schema upgrades through Alembic, applied when a store is opened, after a backup.

Alembic is imported only when a database is not already at ``HEAD``: opening an
up-to-date SQLite file (every start of the app) reads one row with sqlite3 and goes on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from coopatelier.errors import StorageError
from coopatelier.storage.backup import create_backup
from coopatelier.storage.engine import make_engine, sqlite_path, translate
from coopatelier.storage.uri import read_only_uri

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision in migrations/versions (a test checks it against Alembic's head).
HEAD = "0007_round_numbers"
LOCK_KEY = 0x436F_6F70_4174_6C72  # "CoopAtlr": PostgreSQL advisory lock held while migrating


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def inspect_sqlite(path: Path) -> tuple[str | None, bool]:
    """(revision, has tables) of an existing SQLite file, read without changing a byte
    (our engine would switch the file to WAL before we could refuse it)."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, bool(tables)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    finally:
        connection.close()


def _check_revision(current: str | None, has_data: bool, known: set[str]) -> None:
    if current is not None and current not in known:
        raise StorageError("newer")
    if current is None and has_data:
        raise StorageError("foreign")


def upgrade(url: str, backups: Path | None, target: str = "head") -> str | None:
    """Bring the database at ``url`` to ``target``; return the backup made first, if any.

    SQLite migrations run with foreign keys off: batch mode recreates tables, and dropping
    a parent table with them on would cascade-delete its children's rows.
    """
    path = sqlite_path(url)
    wanted = HEAD if target == "head" else target
    if path is not None and path.exists() and path.stat().st_size > 0:
        current, has_tables = inspect_sqlite(path)
        if current == wanted:
            return None  # the common case: no Alembic at all
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if path is not None and path.exists() and path.stat().st_size > 0:
        _check_revision(current, has_tables, known)
    engine = make_engine(url, foreign_keys=False)
    try:
        current = current_revision(engine)
        if current == wanted:
            return None
        has_data = current is not None or bool(inspect(engine).get_table_names())
        _check_revision(current, has_data, known)
        backup_path: Path | None = None
        if has_data and path is not None and backups is not None:
            try:
                backup_path = create_backup(path, backups, f"before-migration-{wanted}")
            except StorageError as exc:  # never upgrade without a backup
                raise StorageError(
                    "backup", code="backup_before_upgrade", where=str(path), name=path.name,
                    cause=exc,
                ) from exc
        config = alembic_config()
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Several laptops opening a shared server at once: one upgrades, the others
                # wait for it here, then find nothing left to do.
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
                if MigrationContext.configure(connection).get_current_revision() == wanted:
                    return None
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            if path is not None:
                problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise StorageError("other", code="broken_references")
        return str(backup_path) if backup_path else None
    finally:
        engine.dispose()
