"""Helpers the exporters share: atomic writes (:mod:`coopatelier.files`), timestamps. The
dots the exports print come from ``domain.analysis.export_dots``: per round, never summed."""

from __future__ import annotations

import datetime as dt

from coopatelier.errors import ExportError
from coopatelier.files import write_atomically

__all__ = ["ExportError", "format_time", "write_atomically"]


def format_time(value: dt.datetime) -> str:
    """UTC, ISO-8601, always with microseconds and ``Z``: one spelling per instant."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
