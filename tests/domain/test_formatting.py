"""German formatting: 21.11.2026, decimal comma."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.formatting import fmt_date, fmt_number, fmt_percent, parse_date

days = st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31))


@given(days)
def test_date_round_trip(day):
    text = fmt_date(day)
    assert len(text) == 10 and text[2] == "." and text[5] == "."
    assert parse_date(text) == day
    assert parse_date(day.isoformat()) == day
    assert fmt_date(day.isoformat()) == text


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_two_digit_years_are_this_century(day):
    assert parse_date(day.strftime("%d.%m.%y")) == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}") == day


def test_known_values():
    assert fmt_date(date(2026, 11, 21)) == "21.11.2026"
    assert fmt_date(None) == ""
    assert fmt_number(1234.5) == "1.234,5"
    assert fmt_number(0.25, 2) == "0,25"
    assert fmt_percent(12.0) == "12 %"


@pytest.mark.parametrize("text", ["31.02.2026", "heute", "", "1.1", "2026-13-01", "..."])
def test_parse_rejects_with_german_message(text):
    with pytest.raises(ValueError, match="kein gültiges Datum"):
        parse_date(text)
