"""Value rules: validation of what users type, independent of storage and UI.

Text is kept exactly as typed (any Unicode, newlines, leading spaces); only characters that
cannot be stored or exchanged safely are refused.
"""

from __future__ import annotations

import datetime as dt
import re

from coopatelier.errors import ValidationError

RATING_MIN = 1
RATING_MAX = 5
MAX_TEXT_LENGTH = 1_000_000
MAX_HORIZON_SPAN = 50
MIN_YEAR = 1900
MAX_YEAR = 2200


def check_text(field: str, value: str, *, required: bool = False) -> str:
    """Return ``value`` unchanged if it is acceptable text for ``field``."""
    if not isinstance(value, str):
        raise ValidationError(field, "expected_text", got=type(value).__name__)
    if "\x00" in value:
        raise ValidationError(field, "nul")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise ValidationError(field, "surrogate")
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError(field, "too_long", limit=MAX_TEXT_LENGTH)
    if required and not value.strip():
        raise ValidationError(field, "empty")
    return value


def check_rating(field: str, value: int | None) -> int | None:
    """Ratings (impact, uncertainty, effort) are whole numbers from 1 to 5, or unset."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "rating_whole", low=RATING_MIN, high=RATING_MAX)
    if not RATING_MIN <= value <= RATING_MAX:
        raise ValidationError(
            field, "between", low=RATING_MIN, high=RATING_MAX, value=value
        )
    return value


def check_horizon(workshop_date: dt.date, horizon_year: int) -> int:
    """A workshop's horizon lies between its own year and fifty years later."""
    if isinstance(horizon_year, bool) or not isinstance(horizon_year, int):
        raise ValidationError("horizon_year", "year_like", example=2030)
    if not workshop_date.year <= horizon_year <= workshop_date.year + MAX_HORIZON_SPAN:
        raise ValidationError(
            "horizon_year",
            "between",
            low=workshop_date.year,
            high=workshop_date.year + MAX_HORIZON_SPAN,
            value=horizon_year,
        )
    return horizon_year


def check_action_year(workshop_date: dt.date, horizon_year: int, year: int | None) -> int | None:
    """An action's year lies within the workshop's span: from its date to its horizon."""
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError("horizon_year", "year_like", example=2027)
    if not workshop_date.year <= year <= horizon_year:
        raise ValidationError(
            "horizon_year",
            "before_horizon",
            low=workshop_date.year,
            horizon=horizon_year,
            value=year,
        )
    return year


def check_minutes(field: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 24 * 60:
        raise ValidationError(field, "minutes")
    return value


def check_dots(field: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        raise ValidationError(field, "dots")
    return value


def check_year(field: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
        raise ValidationError(field, "year_range", low=MIN_YEAR, high=MAX_YEAR)
    return value


def distinct_title(title: str, taken: set[str]) -> str:
    """``title`` with the first free " (n)" suffix, n from 2: "Atelier" → "Atelier (2)",
    "Atelier (2)" → "Atelier (3)" when that one is taken too."""
    base = re.sub(r" \(\d+\)$", "", title.strip())
    number = 2
    while f"{base} ({number})" in taken:
        number += 1
    return f"{base} ({number})"
