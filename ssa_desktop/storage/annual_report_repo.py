"""Jahresbericht: its free-text sections and the simple anonymous counts it prints.

The counts read only ``statistics_record`` (anonymous: no names, no free text),
``time_entry`` minutes and the activities linked to agreement goals (titles and
counts, never participants).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .connection import Connection


def texts(conn: Connection, school_id: str, school_year: int) -> dict[str, str]:
    return dict(conn.execute(
        "SELECT section, text FROM annual_report_text WHERE school_id = ? AND school_year = ?",
        (school_id, school_year)).fetchall())


def set_text(conn: Connection, school_id: str, school_year: int, section: str, text: str,
             updated: str) -> None:
    conn.execute(
        "INSERT INTO annual_report_text (school_id, school_year, section, text, updated)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id, school_year, section)"
        " DO UPDATE SET text = excluded.text, updated = excluded.updated",
        (school_id, school_year, section, text, updated))


@dataclass(frozen=True)
class StatRow:
    task_area: str
    kind: str
    gender: str
    grade: int | None
    person_kind: str
    topics: str
    access_route: str
    person_token: str
    count: int
    visitors: int


def statistics_rows(conn: Connection, school_id: str, school_year: int) -> list[StatRow]:
    rows = conn.execute(
        "SELECT task_area, kind, gender, grade, person_kind, topics, access_route,"
        " person_token, count, visitors FROM statistics_record"
        " WHERE school_year = ? AND school_id = ?", (school_year, school_id)).fetchall()
    return [StatRow(*r) for r in rows]


def minutes_by_category(conn: Connection, school_id: str, first: date, last: date) -> dict[str, int]:
    """Minutes per category: live entries plus the kept totals of deleted months."""
    return dict(conn.execute(
        "SELECT category, sum(minutes) FROM (SELECT category, minutes FROM time_entry"
        "  WHERE school_id = ?1 AND day BETWEEN ?2 AND ?3"
        " UNION ALL SELECT category, minutes FROM time_month_total"
        "  WHERE school_id = ?1 AND month || '-01' BETWEEN ?2 AND ?3) GROUP BY category",
        (school_id, first.isoformat(), last.isoformat())).fetchall())


def goal_activities(conn: Connection, goal_id: str, first: date,
                    last: date) -> list[tuple[str, str, int, int]]:
    """(kind, title, activities, sessions) of the groups, open offers and networking
    linked to a goal, one row per title (or networking kind)."""
    year = first.year
    groups = conn.execute(
        "SELECT 'group', g.title, count(DISTINCT g.id), count(s.id) FROM group_activity g"
        " LEFT JOIN group_session s ON s.group_id = g.id"
        " WHERE g.goal_id = ? AND g.school_year = ? GROUP BY g.title ORDER BY g.title",
        (goal_id, year)).fetchall()
    offers = conn.execute(
        "SELECT 'open', title, 1, count(*) FROM open_offer_session"
        " WHERE goal_id = ? AND day BETWEEN ? AND ? GROUP BY title ORDER BY title",
        (goal_id, first.isoformat(), last.isoformat())).fetchall()
    network = conn.execute(
        "SELECT 'network', kind, 1, count(*) FROM network_activity"
        " WHERE goal_id = ? AND day BETWEEN ? AND ? GROUP BY kind ORDER BY kind",
        (goal_id, first.isoformat(), last.isoformat())).fetchall()
    return [tuple(r) for r in groups + offers + network]


def school(conn: Connection, school_id: str):
    return conn.execute("SELECT id, name, code, school_type FROM school WHERE id = ?",
                        (school_id,)).fetchone()


def pupils(conn: Connection, school_id: str, school_year: int) -> int | None:
    r = conn.execute("SELECT pupils FROM school_pupils WHERE school_id = ? AND school_year = ?",
                     (school_id, school_year)).fetchone()
    return r[0] if r else None
