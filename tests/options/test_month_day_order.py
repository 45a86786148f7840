"""Month-day deadlines beyond reading back: the day after every month's last is refused,
deadlines compare in the order of the year (the Übersicht shows them from 1 July on), and a
checked value cannot be changed into a day that does not exist."""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date

import pytest

from ssa_desktop.domain.month_day import MonthDay, MonthDayError


@pytest.mark.parametrize("month", range(1, 13))
def test_the_day_after_each_months_last_is_refused(month):
    last = calendar.monthrange(2028, month)[1]          # a leap year: 29 February counts
    assert MonthDay(month, last).day == last
    with pytest.raises(MonthDayError) as err:
        MonthDay(month, last + 1)
    assert str(err.value) == f"{last + 1:02d}.{month:02d}. ist kein Tag im Jahr."
    with pytest.raises(MonthDayError):
        MonthDay.parse(f"{month:02d}-{last + 1}")


def test_deadlines_compare_in_the_order_of_the_year():
    days = [MonthDay(10, 31), MonthDay(7, 1), MonthDay(6, 30), MonthDay(7, 31), MonthDay(1, 2)]
    assert sorted(days) == [MonthDay(1, 2), MonthDay(6, 30), MonthDay(7, 1), MonthDay(7, 31),
                            MonthDay(10, 31)]
    assert MonthDay(6, 30) < MonthDay(7, 1) <= MonthDay(7, 1) < MonthDay(7, 2)


def test_a_checked_deadline_cannot_be_changed_into_another_day():
    deadline = MonthDay(7, 31)
    with pytest.raises(dataclasses.FrozenInstanceError):
        deadline.day = 32   # type: ignore[misc]
    assert {deadline: "Landkreis"}[MonthDay.parse("31.07.")] == "Landkreis"


@pytest.mark.parametrize(("year", "day"), [(2000, 29), (2024, 29), (2027, 28), (2100, 28),
                                           (2400, 29), (1900, 28)])
def test_29_february_is_kept_only_in_a_leap_year(year, day):
    """Leap years as the calendar counts them: every fourth, not a century unless it
    divides by 400."""
    assert MonthDay(2, 29).in_year(year) == date(year, 2, day)
    assert MonthDay(2, 28).in_year(year) == date(year, 2, 28)
    assert MonthDay(3, 1).in_year(year) == date(year, 3, 1)


def test_a_deadline_reads_in_german_as_day_and_month():
    assert MonthDay(7, 5).german() == "05.07."
    assert MonthDay(10, 31).german() == "31.10."


def test_a_refused_deadline_says_what_was_typed_and_how_to_write_it():
    with pytest.raises(MonthDayError) as err:
        MonthDay.parse(" Juli ")
    assert str(err.value) == ("„Juli“ ist kein Tag im Jahr. Bitte als Monat-Tag eingeben, "
                              "z. B. 07-31 für den 31. Juli.")
    with pytest.raises(MonthDayError) as err:
        MonthDay.parse("31.06.")
    assert str(err.value) == ("„31.06.“ ist kein Tag im Jahr: den 31. Tag im 6. Monat "
                              "gibt es nicht.")
