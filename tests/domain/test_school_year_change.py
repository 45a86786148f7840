"""Schuljahreswechsel, pure rules: hand-computed literals (grades, labels, leavers,
unknowns)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.schoolyear import SchoolYear

ENDING = SchoolYear(2025)   # 2025/26 ends on 31.07.2026


@pytest.mark.parametrize(("label", "grade", "new", "expected"), [
    ("7b", 7, 8, "8b"),
    ("07b", 7, 8, "08b"),
    ("Klasse 9", 9, 10, "Klasse 10"),
    ("9", 9, 10, "10"),
    ("Lerngruppe A", 5, 6, "Lerngruppe A"),     # no grade in it: stays
    ("5/6 b", 6, 7, "5/7 b"),                    # the number that equals the grade
    ("12b", 1, 2, "12b"),                         # 1 is not 12
    ("", 3, 4, ""),
    ("7b", None, None, "7b"),
])
def test_label_follows_its_pattern(label, grade, new, expected):
    assert syc.next_label(label, grade, new) == expected


def test_default_last_grades_by_school_type():
    assert [syc.last_grade(t, None) for t in ("GS", "WRS", "RS", "GMS", "GYM")] == [
        4, 10, 10, 10, 13]
    # SBBZ, berufliche Schulen and Verbundschulen: the worker sets it, nobody leaves before
    assert [syc.last_grade(t, None) for t in ("SBBZ", "BS", "VBS")] == [None, None, None]
    assert syc.last_grade("GMS", 13) == 13          # the school's own setting wins


def test_target_year_from_july():
    assert syc.target_year(date(2026, 6, 30)) == SchoolYear(2025)
    assert syc.target_year(date(2026, 7, 1)) == SchoolYear(2026)
    assert syc.target_year(date(2026, 8, 1)) == SchoolYear(2026)
    assert syc.target_year(date(2027, 5, 3)) == SchoolYear(2026)


def test_plan_of_a_realschule():
    pupils = [
        syc.PupilFacts("a", "A-1", 7, "7b", True),
        syc.PupilFacts("b", "B-2", 10, "10a", True),     # last grade: left 31.07.2026
        syc.PupilFacts("c", "C-3", 5, "5c", False),      # no activity: unknown
        syc.PupilFacts("d", "D-4", None, "", True),       # no grade: stays without one
        syc.PupilFacts("e", "E-5", 10, "10b", False),     # last grade wins over unknown
    ]
    rows = {r.person_id: r for r in syc.plan(pupils, 10, ENDING)}
    a, b, c, d, e = (rows[k] for k in "abcde")
    assert (a.new_grade, a.new_label, a.status, a.day) == (8, "8b", syc.STAY, None)
    assert (b.new_grade, b.new_label, b.status, b.day) == (10, "10a", syc.LEFT,
                                                           date(2026, 7, 31))
    assert (c.new_grade, c.new_label, c.status) == (6, "6c", syc.UNKNOWN)
    assert "keine Aktivität im Schuljahr 2025/26" in c.reason
    assert (d.new_grade, d.new_label, d.status) == (None, "", syc.STAY)
    assert e.status == syc.LEFT
    # order: new grade, label; without grade last
    assert [r.person_id for r in syc.plan(pupils, 10, ENDING)] == ["c", "a", "b", "e", "d"]
    assert syc.summarise(rows.values()) == syc.Summary(advanced=1, left=2, changed=0,
                                                        unknown=1, kept=1)


def test_grades_never_exceed_13_and_without_last_grade_nobody_leaves():
    rows = syc.plan([syc.PupilFacts("x", "X", 13, "13", True)], None, ENDING)
    assert (rows[0].new_grade, rows[0].status) == (13, syc.STAY)


def test_editing_a_row():
    row = syc.plan([syc.PupilFacts("c", "C-3", 5, "5c", False)], 10, ENDING)[0]
    changed = row.with_status(syc.CHANGED, date(2026, 3, 1))
    assert (changed.new_grade, changed.new_label, changed.day) == (5, "5c", date(2026, 3, 1))
    back = changed.with_status(syc.STAY)
    assert (back.new_grade, back.new_label, back.day) == (6, "6c", None)
    assert syc.check([row.with_status(syc.LEFT, None)]) == ["C-3: bitte das Datum angeben."]


@given(grade=st.integers(min_value=1, max_value=12),
       typed=st.text(alphabet="0123456789abcdefäöüß -", min_size=1, max_size=6),
       switches=st.lists(st.sampled_from([syc.STAY, syc.UNKNOWN]), min_size=1, max_size=4))
def test_the_new_class_she_typed_stays_between_still_here_and_not_known(grade, typed,
                                                                        switches):
    row = syc.plan([syc.PupilFacts("c", "C-3", grade, f"{grade}c", False)], None, ENDING)[0]
    row = replace(row, new_label=typed)  # what she typed in the table
    for status in switches:
        row = row.with_status(status)
        assert (row.status, row.new_grade, row.new_label, row.day) == (
            status, grade + 1, typed, None)
    # leaving shows the old class; coming back from it proposes the next class again
    left = row.with_status(syc.LEFT, date(2026, 7, 31))
    assert (left.new_grade, left.new_label) == (grade, f"{grade}c")
    back = left.with_status(syc.STAY)
    assert (back.new_grade, back.new_label) == (grade + 1, f"{grade + 1}c")
