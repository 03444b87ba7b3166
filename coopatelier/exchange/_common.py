"""Helpers the exporters share: atomic writes (:mod:`coopatelier.files`), timestamps, vote
totals."""

from __future__ import annotations

import datetime as dt
import uuid

from coopatelier.domain.model import WorkshopData
from coopatelier.errors import ExportError
from coopatelier.files import write_atomically

__all__ = ["ExportError", "format_time", "write_atomically"]


def format_time(value: dt.datetime) -> str:
    """UTC, ISO-8601, always with microseconds and ``Z``: one spelling per instant."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def vote_totals(data: WorkshopData) -> dict[uuid.UUID, int]:
    """Dots per card across every round, merged duplicates counting for their survivor."""
    return data.vote_totals()
