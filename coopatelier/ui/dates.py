"""Dates and times as the interface shows them: local time, in the UI language, with the
month's name ("6 Dec 2026", "6 déc. 2026") so that no reader mistakes the day for the month
("12/6/26"). Date fields use the same order (:data:`DATE_FIELD_FORMAT`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def ui_locale() -> QLocale:
    """The interface's locale; with none configured (the C locale), British English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


DATE_FIELD_FORMAT = "d MMM yyyy"
"""The display format of every date field (QDateEdit), month by name in the UI language."""

DATE_TIME_FIELD_FORMAT = "d MMM yyyy HH:mm"


def _day_text(day: QDate) -> str:
    return ui_locale().toString(day, DATE_FIELD_FORMAT)


def format_date(day: dt.date) -> str:
    """A day, unambiguous in both languages: "6 Dec 2026", "6 déc. 2026"."""
    return _day_text(QDate(day.year, day.month, day.day))


def format_moment(moment: dt.datetime, *, seconds: bool = False) -> str:
    """A stored time (UTC when it says no zone) in local time: short date, then the time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    locale = ui_locale()
    time = locale.toString(stamp.time(), "HH:mm:ss" if seconds else "HH:mm")
    return f"{_day_text(stamp.date())} {time}"
