"""School-year arithmetic at its edges (issue 20 item 6: mutation testing of
``domain/schoolyear.py``): the first and last day belong to the year, the refusal as a
literal, the value is frozen."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ssa_desktop.domain.errors import UserError
from ssa_desktop.domain.schoolyear import SchoolYear


def test_first_and_last_day_belong_to_the_year():
    y = SchoolYear(2025)
    assert date(2025, 8, 1) in y and date(2026, 7, 31) in y
    assert date(2025, 7, 31) not in y and date(2026, 8, 1) not in y


def test_an_impossible_school_year_is_refused_naming_what_was_typed():
    with pytest.raises(UserError) as e:
        SchoolYear.parse("2025/27")
    assert str(e.value) == "kein gültiges Schuljahr: '2025/27'"


def test_a_bare_year_is_refused_naming_what_was_typed():
    with pytest.raises(UserError) as e:
        SchoolYear.parse(" 2026 ")
    assert str(e.value) == "kein gültiges Schuljahr: ' 2026 '"


def test_frozen_and_ordered():
    y = SchoolYear(2025)
    with pytest.raises(dataclasses.FrozenInstanceError):
        y.start_year = 2026
    assert {y: 1}[SchoolYear(2025)] == 1
    assert sorted([SchoolYear(2026), SchoolYear(2024)]) == [SchoolYear(2024), SchoolYear(2026)]
