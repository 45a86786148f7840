"""Offene Angebote: the school years of the year filter are those the sessions fall in,
plus the current one — read as the months that hold sessions, not as every session of
ten years made into objects to look at its date (the area's first show held them all)."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import OpenOfferSession
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import open_offers as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction


def _sessions(conn, days) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM open_offer_session")
        for day in days:
            repo.OPEN_OFFERS.insert(conn, OpenOfferSession("Pausenangebot", day, 30,
                                                           visitors=5, school_id="school-1"))


def test_the_years_turn_on_the_first_of_august(conn):
    _sessions(conn, [date(2023, 7, 31), date(2023, 8, 1), date(2025, 7, 31)])
    assert svc.school_years(conn, date(2026, 8, 1)) == [2026, 2024, 2023, 2022]
    assert svc.school_years(conn, date(2026, 7, 31)) == [2025, 2024, 2023, 2022]


def test_without_sessions_the_current_year_alone(conn):
    assert svc.school_years(conn, date(2026, 11, 25)) == [2026]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days=st.lists(st.dates(date(2014, 1, 1), date(2028, 12, 31)), max_size=15),
       today=st.dates(date(2014, 1, 1), date(2028, 12, 31)))
def test_property_the_years_of_the_sessions_and_today(conn, days, today):
    _sessions(conn, days)
    expected = {SchoolYear.of(day).start_year for day in days} | {SchoolYear.of(today).start_year}
    assert svc.school_years(conn, today) == sorted(expected, reverse=True)


def _peak(conn) -> int:
    tracemalloc.start()
    try:
        svc.school_years(conn, date(2026, 7, 20))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_many_sessions_take_no_more_memory_than_a_few(conn):
    start = date(2024, 8, 1)
    _sessions(conn, [start + timedelta(days=i * 30) for i in range(24)])     # one a month
    _peak(conn)  # the statement is prepared once
    few = _peak(conn)
    _sessions(conn, [start + timedelta(days=i % 720) for i in range(1200)])  # ten years' worth
    many = _peak(conn)
    # before: every session read into an object (≈ 0.5 MB for 1,200); now a row per month
    assert many - few < 20_000, (few, many)
