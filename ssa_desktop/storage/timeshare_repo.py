"""Queries of the time shares (docs/timeshare.md): minutes per day, category and school,
contacts, absences, school holidays, agreement targets, the stopwatch."""

from __future__ import annotations

from datetime import date

from ..domain.timeshare import AgreementTarget
from ..domain.worktime import Absence, SchoolHoliday, TimeSession
from . import time_totals_repo
from .connection import Connection
from .mapper import Table

ABSENCES = Table("absence", Absence)
SCHOOL_HOLIDAYS = Table("school_holiday", SchoolHoliday)
AGREEMENT_TARGETS = Table("agreement_target", AgreementTarget, key=("agreement_id", "code"))
TIME_SESSIONS = Table("time_session", TimeSession)
TABLES: list[Table] = [ABSENCES, SCHOOL_HOLIDAYS, AGREEMENT_TARGETS, TIME_SESSIONS]

# time entries the worker typed (grid) or timed (stopwatch), as opposed to entries that
# the documentation wrote (contacts, groups, open offers, networking)
MANUAL_SOURCES = ("", "grid", "stopwatch")


def minutes_by_day(conn: Connection, first: date, last: date) -> list[tuple[date, str, str | None, int]]:
    """(day, category, school_id, minutes) summed per day, category and school; the kept
    totals of months deleted by R8 follow, dated the first of their month (a key may occur
    twice: callers add up)."""
    rows = conn.execute(
        "SELECT day, category, school_id, sum(minutes) FROM time_entry"
        " WHERE day BETWEEN ? AND ? GROUP BY day, category, school_id",
        (first.isoformat(), last.isoformat())).fetchall()
    return ([(date.fromisoformat(r[0]), r[1], r[2], int(r[3])) for r in rows]
            + time_totals_repo.minutes_by_month(conn, first, last))


def contacts_by_day(conn: Connection, first: date, last: date) -> list[tuple[date, str | None, int]]:
    """(day, school_id, number of contacts) – a Kurzkontakt counts with its count."""
    rows = conn.execute(
        "SELECT t.day, t.school_id, sum(CASE WHEN t.source_kind = 'short_contact'"
        " THEN coalesce(s.count, 1) ELSE 1 END)"
        " FROM time_entry t LEFT JOIN short_contact s ON s.id = t.source_id"
        " WHERE t.day BETWEEN ? AND ? AND t.source_kind IN ('contact', 'short_contact')"
        " GROUP BY t.day, t.school_id", (first.isoformat(), last.isoformat())).fetchall()
    return ([(date.fromisoformat(r[0]), r[1], int(r[2])) for r in rows]
            + time_totals_repo.contacts_by_month(conn, first, last))


def minutes_by_category(conn: Connection, first: date, last: date) -> dict[str, int]:
    """Minutes per category in [first, last], every school together, the kept totals of
    deleted months included: the sums of ``minutes_by_day`` without a row per day."""
    rows = conn.execute(
        "SELECT category, sum(minutes) FROM time_entry WHERE day BETWEEN ? AND ?"
        " GROUP BY category", (first.isoformat(), last.isoformat()))
    minutes = {category: int(total) for category, total in rows}
    for category, total in time_totals_repo.minutes_by_category(conn, first, last).items():
        minutes[category] = minutes.get(category, 0) + total
    return minutes


def contacts_between(conn: Connection, first: date, last: date) -> int:
    """Contacts in [first, last], every school together (a Kurzkontakt with its count),
    the kept totals of deleted months included: the sum of ``contacts_by_day``."""
    row = conn.execute(
        "SELECT coalesce(sum(CASE WHEN t.source_kind = 'short_contact'"
        " THEN coalesce(s.count, 1) ELSE 1 END), 0)"
        " FROM time_entry t LEFT JOIN short_contact s ON s.id = t.source_id"
        " WHERE t.day BETWEEN ? AND ? AND t.source_kind IN ('contact', 'short_contact')",
        (first.isoformat(), last.isoformat())).fetchone()
    return int(row[0]) + time_totals_repo.contacts_between(conn, first, last)


def day_total(conn: Connection, day: date, except_ids: tuple[str, ...] = ()) -> int:
    """All minutes recorded on ``day`` (every school), without the entries ``except_ids``."""
    rows = conn.execute("SELECT id, minutes FROM time_entry WHERE day = ?", (day.isoformat(),))
    return sum(int(m) for i, m in rows if i not in except_ids)


def manual_cells(conn: Connection, first: date, last: date, school_id: str | None):
    """(id, day, category, minutes, source_kind) of typed and timed entries of a school."""
    rows = conn.execute(
        "SELECT id, day, category, minutes, source_kind FROM time_entry"
        " WHERE day BETWEEN ? AND ? AND source_kind IN ('', 'grid', 'stopwatch')"
        " AND school_id IS ? ORDER BY day", (first.isoformat(), last.isoformat(), school_id))
    return [(r[0], date.fromisoformat(r[1]), r[2], int(r[3]), r[4]) for r in rows]


def documented_by_day(conn: Connection, first: date, last: date, school_id: str | None):
    """(day, category, minutes) of entries the documentation wrote, per day and category."""
    rows = conn.execute(
        "SELECT day, category, sum(minutes) FROM time_entry WHERE day BETWEEN ? AND ?"
        " AND source_kind NOT IN ('', 'grid', 'stopwatch') AND school_id IS ?"
        " GROUP BY day, category", (first.isoformat(), last.isoformat(), school_id))
    return [(date.fromisoformat(r[0]), r[1], int(r[2])) for r in rows]


def shares_of_year(conn: Connection, school_year: int,
                   post_id: str | None = None) -> list[tuple[str, float, float]]:
    """(school_id, percent, post's full-time hours) of every post share in the year (of
    one post with ``post_id``)."""
    sql = ("SELECT ps.school_id, ps.percent, p.full_time_hours FROM post_share ps"
           " JOIN post p ON p.id = ps.post_id WHERE ps.school_year = ?")
    params: tuple = (school_year,)
    if post_id is not None:
        sql += " AND ps.post_id = ?"
        params += (post_id,)
    rows = conn.execute(sql, params)
    return [(r[0], float(r[1]), float(r[2])) for r in rows]


def employed_shares_of_year(conn: Connection, school_year: int, post_id: str | None = None
                            ) -> list[tuple[str, float, float, date | None, date | None]]:
    """(school_id, percent, full-time hours, employed from, employed to) of every post
    share in the year (of one post with ``post_id``); the dates are those of the post's
    staff block of the year, else of its latest earlier one (as ``staff_for`` carries it
    over), None where none says."""
    sql = ("SELECT ps.school_id, ps.percent, p.full_time_hours,"
           " (SELECT st.employed_from FROM post_staff st WHERE st.post_id = ps.post_id"
           "  AND st.school_year <= ps.school_year ORDER BY st.school_year DESC LIMIT 1),"
           " (SELECT st.employed_to FROM post_staff st WHERE st.post_id = ps.post_id"
           "  AND st.school_year <= ps.school_year ORDER BY st.school_year DESC LIMIT 1)"
           " FROM post_share ps JOIN post p ON p.id = ps.post_id WHERE ps.school_year = ?")
    params: tuple = (school_year,)
    if post_id is not None:
        sql += " AND ps.post_id = ?"
        params += (post_id,)
    return [(r[0], float(r[1]), float(r[2]), _day(r[3]), _day(r[4]))
            for r in conn.execute(sql, params)]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def absences_between(conn: Connection, first: date, last: date) -> list[Absence]:
    return ABSENCES.select(conn, "first_day <= ? AND last_day >= ?",
                           (last.isoformat(), first.isoformat()), order="first_day")


def school_holidays_between(conn: Connection, first: date, last: date) -> list[SchoolHoliday]:
    return SCHOOL_HOLIDAYS.select(conn, "first_day <= ? AND last_day >= ?",
                                  (last.isoformat(), first.isoformat()), order="first_day")


def agreement_for(conn: Connection, school_id: str, first: date, last: date) -> str | None:
    """The newest agreement of the school valid at some time in [first, last]."""
    row = conn.execute(
        "SELECT id FROM cooperation_agreement WHERE school_id = ? AND valid_from <= ?"
        " AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC, rowid DESC LIMIT 1",
        (school_id, last.isoformat(), first.isoformat())).fetchone()
    return row[0] if row else None


def targets_of(conn: Connection, agreement_id: str) -> list[AgreementTarget]:
    return AGREEMENT_TARGETS.select(conn, "agreement_id = ?", (agreement_id,), order="code")


def delete_targets(conn: Connection, agreement_id: str) -> None:
    conn.execute("DELETE FROM agreement_target WHERE agreement_id = ?", (agreement_id,))


def sessions_overlapping(conn: Connection, started: str, stopped: str) -> list[TimeSession]:
    """Stopwatch sessions overlapping [started, stopped) (UTC ISO strings compare as text)."""
    return TIME_SESSIONS.select(conn, "started < ? AND stopped > ?", (stopped, started))


def stopwatch(conn: Connection) -> tuple[str, str | None] | None:
    row = conn.execute("SELECT started, school_id FROM stopwatch WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else None


def set_stopwatch(conn: Connection, started: str, school_id: str | None) -> None:
    conn.execute("INSERT INTO stopwatch(id, started, school_id) VALUES (1, ?, ?)",
                 (started, school_id))


def clear_stopwatch(conn: Connection) -> None:
    conn.execute("DELETE FROM stopwatch WHERE id = 1")
