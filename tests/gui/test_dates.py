"""Dates and times follow the interface's locale (the home list, backups, the in-use
dialog), and stored UTC times show in local time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from coopatelier.ui.dates import format_date, format_moment


@pytest.fixture
def locale_kept(qapp: object) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [
        (QLocale.Language.French, QLocale.Country.France, "14 avr. 2026"),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "14 Apr 2026"),
        (QLocale.Language.C, QLocale.Country.AnyCountry, "14 Apr 2026"),  # no locale: en_GB
    ],
)
def test_dates_follow_the_interface_locale(
    locale_kept: None, language: QLocale.Language, country: QLocale.Country, expected: str
) -> None:
    QLocale.setDefault(QLocale(language, country))
    assert format_date(dt.date(2026, 4, 14)) == expected


def test_a_stored_utc_time_shows_in_local_time(
    locale_kept: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    moment = dt.datetime(2026, 4, 14, 7, 34, 5, tzinfo=dt.UTC)
    local = moment.astimezone()  # the machine's zone, as Qt's toLocalTime uses it
    assert format_moment(moment) == f"{local.day} avr. 2026 {local:%H:%M}"
    assert format_moment(moment, seconds=True).endswith(local.strftime("%H:%M:%S"))
    naive = moment.replace(tzinfo=None)  # stored without a zone: UTC
    assert format_moment(naive) == format_moment(moment)


def test_date_fields_name_the_month(locale_kept: None) -> None:
    """A date field and a list show the same unambiguous day (not 12/6/26 vs 06/12/2026)."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QWidget

    from coopatelier.ui.action_dialogs import _date_edit

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    parent = QWidget()
    edit = _date_edit(parent)
    edit.setDate(QDate(2026, 12, 6))
    assert edit.text() == "6 Dec 2026" == format_date(dt.date(2026, 12, 6))
