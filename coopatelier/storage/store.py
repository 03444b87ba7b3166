"""The store: one open database, with the unit of work every change goes through."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coopatelier.errors import KnownError, StorageError, os_reason
from coopatelier.paths import DataDir, resolve_data_dir, resolve_database_url, sqlite_url
from coopatelier.storage import backup, lock, migrate, stamps
from coopatelier.storage.engine import (
    check_sqlite_file,
    is_storage_failure,
    make_engine,
    sqlite_path,
    translate,
)

log = logging.getLogger(__name__)


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


@dataclass(frozen=True, slots=True)
class StorageWarning:
    """Something the user must be told although the store opened: the CLI prints it on
    stderr, the app shows it in its windows (worded from ``kind`` and ``reason``).

    ``kind``: ``backup_failed`` (``detail`` is the backup's own sentence, ``reason`` its
    code: full, read_only, damaged, other) or ``backup_folder_missing`` (the
    chosen backup folder's medium is gone; ``where`` is that folder, ``detail`` the
    folder backups go to instead).
    """

    kind: str
    detail: str
    reason: str = "other"
    where: str = ""
    #: the backup's own error, worded in the interface's language by ``words``
    error: KnownError | None = None

    @property
    def sentence(self) -> str:
        return self.words("en")

    def words(self, language: str) -> str:
        """The warning in ``language`` ('fr' or 'en')."""
        from coopatelier.wording import sentence

        if self.kind == "backup_folder_missing":
            return sentence(
                "warning.backup_folder_missing", language,
                {"folder": self.where, "instead": self.detail},
            )
        said = self.error.words(language) if self.error is not None else self.detail
        said = said[:1].lower() + said[1:]
        if self.reason == "damaged":  # the database itself: not "intact"
            return sentence("warning.backup_failed_damaged", language, {"cause": said})
        return sentence("warning.backup_failed", language, {"cause": said.rstrip(".")})


def backup_warning(exc: KnownError) -> StorageWarning:
    reason = exc.reason if isinstance(exc, StorageError) else "other"
    where = exc.where if isinstance(exc, StorageError) else ""
    return StorageWarning("backup_failed", str(exc), reason, where, exc)


class Store:
    """An open CoopAtelier database and the data directory it belongs to."""

    def __init__(self, url: str, data_dir: DataDir, engine: Engine, read_only: bool) -> None:
        self.url = url
        self.data_dir = data_dir
        self.engine = engine
        self.read_only = read_only
        self._session_factory = sessionmaker(engine, expire_on_commit=False)
        stamps.install(self._session_factory)
        #: what the user must be told although the store opened (a failed backup...)
        self.warnings: list[StorageWarning] = []
        #: the temporary copy a read-only medium's database with a -wal is read from
        self._private_copy: Path | None = None

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
            lock.refuse_during_restore(path)
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
        missing = folder.missing_backup_folder
        if missing is not None and path is not None:
            store.warnings.append(
                StorageWarning(
                    "backup_folder_missing", str(folder.default_backups), where=str(missing)
                )
            )
        try:  # a backup that fails never keeps the user from their data: it is said
            store.backup_if_changed("on-open")
        except KnownError as exc:
            log.warning("the backup on opening %s failed: %s", path, exc)
            store.warnings.append(backup_warning(exc))
        return store

    @classmethod
    def _open_read_only(cls, url: str, folder: DataDir, path: Path, medium: bool) -> Store:
        """Open ``path`` without writing to it. On a read-only medium SQLite cannot create
        the ``-shm`` file a WAL database needs, so the file is opened as immutable — which
        ignores the ``-wal`` file. A database copied with its ``-wal`` (while the app had
        it open, or after a crash) keeps saved changes there: it is then read from a
        private copy of both files in the temporary folder, removed on close, or refused
        in one sentence when that copy cannot be made. Never fewer cards, silently."""
        if not path.exists():
            raise StorageError("missing", code="missing_read_only", where=str(path))
        private: Path | None = None
        engine_url = url
        if medium and _wal_holds_changes(path):
            private = _private_copy(path)
            engine_url = sqlite_url(private / path.name)
        engine = make_engine(engine_url, read_only=True, immutable=medium and private is None)
        try:
            revision = migrate.current_revision(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            _remove_private(private)
            raise translate(exc, path) from exc
        if revision != migrate.head_revision():
            engine.dispose()
            _remove_private(private)
            raise StorageError("newer", code="newer_read_only", where=str(path))
        store = cls(url, folder, engine, read_only=True)
        store._private_copy = private
        return store

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
        _remove_private(self._private_copy)
        self._private_copy = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _backups_for(folder: DataDir, path: Path | None) -> Path:
    if path is None:
        return folder.backups
    return backup.backup_folder(folder.backups, path, folder.database)


def _wal_holds_changes(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _private_copy(path: Path) -> Path:
    """A temporary folder holding copies of ``path`` and its ``-wal``, where SQLite can
    create the ``-shm`` it needs to read the WAL."""
    folder = Path(tempfile.mkdtemp(prefix="coopatelier-read-only-"))
    try:
        shutil.copyfile(path, folder / path.name)
        shutil.copyfile(f"{path}-wal", folder / f"{path.name}-wal")
    except OSError as exc:
        _remove_private(folder)
        raise StorageError(
            "read_only", code="wal_unreadable", where=str(path), wal=f"{path.name}-wal",
            **os_reason(exc),
        ) from exc
    return folder


def _remove_private(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _read_only_medium(path: Path) -> bool:
    """WAL needs to create ``-wal`` and ``-shm`` files beside the database."""
    folder_writable = os.access(path.parent, os.W_OK)
    if path.exists():
        return not (os.access(path, os.W_OK) and folder_writable)
    return not folder_writable


__all__ = ["StorageWarning", "Store", "UnitOfWork", "backup_warning"]
