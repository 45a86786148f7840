"""The streamed count end to end (docs/statistics.md, "Gezählt in einem Durchgang"): the
service's figures, Schulart view, drill-downs, plausibility counts and summed minutes on
a real vault equal the count as it was before — the scope's records read in full by an
independent read (every row, filtered here), sorted and counted by ``reference_count``.
Records are saved in a drawn order with drawn ids (several on one day), with and without
a school, in the year and beside it; time entries and kept totals of deleted months sit
at the year's edges (31.7./1.8.); some persons are deleted (their anonymous records stay)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import School, StatisticsRecord, TimeEntry
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import migrations, time_totals_repo
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import statistics_repo as srepo

from . import fixture
from . import reference_count as reference
from .test_streamed_count import record as any_record

YEAR = fixture.YEAR
SCHOOLS = ("school-1", "school-2", None)
EDGES = (date(2025, 7, 31), date(2025, 8, 1), date(2025, 11, 3), date(2026, 7, 31),
         date(2026, 8, 1))
MASTER = {"pupils", "post_percent", "fte", "posts_per_1000_pupils"}


def _fresh():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.upgrade(conn)
    repo.SCHOOLS.insert(conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                     school_type="GMS", id="school-1"))
    fixture.build(conn)
    return conn


saved_record = st.tuples(any_record, st.sampled_from(SCHOOLS), st.sampled_from(EDGES),
                         st.integers(0, 2), st.sampled_from([YEAR, YEAR, YEAR - 1]))
time_entry = st.tuples(st.sampled_from(EDGES), st.sampled_from(["EFH", "DOK", "SON", "X1"]),
                       st.integers(1, 300), st.sampled_from(SCHOOLS))
kept_total = st.tuples(st.sampled_from(["2025-07", "2025-08", "2026-07", "2026-08"]),
                       st.sampled_from(["EFH", "DOK"]), st.integers(1, 900),
                       st.sampled_from(SCHOOLS))


def _save(conn, drawn_records, ids, entries, kept, deleted):
    for (r, school, day, shift, year), n in zip(drawn_records, ids, strict=True):
        repo.STATISTICS.insert(conn, dataclasses.replace(
            r, id=f"x{n:03d}", school_id=school, school_year=year,
            day=day + timedelta(days=shift)))
    for day, category, minutes, school in entries:
        repo.TIME_ENTRIES.insert(conn, TimeEntry(day, category, minutes, school_id=school,
                                                 source_kind="grid"))
    for month, category, minutes, school in kept:
        conn.execute("INSERT INTO time_month_total(month, school_id, category, area, minutes,"
                     " contacts, kept) VALUES (?, ?, ?, 'IND', ?, 0, '2026-11-01')",
                     (month, school, category, minutes))
    for person in repo.PERSONS.all(conn)[:deleted]:
        repo.PERSONS.delete(conn, person.id)


def _mine(school_id, ids, own_work) -> bool:
    return school_id in ids or (own_work and school_id is None)


def _held(conn, ids, own_work=False) -> tuple[list[StatisticsRecord], list[TimeEntry]]:
    """The scope's records and time entries as the count read them before: every row
    held, sorted by day and id (the kept totals as before)."""
    sy = SchoolYear(YEAR)
    records = sorted((r for r in repo.STATISTICS.all(conn)
                      if r.school_year == YEAR and _mine(r.school_id, ids, own_work)),
                     key=lambda r: (r.day, r.id))
    entries = sorted((t for t in repo.TIME_ENTRIES.all(conn)
                      if sy.start <= t.day <= sy.end and _mine(t.school_id, ids, own_work)),
                     key=lambda t: (t.day, t.id))
    return records, entries + time_totals_repo.as_entries(conn, sy.start, sy.end, list(ids),
                                                          own_work)


def _counted(figures: dict) -> dict:
    return {name: value for name, value in figures.items() if name not in MASTER}


@settings(max_examples=25, deadline=None)
@given(drawn=st.lists(saved_record, max_size=30), data=st.data(),
       entries=st.lists(time_entry, max_size=10), kept=st.lists(kept_total, max_size=4),
       deleted=st.integers(0, 3))
def test_the_service_counts_as_before(drawn, data, entries, kept, deleted):
    ids = data.draw(st.permutations(range(len(drawn))))
    conn = _fresh()
    try:
        _save(conn, drawn, ids, entries, kept, deleted)
        for info in stats.scopes(conn, YEAR):
            records, times = _held(conn, info.school_ids, info.own_work)
            before = reference.compute(records, times, pupils=0, post_percent=0)
            assert _counted(stats.compute(conn, YEAR, info.scope)) == _counted(before), \
                info.scope
            assert srepo.time_minutes(conn, YEAR, list(info.school_ids), info.own_work) == \
                sum(t.minutes for t in times)
            for name in ("efh_pupils_by_gender", "efh_access_routes", "efh_topics",
                         "grp_participants_by_purpose", "time_minutes_by_category"):
                for key in ("", *stats.kvjs.BY_NAME[name].keys[:3]):
                    shown = stats.drill_down(conn, YEAR, info.scope, name, key)
                    theirs = reference.counted_items(records, name, key, times)
                    assert len(shown) == len(theirs), (info.scope, name, key)
            # the plausibility's pupils whose latest contact lacks gender or grade
            latest: dict[str, StatisticsRecord] = {}
            for r in records:
                if r.record_type == "contact" and r.person_kind == "pupil" and r.person_token:
                    latest[r.person_token] = r
            missing = sum(1 for r in latest.values() if r.gender == "u" or r.grade is None)
            assert stats._record_counts(conn, YEAR, info, SchoolYear(YEAR))[0] == missing
            by_type = stats.compute_by_school_type(conn, YEAR, info.scope)
            md = srepo.master_data(conn, YEAR)
            for school_type, figures in by_type.items():
                members = [s for s in info.school_ids
                           if (md.school_types.get(s) or "") == school_type]
                records, times = _held(conn, members)
                before = reference.compute(records, times, pupils=0, post_percent=0)
                assert _counted(figures) == _counted(before), (info.scope, school_type)
    finally:
        conn.close()
