"""Month-day values (the yearly deadlines): every day of the year reads back as itself,
anything else is refused with a German sentence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.month_day import MonthDay, MonthDayError


@given(st.integers(0, 365))
def test_every_day_of_a_leap_year_reads_back_as_itself(offset):
    day = date(2028, 1, 1) + timedelta(days=offset)
    md = MonthDay(day.month, day.day)
    assert MonthDay.parse(str(md)) == md
    assert MonthDay.parse(f"{day.day}.{day.month}.") == md
    assert md.in_year(2028) == day


@pytest.mark.parametrize("text", ["07-32", "02-30", "13-01", "00-10", "Juli", "0731", "",
                                  "07/31", "-07-31", "07-31-1"])
def test_a_typo_is_refused_in_german(text):
    with pytest.raises(MonthDayError) as err:
        MonthDay.parse(text)
    assert "ist kein Tag im Jahr" in str(err.value)


def test_the_29th_of_february_falls_on_the_28th_in_a_common_year():
    assert MonthDay.parse("02-29").in_year(2027) == date(2027, 2, 28)
    assert MonthDay.parse(" 7-5 ") == MonthDay(7, 5)
    assert str(MonthDay(7, 5)) == "07-05"
