"""Small-cell suppression at its edges (docs/reports.md): 1 and 2 persons are „< 3“,
none and three are shown; a fraction between (an average) counts as small."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.small_cells import MIN_CELL, SUPPRESSED, is_small


@pytest.mark.parametrize(("value", "small"), [
    (None, False), (0, False), (0.5, True), (1, True), (2, True), (2.99, True),
    (3, False), (4, False), (-1, False)])
def test_one_and_two_are_small_none_and_three_are_not(value, small):
    assert is_small(value) is small


def test_the_mark_names_the_floor():
    assert (MIN_CELL, SUPPRESSED) == (3, "< 3")
