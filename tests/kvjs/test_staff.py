"""The staff block per post and school year (docs/statistics.md, "Fachkräfte"): literal
months, FTE, grant and working time by task area on the hand-built fixture."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import rule_pack
from ssa_desktop.domain.entities import PostStaff
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import staff

from . import fixture

YEAR = SchoolYear(fixture.YEAR)


@pytest.fixture
def world(conn):
    return fixture.build(conn)


def test_a_new_block_starts_from_the_post_and_its_shares(conn, world):
    block = staff.block(conn, "post-1", fixture.YEAR)
    assert not block.stored
    assert (block.staff.percent, block.fte, block.months_filled, block.months_vacant) == \
        (75.0, 0.75, 0, 12)  # no employment dates yet: vacant


def test_the_block_counts_months_from_the_employment(conn, world):
    # employed from 1 October 2025, open-ended: August and September vacant
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                     date(2025, 10, 1), None, False, "free"))
    block = staff.block(conn, "post-1", fixture.YEAR)
    assert block.stored and (block.months_filled, block.months_vacant) == (10, 2)
    # the post's time entries by task area (fixture: IND 240 + FOB 480 are indirect)
    assert block.minutes_by_area == {"EFH": 340, "GRP": 585, "OFF": 105, "VNZ": 270,
                                     "IND": 720}
    assert block.grant == 10_437.50  # 16.700 € × 0,75 × 10 / 12


def test_a_block_is_versioned_by_school_year(conn, world):
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                     date(2025, 10, 1), date(2027, 7, 31), True, "public"))
    later, stored = staff.staff_for(conn, "post-1", fixture.YEAR + 1)
    assert not stored
    assert (later.qualification, later.employed_from, later.fixed_term, later.employer_type) == \
        ("Soziale Arbeit (B.A.)", date(2025, 10, 1), True, "public")
    assert staff.block(conn, "post-1", fixture.YEAR + 1).months_filled == 12
    earlier, stored = staff.staff_for(conn, "post-1", fixture.YEAR - 1)
    assert not stored and earlier.employed_from is None  # nothing carried backwards


@pytest.mark.parametrize(("change", "message"), [
    (dict(percent=120.0), "zwischen 0 und 100"),
    (dict(employed_to=date(2025, 9, 1)), "vor ihrem Beginn"),
    (dict(fixed_term=True), "das Ende angeben"),
    (dict(employer_type="kirchlich"), "öffentlichen oder freien Träger"),
])
def test_bad_input_is_refused_in_german(conn, world, change, message):
    values = dict(post_id="post-1", school_year=fixture.YEAR, percent=75.0,
                  employed_from=date(2025, 10, 1))
    values.update(change)
    with pytest.raises(staff.StaffError, match=message):
        staff.save_staff(conn, PostStaff(**values))


days = st.integers(0, 3 * 365).map(lambda n: date(2024, 6, 1) + timedelta(days=n))


@settings(max_examples=200, deadline=None)
@given(days, st.none() | days, days)
def test_filled_and_vacant_months_make_the_year(start, end, later_start):
    filled = rule_pack.shipped().formula.months_filled(start, end, YEAR)
    assert 0 <= filled <= 12
    if later_start >= start:  # starting later never fills more months
        assert rule_pack.shipped().formula.months_filled(later_start, end, YEAR) <= filled
    if end is None and start <= YEAR.start:
        assert filled == 12
