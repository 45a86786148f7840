"""German date entry (domain/dates.py): every way a worker types a date, and refusals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.dates import DateEntryError, format_date, parse_date

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("typed", "expected"), [
    ("12.10.2026", date(2026, 10, 12)),
    ("1.9.2026", date(2026, 9, 1)),
    ("12.10.26", date(2026, 10, 12)),
    ("121026", date(2026, 10, 12)),
    ("12102026", date(2026, 10, 12)),
    ("12.10.", date(2026, 10, 12)),
    ("1210", date(2026, 10, 12)),
    (" 3.12.2026 ", date(2026, 12, 3)),
    ("12,10,2026", date(2026, 10, 12)),
    ("2026-10-12", date(2026, 10, 12)),
    ("2024-02-29", date(2024, 2, 29)),  # an ISO date keeps its own year
    ("12.10.95", date(1995, 10, 12)),   # a birth date: 30 years back, not 70 ahead
    ("12.10.56", date(2056, 10, 12)),   # up to 30 years ahead is this century
    ("12.10.57", date(1957, 10, 12)),
    ("29.02.2028", date(2028, 2, 29)),
])
def test_accepted_forms(typed, expected):
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize(("typed", "reason"), [
    ("31.02.2026", "den 31. Februar 2026 gibt es nicht"),
    ("29.02.2026", "den 29. Februar 2026 gibt es nicht"),
    ("31.04.2026", "den 31. April 2026 gibt es nicht"),
    ("00.10.2026", "den 0. Oktober 2026 gibt es nicht"),
    ("12.13.2026", "einen 13. Monat gibt es nicht"),
    ("12.10.20261", "kein Datum"),
    ("12102", "kein Datum"),
    ("morgen", "kein Datum"),
    ("", "Bitte ein Datum eingeben"),
    ("12.10.202", "zwei- oder vierstellig"),
])
def test_impossible_dates_are_refused_with_a_german_reason(typed, reason):
    with pytest.raises(DateEntryError) as refused:
        parse_date(typed, TODAY)
    assert reason in str(refused.value)


FORMS = (
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    lambda d: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}",
    lambda d: f"{d.day:02d}{d.month:02d}{d.year}",
)


@given(st.dates(date(1957, 1, 1), date(2056, 12, 31)), st.sampled_from(FORMS))
def test_every_form_of_a_date_reads_back_as_that_date(day, form):
    assert parse_date(form(day), TODAY) == day
    assert parse_date(format_date(day), TODAY) == day
