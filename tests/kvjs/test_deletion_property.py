"""Property: deleting any persons, cases and groups after the year (retention rules R2–R4)
leaves every aggregate of every scope unchanged — the engine reads only the anonymous
layer. Fresh database per example (the hand-built fixture, in memory)."""

from __future__ import annotations

import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import School
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import migrations
from ssa_desktop.storage import repositories as repo

from . import fixture

SCOPES = [stats.Scope("school", "school-1"), stats.Scope("school", "school-2"),
          stats.Scope("post", "post-1")]


def _fresh():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.upgrade(conn)
    repo.SCHOOLS.insert(conn, School("Gemeinschaftsschule Am Park", code="GMS-1", id="school-1"))
    fixture.build(conn)
    return conn


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_deleting_sources_changes_no_aggregate(data):
    conn = _fresh()
    try:
        before = {(s, y): stats.compute(conn, y, s) for s in SCOPES for y in (2024, 2025)}
        persons = [p.id for p in repo.PERSONS.all(conn)]
        cases = [c.id for c in repo.CASES.all(conn)]
        groups = [g.id for g in repo.GROUPS.all(conn)]
        for pid in data.draw(st.lists(st.sampled_from(persons), unique=True)):
            repo.PERSONS.delete(conn, pid)
        for cid in data.draw(st.lists(st.sampled_from(cases), unique=True)):
            repo.CASES.delete(conn, cid)
        for gid in data.draw(st.lists(st.sampled_from(groups), unique=True)):
            repo.GROUPS.delete(conn, gid)
        after = {(s, y): stats.compute(conn, y, s) for s, y in before}
        assert after == before
    finally:
        conn.close()
