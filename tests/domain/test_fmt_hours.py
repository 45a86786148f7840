"""One way to show minutes as hours (issue 31 item 12): "Zeiteinträge (9 Std.)" for 585
minutes was wrong; hand-computed literals and a round trip to the exact minute."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.formatting import fmt_hours


@pytest.mark.parametrize(("minutes", "shown"), [
    (585, "9,75 Std."), (600, "10,00 Std."), (0, "0,00 Std."), (7, "0,12 Std."),
    (1, "0,02 Std."), (59, "0,98 Std."), (61, "1,02 Std."), (90, "1,50 Std."),
    (58_500, "975,00 Std."), (60_030, "1.000,50 Std."), (-45, "-0,75 Std.")])
def test_minutes_are_shown_as_german_hours(minutes, shown):
    assert fmt_hours(minutes) == shown
    assert fmt_hours(minutes, unit=False) == shown.removesuffix(" Std.")


@given(st.integers(-10_000_000, 10_000_000))
def test_every_minute_is_shown_to_two_decimals(minutes):
    shown = fmt_hours(minutes, unit=False)
    whole, _, cents = shown.rpartition(",")
    assert len(cents) == 2
    hours = int(whole.replace(".", "").lstrip("-") or 0) + int(cents) / 100
    assert abs(hours * 60 - abs(minutes)) <= 0.3 + 1e-9   # a hundredth of an hour is 0.6 min
