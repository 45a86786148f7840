"""German date entry at its edges (issue 20 item 6: mutation testing of
``domain/dates.py``): every limit at its value, every reason as she reads it."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import dates as dt
from ssa_desktop.domain.errors import UserError

TODAY = date(2026, 11, 23)


def _refused(typed: str, today: date = TODAY) -> str:
    with pytest.raises(dt.DateEntryError) as e:
        dt.parse_date(typed, today)
    return str(e.value)


@pytest.mark.parametrize(("month", "name"), list(enumerate(
    ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
     "Oktober", "November", "Dezember"), start=1)))
def test_a_day_a_month_does_not_have_is_refused_with_the_months_german_name(month, name):
    typed = f"32.{month:02}.2026"
    assert _refused(typed) == (f"„{typed}“ ist kein gültiges Datum: den 32. {name} 2026 "
                               "gibt es nicht.")


def test_a_refused_date_is_her_sentence_with_an_example_never_a_traceback():
    with pytest.raises(UserError) as e:           # shown as it is in the form
        dt.parse_date("31.04.2026", TODAY)
    assert isinstance(e.value, dt.DateEntryError)
    assert "TT.MM.JJJJ, z. B. 12.10.2026" in _refused("morgen")


def test_format_date_pads_every_part():
    assert dt.format_date(date(2026, 9, 5)) == "05.09.2026"
    assert dt.format_date(date(987, 10, 12)) == "12.10.0987"


@pytest.mark.parametrize(("typed", "expected"), [
    ("2026-1-2", date(2026, 1, 2)),
    ("12 10 2026", date(2026, 10, 12)),
    ("12/10/2026", date(2026, 10, 12)),
    ("12-10-2026", date(2026, 10, 12)),
    ("12.10", date(2026, 10, 12)),          # two parts: this year
    ("0101", date(2026, 1, 1)),
    ("31122026", date(2026, 12, 31)),
    ("010100", date(2000, 1, 1)),
    ("1.1.1900", date(1900, 1, 1)),
    ("31.12.2200", date(2200, 12, 31)),
    ("1.12.2026", date(2026, 12, 1)),
    ("01.01.0026", None),                    # four digits are taken as typed: refused
])
def test_more_accepted_forms(typed, expected):
    if expected is None:
        assert _refused(typed) == f"„{typed}“: das Jahr 26 liegt außerhalb 1900–2200."
    else:
        assert dt.parse_date(typed, TODAY) == expected


def test_two_digit_years_relative_to_today():
    assert dt.parse_date("1.1.56", TODAY) == date(2056, 1, 1)   # 2026 + 30
    assert dt.parse_date("1.1.57", TODAY) == date(1957, 1, 1)
    assert dt.parse_date("1.1.29", date(2099, 1, 1)) == date(2029, 1, 1)
    assert dt.parse_date("1.1.30", date(2000, 6, 1)) == date(2030, 1, 1)
    assert dt.parse_date("1.1.31", date(2000, 6, 1)) == date(1931, 1, 1)


@pytest.mark.parametrize("typed", ["12102", "1210202", "123", "12", "1", "1210202612",
                                   "12.10.2026.", "12.10.20261", "12..2026", "12.a.2026",
                                   "123.10.2026", "12.100.2026", "1.2.3.4", "12",
                                   "2026-10-123", "x2026-10-12",
                                   "１２.１０.２０２６", "12.10.２０２６"])   # digits but not ASCII
def test_no_date(typed):
    assert _refused(typed) == f"„{typed}“ ist kein Datum. Bitte TT.MM.JJJJ, z. B. 12.10.2026 eingeben."


@pytest.mark.parametrize(("typed", "year"), [("12.10.202", "202"), ("12.10.6", "6"),
                                              ("1.1.0", "0")])
def test_year_of_three_or_one_digit(typed, year):
    assert _refused(typed) == f"Das Jahr „{year}“ bitte zwei- oder vierstellig eingeben."


def test_each_refusal_says_what_is_wrong_with_the_date():
    assert _refused("   ") == "Bitte ein Datum eingeben (TT.MM.JJJJ, z. B. 12.10.2026)."
    assert _refused("1.0.2026") == "„1.0.2026“: einen 0. Monat gibt es nicht."
    assert _refused("1.13.2026") == "„1.13.2026“: einen 13. Monat gibt es nicht."
    assert _refused("1.1.1899") == "„1.1.1899“: das Jahr 1899 liegt außerhalb 1900–2200."
    assert _refused("1.1.2201") == "„1.1.2201“: das Jahr 2201 liegt außerhalb 1900–2200."
    assert _refused("32.01.2026") == ("„32.01.2026“ ist kein gültiges Datum: den 32. Januar "
                                      "2026 gibt es nicht.")
    assert _refused("32.12.2026") == ("„32.12.2026“ ist kein gültiges Datum: den 32. Dezember "
                                      "2026 gibt es nicht.")
    assert _refused(" 31.02.2026 ") == ("„31.02.2026“ ist kein gültiges Datum: den 31. "
                                        "Februar 2026 gibt es nicht.")
