"""The store: one open database, with the unit of work every change goes through."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coopatelier.errors import KnownError, StorageError, os_reason
from coopatelier.paths import DataDir, resolve_data_dir, resolve_database_url
from coopatelier.storage import backup, migrate
from coopatelier.storage.engine import (
    check_sqlite_file,
    is_storage_failure,
    make_engine,
    sqlite_path,
    translate,
)


class UnitOfWork:
    """A transaction: commits only when ``commit()`` is called, rolls back otherwise.

    Repositories and services never commit on their own; the caller of a service decides.
    In a read-only store every commit is refused with one sentence.
    """

    def __init__(self, session_factory: sessionmaker[Session], read_only: bool = False) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None
        self.read_only = read_only

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None
        if exc is not None and not isinstance(exc, KnownError) and is_storage_failure(exc):
            if self.read_only:  # a flush before the commit met the read-only file
                raise StorageError("read_only", code="opened_read_only") from exc
            raise translate(exc) from exc

    def commit(self) -> None:
        if self.read_only:
            self.session.rollback()
            raise StorageError("read_only", code="opened_read_only")
        try:
            self.session.commit()
        except SQLAlchemyError as exc:
            self.session.rollback()
            if is_storage_failure(exc):
                raise translate(exc) from exc
            raise


class Store:
    """An open CoopAtelier database and the data directory it belongs to."""

    def __init__(self, url: str, data_dir: DataDir, engine: Engine, read_only: bool) -> None:
        self.url = url
        self.data_dir = data_dir
        self.engine = engine
        self.read_only = read_only
        self._session_factory = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        database: str | os.PathLike[str] | None = None,
        data_dir: str | os.PathLike[str] | DataDir | None = None,
        *,
        migrate_schema: bool = True,
        read_only: bool = False,
        read_only_if_needed: bool = False,
    ) -> Store:
        """Open (creating and upgrading when needed) the database.

        ``database`` is a file path or SQLAlchemy URL; by default ``$COOPATELIER_DB`` or the
        file in the data directory. ``read_only`` opens an existing SQLite file without
        ever writing to it (no migration, no backup; every change is refused in one
        sentence). A file on a read-only medium is refused, or opened read-only when
        ``read_only_if_needed``.
        """
        folder = data_dir if isinstance(data_dir, DataDir) else resolve_data_dir(data_dir)
        try:
            folder.ensure()
        except OSError as exc:
            raise StorageError(
                "unopenable", code="data_folder", folder=str(folder.root), **os_reason(exc)
            ) from exc
        url = resolve_database_url(str(database) if database is not None else None, folder)
        path = sqlite_path(url)
        if path is not None:
            check_sqlite_file(path)
            medium_read_only = _read_only_medium(path)
            if read_only or (medium_read_only and read_only_if_needed):
                return cls._open_read_only(url, folder, path, medium_read_only)
            if medium_read_only:
                raise StorageError("read_only", code="read_only_medium", where=str(path))
        try:
            if migrate_schema:
                migrate.upgrade(url, _backups_for(folder, path))
            engine = make_engine(url)
            with engine.connect():
                pass
        except KnownError:
            raise
        except SQLAlchemyError as exc:
            raise translate(exc, url) from exc
        store = cls(url, folder, engine, read_only=False)
        store.backup_if_changed("on-open")
        return store

    @classmethod
    def _open_read_only(cls, url: str, folder: DataDir, path: Path, medium: bool) -> Store:
        """Open ``path`` without writing to it. On a read-only medium SQLite cannot create
        the ``-shm`` file a WAL database needs, so the file is opened as immutable."""
        if not path.exists():
            raise StorageError("missing", code="missing_read_only", where=str(path))
        engine = make_engine(url, read_only=True, immutable=medium)
        try:
            revision = migrate.current_revision(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise translate(exc, path) from exc
        if revision != migrate.head_revision():
            engine.dispose()
            raise StorageError("newer", code="newer_read_only", where=str(path))
        return cls(url, folder, engine, read_only=True)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_path(self.url)

    @property
    def backup_folder(self) -> Path | None:
        """Where this database's backups go (None for a server database)."""
        path = self.path
        return None if path is None else _backups_for(self.data_dir, path)

    def backup_if_changed(self, reason: str = "auto") -> Path | None:
        """Back up the SQLite file if anything changed since the last automatic backup
        (called on open and every few minutes of activity by the app)."""
        path, folder = self.path, self.backup_folder
        if path is None or folder is None or not path.exists() or self.read_only:
            return None
        return backup.backup_if_changed(path, folder, reason)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._session_factory, self.read_only)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only: whatever happens, nothing is written."""
        with self.unit_of_work() as uow:
            yield uow.session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _backups_for(folder: DataDir, path: Path | None) -> Path:
    if path is None:
        return folder.backups
    return backup.backup_folder(folder.backups, path, folder.database)


def _read_only_medium(path: Path) -> bool:
    """WAL needs to create ``-wal`` and ``-shm`` files beside the database."""
    folder_writable = os.access(path.parent, os.W_OK)
    if path.exists():
        return not (os.access(path, os.W_OK) and folder_writable)
    return not folder_writable


__all__ = ["Store", "UnitOfWork"]
