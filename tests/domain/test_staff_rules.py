"""The staff block as pure rules (issue 20 item 6: mutation testing of
``domain/staff.py``): the 15th of a month at its boundary, hand-computed grants and the
form and export values as literals. The vault-backed part is tests/kvjs/test_staff.py."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ssa_desktop.domain import rule_pack
from ssa_desktop.domain import staff as st
from ssa_desktop.domain.entities import PostStaff
from ssa_desktop.domain.schoolyear import SchoolYear

Y = SchoolYear(2025)


def test_school_year_months_august_to_july():
    assert st.MONTHS == 12
    assert st.school_year_months(Y) == [
        (2025, 8), (2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2),
        (2026, 3), (2026, 4), (2026, 5), (2026, 6), (2026, 7)]


@pytest.mark.parametrize(("start", "end", "months"), [
    (None, None, 0),
    (None, date(2026, 7, 31), 0),
    (date(2020, 1, 1), None, 12),
    (date(2025, 8, 15), None, 12),        # the 15th counts
    (date(2025, 8, 16), None, 11),        # the 16th misses August
    (date(2026, 7, 15), None, 1),
    (date(2026, 7, 16), None, 0),
    (date(2020, 1, 1), date(2025, 8, 15), 1),   # ends on the 15th: August counts
    (date(2020, 1, 1), date(2025, 8, 14), 0),
    (date(2025, 10, 15), date(2026, 3, 15), 6),
    (date(2025, 10, 16), date(2026, 3, 14), 4),
])
def test_months_filled_at_the_fifteenth(start, end, months):
    assert rule_pack.shipped().formula.months_filled(start, end, Y) == months


def _block(**kw) -> st.StaffBlock:
    staff = PostStaff("post1", 2025, qualification="Sozialarbeit (B.A.)", percent=62.5,
                      employed_from=date(2025, 9, 1), employed_to=date(2026, 3, 31),
                      fixed_term=True, employer_type="free")
    values = dict(staff=staff, post_label="Stelle A", stored=True, months_filled=7,
                  minutes_by_area={"EFH": 90, "IND": 30}, grant=0.0)
    values.update(kw)
    return st.StaffBlock(**values)


def test_block_properties():
    b = _block()
    assert (b.months_vacant, b.fte, b.total_minutes) == (5, 0.625, 120)
    # FTE rounded to four places
    b = _block(staff=PostStaff("post1", 2025, percent=33.33333))
    assert b.fte == 0.3333


@pytest.mark.parametrize(("percent", "months", "rate", "euro"), [
    (50, 6, 20000, 5000.0),
    (100, 12, 30000, 30000.0),
    (33.3, 7, 12345, 2398.02),   # 12345 × 0.333 × 7 / 12 = 2398.01625
    (0, 12, 30000, 0.0),
])
def test_grant_pro_rata_in_cent(percent, months, rate, euro):
    assert rule_pack.pro_rata(percent, months, rate) == euro


def test_minutes_by_area_every_area_in_catalogue_order():
    got = st.minutes_by_area({"EFH": 10, "DOK": 5, "EXTRA": 7, "IND": 1, "VNZ": 3})
    assert list(got.items()) == [("EFH", 10), ("GRP", 0), ("VNZ", 3), ("OFF", 0),
                                 ("IND", 13)]
    assert st.minutes_by_area({}) == {"EFH": 0, "GRP": 0, "VNZ": 0, "OFF": 0, "IND": 0}


def test_staff_fields():
    assert st.STAFF_FIELDS == (
        "qualification", "percent", "fte", "employed_from", "employed_to", "fixed_term",
        "employer_type", "months_filled", "months_vacant", "minutes_by_area")


def test_form_values():
    assert st.form_values(_block()) == {
        "qualification": "Sozialarbeit (B.A.)", "percent": 62.5, "fte": 0.625,
        "employed_from": "01.09.2025", "employed_to": "31.03.2026", "fixed_term": "ja",
        "employer_type": "freier Träger", "months_filled": 7, "months_vacant": 5,
        "minutes_by_area": {"EFH": 90, "IND": 30}}
    empty = _block(staff=PostStaff("post1", 2025, percent=50, employer_type="public"),
                   months_filled=0, minutes_by_area={})
    got = st.form_values(empty)
    assert (got["employed_from"], got["employed_to"], got["fixed_term"],
            got["employer_type"], got["months_vacant"]) == (
        "", "", "nein", "öffentlicher Träger", 12)
    assert isinstance(got["percent"], float)


def test_export_record():
    assert st.export_record(_block()) == {
        "post": "Stelle A", "qualification": "Sozialarbeit (B.A.)", "percent": 62.5,
        "fte": 0.625, "employed_from": "2025-09-01", "employed_to": "2026-03-31",
        "fixed_term": True, "employer_type": "free", "months_filled": 7,
        "months_vacant": 5, "minutes_by_area": {"EFH": 90, "IND": 30}}
    got = st.export_record(_block(staff=PostStaff("post1", 2025, percent=50)))
    assert (got["employed_from"], got["employed_to"], got["fixed_term"]) == (None, None, False)
    assert isinstance(got["percent"], float) and got["fixed_term"] is False


def test_value_objects_are_frozen():
    # immutable (and hashable) values: a caller cannot change one in place
    for value, name in ((_block(), "stored"),):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)
