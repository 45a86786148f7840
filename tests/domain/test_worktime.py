"""Working-time model: target minutes from post shares, BW holidays and absences."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import worktime as wt
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.domain.worktime import (
    Absence,
    SchoolHoliday,
    ShareLine,
    WorkCalendar,
    WorkTimeError,
    check_absence,
    months_of,
    public_holiday,
    quarter_period,
    week_period,
    weeks_of,
    year_period,
)

SY = SchoolYear(2025)
# 75 % of 39 h at two schools (40 % + 35 %): 15,6 h and 13,65 h a week
TWO = [ShareLine("A", 2025, 0.40 * 39), ShareLine("B", 2025, 0.35 * 39)]


def test_public_holidays_come_from_the_holidays_package_for_bw():
    assert public_holiday(date(2025, 10, 3)) == "Tag der Deutschen Einheit"
    assert public_holiday(date(2026, 1, 6)) == "Heilige Drei Könige"     # BW, not Berlin
    assert public_holiday(date(2026, 6, 4)) == "Fronleichnam"            # BW
    assert public_holiday(date(2025, 10, 31)) is None                    # Reformationstag: not BW
    assert public_holiday(date(2025, 11, 19)) is None                    # Buß- und Bettag: Sachsen


def test_a_normal_week_is_a_full_week_of_target_time():
    cal = WorkCalendar(TWO)
    week = week_period(date(2025, 11, 12))           # 10.–16.11.2025, no holiday
    assert week.first == date(2025, 11, 10)
    assert cal.soll(week, "A") == 936                    # 15,6 h
    assert cal.soll(week) == 936 + 819                   # + 13,65 h


def test_holiday_and_absence_weeks_hand_computed():
    cal = WorkCalendar(TWO, [Absence("vacation", date(2025, 12, 22), date(2025, 12, 23)),
                             Absence("sick", date(2025, 12, 24), date(2025, 12, 24), "A")])
    week = week_period(date(2025, 12, 22))           # Mo 22 … Fr 26; 25 + 26 holidays
    # A: 22, 23 vacation; 24 sick at A; 25, 26 public holidays -> 0
    assert cal.soll(week, "A") == 0
    # B: only the 24th is a working day: 13,65 h / 5 = 163,8 min
    assert cal.soll(week, "B") == Fraction(819, 5)       # 163,8 min


def test_school_holidays_free_target_time_only_when_chosen():
    autumn = SchoolHoliday("Herbstferien", date(2025, 10, 27), date(2025, 10, 31))
    week = week_period(date(2025, 10, 27))
    assert WorkCalendar(TWO, school_holidays=[autumn]).soll(week, "A") == 936
    assert WorkCalendar(TWO, school_holidays=[autumn], holidays_free=True).soll(week, "A") == 0


def test_school_year_boundary_31_july_1_august_uses_each_years_share():
    cal = WorkCalendar([ShareLine("A", 2024, 39.0), ShareLine("A", 2025, 19.5)])
    assert cal.soll_day(date(2025, 7, 31), "A") == 39 * 60 / 5       # Thursday, 2024/25
    assert cal.soll_day(date(2025, 8, 1), "A") == 19.5 * 60 / 5      # Friday, 2025/26
    week = week_period(date(2025, 7, 28))
    assert cal.soll(week, "A") == 4 * 39 * 12 + 19.5 * 12


def test_periods_of_a_school_year():
    assert year_period(SY).first == date(2025, 8, 1) and year_period(SY).last == date(2026, 7, 31)
    q2 = quarter_period(SY, 2)
    assert (q2.first, q2.last) == (date(2025, 11, 1), date(2026, 1, 31))
    assert quarter_period(SchoolYear(2027), 3).last == date(2028, 4, 30)   # leap year
    assert len(months_of(SY)) == 12 and months_of(SY)[6].label == "Februar 2026"
    assert months_of(SchoolYear(2027))[6].last == date(2028, 2, 29)
    weeks = weeks_of(SY)
    assert weeks[0].first <= SY.start <= weeks[0].last and weeks[-1].first <= SY.end


def test_bad_absences_are_refused_in_german():
    for absence, words in ((Absence("holiday", date(2025, 9, 1), date(2025, 9, 2)), "Art"),
                           (Absence("sick", date(2025, 9, 2), date(2025, 9, 1)), "vor ihrem"),
                           (Absence("vacation", date(2025, 1, 1), date(2026, 6, 1)), "Jahr")):
        try:
            check_absence(absence)
        except WorkTimeError as err:
            assert words in str(err)
        else:
            raise AssertionError("accepted")


days = st.dates(min_value=date(2019, 8, 1), max_value=date(2031, 7, 31))


@settings(max_examples=200, deadline=None)
@given(start=days, length=st.integers(0, 60), gap=st.integers(0, 40),
       span=st.integers(0, 20), school=st.sampled_from(["A", "B", None]))
def test_holidays_and_absences_never_count_as_target_time(start, length, gap, span, school):
    shares = [ShareLine(s, y, h) for y in range(2019, 2032) for s, h in (("A", 15.6), ("B", 13.65))]
    absent = Absence("vacation", start + timedelta(days=gap),
                     start + timedelta(days=gap + span), school)
    cal = WorkCalendar(shares, [absent])
    day = start
    while day <= start + timedelta(days=length):
        for sid in ("A", "B"):
            free = (day.weekday() >= 5 or public_holiday(day) is not None
                    or absent.covers(day, sid))
            assert (cal.soll_day(day, sid) == 0) == free
        day += timedelta(days=1)


@settings(max_examples=100, deadline=None)
@given(year=st.integers(2019, 2035), number=st.integers(1, 4))
def test_quarters_tile_the_school_year_in_leap_and_common_years(year, number):
    sy = SchoolYear(year)
    quarters = [quarter_period(sy, n) for n in (1, 2, 3, 4)]
    assert quarters[0].first == sy.start and quarters[-1].last == sy.end
    for a, b in zip(quarters, quarters[1:], strict=False):
        assert b.first == a.last + timedelta(days=1)
    assert sum(1 for q in quarters for _ in q.days()) == (sy.end - sy.start).days + 1
    cal = WorkCalendar([ShareLine("A", year, 39.0)])
    assert sum(cal.soll(q, "A") for q in quarters) == cal.soll(year_period(sy), "A")


@settings(max_examples=60, deadline=None)
@given(year=st.integers(2020, 2035))
def test_dst_weeks_have_the_target_time_of_their_working_days(year):
    """The last Sunday of March and of October change the clock; the target of those weeks
    depends only on their working days."""
    cal = WorkCalendar([ShareLine("A", y, 39.0) for y in range(year - 1, year + 1)])
    for month in (3, 10):
        last = date(year, month, 31)
        sunday = last - timedelta(days=(last.weekday() - 6) % 7)
        week = week_period(sunday)
        working = sum(1 for d in week.days() if d.weekday() < 5 and public_holiday(d) is None)
        assert cal.soll(week, "A") == working * 39 * 60 / 5


def test_a_share_owes_nothing_before_her_start_and_after_her_end():
    """Employment 01.09.2026 (Tue) – 30.09.2026 (Wed): the start day and the last day owe,
    the day before and the day after do not; a second post without dates owes all days."""
    employed = wt.ShareLine("A", 2026, 19.5, date(2026, 9, 1), date(2026, 9, 30))
    cal = wt.WorkCalendar([employed, wt.ShareLine("A", 2026, 10)])
    assert cal.soll_day(date(2026, 8, 31), "A") == 10 * 60 / 5         # day before: only the other
    assert cal.soll_day(date(2026, 9, 1), "A") == (19.5 + 10) * 60 / 5  # start day
    assert cal.soll_day(date(2026, 9, 30), "A") == (19.5 + 10) * 60 / 5  # last day
    assert cal.soll_day(date(2026, 10, 1), "A") == 10 * 60 / 5          # day after
    # August: 21 weekdays, September: 22 weekdays (no holidays in either)
    august = wt.month_period(2026, 8)
    september = wt.month_period(2026, 9)
    assert cal.soll(august, "A") == 21 * 120
    assert cal.soll(september, "A") == 22 * (234 + 120)
    assert cal.soll(september) == 22 * (234 + 120)
