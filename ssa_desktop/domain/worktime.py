"""Working-time model: target hours (Soll) from the post, holidays and absences
(docs/timeshare.md, "Sollzeit").

Per school and school year the post share (Stellenumfang) gives weekly hours
(percent / 100 × full-time hours). A working day (Monday to Friday) carries a fifth of
the weekly hours unless it is a public holiday in Baden-Württemberg
(``domain/public_holidays.py``), an absence (vacation, sick, other) or – only when the worker
chose so – a school holiday. Soll, Ist and balance are minutes; no date arithmetic
depends on the time of day, so DST changes do not matter here.

Pure Python: no Qt, no SQL, no clock (callers pass the dates).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from .entities import new_id
from .errors import UserError
from .public_holidays import bw_public_holidays
from .schoolyear import SchoolYear

WORKDAYS_PER_WEEK = 5
ABSENCE_KINDS = {"vacation": "Urlaub", "sick": "krank", "other": "sonstige Abwesenheit"}
PERIOD_KINDS = {"year": "Schuljahr", "quarter": "Quartal", "month": "Monat", "week": "Woche"}
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")


class WorkTimeError(UserError):
    """Input the working-time model refuses; ``str()`` is a German sentence."""


@dataclass
class Absence:
    """Days without target time: vacation, sick or other (whole days, both inclusive)."""

    kind: str
    first_day: date
    last_day: date
    school_id: str | None = None      # None: at every school
    note: str = ""
    id: str = field(default_factory=new_id)

    def covers(self, day: date, school_id: str | None) -> bool:
        return (self.first_day <= day <= self.last_day
                and (self.school_id is None or self.school_id == school_id))


@dataclass
class SchoolHoliday:
    """School holidays (Schulferien) the worker entered; they free target time only when
    the option "Schulferien ohne Sollzeit" is on."""

    label: str
    first_day: date
    last_day: date
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class ShareLine:
    """Weekly hours of the post(s) at one school in one school year, owed only on the
    days of the employment (``first`` … ``last``, both inclusive; None: open)."""

    school_id: str
    school_year: int
    weekly_hours: float
    first: date | None = None      # "Beschäftigt seit"
    last: date | None = None       # "Beschäftigt bis"

    def employed(self, day: date) -> bool:
        return ((self.first is None or self.first <= day)
                and (self.last is None or day <= self.last))


@dataclass(frozen=True)
class Period:
    kind: str          # year | quarter | month | week
    first: date
    last: date
    label: str

    def days(self) -> Iterator[date]:
        day = self.first
        while day <= self.last:
            yield day
            day += timedelta(days=1)

    def __contains__(self, day: date) -> bool:
        return self.first <= day <= self.last


# -- periods ------------------------------------------------------------------------------
def year_period(year: SchoolYear) -> Period:
    return Period("year", year.start, year.end, f"Schuljahr {year.label}")


def quarter_period(year: SchoolYear, number: int) -> Period:
    """Quarter ``number`` (1–4) of the school year: Aug–Okt, Nov–Jan, Feb–Apr, Mai–Jul."""
    if number not in (1, 2, 3, 4):
        raise WorkTimeError("Ein Schuljahr hat die Quartale 1 bis 4.")
    first = _add_months(year.start, 3 * (number - 1))
    last = _add_months(first, 3) - timedelta(days=1)
    return Period("quarter", first, last, f"{number}. Quartal {year.label}")


def month_period(year: int, month: int) -> Period:
    first = date(year, month, 1)
    return Period("month", first, _add_months(first, 1) - timedelta(days=1),
                  f"{MONTHS[month - 1]} {year}")


def week_period(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    number = monday.isocalendar()[1]
    return Period("week", monday, monday + timedelta(days=6), f"KW {number}/{monday.isocalendar()[0]}")


def months_of(year: SchoolYear) -> list[Period]:
    return [month_period(d.year, d.month) for d in (_add_months(year.start, i) for i in range(12))]


def weeks_of(year: SchoolYear) -> list[Period]:
    """Every calendar week touching the school year (the first and last may reach into the
    neighbouring years)."""
    weeks, day = [], year.start - timedelta(days=year.start.weekday())
    while day <= year.end:
        weeks.append(week_period(day))
        day += timedelta(days=7)
    return weeks


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# -- public holidays ----------------------------------------------------------------------
def public_holiday(day: date) -> str | None:
    """The name of the public holiday in Baden-Württemberg on ``day``, or None."""
    return bw_public_holidays(day.year).get(day)


# -- the calendar --------------------------------------------------------------------------
class WorkCalendar:
    """Target minutes per day and school from shares, absences and holidays."""

    def __init__(self, shares: Iterable[ShareLine], absences: Iterable[Absence] = (),
                 school_holidays: Iterable[SchoolHoliday] = (), holidays_free: bool = False):
        # exact weekly hours (40 % of 39 h is 15,6 h, not 15.600000000000001)
        self.weekly: dict[tuple[str, int], Fraction] = {}
        # the lines of each (school, year) with their employment window
        self.lines: dict[tuple[str, int], list[tuple[Fraction, ShareLine]]] = {}
        for line in shares:
            key = (line.school_id, line.school_year)
            hours = Fraction(line.weekly_hours).limit_denominator(10_000)
            self.weekly[key] = self.weekly.get(key, Fraction(0)) + hours
            self.lines.setdefault(key, []).append((hours, line))
        self.absences = list(absences)
        self.school_holidays = list(school_holidays)
        self.holidays_free = holidays_free

    def schools(self, school_year: int | None = None) -> list[str]:
        return sorted({s for (s, y), h in self.weekly.items()
                       if h > 0 and (school_year is None or y == school_year)})

    def weekly_hours(self, school_id: str | None, school_year: int) -> Fraction:
        if school_id is None:
            return sum((h for (_, y), h in self.weekly.items() if y == school_year), Fraction(0))
        return self.weekly.get((school_id, school_year), Fraction(0))

    def free_reason(self, day: date, school_id: str | None = None) -> str:
        """Why ``day`` carries no target time ("" on a working day)."""
        if day.weekday() >= WORKDAYS_PER_WEEK:
            return "Wochenende"
        name = public_holiday(day)
        if name:
            return name
        for absence in self.absences:
            if absence.covers(day, school_id):
                return ABSENCE_KINDS.get(absence.kind, absence.kind)
        if self.holidays_free:
            for holiday in self.school_holidays:
                if holiday.first_day <= day <= holiday.last_day:
                    return holiday.label or "Schulferien"
        return ""

    def soll_day(self, day: date, school_id: str | None = None) -> Fraction:
        """Target minutes on ``day`` at ``school_id`` (None: at all schools together)."""
        if school_id is None:
            return sum((self.soll_day(day, s) for s in self.schools(SchoolYear.of(day).start_year)),
                       Fraction(0))
        if self.free_reason(day, school_id):
            return Fraction(0)
        return self.weekly_hours_on(day, school_id) * 60 / WORKDAYS_PER_WEEK

    def weekly_hours_on(self, day: date, school_id: str) -> Fraction:
        """The weekly hours owed at ``school_id`` on ``day``: the shares of its school
        year whose employment covers the day (none before her start or after her end)."""
        key = (school_id, SchoolYear.of(day).start_year)
        return sum((h for h, line in self.lines.get(key, ()) if line.employed(day)), Fraction(0))

    def soll(self, period: Period, school_id: str | None = None) -> Fraction:
        """Target minutes in ``period`` (exact): per share line its working days inside
        the employment, times a fifth of the line's weekly hours."""
        days: dict[tuple[str, int, int], int] = {}    # (school, year, line) -> days
        for day in period.days():
            year = day.year if day.month >= 8 else day.year - 1
            for sid in ([school_id] if school_id is not None else self.schools(year)):
                lines = [i for i, (_h, line) in enumerate(self.lines.get((sid, year), ()))
                         if line.employed(day)]
                if not lines or self.free_reason(day, sid):
                    continue
                for i in lines:
                    days[(sid, year, i)] = days.get((sid, year, i), 0) + 1
        return sum((self.lines[(sid, year)][i][0] * 60 / WORKDAYS_PER_WEEK * n
                    for (sid, year, i), n in days.items()), Fraction(0))


def check_absence(absence: Absence) -> None:
    """German WorkTimeError when an absence cannot be saved."""
    if absence.kind not in ABSENCE_KINDS:
        raise WorkTimeError("Bitte die Art der Abwesenheit wählen (Urlaub, krank, sonstige).")
    if absence.last_day < absence.first_day:
        raise WorkTimeError("Das Ende der Abwesenheit liegt vor ihrem Beginn.")
    if (absence.last_day - absence.first_day).days > 366:
        raise WorkTimeError("Eine Abwesenheit kann höchstens ein Jahr umfassen.")


def check_school_holiday(holiday: SchoolHoliday) -> None:
    if not holiday.label.strip():
        raise WorkTimeError("Bitte die Ferien benennen (z. B. „Herbstferien“).")
    if holiday.last_day < holiday.first_day:
        raise WorkTimeError("Das Ende der Ferien liegt vor ihrem Beginn.")
    if (holiday.last_day - holiday.first_day).days > 90:
        raise WorkTimeError("Ferien können höchstens 90 Tage umfassen.")


@dataclass
class TimeSession:
    """When a stopwatch entry ran (ISO date-times with UTC offset, so DST is exact)."""

    time_entry_id: str
    started: str
    stopped: str
    id: str = field(default_factory=new_id)


# -- options of the Sollzeit (declared here, applied by services.timeshare/setup) ----------
from . import options as _options  # noqa: E402

FULL_TIME_HOURS = _options.declare(_options.Option(
    "post.full_time_hours", float, 39.0, "Wochenstunden einer Vollzeitstelle",
    legal_basis="Tarifvertrag des Trägers (TVöD: 39 Std.)", minimum=1.0, maximum=60.0,
    help="Gilt für neue Stellen; jede Stelle behält ihre eigenen Vollzeitstunden (sie "
         "zählen für die Sollzeit). Die einzige Angabe dieser Art."))
HOLIDAYS_FREE = _options.declare(_options.Option(
    "timeshare.school_holidays_free", bool, False, "Schulferien ohne Sollzeit",
    help="An eingetragenen Schulferien fällt keine Sollzeit an (z. B. bei einem "
         "Jahresarbeitszeitmodell des Trägers). Sonst zählen nur Urlaub, Krankheit und "
         "Feiertage."))
