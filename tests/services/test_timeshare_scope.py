"""What ``timeshare.compute`` covers, from a real vault: the period must run forwards and
the school exist, a school's report holds that school only, minutes without a school
count no Soll, the trend reads the whole school year whatever the period, her own
categories are named, and the report says up to which day the Soll is counted."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import entities as e
from ssa_desktop.domain.timeshare import TimeShareError
from ssa_desktop.domain.worktime import Period, week_period
from ssa_desktop.services import activities, timeshare, worktime

WEEK = week_period(date(2025, 11, 10))          # Mo 10.11.–So 16.11.2025


def test_a_period_ending_before_it_begins_is_refused(conn, two_schools):  # noqa: F811
    backwards = Period("week", date(2025, 11, 16), date(2025, 11, 10), "rückwärts")
    with pytest.raises(TimeShareError, match="^Der Zeitraum endet vor seinem Beginn.$"):
        timeshare.compute(conn, 2025, "school-1", backwards)


def test_an_unknown_school_is_refused(conn, two_schools):  # noqa: F811
    with pytest.raises(TimeShareError, match=r"^Die Schule gibt es nicht \(mehr\).$"):
        timeshare.compute(conn, 2025, "school-9", WEEK)


def test_a_schools_report_holds_that_school_only(conn, two_schools):  # noqa: F811
    # school-2 ("Realschule Nord") comes after school-1 ("Gemeinschaftsschule …") by name
    activities.record_contact(conn, e.Contact(date(2025, 11, 11), "EB", 45, school_id="school-2"))
    report = timeshare.compute(conn, 2025, "school-2", WEEK, today=date(2025, 11, 20))
    assert [f.school_id for f in report.schools] == ["school-2"]
    assert (report.scope.school_id, report.scope.ist_min) == ("school-2", 45)


def test_minutes_without_a_school_count_no_soll(conn, two_schools):  # noqa: F811
    activities.record_network_activity(conn, e.NetworkActivity("RT", date(2025, 11, 11), 60))
    report = timeshare.compute(conn, 2025, None, WEEK, today=date(2025, 11, 20))
    without = [f for f in report.schools if f.school_id is None]
    assert [(f.name, f.ist_min, f.soll_min) for f in without] == [("ohne Schule", 60, None)]
    # the two schools' Soll of the week: (40 % + 35 %) of 39 h = 1755 minutes
    assert report.scope.soll_min == 1755


def test_the_trend_reads_the_whole_school_year_whatever_the_period(conn, two_schools):  # noqa: F811
    activities.record_contact(conn, e.Contact(date(2026, 3, 3), "EB", 50, school_id="school-1"))
    report = timeshare.compute(conn, 2025, "school-1", WEEK, today=date(2026, 7, 31))
    assert report.scope.ist_min == 0                          # not in the week
    assert [p.ist_min for p in report.trend] == [0, 0, 0, 0, 0, 0, 0, 50, 0, 0, 0, 0]  # Aug–Jul


def test_her_own_categories_are_named_and_the_soll_counted_up_to_today(conn, two_schools):  # noqa: F811
    code = timeshare.add_extra_category(conn, "Hospitation Ganztag")
    worktime.set_cell(conn, date(2025, 11, 11), code, "school-1", 30)
    report = timeshare.compute(conn, 2025, "school-1", WEEK, today=date(2025, 11, 12))
    assert (code, report.labels[code]) == ("X1", "Hospitation Ganztag")
    assert report.until == date(2025, 11, 12)
