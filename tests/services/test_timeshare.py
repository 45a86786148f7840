"""Time shares from a real vault: compute(), the weekly grid, the stopwatch, bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from ssa_desktop.domain.timeshare import TimeShareError
from ssa_desktop.domain.worktime import Absence, WorkTimeError, quarter_period, week_period
from ssa_desktop.services import activities, timeshare, worktime
from ssa_desktop.services import setup as setup_service
from ssa_desktop.storage import repositories as repo

BERLIN = ZoneInfo("Europe/Berlin")


def test_week_exactly_at_60_percent_is_green_and_balance_is_ist_minus_soll(conn, two_schools):
    monday = date(2025, 11, 10)
    activities.record_contact(conn, e.Contact(monday, "EB", 600, school_id="school-1"))
    worktime.set_cell(conn, monday + timedelta(days=1), "DOK", "school-1", 400)
    report = timeshare.compute(conn, "2025/26", "school-1", week_period(monday))
    scope = report.scope
    assert scope.ist_min == 1000
    assert scope.soll_min == 936                                     # 40 % of 39 h
    assert scope.balance_min == 64
    direct = scope.evaluation("direct")
    assert direct.value == 60.0 and direct.light == "green"
    assert scope.area_shares == {"EFH": 60.0, "GRP": 0.0, "OFF": 0.0, "VNZ": 0.0, "IND": 40.0}


def test_every_activity_counts_once_in_its_area_and_school(conn, two_schools):
    day = date(2025, 10, 8)
    group = repo.GROUPS.insert(conn, e.GroupActivity("Klassenrat", 2025, kind="class",
                                                     school_id="school-2"))
    activities.record_contact(conn, e.Contact(day, "EB", 45, school_id="school-1"))
    activities.record_short_contact(conn, e.ShortContact(day, "school-1", "m", 5, count=3))
    activities.record_group_session(conn, e.GroupSession(group.id, day, 90))
    activities.record_open_offer(conn, e.OpenOfferSession("Pause", day, 30,
                                                          school_id="school-2"))
    activities.record_network_activity(conn, e.NetworkActivity("RT", day, 60,
                                                               school_id="school-1"))
    report = timeshare.compute(conn, 2025)
    by = {f.school_id: f for f in report.schools}
    assert by["school-1"].areas == {"EFH": 60, "GRP": 0, "OFF": 0, "VNZ": 60, "IND": 0}
    assert by["school-2"].areas == {"EFH": 0, "GRP": 90, "OFF": 30, "VNZ": 0, "IND": 0}
    assert report.scope.areas == {"EFH": 60, "GRP": 90, "OFF": 30, "VNZ": 60, "IND": 0}
    assert by["school-1"].contacts == 4                              # 1 contact + 3 short


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.sampled_from(["contact", "open", "network", "grid"]),
                                st.integers(0, 364), st.integers(1, 300),
                                st.sampled_from(["school-1", "school-2"])), max_size=25))
def test_property_each_activity_once_and_balance_is_ist_minus_soll(conn, two_schools, items):
    conn.execute("DELETE FROM time_entry")
    expected: dict[tuple[str, str], int] = {}
    area = {"contact": "EFH", "open": "OFF", "network": "VNZ", "grid": "IND"}
    for kind, offset, minutes, school in items:
        day = date(2025, 8, 1) + timedelta(days=offset)
        if kind == "contact":
            activities.record_contact(conn, e.Contact(day, "EB", minutes, school_id=school))
        elif kind == "open":
            activities.record_open_offer(conn, e.OpenOfferSession("x", day, minutes,
                                                                  school_id=school))
        elif kind == "network":
            activities.record_network_activity(conn, e.NetworkActivity("RT", day, minutes,
                                                                       school_id=school))
        else:
            before = worktime.week_grid(conn, day, school).cells.get((day, "SON"), 0)
            worktime.set_cell(conn, day, "SON", school, before + minutes)
        expected[(school, area[kind])] = expected.get((school, area[kind]), 0) + minutes
    report = timeshare.compute(conn, "2025/26")
    for figures in report.schools:
        for code, minutes in figures.areas.items():
            assert minutes == expected.get((figures.school_id, code), 0)
        assert figures.balance_min == figures.ist_min - figures.soll_min
    assert report.scope.ist_min == sum(expected.values())
    assert report.scope.balance_min == pytest.approx(report.scope.ist_min - report.scope.soll_min)
    if report.scope.ist_min:
        assert sum(report.scope.area_shares.values()) == pytest.approx(100.0)
    assert report.trend[-1].balance_min == pytest.approx(report.scope.balance_min)


def test_quarter_and_31_july_1_august(conn, two_schools):
    activities.record_contact(conn, e.Contact(date(2026, 7, 31), "EB", 30, school_id="school-1"))
    activities.record_contact(conn, e.Contact(date(2026, 8, 1), "EB", 50, school_id="school-1"))
    sy = timeshare._resolve_year("2025/26")
    assert timeshare.compute(conn, sy).scope.ist_min == 30
    assert timeshare.compute(conn, sy, period=quarter_period(sy, 4)).scope.ist_min == 30
    assert timeshare.compute(conn, sy, period=quarter_period(sy, 1)).scope.ist_min == 0


def test_absence_reduces_target_hours(conn, two_schools):
    week = week_period(date(2025, 11, 10))
    before = timeshare.compute(conn, 2025, "school-1", week).scope.soll_min
    worktime.add_absence(conn, Absence("sick", date(2025, 11, 10), date(2025, 11, 11)))
    after = timeshare.compute(conn, 2025, "school-1", week).scope.soll_min
    assert (before, after) == (936, 936 * 3 / 5)
    with pytest.raises(WorkTimeError, match="überschneiden"):
        worktime.add_absence(conn, Absence("vacation", date(2025, 11, 11), date(2025, 11, 14)))


def test_school_year_without_post_says_so(conn):
    activities.record_contact(conn, e.Contact(date(2025, 9, 3), "EB", 30, school_id="school-1"))
    report = timeshare.compute(conn, "2025/26")
    assert report.scope.soll_min is None and report.scope.ist_min == 30
    assert any("kein Stellenumfang" in p for p in report.problems)
    with pytest.raises(TimeShareError, match="kein Schuljahr"):
        timeshare.compute(conn, "2025/27")


# -- weekly grid --------------------------------------------------------------------------------
def test_grid_refuses_bad_input_and_saves_nothing(conn, two_schools):
    day = date(2025, 11, 11)
    worktime.set_cell(conn, day, "DOK", "school-1", 90)
    count = repo.TIME_ENTRIES.count(conn)
    with pytest.raises(WorkTimeError, match="negativ"):
        worktime.set_cell(conn, day, "DOK", "school-1", -5)
    with pytest.raises(WorkTimeError, match="24 Stunden"):
        worktime.set_cell(conn, day, "SUP", "school-1", 1441)
    worktime.set_cell(conn, day, "FOB", "school-2", 1000)
    with pytest.raises(WorkTimeError, match="mehr als 24 Stunden"):
        worktime.set_cell(conn, day, "VER", "school-1", 400)          # 90 + 1000 + 400
    with pytest.raises(WorkTimeError, match="kein Stellenumfang"):
        worktime.set_cell(conn, date(2026, 8, 3), "DOK", "school-1", 30)   # 2026/27: no post
    assert repo.TIME_ENTRIES.count(conn) == count + 1
    assert worktime.week_grid(conn, day, "school-1").cells == {(day, "DOK"): 90}


def test_zero_percent_post_is_outside_the_post(conn, two_schools):
    setup_service.set_post_share(conn, two_schools.id, "school-2", 2025, 0)
    with pytest.raises(WorkTimeError, match="Realschule Nord.*kein Stellenumfang"):
        worktime.set_cell(conn, date(2025, 11, 11), "DOK", "school-2", 30)


def test_copy_last_week(conn, two_schools):
    monday = date(2025, 11, 10)
    worktime.set_cell(conn, monday, "DOK", "school-1", 45)
    worktime.set_cell(conn, monday + timedelta(days=2), "FAH", "school-1", 20)
    worktime.set_cell(conn, monday + timedelta(days=7), "SUP", "school-1", 90)
    worktime.copy_last_week(conn, monday + timedelta(days=7), "school-1")
    cells = worktime.week_grid(conn, monday + timedelta(days=7), "school-1").cells
    assert cells == {(monday + timedelta(days=7), "DOK"): 45,
                     (monday + timedelta(days=9), "FAH"): 20}
    with pytest.raises(WorkTimeError, match="Vorwoche"):
        worktime.copy_last_week(conn, monday - timedelta(days=14), "school-1")


# -- stopwatch ---------------------------------------------------------------------------------
def test_stopwatch_books_elapsed_time_and_refuses_a_second_start(conn, two_schools):
    start = datetime(2025, 11, 11, 9, 40, tzinfo=BERLIN)
    with clock.frozen(start):
        worktime.start_stopwatch(conn, "school-1")
        with pytest.raises(WorkTimeError, match="läuft schon"):
            worktime.start_stopwatch(conn, "school-1")
    with clock.frozen(start + timedelta(minutes=35)):
        entry = worktime.stop_stopwatch(conn, "DOK", "school-1")
    assert (entry.minutes, entry.category, entry.day) == (35, "DOK", date(2025, 11, 11))
    assert worktime.stopwatch(conn) is None
    # a session overlapping the booked one (clock set back) is refused, nothing saved
    with clock.frozen(start + timedelta(minutes=10)):
        worktime.start_stopwatch(conn, "school-1")
    with clock.frozen(start + timedelta(minutes=20)), \
            pytest.raises(WorkTimeError, match="überschneidet"):
        worktime.stop_stopwatch(conn, "DOK", "school-1")
    assert worktime.stopwatch(conn) is not None
    assert worktime.week_grid(conn, start.date(), "school-1").cells == {(start.date(), "DOK"): 35}


def test_stopwatch_across_the_dst_change_counts_real_minutes(conn, two_schools):
    setup_service.set_post_share(conn, two_schools.id, "school-1", 2025, 40)
    # 29.03.2026: 01:30 CET -> 03:30 CEST is one real hour
    with clock.frozen(datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)):
        worktime.start_stopwatch(conn, "school-1")
    with clock.frozen(datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)):
        running = worktime.stopwatch(conn)
        assert running.elapsed_minutes() == 60
        assert running.started.tzinfo == UTC


def test_stopwatch_stop_with_corrected_minutes_and_validation(conn, two_schools):
    start = datetime(2025, 11, 12, 13, 0, tzinfo=BERLIN)
    with clock.frozen(start):
        worktime.start_stopwatch(conn)
    with clock.frozen(start + timedelta(hours=9)):
        with pytest.raises(WorkTimeError, match="Kategorie"):
            worktime.stop_stopwatch(conn, "EFH", "school-1")
        with pytest.raises(WorkTimeError, match="Schule"):
            worktime.stop_stopwatch(conn, "DOK", None)
        entry = worktime.stop_stopwatch(conn, "VER", "school-2", minutes=50)
    assert (entry.minutes, entry.school_id) == (50, "school-2")


# -- targets of an agreement ------------------------------------------------------------------
def test_agreement_targets_replace_the_defaults_and_bad_bands_save_nothing(conn, two_schools):
    agreement = repo.AGREEMENTS.insert(conn, e.CooperationAgreement("school-1", date(2025, 8, 1)))
    timeshare.save_agreement_targets(conn, agreement.id, {"direct": (60, 55, 62, 5, True)})
    with pytest.raises(TimeShareError, match="Untergrenze"):
        timeshare.save_agreement_targets(conn, agreement.id, {"direct": (60, 55, 62, 5, True),
                                                              "EFH": (33, 50, 40, 5, True)})
    own = {t.code: t for t in timeshare.targets_for(conn, "school-1", date(2025, 9, 1),
                                                    date(2025, 9, 30))}
    assert (own["direct"].low, own["direct"].high) == (55, 62)
    assert own["EFH"].low == 23.3                                    # untouched default
    other = {t.code: t for t in timeshare.targets_for(conn, "school-2", date(2025, 9, 1),
                                                      date(2025, 9, 30))}
    assert other["direct"].low == 60
    # all schools together: they differ, so the model agreement's values apply
    report = timeshare.compute(conn, 2025)
    assert report.scope.evaluation("direct").target.low == 60


def test_soll_and_balance_count_up_to_today_only(conn, two_schools):
    activities.record_contact(conn, e.Contact(date(2025, 11, 10), "EB", 300,
                                              school_id="school-1"))
    week = week_period(date(2025, 11, 10))
    report = timeshare.compute(conn, 2025, "school-1", week, today=date(2025, 11, 11))
    assert (report.scope.soll_min, report.scope.soll_full_min) == (2 * 936 / 5, 936)
    assert report.scope.balance_min == 300 - 2 * 936 / 5 and report.partial
    before = timeshare.compute(conn, 2025, "school-1", week, today=date(2025, 11, 2))
    assert before.scope.soll_min == 0 and before.until is None
    year = timeshare.compute(conn, 2025, "school-1", today=date(2025, 11, 11))
    assert [p.soll_min for p in year.trend][4:] == [0.0] * 8          # Dec–Jul: future
    assert year.trend[-1].balance_min == year.scope.balance_min


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(-6, 6), minutes=st.integers(1, 120))
def test_property_school_year_boundary_counts_a_day_in_exactly_one_year(conn, two_schools,
                                                                        offset, minutes):
    """Days around 31 July / 1 August belong to exactly the school year of their date."""
    conn.execute("DELETE FROM time_entry")
    day = date(2026, 8, 1) + timedelta(days=offset)
    activities.record_contact(conn, e.Contact(day, "EB", minutes, school_id="school-1"))
    old = timeshare.compute(conn, "2025/26").scope.ist_min
    new = timeshare.compute(conn, "2026/27").scope.ist_min
    assert (old, new) == ((minutes, 0) if day <= date(2026, 7, 31) else (0, minutes))


def test_one_yearly_soll_serves_arbeitszeit_and_the_statistics_check(conn):
    """Issue 16 item 7: a 50 % share of a 39-hour post owes, in 2025/26, 261 weekdays minus
    11 public holidays on weekdays (3.10., 25./26.12., 1.1., 6.1., 3.4., 6.4., 1.5., 14.5.,
    25.5., 4.6.) = 250 days × 3.9 h = 975 h – in Arbeitszeit and in the statistics check
    alike (the check counted 39 school weeks = 760.5 h before)."""
    from ssa_desktop.services import statistics as stats

    post = setup_service.save_post(conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(conn, post.id, "school-1", 2025, 50)
    soll = timeshare.soll_of_year(conn, 2025, school_id="school-1")[0]
    assert soll == 250 * 3.9 * 60 == 58500                           # 975 h
    with clock.frozen(date(2026, 8, 15)):                          # the year is over
        report = timeshare.compute(conn, 2025, "school-1")
    assert report.scope.soll_full_min == report.scope.soll_min == soll
    school = stats.describe(conn, 2025, stats.Scope("school", "school-1"))
    by_post = stats.describe(conn, 2025, stats.Scope("post", post.id))
    assert school.expected_minutes == by_post.expected_minutes == 58500
    scope = stats.Scope("school", "school-1")
    activities.record_contact(conn, e.Contact(date(2025, 11, 12), "EB", 29_249,
                                              school_id="school-1"))  # one minute short
    assert "time_coverage" in [f.code for f in stats.plausibility(conn, 2025, scope)]
    activities.record_contact(conn, e.Contact(date(2025, 11, 13), "EB", 1,
                                              school_id="school-1"))  # exactly half
    assert "time_coverage" not in [f.code for f in stats.plausibility(conn, 2025, scope)]


def test_grid_cell_counts_stopwatch_minutes_and_checks_before_writing(conn, two_schools):
    day = date(2025, 11, 11)
    with clock.frozen(datetime(2025, 11, 11, 9, 0, tzinfo=BERLIN)):
        worktime.start_stopwatch(conn, "school-1")
    with clock.frozen(datetime(2025, 11, 11, 9, 35, tzinfo=BERLIN)):
        worktime.stop_stopwatch(conn, "DOK", "school-1")
        worktime.set_cell(conn, day, "DOK", "school-1", 60)          # 35 timed + 25 typed
        assert worktime.week_grid(conn, day, "school-1").cells == {(day, "DOK"): 60}
        assert sorted(r.minutes for r in repo.TIME_ENTRIES.all(conn)) == [25, 35]
        with pytest.raises(WorkTimeError, match="schon 35 Min. mit der Stoppuhr"):
            worktime.set_cell(conn, day, "DOK", "school-1", 34)
        worktime.set_cell(conn, day, "DOK", "school-1", 35)          # exactly the timed minutes
        assert [r.minutes for r in repo.TIME_ENTRIES.all(conn)] == [35]
        with pytest.raises(WorkTimeError, match="Kategorie gibt es im Wochenraster nicht"):
            worktime.set_cell(conn, day, "EFH", "school-1", 10)
        with pytest.raises(WorkTimeError, match="ganze Minuten"):
            worktime.set_cell(conn, day, "DOK", "school-1", True)
        with pytest.raises(WorkTimeError, match="12.11.2025 liegt in der Zukunft"):
            worktime.set_cell(conn, day + timedelta(days=1), "DOK", "school-1", 5)
        worktime.set_cell(conn, day + timedelta(days=1), "DOK", "school-1", 0)   # clearing is no entry
        worktime.set_cell(conn, day, "DOK", "school-1", 1440)        # a whole day, stopwatch included
        with pytest.raises(WorkTimeError, match="mehr als 24 Stunden"):
            worktime.set_cell(conn, day, "VER", "school-2", 1)
    assert worktime.week_grid(conn, day, "school-1").cells == {(day, "DOK"): 1440}


@pytest.mark.parametrize(("soll", "said"), [(100.1, "zwischen 0 und 100"),
                                            (150, "zwischen 0 und 100"),
                                            (-0.1, "zwischen 0 und 100")])
def test_a_soll_outside_0_to_100_percent_saves_nothing(conn, two_schools, soll, said):
    """The Soll of a share was never checked: 150 % and −20 % were saved („Zielwerte
    gespeichert.“) and shown in the report. At the boundary: 100 % and 0 % are kept."""
    agreement = repo.AGREEMENTS.insert(conn, e.CooperationAgreement("school-1", date(2025, 8, 1)))
    with pytest.raises(TimeShareError, match=said):
        timeshare.save_agreement_targets(conn, agreement.id, {"EFH": (soll, 23.3, 43.3, 5, True)})
    assert timeshare.agreement_targets(conn, agreement.id)[1].soll == 33.3
    timeshare.save_agreement_targets(conn, agreement.id, {"EFH": (100, 23.3, 43.3, 5, True),
                                                          "GRP": (0, 23.3, 43.3, 5, True)})
    assert [t.soll for t in timeshare.agreement_targets(conn, agreement.id)[1:3]] == [100, 0]


def test_lower_bounds_of_one_whole_over_100_percent_save_nothing(conn, two_schools):
    """Einzelfallhilfe, Gruppen and Offene Angebote each from 40 % of the direct work (120 %
    together) can never all be green; it was saved. Exactly 100 % together is kept; a
    share not evaluated does not count."""
    agreement = repo.AGREEMENTS.insert(conn, e.CooperationAgreement("school-1", date(2025, 8, 1)))
    bands = {code: (40, 40, 50, 5, True) for code in ("EFH", "GRP", "OFF")}
    with pytest.raises(TimeShareError, match="zusammen 120 % der direkten Arbeit"):
        timeshare.save_agreement_targets(conn, agreement.id, bands)
    assert timeshare.agreement_targets(conn, agreement.id)[1].low == 23.3
    bands["OFF"] = (20, 20, 50, 5, True)
    timeshare.save_agreement_targets(conn, agreement.id, bands)       # 100 % together
    bands["OFF"] = (40, 40, 50, 5, False)
    timeshare.save_agreement_targets(conn, agreement.id, bands)       # OFF not evaluated
    with pytest.raises(TimeShareError, match="Direkte Arbeit"):       # of the working time
        timeshare.save_agreement_targets(conn, agreement.id, {"direct": (70, 70, 80, 5, True),
                                                              "indirect": (35, 35, 40, 5, True)})
