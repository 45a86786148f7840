"""Kept totals of deleted time months (docs/statistics.md "Gelöschte Monate").

Before R8 deletes a month of time entries, ``keep_month`` writes their anonymous totals
per school and category (minutes, contacts; no text, no source link) to
``time_month_total``. The readers of time (time shares, KVJS, Jahresbericht) add these
rows to the live entries; a month's entries are either live or kept, never both.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain.entities import TimeEntry
from .connection import Connection

# contacts of a time entry, as the time shares count them (a Kurzkontakt with its count)
_CONTACTS = ("CASE WHEN t.source_kind = 'short_contact' THEN coalesce(s.count, 1)"
             " WHEN t.source_kind = 'contact' THEN 1 ELSE 0 END")


def keep_month(conn: Connection, month: str, areas: Mapping[str, str], kept: date) -> int:
    """Add the totals of the live time entries of ``month`` (YYYY-MM) to the kept totals;
    ``areas`` maps a category to its task area (unknown: IND). Returns the rows written.
    Call it in the transaction that deletes the month."""
    rows = conn.execute(
        f"SELECT t.school_id, t.category, sum(t.minutes), sum({_CONTACTS})"  # noqa: S608
        " FROM time_entry t LEFT JOIN short_contact s ON s.id = t.source_id"
        " WHERE substr(t.day, 1, 7) = ? GROUP BY t.school_id, t.category", (month,)).fetchall()
    for school_id, category, minutes, contacts in rows:
        conn.execute(
            "INSERT INTO time_month_total(month, school_id, category, area, minutes, contacts,"
            " kept) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (month, school_id, category, areas.get(category, "IND"), int(minutes),
             int(contacts), kept.isoformat()))
    return len(rows)


def minutes_by_month(conn: Connection, first: date, last: date) -> list[tuple[date, str, str | None, int]]:
    """(first day of month, category, school_id, minutes) of kept months in [first, last]."""
    rows = conn.execute(
        "SELECT month || '-01' AS d, category, school_id, sum(minutes) FROM time_month_total"
        " WHERE d BETWEEN ? AND ? GROUP BY month, category, school_id",
        (first.isoformat(), last.isoformat())).fetchall()
    return [(date.fromisoformat(r[0]), r[1], r[2], int(r[3])) for r in rows]


def contacts_by_month(conn: Connection, first: date, last: date) -> list[tuple[date, str | None, int]]:
    """(first day of month, school_id, contacts) of kept months in [first, last]."""
    rows = conn.execute(
        "SELECT month || '-01' AS d, school_id, sum(contacts) FROM time_month_total"
        " WHERE d BETWEEN ? AND ? GROUP BY month, school_id HAVING sum(contacts) > 0",
        (first.isoformat(), last.isoformat())).fetchall()
    return [(date.fromisoformat(r[0]), r[1], int(r[2])) for r in rows]


def minutes_by_category(conn: Connection, first: date, last: date) -> dict[str, int]:
    """Minutes per category of kept months in [first, last], every school together."""
    rows = conn.execute(
        "SELECT category, sum(minutes) FROM time_month_total WHERE month || '-01' BETWEEN ? AND ?"
        " GROUP BY category", (first.isoformat(), last.isoformat()))
    return {category: int(minutes) for category, minutes in rows}


def contacts_between(conn: Connection, first: date, last: date) -> int:
    """Contacts of kept months in [first, last], every school together."""
    row = conn.execute(
        "SELECT coalesce(sum(contacts), 0) FROM time_month_total"
        " WHERE month || '-01' BETWEEN ? AND ?", (first.isoformat(), last.isoformat())).fetchone()
    return int(row[0])


def as_entries(conn: Connection, first: date, last: date, school_ids: list[str],
               without_school: bool = False) -> list[TimeEntry]:
    """Kept totals of the schools ``school_ids`` (and of no school with
    ``without_school``) in [first, last] as time entries dated the first of their month
    (source_kind "kept_total"), for readers that take entries (the KVJS engine)."""
    marks = ", ".join("?" for _ in school_ids) or "NULL"
    where = f"(school_id IN ({marks}) OR (? AND school_id IS NULL))"   # marks only
    sql = ("SELECT rowid, month || '-01' AS d, category, school_id, minutes"  # noqa: S608
           " FROM time_month_total WHERE d BETWEEN ? AND ? AND " + where + " ORDER BY d, rowid")
    rows = conn.execute(sql,
        [first.isoformat(), last.isoformat(), *school_ids, int(without_school)]).fetchall()
    return [TimeEntry(date.fromisoformat(d), category, int(minutes), school_id,
                      "kept_total", None, "", f"kept-{rowid}")
            for rowid, d, category, school_id, minutes in rows]


def kept_months(conn: Connection) -> list[str]:
    """The months (YYYY-MM) of which totals are kept."""
    return [r[0] for r in conn.execute("SELECT DISTINCT month FROM time_month_total ORDER BY 1")]
