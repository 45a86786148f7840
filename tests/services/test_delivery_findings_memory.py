"""The Übersicht's open statistics deliveries count their findings on a worker
(``overview.delivery_items``). The time-coverage finding needs only the year's minutes:
they are summed by the database, not read as one time entry per row — the same sum, and
no more memory for a full year than for a few weeks."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import entities as e
from ssa_desktop.services import overview
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import statistics_repo as srepo
from ssa_desktop.storage import time_totals_repo
from ssa_desktop.storage.transactions import transaction
from tests.services.time_fill import fill_typed_weeks

DELIVERY_DAY = date(2026, 7, 20)      # the deliveries of 2025/26 are open


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.integers(-40, 400), st.integers(1, 600),
                                st.sampled_from(["school-1", "school-2", None]),
                                st.sampled_from(["EFH", "DOK", "SON", "GRP"])),
                      max_size=25),
       kept=st.sampled_from([None, "2025-09", "2026-02", "2025-07", "2026-08"]),
       ids=st.sampled_from([[], ["school-1"], ["school-2"], ["school-1", "school-2"]]),
       without_school=st.booleans(), year=st.sampled_from([2024, 2025, 2026]))
def test_property_the_minutes_are_the_sum_of_the_time_entries(conn, two_schools, items,
                                                               kept, ids, without_school,
                                                               year):
    with transaction(conn):
        for table in ("time_entry", "time_month_total"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608
        for offset, minutes, school, category in items:
            repo.TIME_ENTRIES.insert(conn, e.TimeEntry(
                date(2025, 8, 1) + timedelta(days=offset), category, minutes,
                school_id=school, source_kind="grid"))
    if kept is not None:   # a month deleted by R8: its totals are kept, its entries gone
        with transaction(conn):
            time_totals_repo.keep_month(conn, kept, {}, DELIVERY_DAY)
            conn.execute("DELETE FROM time_entry WHERE substr(day, 1, 7) = ?", (kept,))
    expected = sum(t.minutes for t in srepo.iter_time_entries(conn, year, ids, without_school))
    assert srepo.time_minutes(conn, year, ids, without_school) == expected


def test_the_minutes_literally(conn, two_schools):
    for day, minutes, school in ((date(2025, 9, 1), 30, "school-1"),
                                 (date(2025, 9, 2), 45, "school-2"),
                                 (date(2025, 9, 3), 60, None),
                                 (date(2025, 7, 31), 999, "school-1"),   # the year before
                                 (date(2026, 8, 1), 999, "school-1")):   # the year after
        repo.TIME_ENTRIES.insert(conn, e.TimeEntry(day, "DOK", minutes, school_id=school,
                                                   source_kind="grid"))
    assert srepo.time_minutes(conn, 2025, ["school-1"]) == 30
    assert srepo.time_minutes(conn, 2025, ["school-1", "school-2"]) == 75
    assert srepo.time_minutes(conn, 2025, ["school-1"], without_school=True) == 90
    assert srepo.time_minutes(conn, 2025, []) == 0


def _peak_of_the_count(conn) -> int:
    overview.delivery_items(conn, DELIVERY_DAY)   # caches of the first call
    tracemalloc.start()
    try:
        items = overview.delivery_items(conn, DELIVERY_DAY)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        assert items                              # the deliveries were counted


def test_a_full_year_of_time_entries_costs_the_count_no_more_memory(conn, two_schools):
    fill_typed_weeks(conn, 10)
    few_weeks = _peak_of_the_count(conn)
    fill_typed_weeks(conn, 40)                               # four times the rows
    full_year = _peak_of_the_count(conn)
    # a time entry read into Python costs ~ 0.5 kB: 30 weeks more are 1200 rows a scope
    assert full_year - few_weeks < 40_000, (few_weeks, full_year)
