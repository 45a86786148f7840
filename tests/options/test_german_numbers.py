"""What she types for a number setting is read as a German number: "16.700" is sixteen
thousand seven hundred euros (the dot groups thousands), never 16,70 €."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.deliveries import GRANT_RATE
from ssa_desktop.domain.options import OptionError


@pytest.mark.parametrize(("text", "value"), [
    ("16.700", 16_700.0),          # thousands grouped, no decimal comma
    ("1.234", 1_234.0),           # German, not one and a quarter
    ("16.700,50", 16_700.5),
    ("16700,5", 16_700.5),
    ("16700", 16_700.0),
    (" 17.250 ", 17_250.0),
    ("16.7", 16.7),                # not a grouping: the decimal point of a script
    ("0.125", 0.125),              # nor is a leading zero: no number is written "0.125" for 125
])
def test_a_grant_rate_is_read_as_a_german_number(text, value):
    assert GRANT_RATE.from_text(text) == value


@pytest.mark.parametrize("text", ["16.70.0", "16,700,5", "1.23,4"])
def test_a_number_with_misplaced_separators_is_refused(text):
    with pytest.raises(OptionError, match="keine Zahl"):
        GRANT_RATE.from_text(text)
