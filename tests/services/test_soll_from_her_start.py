"""Figures from her real start (docs/timeshare.md, „Ab ihrem Beginn“): the wizard's
„Beschäftigt seit 1.9.26“ with 2 × 50 % of a 39-hour post. Each school owes 3,9 Std.
(234 Min.) a working day, both together 7,8 Std. (468 Min.) – from 01.09.2026, not from
the 01.08. the school year starts on. Hand-counted: 1.–15.09.2026 has 11 weekdays
(85,8 Std.; from 01.08. it would be 32 days = 249,6 Std.); 01.09.2026–31.07.2027 has
239 weekdays, 8 of them public holidays in Baden-Württemberg (25.12., 1.1., 6.1.,
26.3., 29.3., 6.5., 17.5., 27.5.), so 231 days × 3,9 Std. = 900,9 Std. per school (from
01.08. it was 252 days = 982,8 Std.)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from ssa_desktop.services import activities, setup, timeshare
from ssa_desktop.services import staff as staff_service
from ssa_desktop.services import statistics as stats
from ssa_desktop.services.staff_data import staff_for

START = date(2026, 9, 1)          # a Tuesday


@pytest.fixture
def started(conn):
    """What the wizard saves: two schools at 50 %, „Beschäftigt seit 01.09.2026“."""
    post = setup.save_initial_setup(
        conn, [("Gemeinschaftsschule Am Lindenpark", "GMS", 612, 50.0),
               ("Grundschule Lindenweg", "GS", 180, 50.0)],
        "Schulsozialarbeit", 39.0, 2026, employed_from=START)
    ids = {s.name: s.id for s in setup.list_schools(conn)}
    return post, ids["Gemeinschaftsschule Am Lindenpark"], ids["Grundschule Lindenweg"]


@pytest.mark.parametrize(("today", "soll"), [
    (date(2026, 8, 31), 0),                 # the day before her start: nothing owed
    (START, 468),                           # the start day itself: one day, 7,8 Std.
    (date(2026, 9, 15), 11 * 468),          # the 15.09.: 85,8 Std., not 249,6
])
def test_the_soll_counts_from_her_start(conn, started, today, soll):
    report = timeshare.compute(conn, 2026, today=today)
    assert report.scope.soll_min == soll
    assert [f.soll_min for f in report.schools] == [soll / 2, soll / 2]
    assert report.scope.soll_full_min == 231 * 468                   # 1801,8 Std.


def test_balance_and_trend_count_from_her_start(conn, started):
    _post, school, _other = started
    activities.record_contact(conn, e.Contact(date(2026, 9, 14), "EB", 300, school_id=school))
    report = timeshare.compute(conn, 2026, today=date(2026, 9, 15))
    assert report.scope.balance_min == 300 - 11 * 468                # −80,8 Std.
    august, september = report.trend[:2]
    assert (august.soll_min, august.balance_min) == (0, 0)
    assert september.soll_min == 11 * 468
    assert september.balance_min == 300 - 11 * 468


def test_the_kvjs_check_and_the_year_soll_count_from_her_start(conn, started):
    post, school, _other = started
    assert timeshare.soll_of_year(conn, 2026, school_id=school)[0] == 231 * 234
    assert stats.describe(conn, 2026, stats.Scope("school", school)).expected_minutes == 231 * 234
    assert stats.describe(conn, 2026, stats.Scope("post", post.id)).expected_minutes == 231 * 468


def test_an_end_inside_the_year_ends_the_soll_on_its_last_day(conn, started):
    """„Beschäftigt bis 31.01.2027“ (a Sunday; Friday 29.01. is the last working day):
    01.09.2026–31.01.2027 has 109 weekdays, 3 of them holidays (25.12., 1.1., 6.1.; 3.10.
    1.11. fall on a weekend) = 106 days."""
    post, school, _other = started
    staff, _stored = staff_for(conn, post.id, 2026)
    staff.employed_to = date(2027, 1, 31)
    staff_service.save_staff(conn, staff)
    assert timeshare.soll_of_year(conn, 2026, school_id=school)[0] == 106 * 234
    with clock.frozen(date(2027, 2, 1)):
        on_the_day_after = timeshare.compute(conn, 2026).scope.soll_min
    with clock.frozen(date(2027, 1, 29)):
        on_the_last_day = timeshare.compute(conn, 2026).scope.soll_min
    assert on_the_last_day == on_the_day_after == 106 * 468


def test_a_start_carried_into_the_next_year_owes_the_whole_year(conn, started):
    """The staff block of 2026 carries over: in 2027/28 she owes every working day –
    261 weekdays, 8 of them holidays (1.11., 6.1., 14.4., 17.4., 1.5., 25.5., 5.6.,
    15.6.) = 253 days × 3,9 Std."""
    post, school, other = started
    setup.save_post_with_shares(conn, post, 2027, {school: 50.0, other: 50.0})
    assert timeshare.soll_of_year(conn, 2027, school_id=school)[0] == 253 * 234


def _coverage(conn, school: str) -> list[str]:
    return [stats.finding_text(f) for f in stats.plausibility(conn, 2026, stats.Scope("school", school))
            if f.code.startswith("time_coverage")]


def test_the_time_check_of_a_running_year_counts_up_to_today(conn, started):
    """Statistik in September warned about the hours she had just entered: the check
    compared 11 days' time with the whole year's Soll (231 × 3,9 Std. = 900,90 Std.).
    In a running year it compares with the Soll up to today: 1.–15.09.2026 are 11 days
    × 234 Min. = 2.574 Min. (42,90 Std.); half of it is 1.287 Min."""
    from ssa_desktop.domain.entities import TimeEntry
    from ssa_desktop.storage import repositories as repo

    _post, school, other = started
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 9, 14), "EFH", 2574, school_id=school))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 9, 14), "EFH", 1286, school_id=other))
    with clock.frozen(date(2026, 9, 15)):
        assert _coverage(conn, school) == []
        assert _coverage(conn, other) == [
            "Die Zeiteinträge (21,43 Std.) decken weniger als die Hälfte der Stelle "
            "(42,90 Std. bis heute)."]
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 9, 15), "EFH", 1, school_id=other))
    with clock.frozen(date(2026, 9, 15)):
        assert _coverage(conn, other) == []                   # 1.287 Min.: half reached
    with clock.frozen(date(2027, 8, 1)):                      # the year has ended: all of it
        assert _coverage(conn, school) == [
            "Die Zeiteinträge (42,90 Std.) decken weniger als die Hälfte der Stelle "
            "(900,90 Std. im Schuljahr)."]
