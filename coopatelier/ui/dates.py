"""Dates and times as the interface shows them: local time, in the UI language's format
(QLocale), so that the English interface does not print French dates or the reverse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def ui_locale() -> QLocale:
    """The interface's locale; with none configured (the C locale), British English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def format_date(day: dt.date) -> str:
    return ui_locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_moment(moment: dt.datetime, *, seconds: bool = False) -> str:
    """A stored time (UTC when it says no zone) in local time: short date, then the time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    locale = ui_locale()
    time = locale.toString(stamp.time(), "HH:mm:ss" if seconds else "HH:mm")
    return f"{locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)} {time}"
