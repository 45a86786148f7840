"""Jahresbericht: its free-text sections and the simple anonymous counts it prints.

The counts read only ``statistics_record`` (anonymous: no names, no free text),
``time_entry`` minutes and the activities linked to agreement goals (titles and
counts, never participants).
"""

from __future__ import annotations

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
