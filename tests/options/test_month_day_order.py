"""Month-day deadlines beyond reading back: the day after every month's last is refused,
deadlines compare in the order of the year (the Übersicht shows them from 1 July on), and a
checked value cannot be changed into a day that does not exist."""

from __future__ import annotations

import calendar
import dataclasses

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
