"""Schuljahreswechsel at its edges (issue 20 item 6: mutation testing of
``domain/school_year_change.py``): every sentence as she reads it, the last grade and the
grade limits at their value."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.schoolyear import SchoolYear

ENDING = SchoolYear(2025)


def test_last_grade():
    assert syc.last_grade("GS", 6) == 6
    assert syc.last_grade("XX", None) is None
    assert syc.last_grade("XX", 0) == 0


def test_target_year_around_the_first_of_july():
    assert syc.target_year(date(2026, 6, 30)) == SchoolYear(2025)
    assert syc.target_year(date(2026, 7, 1)) == SchoolYear(2026)
    assert syc.target_year(date(2026, 7, 31)) == SchoolYear(2026)
    assert syc.target_year(date(2027, 6, 30)) == SchoolYear(2026)


@pytest.mark.parametrize(("label", "grade", "new", "expected"), [
    ("7b", 7, 7, "7b"),
    ("7b", 7, None, "7b"),
    ("7b", None, 8, "7b"),
    ("7b 7", 7, 8, "8b 7"),           # the first match only
    ("a7b", 7, 8, "a8b"),
    ("107", 7, 8, "107"),             # 7 inside a longer number is not the grade
    ("710", 7, 8, "710"),
    ("1", 1, 2, "2"),
    ("Klasse 13", 12, 13, "Klasse 13"),
    ("12 und 13", 13, 14, "12 und 14"),
    ("09", 9, 10, "10"),
    ("5/6 b", 5, 6, "6/6 b"),
])
def test_next_label_edges(label, grade, new, expected):
    assert syc.next_label(label, grade, new) == expected


def test_advance():
    assert syc.advance(None) is None
    assert syc.advance(1) == 2
    assert syc.advance(12) == 13
    assert syc.advance(13) == 13


def test_the_plan_proposes_for_each_pupil_what_the_dialog_shows():
    pupils = [syc.PupilFacts("a", "A-1", 9, "9a", True),
              syc.PupilFacts("b", "B-2", 10, "10a", False),
              syc.PupilFacts("c", "C-3", 8, "8a", False),
              syc.PupilFacts("d", "D-4", None, "", True)]
    rows = syc.plan(pupils, 10, ENDING)
    assert rows == [
        syc.Row("c", "C-3", 8, "8a", 9, "9a", "unknown", None, False,
                "keine Aktivität im Schuljahr 2025/26: Verbleib bitte angeben"),
        syc.Row("a", "A-1", 9, "9a", 10, "10a", "stay", None, True, "Klassenstufe rückt vor"),
        syc.Row("b", "B-2", 10, "10a", 10, "10a", "left", date(2026, 7, 31), False,
                "in der letzten Klassenstufe (10): Abgang am 31.07.2026 vorgeschlagen"),
        syc.Row("d", "D-4", None, "", None, "", "stay", None, True,
                "keine Klassenstufe eingetragen"),
    ]


def test_plan_one_below_the_last_grade_stays():
    rows = syc.plan([syc.PupilFacts("a", "A", 9, "9a", True)], 10, ENDING)
    assert rows[0].status == syc.STAY
    rows = syc.plan([syc.PupilFacts("a", "A", None, "", True)], 10, ENDING)
    assert rows[0].status == syc.STAY


def test_plan_order_label_then_pseudonym_then_id():
    pupils = [syc.PupilFacts("z", "b", 5, "5B", True), syc.PupilFacts("y", "a", 5, "5b", True),
              syc.PupilFacts("x", "A", 5, "5b", True), syc.PupilFacts("w", "c", 5, "5a", True),
              syc.PupilFacts("v", "a", 0, "0", True), syc.PupilFacts("u", "a", None, "", True),
              syc.PupilFacts("t", "a", None, "", True)]
    assert [r.person_id for r in syc.plan(pupils, None, ENDING)] == [
        "v", "w", "x", "y", "z", "t", "u"]


def test_with_status():
    row = syc.plan([syc.PupilFacts("a", "A", 7, "7b", True)], 10, ENDING)[0]
    left = row.with_status(syc.LEFT, date(2026, 2, 1))
    assert (left.status, left.day, left.new_grade, left.new_label) == (
        "left", date(2026, 2, 1), 7, "7b")
    unknown = left.with_status(syc.UNKNOWN, date(2026, 2, 1))
    assert (unknown.status, unknown.day, unknown.new_grade, unknown.new_label) == (
        "unknown", None, 8, "8b")
    assert row.with_status(syc.CHANGED).day is None


def test_summary():
    assert syc.Summary() == syc.Summary(0, 0, 0, 0)
    assert syc.Summary(1, 2, 3, 4).as_dict() == {"advanced": 1, "left": 2, "changed": 3,
                                                 "unknown": 4, "kept": 0, "repeated": 0}
    row = syc.plan([syc.PupilFacts("a", "A", 7, "7b", True)], 10, ENDING)[0]
    top = syc.plan([syc.PupilFacts("t", "T", 13, "13", False)], None, ENDING)[0]
    rows = [row, row.with_status(syc.UNKNOWN), row.with_status(syc.LEFT, date(2026, 1, 1)),
            row.with_status(syc.CHANGED, date(2026, 1, 1)),
            row.with_status(syc.CHANGED, date(2026, 1, 2)), top]
    assert syc.summarise(iter(rows)) == syc.Summary(advanced=1, left=1, changed=2, unknown=2)


def test_check_at_the_grade_limits():
    row = syc.plan([syc.PupilFacts("a", "A-1", 7, "7b", True)], 10, ENDING)[0]
    assert syc.check([row]) == []
    from dataclasses import replace
    assert syc.check([replace(row, new_grade=1, new_label="1b"),
                      replace(row, new_grade=13, new_label="13b"),
                      replace(row, new_grade=None)]) == []
    assert syc.check([replace(row, new_grade=0, new_label="0b"),
                      replace(row, new_grade=14, new_label="14b")]) == [
        "A-1: Klassenstufe 0 gibt es nicht.", "A-1: Klassenstufe 14 gibt es nicht."]
    assert syc.check([row.with_status(syc.CHANGED), row.with_status(syc.STAY)]) == [
        "A-1: bitte das Datum angeben."]
    assert syc.check([row.with_status(syc.LEFT, date(2026, 7, 31))]) == []


def test_value_objects_are_frozen():
    # immutable (and hashable) values: a caller cannot change one in place
    for value, name in ((syc.PupilFacts("a", "A", 7, "7b", True), "grade"), (syc.plan([syc.PupilFacts("a", "A", 7, "7b", True)], 10, ENDING)[0], "status"), (syc.Summary(), "left")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)
