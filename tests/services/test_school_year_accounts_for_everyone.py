"""Issue 31 items 3 and 4: the year change's summary accounts for every pupil (the
counts add up to the pupils shown), and a pupil with Klasse „5a“ but no Klassenstufe
advances as 5 (the one class → grade rule), not as „Klassenstufe unbekannt“."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import activities as act
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo

ENDING = SchoolYear(2025)
CREATED = "2025-03-01T10:00:00"


def test_three_pupils_three_counted():
    """The issue's case: one advances, one leaves, N-5 without grade stays as she is."""
    pupils = [syc.PupilFacts("a", "A-1", 7, "7b", True),
              syc.PupilFacts("b", "B-2", 10, "10a", True),
              syc.PupilFacts("n", "N-5", None, "", True)]
    summary = syc.summarise(syc.plan(pupils, 10, ENDING))
    assert summary == syc.Summary(advanced=1, left=1, changed=0, unknown=0, kept=1)
    assert summary.total == 3


@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 13)), st.booleans(),
                          st.sampled_from(sorted(syc.STATUS_LABELS))), max_size=12),
       st.one_of(st.none(), st.integers(1, 13)))
def test_the_counts_add_up_to_the_pupils(facts, last):
    pupils = [syc.PupilFacts(str(i), f"P-{i}", grade, f"{grade or ''}a", active)
              for i, (grade, active, _s) in enumerate(facts)]
    rows = syc.plan(pupils, last, ENDING)
    rows = [r.with_status(s, date(2026, 7, 31)) for r, (_g, _a, s)
            in zip(rows, facts, strict=True)]
    assert syc.summarise(rows).total == len(rows)


def test_a_pupil_with_class_5a_and_no_grade_advances(conn):
    person = repo.PERSONS.insert(conn, Person("N-5", grade=None, class_label="5a",
                                              school_id="school-1", created=CREATED))
    act.record_contact(conn, Contact(date(2026, 2, 1), "EB", 30, school_id="school-1",
                                     person_id=person.id))
    with clock.frozen(date(2026, 8, 3)):
        plan = svc.plan_for(conn, "school-1")
        (row,) = plan.rows
        assert (row.grade, row.new_grade, row.new_label, row.status) == (5, 6, "6a", syc.STAY)
        assert row.reason == "Klassenstufe rückt vor"
        assert svc.apply(conn, plan) == syc.Summary(advanced=1)
    saved = repo.PERSONS.get(conn, person.id)
    assert (saved.grade, saved.class_label) == (6, "6a")
