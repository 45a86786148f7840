"""German formatting: 21.11.2026, decimal comma."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.errors import UserError
from ssa_desktop.formatting import fmt_date, fmt_number, fmt_percent, parse_date

TODAY = date(2026, 11, 25)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_date_round_trip(day):
    text = fmt_date(day)
    assert len(text) == 10 and text[2] == "." and text[5] == "."
    assert parse_date(text, TODAY) == day
    assert parse_date(day.isoformat(), TODAY) == day
    assert fmt_date(day.isoformat()) == text


@given(st.dates(min_value=date(1957, 1, 1), max_value=date(2056, 12, 31)))
def test_two_digit_years_read_as_the_date_fields_read_them(day):
    """Up to 30 years ahead of today 20JJ, else 19JJ: the CLI and the date fields agree
    (``domain.dates``); before, the CLI read „12.10.95“ as 2095."""
    assert parse_date(day.strftime("%d.%m.%y"), TODAY) == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}", TODAY) == day


def test_the_two_digit_year_window_at_its_edge():
    assert parse_date("31.12.56", TODAY) == date(2056, 12, 31)
    assert parse_date("01.01.57", TODAY) == date(1957, 1, 1)
    assert parse_date("12.10.95", TODAY) == date(1995, 10, 12)


def test_today_comes_from_the_clock(frozen_clock):
    assert parse_date("12.10.") == date(2026, 10, 12)


def test_known_values():
    assert fmt_date(date(2026, 11, 21)) == "21.11.2026"
    assert fmt_date(None) == ""
    assert fmt_number(1234.5) == "1.234,5"
    assert fmt_number(0.25, 2) == "0,25"
    assert fmt_percent(12.0) == "12 %"


@pytest.mark.parametrize(("text", "reason"), [
    ("31.02.2026", "„31.02.2026“ ist kein gültiges Datum: den 31. Februar 2026 gibt es nicht."),
    ("heute", "„heute“ ist kein Datum. Bitte TT.MM.JJJJ, z. B. 12.10.2026 eingeben."),
    ("", "Bitte ein Datum eingeben (TT.MM.JJJJ, z. B. 12.10.2026)."),
    ("2026-13-01", "„2026-13-01“: einen 13. Monat gibt es nicht."),
    ("...", "„...“ ist kein Datum. Bitte TT.MM.JJJJ, z. B. 12.10.2026 eingeben."),
])
def test_parse_rejects_with_german_message(text, reason):
    with pytest.raises(UserError) as err:
        parse_date(text, TODAY)
    assert str(err.value) == reason
