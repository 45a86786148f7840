"""Numbers typed or read from a file are ASCII digits only: ``str.isdigit()``, ``int()``,
``float()``, ``strptime`` and regex ``\\d`` also take full-width („１２“) or Arabic-Indic
digits, which would be stored as typed or read as a different text than shown."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop import formatting
from ssa_desktop.cli_commands.breach import _moment
from ssa_desktop.cli_commands.common import UsageError
from ssa_desktop.domain import dates
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.errors import UserError
from ssa_desktop.domain.month_day import MonthDay
from ssa_desktop.domain.options import Option, OptionError
from ssa_desktop.services import appointments

# Every decimal digit of Unicode that is not ASCII ("Nd": usable by int()).
OTHER_DIGITS = st.characters(categories=["Nd"]).filter(lambda c: not c.isascii())


def _swap_one(text: str, digit: str, position: int) -> str:
    """``text`` with its ``position``-th ASCII digit replaced by ``digit``'s same-valued
    non-ASCII sibling (so int() would read the same number)."""
    places = [i for i, c in enumerate(text) if c.isdigit()]
    i = places[position % len(places)]
    value = int(text[i])
    sibling = chr(ord(digit) - unicodedata.digit(digit) + value)
    return text[:i] + sibling + text[i + 1:]


@given(OTHER_DIGITS, st.integers(0, 3))
def test_handover_time_takes_only_ascii_digits(digit, position):
    assert rules.check_time("12:00") == "12:00"
    with pytest.raises(rules.HandoverRuleError):
        rules.check_time(_swap_one("12:00", digit, position))


@given(OTHER_DIGITS, st.integers(0, 3))
def test_appointment_time_takes_only_ascii_digits(digit, position):
    with pytest.raises(UserError):
        appointments.check_time(_swap_one("09:30", digit, position))


@given(OTHER_DIGITS, st.integers(0, 7), st.sampled_from(["12.10.2026", "12102026", "2026-10-12",
                                                           "1.9.26", "12.10."]))
def test_typed_date_takes_only_ascii_digits(digit, position, text):
    today = date(2026, 11, 24)
    assert dates.parse_date(text, today)
    with pytest.raises(dates.DateEntryError):
        dates.parse_date(_swap_one(text, digit, position), today)


@given(OTHER_DIGITS, st.integers(0, 7), st.sampled_from(["21.11.2026", "21.11.26", "2026-11-21"]))
def test_cli_date_takes_only_ascii_digits(digit, position, text):
    today = date(2026, 11, 24)
    assert formatting.parse_date(text, today) == date(2026, 11, 21)
    with pytest.raises(UserError):
        formatting.parse_date(_swap_one(text, digit, position), today)


@given(OTHER_DIGITS, st.integers(0, 11))
def test_cli_moment_takes_only_ascii_digits(digit, position):
    assert _moment("2026-11-21 14:30").hour == 14
    with pytest.raises(UsageError):
        _moment(_swap_one("2026-11-21 14:30", digit, position))


@given(OTHER_DIGITS, st.integers(0, 3), st.sampled_from(["07-31", "31.07."]))
def test_month_day_takes_only_ascii_digits(digit, position, text):
    assert MonthDay.parse(text) == MonthDay(7, 31)
    with pytest.raises(UserError):
        MonthDay.parse(_swap_one(text, digit, position))


@given(OTHER_DIGITS, st.integers(0, 4), st.sampled_from([int, float]))
def test_typed_number_option_takes_only_ascii_digits(digit, position, kind):
    option = Option("test.number", kind, kind(0), "Zahl")
    assert option.from_text("17250") == 17250
    with pytest.raises(OptionError):
        option.from_text(_swap_one("17250", digit, position))


@given(OTHER_DIGITS)
def test_return_file_name_counter_is_ascii(digit):
    package_id = "abcdef0123456789"
    assert rules.package_of_return_name("rueckgabe-2026-11-24-abcdef01-2.ssapaket", package_id)
    name = _swap_one("rueckgabe-2026-11-24-abcdef01-2.ssapaket", digit, -1)
    assert not rules.package_of_return_name(name, package_id)


@pytest.mark.parametrize("argv", [
    ["package", "contact", "--package", "p.ssapaket", "--person", "x", "--day", "2026-12-03",
     "--minutes", "{n}"],
    ["slips", "--vault", ".", "--blank", "{n}", "--out", "z.pdf"],
    ["timeshare", "--vault", ".", "--year", "2025/26", "--quarter", "{n}", "--format", "csv",
     "--out", "t.csv"],
    ["demo", "--vault", "demo", "--years", "{n}"],
])
def test_cli_whole_numbers_take_only_ascii_digits(argv, capsys):
    from ssa_desktop import cli

    code = cli.main([a.format(n="３") for a in argv])
    err = capsys.readouterr().err
    assert code == 2 and "keine ganze Zahl" in err and "Traceback" not in err
