"""Schuljahreswechsel: a school's proposal (the activity lookup over the ending year) is
computed when she reaches its page, never for schools she has not reached: "Später"
postpones every school still waiting without one, and the assistant opened with nothing
pending lists the schools without one. The proposal's Python memory does not grow with
the year's records (the lookup is one query's answer per pupil)."""

from __future__ import annotations

import gc
import tracemalloc
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities as act
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import school_year_repo
from ssa_desktop.storage.transactions import transaction

TODAY = date(2026, 8, 3)
CREATED = "2025-03-01T10:00:00"


def _pupils(conn, school_id, count, prefix):
    with transaction(conn):
        return [repo.PERSONS.insert(conn, Person(
            f"{prefix}-{i}", grade=5 + i % 5, class_label=f"{5 + i % 5}a",
            school_id=school_id, created=CREATED)) for i in range(count)]


@pytest.fixture
def no_lookup(monkeypatch):
    def refused(*_args, **_kwargs):
        raise AssertionError("a school's proposal was computed")
    monkeypatch.setattr(school_year_repo, "pupils", refused)


def test_later_postpones_every_waiting_school_without_its_proposal(conn, two_schools):
    _pupils(conn, "school-1", 3, "A")
    _pupils(conn, "school-2", 3, "B")
    with clock.frozen(TODAY):
        done = svc.plan_for(conn, "school-1")
        svc.apply(conn, done)
    with clock.frozen(date(2026, 8, 5)):
        assert [p.school_id for p in svc.due_at_unlock(conn)] == ["school-2"]
        svc.postpone_waiting(conn, ["school-1", "school-2"])
        assert svc.due_at_unlock(conn) == []
        assert [(p.school_id, p.postponed) for p in svc.pending(conn)] == \
            [("school-2", date(2026, 8, 5))]
        # the school already changed is not marked as postponed
        assert school_year_repo.state(conn, "school-1", 2026) == (TODAY, None)


def test_later_computes_no_proposal(conn, two_schools, no_lookup):
    _pupils(conn, "school-1", 2, "A")
    _pupils(conn, "school-2", 2, "B")
    with clock.frozen(TODAY):
        svc.postpone_waiting(conn, ["school-1", "school-2"])
        assert [p.postponed for p in svc.pending(conn)] == [TODAY, TODAY]


def test_every_school_is_listed_without_its_proposal(conn, two_schools):
    _pupils(conn, "school-1", 2, "A")
    with clock.frozen(TODAY):
        assert svc.school_ids(conn) == [plan.school_id for plan in svc.plans(conn)]
    assert len(svc.school_ids(conn)) == 2


def test_every_school_id_without_a_lookup(conn, two_schools, no_lookup):
    _pupils(conn, "school-1", 2, "A")
    assert set(svc.school_ids(conn)) == {"school-1", "school-2"}


def _plan_peak(conn) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        with clock.frozen(TODAY):
            svc.plan_for(conn, "school-1")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_proposal_does_not_grow_with_the_years_records(conn):
    pupils = _pupils(conn, "school-1", 60, "P")
    _plan_peak(conn)                                  # first use: statements, caches
    few = _plan_peak(conn)
    with transaction(conn):
        for i in range(3000):                         # 50 contacts per pupil in 2025/26
            act.record_contact(conn, Contact(date(2025, 9, 1 + i % 28), "EB", 15,
                                             school_id="school-1",
                                             person_id=pupils[i % 60].id))
    many = _plan_peak(conn)
    assert many - few < 20_000, (few, many)
    assert many < 200_000
