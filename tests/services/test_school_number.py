"""The official Schulnummer where she enters one (docs/statistics.md, „Schulnummer“):
optional, eight digits, kept in the vault, refused in German otherwise."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.entities import School
from ssa_desktop.services import setup
from ssa_desktop.storage import repositories as repo


def test_a_school_keeps_its_schulnummer_cleaned(conn):
    school = setup.save_school(conn, School("GMS Am Park", school_number=" 0412\u200b3456 "))
    assert repo.SCHOOLS.get(conn, school.id).school_number == "04123456"


def test_a_school_without_schulnummer_is_saved(conn):
    school = setup.save_school(conn, School("GMS Am Park"))
    assert repo.SCHOOLS.get(conn, school.id).school_number == ""


@pytest.mark.parametrize("number", ["4123456", "041234567", "0412345A", "04-12345"])
def test_a_wrong_schulnummer_is_refused_in_german(conn, number):
    before = setup.list_schools(conn)
    with pytest.raises(setup.SetupError, match="keine amtliche Schulnummer.*genau 8 Ziffern"):
        setup.save_school(conn, School("GMS Am Park", school_number=number))
    assert setup.list_schools(conn) == before
