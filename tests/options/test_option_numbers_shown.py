"""Numbers in the sentences she and IT read about options are German: a refused float
option names its bound with the decimal comma („1,0“, never „1.0“), and
``ssa-desktop settings`` shows values the way she types them back. One helper
(``formatting.fmt_number``) writes them."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import worktime
from ssa_desktop.domain.options import OptionError, shown
from ssa_desktop.formatting import fmt_number
from ssa_desktop.services import settings
from tests.support.cli_runs import locked_with_passphrase, run_cli


@pytest.mark.parametrize(("typed", "refusal"), [
    ("0,99", "der Wert darf nicht kleiner als 1,0 sein."),
    ("60,01", "der Wert darf nicht größer als 60,0 sein."),
])
def test_a_float_option_just_outside_names_its_bound_with_the_decimal_comma(typed, refusal):
    with pytest.raises(OptionError) as err:
        worktime.FULL_TIME_HOURS.from_text(typed)
    assert str(err.value) == f"„Wochenstunden einer Vollzeitstelle“: {refusal}"


@pytest.mark.parametrize(("typed", "hours"), [("1", 1.0), ("60", 60.0)])
def test_a_float_option_at_its_bound_is_taken(typed, hours):
    assert worktime.FULL_TIME_HOURS.from_text(typed) == hours


def test_a_large_bound_is_grouped_as_she_writes_it(conn):
    with pytest.raises(OptionError) as err:
        settings.set_text(conn, "kvjs.grant_rate", "1.000.000,01")
    assert str(err.value).endswith("der Wert darf nicht größer als 1.000.000,0 sein.")
    assert settings.set_text(conn, "kvjs.grant_rate", "1.000.000") == 1_000_000.0


@pytest.mark.parametrize(("value", "text"), [
    (1.0, "1,0"), (38.5, "38,5"), (16_725.125, "16.725,125"), (0.00001, "0,00001"),
    (1e16, "10.000.000.000.000.000"), (-1234.5, "-1.234,5"), (0, "0"), (16700, "16.700"),
    (True, "ja"), (False, "nein"),
])
def test_shown_values(value, text):
    assert shown(value) == text


@given(st.floats(min_value=-1e18, max_value=1e18, allow_nan=False, allow_infinity=False))
def test_every_float_shown_reads_back_as_the_same_number(value):
    """What she reads in a sentence she can type back into Einstellungen or the CLI."""
    option = worktime.FULL_TIME_HOURS
    free = type(option)(option.name, float, 1.0, option.label)   # without bounds
    assert free.from_text(fmt_number(value, None)) == value


@pytest.fixture
def vault(open_vault, monkeypatch):
    return locked_with_passphrase(open_vault, monkeypatch)


def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv, at=datetime(2026, 9, 3, 8, 0))


def test_the_cli_refuses_and_shows_float_values_in_german(vault, capsys):
    code, _, err = run(capsys, "settings", "set", "post.full_time_hours", "0,99",
                       "--vault", vault)
    assert code == 1
    assert "der Wert darf nicht kleiner als 1,0 sein." in err and "1.0" not in err
    code, out, _ = run(capsys, "settings", "set", "post.full_time_hours", "38,5",
                       "--vault", vault)
    assert code == 0
    assert out.strip() == "post.full_time_hours = 38,5 gespeichert (vorher 39,0)."
    code, out, _ = run(capsys, "settings", "list", "--vault", vault)
    assert "kvjs.grant_rate = 16.700,0  (Förderung je Vollzeitstelle und Jahr (€))" in out
    assert "timeshare.school_holidays_free = nein  (" in out


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_float_shown_reads_back_exactly(value):
    """The whole range, not only ±1e18: the smallest subnormal (0,000…5 with 324 places)
    and the largest float (309 digits) read back as the very same number."""
    option = worktime.FULL_TIME_HOURS
    free = type(option)(option.name, float, 1.0, option.label)
    text = fmt_number(value, None)
    assert "e" not in text.lower()  # never an exponent she would have to decode
    assert free.from_text(text) == value


@pytest.mark.parametrize("value", [
    1e-7, -1e-7, 1e-5, 5e-324, -5e-324, 2.2250738585072014e-308, 1e16, -1e16, 1.5e16,
    1.7976931348623157e308, -1.7976931348623157e308, 0.1 + 0.2, 9007199254740992.0])
def test_tiny_huge_and_negative_floats_read_back(value):
    option = worktime.FULL_TIME_HOURS
    free = type(option)(option.name, float, 1.0, option.label)
    assert free.from_text(shown(value)) == value


@given(st.integers(min_value=-10**40, max_value=10**40))
def test_every_int_shown_reads_back_as_an_int_option(value):
    option = worktime.FULL_TIME_HOURS
    whole = type(option)(option.name, int, 1, option.label)
    assert whole.from_text(shown(value)) == value
