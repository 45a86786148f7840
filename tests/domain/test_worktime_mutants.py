"""The working-time model at its edges (issue 20 item 6: mutation testing of
``domain/worktime.py``): labels and refusals as she reads them, limits at their value, free
days by reason, target minutes hand-computed."""

from __future__ import annotations

import dataclasses
from datetime import date
from fractions import Fraction

import pytest

from ssa_desktop.domain import worktime as wt
from ssa_desktop.domain.schoolyear import SchoolYear

SY = SchoolYear(2025)


@pytest.mark.parametrize(("kind", "shown"), [("vacation", "Urlaub"), ("sick", "krank"),
                                           ("other", "sonstige Abwesenheit")])
def test_an_absence_of_each_kind_is_saved_and_its_day_says_which(kind, shown):
    """The stored kinds of an absence: each is accepted, and the calendar names the day
    by it; an absence entered without school or note is at every school, with no note."""
    absence = wt.Absence(kind, date(2025, 9, 1), date(2025, 9, 1))
    wt.check_absence(absence)
    assert wt.WorkCalendar([], [absence]).free_reason(date(2025, 9, 1)) == shown
    assert absence.covers(date(2025, 9, 1), "any school") and absence.note == ""


def test_two_stopwatch_runs_of_one_entry_are_two_sessions():
    assert wt.TimeSession("t", "a", "b").id != wt.TimeSession("t", "a", "b").id


def test_the_periods_she_chooses_from_are_the_periods_there_are():
    """The time area offers the period kinds (``PERIOD_KINDS``) and the period functions
    make exactly those."""
    made = {wt.year_period(SY).kind, wt.quarter_period(SY, 1).kind,
            wt.month_period(2025, 12).kind, wt.week_period(date(2025, 12, 31)).kind}
    assert made == set(wt.PERIOD_KINDS)
    assert wt.year_period(SY).label.startswith(wt.PERIOD_KINDS["year"])
    assert wt.PERIOD_KINDS["quarter"] in wt.quarter_period(SY, 2).label


def test_absence_covers_its_days_and_school():
    a = wt.Absence("sick", date(2025, 9, 2), date(2025, 9, 4), "A")
    assert [a.covers(date(2025, 9, d), "A") for d in (1, 2, 4, 5)] == [False, True, True, False]
    assert not a.covers(date(2025, 9, 3), "B") and not a.covers(date(2025, 9, 3), None)
    everywhere = wt.Absence("sick", date(2025, 9, 2), date(2025, 9, 2))
    assert everywhere.covers(date(2025, 9, 2), "B") and everywhere.covers(date(2025, 9, 2), None)


def test_period_days_and_contains():
    p = wt.Period("week", date(2025, 11, 10), date(2025, 11, 12), "x")
    assert list(p.days()) == [date(2025, 11, 10), date(2025, 11, 11), date(2025, 11, 12)]
    assert date(2025, 11, 10) in p and date(2025, 11, 12) in p
    assert date(2025, 11, 9) not in p and date(2025, 11, 13) not in p
    assert list(wt.Period("week", date(2025, 1, 1), date(2025, 1, 1), "").days()) == [
        date(2025, 1, 1)]


def test_each_period_is_named_as_the_time_area_shows_it():
    assert wt.year_period(SY) == wt.Period("year", date(2025, 8, 1), date(2026, 7, 31),
                                           "Schuljahr 2025/26")
    assert wt.quarter_period(SY, 1) == wt.Period("quarter", date(2025, 8, 1),
                                                 date(2025, 10, 31), "1. Quartal 2025/26")
    assert wt.quarter_period(SY, 4) == wt.Period("quarter", date(2026, 5, 1),
                                                 date(2026, 7, 31), "4. Quartal 2025/26")
    for bad in (0, 5):
        with pytest.raises(wt.WorkTimeError) as e:
            wt.quarter_period(SY, bad)
        assert str(e.value) == "Ein Schuljahr hat die Quartale 1 bis 4."
    assert wt.month_period(2025, 12) == wt.Period("month", date(2025, 12, 1),
                                                  date(2025, 12, 31), "Dezember 2025")
    assert wt.month_period(2026, 1).label == "Januar 2026"
    assert wt.week_period(date(2025, 12, 31)) == wt.Period(
        "week", date(2025, 12, 29), date(2026, 1, 4), "KW 1/2026")
    assert wt.week_period(date(2025, 11, 16)).label == "KW 46/2025"
    assert [m.label for m in wt.months_of(SY)] == [
        "August 2025", "September 2025", "Oktober 2025", "November 2025", "Dezember 2025",
        "Januar 2026", "Februar 2026", "März 2026", "April 2026", "Mai 2026", "Juni 2026",
        "Juli 2026"]
    weeks = wt.weeks_of(SY)
    assert (weeks[0].first, weeks[-1].last, len(weeks)) == (
        date(2025, 7, 28), date(2026, 8, 2), 53)
    # a school year starting on a Monday: its first week starts that day
    assert wt.weeks_of(SchoolYear(2022))[0].first == date(2022, 8, 1)


def test_free_reason_by_kind():
    holiday = wt.SchoolHoliday("Herbstferien", date(2025, 10, 27), date(2025, 10, 31))
    unnamed = wt.SchoolHoliday("", date(2025, 11, 3), date(2025, 11, 3))
    cal = wt.WorkCalendar([], [wt.Absence("other", date(2025, 9, 1), date(2025, 9, 1)),
                               wt.Absence("odd", date(2025, 9, 2), date(2025, 9, 2))],
                          [holiday, unnamed], holidays_free=True)
    assert cal.free_reason(date(2025, 11, 14)) == ""                  # Friday
    assert cal.free_reason(date(2025, 11, 15)) == "Wochenende"        # Saturday
    assert cal.free_reason(date(2025, 11, 16)) == "Wochenende"
    assert cal.free_reason(date(2025, 10, 3)) == "Tag der Deutschen Einheit"
    assert cal.free_reason(date(2025, 9, 1)) == "sonstige Abwesenheit"
    assert cal.free_reason(date(2025, 9, 2)) == "odd"
    assert cal.free_reason(date(2025, 10, 27)) == "Herbstferien"
    assert cal.free_reason(date(2025, 10, 31)) == "Herbstferien"
    assert cal.free_reason(date(2025, 10, 24)) == ""
    assert cal.free_reason(date(2025, 11, 3)) == "Schulferien"
    off = wt.WorkCalendar([], school_holidays=[holiday])
    assert off.free_reason(date(2025, 10, 27)) == "" and off.holidays_free is False


def test_shares_add_up_exactly_per_school_and_year():
    cal = wt.WorkCalendar([wt.ShareLine("A", 2025, 15.6), wt.ShareLine("A", 2025, 3.9),
                           wt.ShareLine("B", 2025, 0.0), wt.ShareLine("C", 2024, 10.0)])
    assert cal.weekly_hours("A", 2025) == Fraction(39, 2)
    assert cal.weekly_hours("B", 2025) == 0 and cal.weekly_hours("X", 2025) == 0
    assert cal.weekly_hours(None, 2025) == Fraction(39, 2)
    assert cal.weekly_hours(None, 2024) == 10
    assert cal.weekly_hours(None, 2030) == 0
    assert cal.schools() == ["A", "C"]
    assert cal.schools(2025) == ["A"] and cal.schools(2026) == []
    assert wt.WorkCalendar([wt.ShareLine("A", 2025, 1 / 3)]).weekly_hours("A", 2025) == \
        Fraction(1, 3)


def test_soll_day_and_period_hand_computed():
    cal = wt.WorkCalendar([wt.ShareLine("A", 2025, 39.0), wt.ShareLine("B", 2025, 19.5)])
    friday = date(2025, 11, 14)
    assert cal.soll_day(friday, "A") == 468                 # 39 h × 60 / 5
    assert cal.soll_day(friday) == 468 + 234
    assert cal.soll_day(date(2025, 11, 15), "A") == 0
    assert cal.soll_day(date(2025, 11, 15)) == 0
    week = wt.week_period(friday)
    assert cal.soll(week, "B") == 1170 and cal.soll(week) == 2340 + 1170
    # two days in July and August: each in its own school year
    cal = wt.WorkCalendar([wt.ShareLine("A", 2024, 39.0), wt.ShareLine("A", 2025, 19.5)])
    assert cal.soll(wt.Period("x", date(2025, 7, 31), date(2025, 8, 1), ""), "A") == 468 + 234
    assert cal.soll(wt.Period("x", date(2025, 7, 31), date(2025, 8, 1), "")) == 468 + 234
    assert cal.soll(wt.Period("x", date(2025, 8, 2), date(2025, 8, 3), "")) == 0


def _refused(check, item) -> str:
    with pytest.raises(wt.WorkTimeError) as e:
        check(item)
    return str(e.value)


def test_absence_refusals_and_limits():
    ok = wt.Absence("vacation", date(2025, 1, 1), date(2026, 1, 2))      # 366 days later
    assert wt.check_absence(ok) is None
    assert wt.check_absence(wt.Absence("sick", date(2025, 1, 1), date(2025, 1, 1))) is None
    assert _refused(wt.check_absence, wt.Absence("vacation", date(2025, 1, 1),
                                                 date(2026, 1, 3))) == (
        "Eine Abwesenheit kann höchstens ein Jahr umfassen.")
    assert _refused(wt.check_absence, wt.Absence("x", date(2025, 1, 1), date(2025, 1, 1))) == (
        "Bitte die Art der Abwesenheit wählen (Urlaub, krank, sonstige).")
    assert _refused(wt.check_absence, wt.Absence("other", date(2025, 1, 2),
                                                 date(2025, 1, 1))) == (
        "Das Ende der Abwesenheit liegt vor ihrem Beginn.")


def test_school_holiday_refusals_and_limits():
    assert wt.check_school_holiday(wt.SchoolHoliday("Sommer", date(2025, 7, 1),
                                                    date(2025, 9, 29))) is None   # 90 days
    assert wt.check_school_holiday(wt.SchoolHoliday("T", date(2025, 7, 1),
                                                    date(2025, 7, 1))) is None
    assert _refused(wt.check_school_holiday, wt.SchoolHoliday(
        "Sommer", date(2025, 7, 1), date(2025, 9, 30))) == (
        "Ferien können höchstens 90 Tage umfassen.")
    assert _refused(wt.check_school_holiday, wt.SchoolHoliday(
        "  ", date(2025, 7, 1), date(2025, 7, 2))) == (
        "Bitte die Ferien benennen (z. B. „Herbstferien“).")
    assert _refused(wt.check_school_holiday, wt.SchoolHoliday(
        "Herbst", date(2025, 7, 2), date(2025, 7, 1))) == (
        "Das Ende der Ferien liegt vor ihrem Beginn.")


def test_value_objects_are_frozen():
    # immutable (and hashable) values: a caller cannot change one in place
    for value, name in ((wt.ShareLine("A", 2025, 1.0), "weekly_hours"), (wt.year_period(SY), "first")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)


def test_ids_small_shares_and_a_year_ending_on_a_monday():
    assert len(wt.Absence("sick", date(2025, 9, 1), date(2025, 9, 1)).id) == 32
    assert len(wt.SchoolHoliday("H", date(2025, 9, 1), date(2025, 9, 1)).id) == 32
    assert wt.WorkCalendar([wt.ShareLine("A", 2025, 0.5)]).schools() == ["A"]
    # 31.07.2023 is a Monday: its week is the school year's last
    assert wt.weeks_of(SchoolYear(2022))[-1].first == date(2023, 7, 31)


def test_a_school_without_target_time_that_day_leaves_the_others_counted():
    # A (sorted first) owes nothing in the week, before her start there or by an absence
    # of A alone; B's 19.5 h still count for every day of it
    week = wt.week_period(date(2025, 11, 14))
    later = wt.WorkCalendar([wt.ShareLine("A", 2025, 39.0, date(2025, 12, 1)),
                             wt.ShareLine("B", 2025, 19.5)])
    assert later.soll(week) == 1170
    away = wt.WorkCalendar([wt.ShareLine("A", 2025, 39.0), wt.ShareLine("B", 2025, 19.5)],
                           [wt.Absence("other", date(2025, 11, 10), date(2025, 11, 14), "A")])
    assert away.soll(week) == 1170
