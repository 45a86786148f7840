"""Easter over the whole Gregorian range (issue 20 item 6: mutation testing of
``domain/public_holidays.py``): the algorithm's century terms only change between 1583
and 1900, which the BW comparison (1995–2099) never reaches."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.easter import easter  # installed with the ``holidays`` test dependency

from ssa_desktop.domain.public_holidays import easter_sunday


@pytest.mark.parametrize(("year", "day"), [
    (1583, date(1583, 4, 10)), (1600, date(1600, 4, 2)), (1700, date(1700, 4, 11)),
    (1800, date(1800, 4, 13)), (1900, date(1900, 4, 15)),
])
def test_easter_of_early_centuries(year, day):
    assert easter_sunday(year) == day


def test_easter_equals_dateutil_over_the_gregorian_range():
    assert [y for y in range(1583, 4100) if easter_sunday(y) != easter(y)] == []
