"""Entering working time that the documentation does not write by itself
(docs/timeshare.md): the weekly grid of indirect work, the stopwatch, absences and
school holidays. Every function checks all input first and writes in one transaction,
so a refused entry saves nothing.

Rules: minutes are whole and not negative; a day holds at most 24 hours over all
entries and schools; time at a school needs a post share (Stellenumfang) there in that
school year; stopwatch sessions never overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ..domain import clock
from ..domain.catalogues import Entry
from ..domain.entities import TimeEntry
from ..domain.schoolyear import SchoolYear
from ..domain.worktime import (
    ABSENCE_KINDS,
    Absence,
    SchoolHoliday,
    TimeSession,
    WorkTimeError,
    check_absence,
    check_school_holiday,
)
from ..formatting import fmt_date
from ..storage import repositories as repo
from ..storage import timeshare_repo as q
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import timeshare, tombstones
from .operations import DataKind, writes

DAY_MINUTES = 24 * 60
WEEKDAYS = 7


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _school_name(conn: Connection, school_id: str) -> str:
    school = repo.SCHOOLS.existing(conn, school_id,
                                   missing=WorkTimeError("Die Schule gibt es nicht (mehr)."))
    return school.name


def check_post(conn: Connection, school_id: str, day: date) -> None:
    """German WorkTimeError unless the post has a share at the school in day's year."""
    name = _school_name(conn, school_id)
    sy = SchoolYear.of(day)
    percent = sum(p for s, p, _ in q.shares_of_year(conn, sy.start_year) if s == school_id)
    if percent <= 0:
        raise WorkTimeError(
            f"Für {name} ist im Schuljahr {sy.label} kein Stellenumfang eingetragen "
            f"(Einstellungen → Schulen & Stelle); der {fmt_date(day)} liegt daher außerhalb "
            "der Stelle.")


def schools_with_post(conn: Connection, school_year: int) -> list[tuple[str, str]]:
    """(id, name) of the schools where the post has a share in the school year."""
    ids = {s for s, p, _ in q.shares_of_year(conn, school_year) if p > 0}
    return [(s.id, s.name) for s in repo.SCHOOLS.all(conn, order="name COLLATE NOCASE")
            if s.id in ids]


# -- weekly grid ------------------------------------------------------------------------------
@dataclass
class WeekGrid:
    monday: date
    school_id: str
    categories: list[Entry]
    cells: dict[tuple[date, str], int]            # typed + timed minutes per day/category
    documented: dict[date, int]                   # minutes the documentation wrote per day
    timed: dict[tuple[date, str], int] = field(default_factory=dict)  # of cells: stopwatch

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(WEEKDAYS)]

    def day_total(self, day: date) -> int:
        return self.documented.get(day, 0) + sum(v for (d, _), v in self.cells.items()
                                                 if d == day)


def week_grid(conn: Connection, day: date, school_id: str) -> WeekGrid:
    monday = _monday(day)
    sunday = monday + timedelta(days=6)
    cells: dict[tuple[date, str], int] = {}
    timed: dict[tuple[date, str], int] = {}
    for _id, d, category, minutes, source in q.manual_cells(conn, monday, sunday, school_id):
        cells[(d, category)] = cells.get((d, category), 0) + minutes
        if source == "stopwatch":
            timed[(d, category)] = timed.get((d, category), 0) + minutes
    documented: dict[date, int] = {}
    for d, _category, minutes in q.documented_by_day(conn, monday, sunday, school_id):
        documented[d] = documented.get(d, 0) + minutes
    return WeekGrid(monday, school_id, timeshare.indirect_categories(conn), cells, documented,
                    timed)


def _check_minutes(minutes) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise WorkTimeError("Bitte ganze Minuten eingeben.")
    if minutes < 0:
        raise WorkTimeError("Eine Dauer kann nicht negativ sein.")
    if minutes > DAY_MINUTES:
        raise WorkTimeError("Ein Tag hat höchstens 24 Stunden (1440 Minuten).")
    return minutes


def _write_cells(conn: Connection, school_id: str, values: dict[tuple[date, str], int]) -> None:
    """Set typed+timed minutes per (day, category); only the grid entry changes. Checks
    everything before the first write (callers hold the transaction)."""
    known = {e.code for e in timeshare.indirect_categories(conn)}
    plan = [_plan_cell(conn, school_id, known, day, category, minutes)
            for (day, category), minutes in sorted(values.items())]
    _check_day_totals(conn, plan)
    for day, category, minutes, grid in plan:
        for entry_id, *_ in grid:
            repo.TIME_ENTRIES.delete(conn, entry_id)
        if minutes > 0:
            repo.TIME_ENTRIES.insert(conn, TimeEntry(day, category, minutes, school_id,
                                                     source_kind="grid"))


def _plan_cell(conn: Connection, school_id: str, known: set[str], day: date, category: str,
               minutes) -> tuple[date, str, int, list]:
    """One checked cell: (day, category, minutes the grid adds, grid entries it replaces).
    Stopwatch and single entries of the cell stay; the grid adds only what they lack."""
    minutes = _check_minutes(minutes)
    if minutes > 0 and day > clock.today():  # only time already worked is counted
        raise WorkTimeError(f"Der {fmt_date(day)} liegt in der Zukunft; Minuten können "
                            "erst ab dem Tag selbst eingetragen werden.")
    if category not in known:
        raise WorkTimeError("Diese Kategorie gibt es im Wochenraster nicht.")
    existing = [c for c in q.manual_cells(conn, day, day, school_id) if c[2] == category]
    grid = [c for c in existing if c[4] == "grid"]
    fixed = sum(c[3] for c in existing if c[4] != "grid")
    if minutes < fixed:
        raise WorkTimeError(
            f"Am {fmt_date(day)} sind für diese Kategorie schon {fixed} Min. mit der "
            "Stoppuhr oder einzeln erfasst; weniger geht im Raster nicht.")
    if minutes > 0 or grid:
        check_post(conn, school_id, day)
    return (day, category, minutes - fixed, grid)


def _check_day_totals(conn: Connection, plan: list[tuple[date, str, int, list]]) -> None:
    """No day holds more than 24 hours once the planned cells replace the grid's entries."""
    replaced_by_day: dict[date, list[str]] = {}
    added_by_day: dict[date, int] = {}
    for day, _category, added, grid in plan:
        replaced_by_day.setdefault(day, []).extend(c[0] for c in grid)
        added_by_day[day] = added_by_day.get(day, 0) + added
    for day, ids in replaced_by_day.items():
        if q.day_total(conn, day, tuple(ids)) + added_by_day[day] > DAY_MINUTES:
            raise WorkTimeError(f"Am {fmt_date(day)} wären mehr als 24 Stunden erfasst; "
                                "bitte die Minuten prüfen.")


@writes(DataKind.TIME)
def set_cell(conn: Connection, day: date, category: str, school_id: str, minutes: int) -> int:
    """Set the minutes of one cell of the weekly grid (0 clears what the grid added)."""
    with transaction(conn):
        _write_cells(conn, school_id, {(day, category): minutes})
    return minutes


@writes(DataKind.TIME)
def copy_last_week(conn: Connection, day: date, school_id: str) -> int:
    """Fill this week's grid with last week's typed minutes (cells of this week are
    replaced; stopwatch times stay). Returns the number of cells copied."""
    monday = _monday(day)
    last = week_grid(conn, monday - timedelta(days=7), school_id)
    current = week_grid(conn, monday, school_id)
    values = {(d, c.code): 0 for d in current.days for c in current.categories
              if current.cells.get((d, c.code))}
    today = clock.today()
    for (d, category), minutes in last.cells.items():
        if d + timedelta(days=7) <= today:  # future days stay empty until they are worked
            values[(d + timedelta(days=7), category)] = minutes
    if not any(last.cells.values()):
        raise WorkTimeError("In der Vorwoche ist im Wochenraster nichts eingetragen.")
    for key in list(values):
        fixed = sum(c[3] for c in q.manual_cells(conn, key[0], key[0], school_id)
                    if c[2] == key[1] and c[4] != "grid")
        values[key] = max(values[key], fixed)
    with transaction(conn):
        _write_cells(conn, school_id, values)
    return sum(1 for v in last.cells.values() if v)


# -- stopwatch --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Stopwatch:
    started: datetime              # aware (UTC)
    school_id: str | None

    def elapsed_minutes(self, now: datetime | None = None) -> int:
        return max(0, int((_aware(now or clock.now()) - self.started).total_seconds() // 60))


def _aware(moment: datetime) -> datetime:
    """An aware UTC time (a naive one is taken as local time of this computer)."""
    return (moment if moment.tzinfo else moment.astimezone()).astimezone(UTC)


def stopwatch(conn: Connection) -> Stopwatch | None:
    """The running stopwatch (stored in the vault: survives a lock and a restart)."""
    row = q.stopwatch(conn)
    return Stopwatch(datetime.fromisoformat(row[0]), row[1]) if row else None


@writes(DataKind.TIME)
def start_stopwatch(conn: Connection, school_id: str | None = None) -> Stopwatch:
    running = stopwatch(conn)
    if running is not None:
        local = running.started.astimezone().strftime("%H:%M")
        raise WorkTimeError(f"Die Stoppuhr läuft schon seit {local} Uhr; bitte erst anhalten.")
    now = _aware(clock.now()).replace(microsecond=0)
    if school_id is not None:
        check_post(conn, school_id, now.astimezone().date())
    with transaction(conn):
        q.set_stopwatch(conn, now.isoformat(), school_id)
    return Stopwatch(now, school_id)


@writes(DataKind.TIME)
def stop_stopwatch(conn: Connection, category: str, school_id: str | None, minutes: int | None = None,
                   note: str = "") -> TimeEntry:
    """Stop the stopwatch and book its time (``minutes``: corrected duration, default the
    elapsed time) on ``category`` at ``school_id``."""
    running = stopwatch(conn)
    if running is None:
        raise WorkTimeError("Die Stoppuhr läuft nicht.")
    stopped = _aware(clock.now()).replace(microsecond=0)
    if stopped <= running.started:
        raise WorkTimeError("Die Uhrzeit des Computers liegt vor dem Start der Stoppuhr; "
                            "bitte die Uhrzeit prüfen.")
    minutes = running.elapsed_minutes(stopped) if minutes is None else _check_minutes(minutes)
    if minutes == 0:
        raise WorkTimeError("Die Stoppuhr lief weniger als eine Minute; bitte verwerfen oder "
                            "die Minuten eintragen.")
    if category not in {e.code for e in timeshare.indirect_categories(conn)}:
        raise WorkTimeError("Bitte eine Kategorie wählen.")
    if not school_id:
        raise WorkTimeError("Bitte die Schule wählen.")
    day = running.started.astimezone().date()
    check_post(conn, school_id, day)
    start_text = running.started.isoformat()
    stop_text = (running.started + timedelta(minutes=minutes)).isoformat()
    clash = q.sessions_overlapping(conn, start_text, stop_text)
    if clash:
        a = datetime.fromisoformat(clash[0].started).astimezone().strftime("%H:%M")
        b = datetime.fromisoformat(clash[0].stopped).astimezone().strftime("%H:%M")
        raise WorkTimeError(f"Diese Zeit überschneidet sich mit einer schon gestoppten Zeit "
                            f"({a}–{b} Uhr). Es wurde nichts gespeichert.")
    if q.day_total(conn, day) + minutes > DAY_MINUTES:
        raise WorkTimeError(f"Am {fmt_date(day)} wären mehr als 24 Stunden erfasst.")
    entry = TimeEntry(day, category, minutes, school_id, source_kind="stopwatch",
                      note=note.strip())
    with transaction(conn):
        repo.TIME_ENTRIES.insert(conn, entry)
        q.TIME_SESSIONS.insert(conn, TimeSession(entry.id, start_text, stop_text))
        q.clear_stopwatch(conn)
    return entry


@writes(DataKind.TIME)
def discard_stopwatch(conn: Connection) -> None:
    with transaction(conn):
        q.clear_stopwatch(conn)
    return None


# -- absences and school holidays -------------------------------------------------------------
@writes(DataKind.TIME)
def add_absence(conn: Connection, absence: Absence) -> Absence:
    check_absence(absence)
    if absence.school_id is not None:
        _school_name(conn, absence.school_id)
    for other in q.absences_between(conn, absence.first_day, absence.last_day):
        if other.id != absence.id and (other.school_id is None or absence.school_id is None
                                       or other.school_id == absence.school_id):
            raise WorkTimeError(
                f"Vom {fmt_date(other.first_day)} bis {fmt_date(other.last_day)} ist schon "
                f"{ABSENCE_KINDS[other.kind]} eingetragen; Abwesenheiten dürfen sich nicht "
                "überschneiden.")
    with transaction(conn):
        q.ABSENCES.save(conn, absence)
    return absence


def absences(conn: Connection, first: date, last: date) -> list[Absence]:
    return q.absences_between(conn, first, last)


@writes(DataKind.TIME)
def delete_absence(conn: Connection, absence_id: str) -> None:
    tombstones.erase(conn, q.ABSENCES, "absence", absence_id)


@writes(DataKind.TIME)
def add_school_holiday(conn: Connection, holiday: SchoolHoliday) -> SchoolHoliday:
    holiday.label = holiday.label.strip()
    check_school_holiday(holiday)
    with transaction(conn):
        q.SCHOOL_HOLIDAYS.save(conn, holiday)
    return holiday


def school_holidays(conn: Connection, first: date, last: date) -> list[SchoolHoliday]:
    return q.school_holidays_between(conn, first, last)


@writes(DataKind.TIME)
def delete_school_holiday(conn: Connection, holiday_id: str) -> None:
    with transaction(conn):
        q.SCHOOL_HOLIDAYS.delete(conn, holiday_id)
    return None
