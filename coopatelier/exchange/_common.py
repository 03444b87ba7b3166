"""Helpers the exporters share: atomic writes, timestamps, vote totals."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import uuid
from pathlib import Path

from coopatelier.domain.model import WorkshopData
from coopatelier.errors import ExportError, os_reason

__all__ = ["ExportError", "format_time", "write_atomically"]


def write_atomically(path: str | os.PathLike[str], payload: bytes) -> Path:
    """Write ``payload`` to ``path`` through a temporary file in the same folder, flushed to
    disk, then renamed over the target: readers see the old file or the new, never half."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError("folder_missing", path=str(target), folder=str(folder))
    temp_name = ""
    try:  # mkstemp itself fails in a folder the user cannot write to
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=folder
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise ExportError("cannot_write", path=str(target), **os_reason(exc)) from exc
    with contextlib.suppress(OSError, AttributeError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    return target


def format_time(value: dt.datetime) -> str:
    """UTC, ISO-8601, always with microseconds and ``Z``: one spelling per instant."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def vote_totals(data: WorkshopData) -> dict[uuid.UUID, int]:
    """Dots per card across every round, merged duplicates counting for their survivor."""
    return data.vote_totals()
