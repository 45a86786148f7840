"""School years run from 1 August to 31 July."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.schoolyear import SchoolYear

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31))


@given(days)
def test_every_day_lies_in_exactly_one_school_year(day):
    year = SchoolYear.of(day)
    assert day in year
    assert day not in year.next() and day not in year.previous()
    assert year.start <= day <= year.end
    assert SchoolYear.of(year.start) == year == SchoolYear.of(year.end)


@given(days)
def test_year_boundary(day):
    year = SchoolYear.of(day)
    assert SchoolYear.of(year.start - timedelta(days=1)) == year.previous()
    assert SchoolYear.of(year.end + timedelta(days=1)) == year.next()
    assert (year.end - year.start).days in (364, 365)


@given(st.integers(min_value=1000, max_value=9998))
def test_label_format_and_parse_round_trip(start):
    year = SchoolYear(start)
    assert re.fullmatch(r"\d{4}/\d{2}", year.label)
    assert str(year) == year.label
    assert SchoolYear.parse(year.label) == year
    assert SchoolYear.parse(f"{start}/{start + 1}") == year
    assert SchoolYear.parse(f" {year.label} ") == year


def test_known_values():
    assert SchoolYear.of(date(2025, 7, 31)).label == "2024/25"
    assert SchoolYear.of(date(2025, 8, 1)).label == "2025/26"
    assert SchoolYear(1999).label == "1999/00"
    assert SchoolYear.parse("1999/00") == SchoolYear(1999)
    assert SchoolYear(2025) < SchoolYear(2026)


# a bare year is refused: „2026" may mean 2025/26 as well as 2026/27, and a report of the
# wrong year would be written without a word
@pytest.mark.parametrize("label", ["2025/27", "2025/2025", "abc", "", "2025/xx", "2025",
                                   "2025/", "2025/126", "2025/0026", "-202/03", "20255/26",
                                   "2025 / 26", "２０２５/26"])
def test_parse_rejects_nonsense(label):
    with pytest.raises(ValueError):
        SchoolYear.parse(label)

