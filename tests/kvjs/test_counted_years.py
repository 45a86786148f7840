"""Issue 17: counted years never change. R8 deletes time months after 24 months; their
anonymous totals are kept first, so every KVJS, time-share and Jahresbericht figure of an
earlier school year stays. Also: the post's own work (no school) counts in the post scope,
and worker-added time categories count under EXTRA, agreeing with the time shares."""

from __future__ import annotations

from datetime import date

import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import (
    NetworkActivity,
    Post,
    PostShare,
    School,
    SchoolPupils,
    TimeEntry,
)
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import activities as act
from ssa_desktop.services import annual_report, retention, timeshare
from ssa_desktop.services import settings as vault_settings
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import migrations
from ssa_desktop.storage import repositories as repo

from . import fixture

POST = stats.Scope("post", "post-1")


def _two_years(conn) -> None:
    """A post at two schools over 2024/25 and 2025/26 (hand-counted below)."""
    repo.SCHOOLS.insert(conn, School("Realschule Am Berg", code="RS-2", id="school-2"))
    repo.POSTS.insert(conn, Post("Stelle Nord", id="post-1"))
    for year in (2024, 2025):
        repo.SCHOOL_PUPILS.insert(conn, SchoolPupils("school-1", year, 400))
        repo.SCHOOL_PUPILS.insert(conn, SchoolPupils("school-2", year, 250))
        repo.POST_SHARES.insert(conn, PostShare("post-1", "school-1", year, 50.0))
        repo.POST_SHARES.insert(conn, PostShare("post-1", "school-2", year, 25.0))
    vault_settings.set_value(conn, timeshare.EXTRA_CATEGORIES, [["X1", "Schulweg-AG"]])
    t = repo.TIME_ENTRIES.insert
    # 2024/25
    t(conn, TimeEntry(date(2024, 9, 10), "EFH", 120, school_id="school-1"))
    t(conn, TimeEntry(date(2024, 9, 20), "GRP", 90, school_id="school-2"))
    t(conn, TimeEntry(date(2024, 11, 5), "IND", 60, school_id="school-1"))
    t(conn, TimeEntry(date(2025, 3, 3), "X1", 30, school_id="school-1"))   # worker-added
    # the post's own work: networking with the Jugendamt, no school (issue 17 item 6)
    act.record_network_activity(conn, NetworkActivity("RT", date(2024, 11, 6), 45))
    # 2025/26
    t(conn, TimeEntry(date(2025, 10, 1), "EFH", 200, school_id="school-1"))
    t(conn, TimeEntry(date(2026, 2, 2), "FOB", 480, school_id="school-2"))


def _time(conn, year, scope):
    return {k: v for k, v in stats.compute(conn, year, scope)["time_minutes_by_category"].items()
            if v}


def _r8_due(conn, today):
    return [retention.key(a) for a in retention.due_items(conn, today)
            if a.record_kind == "time_month"]


def test_two_years_of_a_post_across_an_r8_deletion(conn):
    _two_years(conn)
    with clock.frozen(date(2027, 12, 15)):
        # hand-counted: 2024/25 post = both schools + own work; 45 min networking counted
        # as VNZ in the post scope only; X1 under EXTRA
        post_2024 = {"EFH": 120, "GRP": 90, "IND": 60, "VNZ": 45, "EXTRA": 30}
        post_2025 = {"EFH": 200, "FOB": 480}
        assert _time(conn, 2024, POST) == post_2024
        assert _time(conn, 2025, POST) == post_2025
        assert _time(conn, 2024, stats.Scope("school", "school-1")) == {
            "EFH": 120, "IND": 60, "EXTRA": 30}
        assert stats.compute(conn, 2024, POST)["vnz_activities"] == 1
        assert stats.compute(conn, 2024, stats.Scope("school", "school-1"))[
            "vnz_activities"] == 0
        share = timeshare.compute(conn, 2024)
        assert share.scope.ist_min == 345 == sum(post_2024.values())   # agree to the minute
        previous = annual_report.agreed_time_shares(conn, "school-1", SchoolYear(2024))
        assert dict(previous.minutes) == {"Einzelfallhilfe und Beratung": 120,
                                       "Vor- und Nachbereitung": 60, "Schulweg-AG": 30}

        due = _r8_due(conn, date(2027, 12, 15))
        # month end + 24 months: 2024-09, 2024-11, 2025-03, 2025-10 due; 2026-02 not yet
        assert sorted(k[1] for k in due) == ["2024-09", "2024-11", "2025-03", "2025-10"]
        retention.apply(conn, due, today=date(2027, 12, 15), compact=False)
        assert conn.execute("SELECT count(*) FROM time_entry").fetchone()[0] == 1

        assert _time(conn, 2024, POST) == post_2024
        assert _time(conn, 2025, POST) == post_2025
        assert timeshare.compute(conn, 2024).scope.ist_min == 345
        assert timeshare.compute(conn, 2024).scope.contacts == share.scope.contacts
        after = annual_report.agreed_time_shares(conn, "school-1", SchoolYear(2024))
        assert after == previous
        # the kept totals hold no text and no link
        cols = [r[1] for r in conn.execute("PRAGMA table_info(time_month_total)")]
        assert cols == ["month", "school_id", "category", "area", "minutes", "contacts", "kept"]
        assert ("2025-03", "school-1", "X1", "IND", 30) in conn.execute(
            "SELECT month, school_id, category, area, minutes FROM time_month_total").fetchall()


# -- property: any deletions by any rule leave every earlier year's figures -------------------
SCOPES = [stats.Scope("school", "school-1"), stats.Scope("school", "school-2"), POST]
YEARS = (2024, 2025)


def _fresh():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.upgrade(conn)
    repo.SCHOOLS.insert(conn, School("Gemeinschaftsschule Am Park", code="GMS-1", id="school-1"))
    fixture.build(conn)
    vault_settings.set_value(conn, timeshare.EXTRA_CATEGORIES, [["X1", "Schulweg-AG"]])
    t = repo.TIME_ENTRIES.insert
    t(conn, TimeEntry(date(2024, 10, 7), "X1", 25, school_id="school-1"))
    t(conn, TimeEntry(date(2025, 1, 8), "VER", 70))                       # no school
    act.record_network_activity(conn, NetworkActivity("GRE", date(2026, 4, 21), 55))
    return conn


def _figures(conn):
    out = {}
    for y in YEARS:
        for s in SCOPES:
            out[("kvjs", y, s)] = stats.compute(conn, y, s)
        for sid in (None, "school-1", "school-2"):
            out[("timeshare", y, sid)] = timeshare.compute(conn, y, sid, today=date(2026, 8, 1))
        for sid in ("school-1", "school-2"):
            year = SchoolYear(y)
            out[("annual-kvjs", y, sid)] = annual_report.kvjs_figures(conn, sid, year)
            out[("annual-agreed", y, sid)] = annual_report.agreed_time_shares(conn, sid, year)
    return out


DAYS = st.lists(st.dates(date(2026, 8, 1), date(2031, 12, 31)), min_size=1, max_size=4)


@settings(max_examples=15, deadline=None)
@given(days=DAYS, data=st.data())
def test_any_deletions_leave_every_earlier_year_unchanged(days, data):
    conn = _fresh()
    try:
        with clock.frozen(date(2026, 8, 1)):
            before = _figures(conn)
        for day in sorted(days):
            with clock.frozen(day):
                due = [retention.key(a) for a in retention.due_items(conn, day)
                       if a.action in ("delete", "clear")]
                if not due:
                    continue
                chosen = data.draw(st.lists(st.sampled_from(due), unique=True))
                retention.apply(conn, chosen, today=day, compact=False)
        with clock.frozen(date(2026, 8, 1)):
            assert _figures(conn) == before
        # and the minutes agree: KVJS post scope = the time shares of all schools
        for y in YEARS:
            kvjs_total = sum(stats.compute(conn, y, POST)["time_minutes_by_category"].values())
            with clock.frozen(date(2026, 8, 1)):
                assert kvjs_total == timeshare.compute(conn, y).scope.ist_min
    finally:
        conn.close()
