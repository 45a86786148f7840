"""Schuljahreswechsel service on a real vault: the plan, one transaction, counts only in
the record, postponing, pending."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.entities import Appointment, Contact, Person, School
from ssa_desktop.services import activities as act
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import school_year_repo

CREATED = "2025-03-01T10:00:00"


def _pupil(conn, pseudo, grade, label, school="school-1", created=CREATED, **kw):
    return repo.PERSONS.insert(conn, Person(pseudo, first_name="Vor", last_name=pseudo,
                                            grade=grade, class_label=label,
                                            school_id=school, created=created, **kw))


@pytest.fixture
def school(conn):
    """GMS-1 (type GMS, last grade 10) with five pupils (hand-counted below)."""
    a = _pupil(conn, "A-1", 7, "7b")
    b = _pupil(conn, "B-2", 10, "10a")
    c = _pupil(conn, "C-3", 5, "5c")
    _pupil(conn, "D-4", 8, "8a", leaving_date=date(2025, 12, 1))     # already left: not listed
    e = _pupil(conn, "E-5", 6, "6a")
    act.record_contact(conn, Contact(date(2025, 10, 1), "EB", 30, school_id="school-1",
                                     person_id=a.id))
    act.record_contact(conn, Contact(date(2026, 2, 1), "EB", 30, school_id="school-1",
                                     person_id=b.id))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 5, 5), "10:00", "10:30",
                                               person_id=e.id, school_id="school-1"))
    return {"a": a, "b": b, "c": c, "e": e}


def test_plan_apply_and_pending(conn, school):
    today = date(2026, 8, 3)
    with clock.frozen(today):
        assert [p.school_id for p in svc.pending(conn)] == ["school-1"]
        assert [p.school_id for p in svc.due_at_unlock(conn)] == ["school-1"]
        plan = svc.plan_for(conn, "school-1")
        assert (plan.target.label, plan.last_grade) == ("2026/27", 10)
        rows = {r.pseudonym: r for r in plan.rows}
        assert set(rows) == {"A-1", "B-2", "C-3", "E-5"}
        assert (rows["A-1"].new_label, rows["A-1"].status) == ("8b", syc.STAY)
        assert (rows["B-2"].status, rows["B-2"].day) == (syc.LEFT, date(2026, 7, 31))
        assert rows["C-3"].status == syc.UNKNOWN           # no activity in 2025/26
        assert rows["E-5"].status == syc.STAY              # an appointment counts
        # the worker edits: C-3 changed school on 1 March, A-1's class becomes 8c
        plan.rows = [r.with_status(syc.CHANGED, date(2026, 3, 1)) if r.pseudonym == "C-3"
                     else r for r in plan.rows]
        from dataclasses import replace
        plan.rows = [replace(r, new_label="8c") if r.pseudonym == "A-1" else r
                     for r in plan.rows]
        result = svc.apply(conn, plan)
        assert result == syc.Summary(advanced=2, left=1, changed=1, unknown=0)
        persons = {p.pseudonym: p for p in repo.PERSONS.all(conn)}
        assert (persons["A-1"].grade, persons["A-1"].class_label) == (8, "8c")
        assert (persons["B-2"].grade, persons["B-2"].leaving_date) == (10, date(2026, 7, 31))
        assert (persons["C-3"].grade, persons["C-3"].school_change_date) == (5, date(2026, 3, 1))
        assert (persons["E-5"].grade, persons["E-5"].class_label) == (7, "7a")
        assert persons["D-4"].grade == 8
        assert svc.pending(conn) == []
        # logged without names: counts only
        assert school_year_repo.summary(conn, "school-1", 2026) == {"advanced": 2, "changed": 1,
                                                          "left": 1, "unknown": 0,
                                                          "kept": 0, "repeated": 0}
        row = conn.execute("SELECT * FROM school_year_change").fetchone()
        assert not any(isinstance(v, str) and ("A-1" in v or "Vor" in v) for v in row)
        with pytest.raises(svc.SchoolYearChangeError, match="bereits durchgeführt"):
            svc.apply(conn, plan)


def test_unknown_is_a_review_mark(conn, school):
    with clock.frozen(date(2026, 8, 3)):
        plan = svc.plan_for(conn, "school-1")
        svc.apply(conn, plan)
        assert svc.unknown_ids(conn) == {school["c"].id}


def test_postpone_keeps_it_pending_but_not_at_unlock(conn, school):
    with clock.frozen(date(2026, 8, 3)):
        svc.postpone(conn, "school-1", 2026)
        assert [p.school_id for p in svc.pending(conn)] == ["school-1"]
        assert svc.due_at_unlock(conn) == []


def test_nothing_pending_before_august_and_for_new_pupils(conn, school):
    with clock.frozen(date(2026, 7, 20)):
        assert svc.pending(conn) == []
        assert svc.plan_for(conn, "school-1").target.label == "2026/27"   # can prepare
    repo.SCHOOLS.insert(conn, School("Grundschule Neu", code="GS-2", school_type="GS",
                                     id="school-2"))
    _pupil(conn, "N-1", 1, "1a", school="school-2", created="2025-08-20 10:00:00")
    with clock.frozen(date(2025, 9, 1)):   # pupils typed in this school year: nothing to do
        assert "school-2" not in [p.school_id for p in svc.pending(conn)]


def test_bad_input_is_refused_in_german(conn, school):
    with clock.frozen(date(2026, 8, 3)):
        plan = svc.plan_for(conn, "school-1")
        plan.rows = [r.with_status(syc.LEFT, None) for r in plan.rows]
        with pytest.raises(svc.SchoolYearChangeError, match="bitte das Datum angeben"):
            svc.apply(conn, plan)
        assert repo.PERSONS.get(conn, school["a"].id).grade == 7    # nothing written
        with pytest.raises(svc.SchoolYearChangeError):
            svc.set_last_grade(conn, "school-1", 14)
        svc.set_last_grade(conn, "school-1", 13)
        assert svc.plan_for(conn, "school-1").last_grade == 13


@pytest.mark.parametrize(("postponed_on", "opens_on_1_august"), [
    (date(2026, 7, 1), True),     # "Später" while she prepared it in July
    (date(2026, 7, 31), True),    # the last day before the school year: still preparing
    (date(2026, 8, 1), False),    # "Später" in the school year itself: the tile only
])
def test_later_while_preparing_in_july_does_not_keep_the_assistant_shut_in_august(
        conn, school, postponed_on, opens_on_1_august):
    with clock.frozen(postponed_on):
        svc.postpone_waiting(conn, ["school-1"])
    with clock.frozen(date(2026, 8, 1)):
        assert [p.school_id for p in svc.pending(conn)] == ["school-1"]
        due = [p.school_id for p in svc.due_at_unlock(conn)]
        assert due == (["school-1"] if opens_on_1_august else [])
    with clock.frozen(date(2026, 8, 1)):
        svc.postpone_waiting(conn, ["school-1"])   # "Später" on 1 August counts
    with clock.frozen(date(2026, 8, 2)):
        assert svc.due_at_unlock(conn) == []


def test_a_pupil_who_repeats_keeps_grade_and_the_class_she_typed(conn, school):
    """A-1 repeats grade 7 in another class; B-2 (in the last grade) repeats it too: both
    stay at the school with their grade, and the record counts them apart."""
    with clock.frozen(date(2026, 8, 3)):
        plan = svc.plan_for(conn, "school-1")
        plan.rows = [replace(r.with_status(syc.REPEATS), new_label="7c")
                     if r.pseudonym == "A-1" else
                     r.with_status(syc.REPEATS) if r.pseudonym == "B-2" else r
                     for r in plan.rows]
        result = svc.apply(conn, plan)
        assert (result.repeated, result.advanced, result.left, result.unknown) == (2, 1, 0, 1)
        persons = {p.pseudonym: p for p in repo.PERSONS.all(conn)}
        assert (persons["A-1"].grade, persons["A-1"].class_label) == (7, "7c")
        assert (persons["B-2"].grade, persons["B-2"].class_label,
                persons["B-2"].leaving_date) == (10, "10a", None)
        assert school_year_repo.summary(conn, "school-1", 2026)["repeated"] == 2
        assert len(svc.unknown_ids(conn)) == 1            # C-3, no activity


def test_a_leaving_day_in_the_new_school_year_after_today_is_refused(conn, school):
    with clock.frozen(date(2026, 8, 3)):
        plan = svc.plan_for(conn, "school-1")
        plan.rows = [r.with_status(syc.LEFT, date(2026, 9, 14)) if r.pseudonym == "A-1"
                     else r for r in plan.rows]
        with pytest.raises(svc.SchoolYearChangeError, match="A-1: der 14.09.2026 liegt nach"):
            svc.apply(conn, plan)
        assert svc.pending(conn) != []


def test_a_school_whose_post_share_waits_is_pending_without_pupils(conn):
    """A school with a post share last year and none in the new one waits for its change
    (the new year could take no working time there), pupils or not; once the share is
    carried over, or set by hand, it no longer waits."""
    from ssa_desktop.domain.entities import Post
    from ssa_desktop.services import setup

    post = setup.save_post(conn, Post("Stelle", 39.0))
    setup.set_post_share(conn, post.id, "school-1", 2025, 50)
    with clock.frozen(date(2026, 7, 31)):                   # the ending year: nothing waits
        assert svc.pending(conn) == []
    with clock.frozen(date(2026, 8, 1)):
        assert [p.school_id for p in svc.pending(conn)] == ["school-1"]
        plan = svc.plan_for(conn, "school-1")
        assert [(s.last, s.existing, s.percent) for s in plan.shares] == [(50.0, None, 50.0)]
        svc.apply(conn, plan)
        assert [s.percent for s in setup.post_shares(conn, post.id, 2026)] == [50.0]
        assert svc.pending(conn) == []


def test_a_share_over_the_posts_100_percent_refuses_the_school_and_saves_nothing(conn, school):
    """60 % at school-1 and 40 % at school-2 last year; 70 % confirmed at school-1 leaves
    30 % for school-2: its 40 % is refused with the rule's sentence, its pupils stay."""
    from ssa_desktop.domain.entities import Post
    from ssa_desktop.services import setup

    repo.SCHOOLS.insert(conn, School("Grundschule Tal", code="GS-2", school_type="GS",
                                     id="school-2"))
    _pupil(conn, "T-1", 3, "3a", school="school-2")
    post = setup.save_post(conn, Post("Stelle", 39.0))
    setup.set_post_share(conn, post.id, "school-1", 2025, 60)
    setup.set_post_share(conn, post.id, "school-2", 2025, 40)
    with clock.frozen(date(2026, 8, 3)):
        first = svc.plan_for(conn, "school-1")
        first.shares = [replace(s, percent=70.0) for s in first.shares]
        svc.apply(conn, first)
        second = svc.plan_for(conn, "school-2")
        assert [s.percent for s in second.shares] == [40.0]
        with pytest.raises(setup.SetupError, match="höchstens 30,0 % möglich"):
            svc.apply(conn, second)
    shares = {s.school_id: s.percent for s in setup.post_shares(conn, post.id, 2026)}
    assert shares == {"school-1": 70.0}
    assert {p.pseudonym: p.grade for p in repo.PERSONS.all(conn)}["T-1"] == 3
    assert school_year_repo.summary(conn, "school-2", 2026) == {}
