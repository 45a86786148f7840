"""The Übersicht tile's figures (``timeshare.summary``): exactly the figures of the
school year's Auswertung for all schools (``compute(...).scope``), and no more memory for
a full year than for a few weeks: the sums come from the database, not one row per day."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import entities as e
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import activities, timeshare, worktime
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import time_totals_repo
from ssa_desktop.storage.transactions import transaction
from tests.services.time_fill import fill_typed_weeks

DAY = date(2026, 3, 4)                   # in 2025/26


def _lines(summary: timeshare.Summary) -> list[tuple[str, str, float | None, str]]:
    return [(label, ev.target.code, ev.value, ev.light) for label, ev in summary.lines]


def _of_the_auswertung(conn, day: date) -> list[tuple[str, float | None, str]]:
    report = timeshare.compute(conn, SchoolYear.of(day), today=day)
    codes = ("direct", "EFH", "GRP", "OFF", "indirect")
    return [(ev.target.code, ev.value, ev.light) for ev in report.scope.evaluations
            if ev.target.code in codes]


def test_summary_of_a_school_year_literally(conn, two_schools):
    activities.record_contact(conn, e.Contact(DAY, "EB", 630, school_id="school-1"))
    activities.record_short_contact(conn, e.ShortContact(DAY, "school-2", "m", 5, count=3))
    activities.record_network_activity(conn, e.NetworkActivity("RT", DAY, 370,
                                                               school_id="school-1"))
    worktime.set_cell(conn, DAY - timedelta(days=1), "DOK", "school-2", 200)
    repo.TIME_ENTRIES.insert(conn, e.TimeEntry(date(2025, 7, 31), "DOK", 999,
                                               school_id="school-2"))      # the year before
    lines = _lines(timeshare.summary(conn, DAY))
    assert [line[0] for line in lines] == ["direkt", "Einzelfall", "Gruppen", "offen",
                                           "indirekt"]
    # 645 of 1215 minutes direct (all Einzelfall: 630 + three Kurzkontakte of 5);
    # 570 indirect (VNZ 370 + DOK 200); the day of the year before counts nowhere
    assert lines[0][2] == pytest.approx(645 * 100 / 1215)
    assert lines[1][2] == 100.0 and lines[2][2] == 0.0 and lines[3][2] == 0.0
    assert lines[4][2] == pytest.approx(570 * 100 / 1215)


def test_an_empty_year_has_no_shares(conn, two_schools):
    assert all(value is None for _l, _c, value, _light in _lines(timeshare.summary(conn, DAY)))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.sampled_from(["contact", "short", "open", "network",
                                                  "grid", "group"]),
                                st.integers(-40, 400), st.integers(1, 300),
                                st.sampled_from(["school-1", "school-2", None])),
                      max_size=25),
       kept=st.sampled_from([None, "2025-09", "2026-02", "2025-07"]))
def test_property_summary_is_the_auswertung_of_all_schools(conn, two_schools, items, kept):
    with transaction(conn):
        for table in ("time_entry", "time_month_total", "short_contact"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608
    for kind, offset, minutes, school in items:
        day = date(2025, 8, 1) + timedelta(days=offset)
        if kind == "contact":
            activities.record_contact(conn, e.Contact(day, "EB", minutes, school_id=school))
        elif kind == "short" and school is not None:
            activities.record_short_contact(conn, e.ShortContact(day, school, "w", 5,
                                                                 count=minutes % 4 + 1))
        elif kind == "open":
            activities.record_open_offer(conn, e.OpenOfferSession("x", day, minutes,
                                                                  school_id=school))
        elif kind == "network":
            activities.record_network_activity(conn, e.NetworkActivity("RT", day, minutes,
                                                                       school_id=school))
        else:   # typed minutes; "group" as a Gruppen category typed in the grid
            repo.TIME_ENTRIES.insert(conn, e.TimeEntry(
                day, "SON" if kind == "grid" else "GRP", minutes, school_id=school,
                source_kind="grid"))
    if kept is not None:   # a month deleted by R8: its totals are kept, its entries gone
        with transaction(conn):
            time_totals_repo.keep_month(conn, kept, {}, DAY)
            conn.execute("DELETE FROM time_entry WHERE substr(day, 1, 7) = ?", (kept,))
    for day in (DAY, date(2025, 8, 1), date(2026, 7, 31)):
        summary = timeshare.summary(conn, day)
        assert summary.school_year == SchoolYear.of(day)
        assert [line[1:] for line in _lines(summary)] == _of_the_auswertung(conn, day)


def _peak_of_summary(conn) -> int:
    timeshare.summary(conn, DAY)                  # caches of the first call (holidays)
    tracemalloc.start()
    try:
        timeshare.summary(conn, DAY)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_full_year_costs_the_summary_no_more_memory_than_a_few_weeks(conn, two_schools):
    fill_typed_weeks(conn, 10)
    few_weeks = _peak_of_summary(conn)
    with transaction(conn):
        conn.execute("DELETE FROM time_entry")
    fill_typed_weeks(conn, 40)                               # four times the days and rows
    full_year = _peak_of_summary(conn)
    # one row per day, school and category read into Python costs ~ 0.3 kB each:
    # 30 weeks more are 1200 rows, ~ 360 kB; sums per category stay a few rows
    assert full_year - few_weeks < 40_000, (few_weeks, full_year)
