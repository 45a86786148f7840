"""The year's count holds what it counts, not the year's records (docs/statistics.md,
"Gezählt in einem Durchgang"; docs/performance.md): the Python memory the Statistik
area's report takes at its peak (tracemalloc) must not grow with the number of records
and time entries of the year, only with the persons and groups counted. Deterministic:
the same vault grown tenfold, the peak of the same report read before and after."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

from ssa_desktop.domain.entities import StatisticsRecord, TimeEntry
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

YEAR = 2025
SCOPE = stats.Scope("school", "school-1")
START = date(2025, 8, 4)
# Holding a record costs about a kilobyte of Python objects; 2,700 more records and
# 2,700 more time entries held at once would add several megabytes.
GROWTH_BOUND = 200_000


def _add(conn, first: int, n: int) -> None:
    """``n`` records and ``n`` time entries of school-1 in 2025/26: contacts of 20 pupils,
    sessions of 6 groups, short contacts, open offers, network activities."""
    recs, entries = [], []
    for i in range(first, first + n):
        day = START + timedelta(days=i % 300)
        kind = i % 5
        if kind < 2:
            recs.append(StatisticsRecord(day, YEAR, "contact", "EFH", 45, "school-1", "EB",
                                         "mwd"[i % 3], 5 + i % 6, "pupil", ("KON", "FAM"),
                                         "self", "", ("pupil",), f"pupil-{i // 5 % 20:02d}",
                                         id=f"rec-{i:06d}"))
        elif kind == 2:
            recs.append(StatisticsRecord(day, YEAR, "group_session", "GRP", 90, "school-1",
                                         group_token=f"group-{i % 6}", group_kind="SK",
                                         participants_m=4, participants_w=5,
                                         id=f"rec-{i:06d}"))
        elif kind == 3:
            recs.append(StatisticsRecord(day, YEAR, "short_contact", "EFH", 10, "school-1",
                                         "KO", count=2, id=f"rec-{i:06d}"))
        else:
            recs.append(StatisticsRecord(day, YEAR, "open_offer", "OFF", 60, "school-1",
                                         visitors=12, id=f"rec-{i:06d}"))
        entries.append(TimeEntry(day, "EFH", 30, "school-1", id=f"time-{i:06d}"))
    repo.STATISTICS.insert_many(conn, recs)
    repo.TIME_ENTRIES.insert_many(conn, entries)


def _peak(conn) -> int:
    """The tracemalloc peak of the report (its template and modules already loaded)."""
    stats.report(conn, YEAR, SCOPE)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        rep = stats.report(conn, YEAR, SCOPE)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert rep.aggregates["efh_pupils"] == 20
    return peak


def test_the_reports_peak_does_not_grow_with_the_records_of_the_year(conn):
    _add(conn, 0, 300)
    small = _peak(conn)
    _add(conn, 300, 2700)
    large = _peak(conn)
    assert large - small < GROWTH_BOUND, (small, large)
