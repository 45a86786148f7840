"""Public holidays in Baden-Württemberg, computed in ``domain/public_holidays.py``:
hand-checked literals, Easter at the edges of its range, and every year from 1995 to 2099
equal to the ``holidays`` package (a test dependency only)."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from ssa_desktop.domain.public_holidays import bw_public_holidays, easter_sunday
from ssa_desktop.domain.worktime import public_holiday


def test_the_calendar_names_the_public_holidays_of_2026():
    assert bw_public_holidays(2026) == {
        date(2026, 1, 1): "Neujahr",
        date(2026, 1, 6): "Heilige Drei Könige",
        date(2026, 4, 3): "Karfreitag",
        date(2026, 4, 6): "Ostermontag",
        date(2026, 5, 1): "Erster Mai",
        date(2026, 5, 14): "Christi Himmelfahrt",
        date(2026, 5, 25): "Pfingstmontag",
        date(2026, 6, 4): "Fronleichnam",
        date(2026, 10, 3): "Tag der Deutschen Einheit",
        date(2026, 11, 1): "Allerheiligen",
        date(2026, 12, 25): "Erster Weihnachtstag",
        date(2026, 12, 26): "Zweiter Weihnachtstag",
    }


def test_reformationstag_only_in_2017():
    assert public_holiday(date(2017, 10, 31)) == "Reformationstag"
    assert public_holiday(date(2018, 10, 31)) is None
    assert public_holiday(date(2016, 10, 31)) is None


@pytest.mark.parametrize(("year", "easter"), [
    (2008, date(2008, 3, 23)),   # early
    (2011, date(2011, 4, 24)),   # late
    (2038, date(2038, 4, 25)),   # latest possible
    (2285, date(2285, 3, 22)),   # earliest possible
    (2000, date(2000, 4, 23)),   # century leap year
    (2100, date(2100, 3, 28)),
])
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


def test_the_day_after_and_before_a_holiday_is_a_working_day():
    assert public_holiday(date(2026, 5, 13)) is None
    assert public_holiday(date(2026, 5, 14)) == "Christi Himmelfahrt"
    assert public_holiday(date(2026, 5, 15)) is None


def test_two_holidays_on_one_day_are_named_together():
    assert public_holiday(date(2008, 5, 1)) == "Christi Himmelfahrt; Erster Mai"


def test_every_year_equals_the_holidays_package():
    for year in range(1995, 2100):
        expected = dict(holidays.Germany(subdiv="BW", years=year, language="de"))
        assert bw_public_holidays(year) == expected, year
