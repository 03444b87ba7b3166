"""The one way CoopAtelier writes a file the user keeps: exports, the PDF synthesis, saved
templates and the settings.

A file is written beside its target under a hidden temporary name, flushed to disk, then
renamed over the target, and the folder is flushed too: readers see the old file or the new
one, never half of one, even after a crash or on a full disk. The file gets the permissions
the user's other files get (their umask), not the owner-only ones of a temporary file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from coopatelier.errors import ExportError, os_reason

__all__ = ["atomic_output", "write_atomically"]


def write_atomically(path: str | os.PathLike[str], payload: bytes) -> Path:
    """Write ``payload`` to ``path`` (see :func:`atomic_output`) and return the path."""
    with atomic_output(path) as stream:
        stream.write(payload)
    return Path(path)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``path`` when the ``with`` block ends well.

    When the block raises, ``path`` is left as it was and the temporary file is removed; an
    ``OSError`` (no permission, disk full, folder missing) becomes an ``ExportError`` whose
    message is one sentence naming the file.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError("folder_missing", path=str(target), folder=str(folder))
    temporary: Path | None = None
    try:
        temporary, stream = _create_beside(target)
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        if isinstance(exc, OSError):
            raise ExportError("cannot_write", path=str(target), **os_reason(exc)) from exc
        raise
    _flush_folder(folder)


def _create_beside(target: Path) -> tuple[Path, BinaryIO]:
    """A new hidden file in the target's folder, created with mode 0666 so that the
    system applies the user's umask (``tempfile.mkstemp`` would make it 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            descriptor = os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
        return candidate, os.fdopen(descriptor, "wb")
    raise FileExistsError(f"no free temporary name beside {target}")


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system lets a folder be flushed)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
