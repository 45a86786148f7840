"""SQL of the Schuljahreswechsel (docs/domain.md "Schuljahreswechsel"): the
pupils of a school with their activity in the ending year, the state of the change per
school and year, and the one update per pupil."""

from __future__ import annotations

import json
from datetime import date

from ..domain import strict_json
from .connection import Connection
from .retention_repo import marked, set_mark

# A pupil whose whereabouts are "nicht bekannt": a retention mark (``retention_repo.set_mark``;
# shown in Datenschutz).
STATUS_UNKNOWN_MARK = "status_unknown"


def pupils(conn: Connection, school_id: str, created_before: date, first: date, last: date):
    """(id, pseudonym, grade, class_label, active) of the school's pupils who have neither
    left nor changed school, were created before ``created_before`` and are not
    restricted; ``active``: a contact (own or in their case), an appointment not
    cancelled or a § 8a procedure opened in [first, last]."""
    a, b = first.isoformat(), last.isoformat()
    rows = conn.execute(
        "WITH active(pid) AS ("
        "  SELECT person_id FROM contact WHERE person_id IS NOT NULL AND day BETWEEN ?1 AND ?2"
        "  UNION SELECT c.person_id FROM contact k JOIN case_file c ON c.id = k.case_id"
        "   WHERE k.day BETWEEN ?1 AND ?2"
        "  UNION SELECT person_id FROM appointment WHERE person_id IS NOT NULL"
        "   AND status != 'cancelled' AND day BETWEEN ?1 AND ?2"
        "  UNION SELECT person_id FROM cp_procedure WHERE opened BETWEEN ?1 AND ?2)"
        " SELECT p.id, p.pseudonym, p.grade, p.class_label, p.id IN (SELECT pid FROM active)"
        " FROM person p WHERE p.kind = 'pupil' AND p.school_id = ?3"
        " AND p.leaving_date IS NULL AND p.school_change_date IS NULL AND p.created < ?4"
        " AND p.id NOT IN (SELECT record_id FROM retention_restriction)"
        " ORDER BY p.pseudonym COLLATE NOCASE, p.id",
        (a, b, school_id, created_before.isoformat())).fetchall()
    return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def still_listed(conn: Connection, person_ids: list[str]) -> set[str]:
    """Those of ``person_ids`` that ``pupils`` may still list: present and not restricted
    (a proposal read earlier may name one restricted or deleted since)."""
    return {r[0] for r in conn.execute(
        "SELECT id FROM person WHERE id IN (SELECT value FROM json_each(?))"
        " AND id NOT IN (SELECT record_id FROM retention_restriction)",
        (json.dumps(person_ids),))}


def has_pupils(conn: Connection, school_id: str, created_before: date) -> bool:
    """Whether ``pupils`` would list anyone (cheap: no activity lookup)."""
    return conn.execute(
        "SELECT EXISTS (SELECT 1 FROM person p WHERE p.kind = 'pupil' AND p.school_id = ?"
        " AND p.leaving_date IS NULL AND p.school_change_date IS NULL AND p.created < ?"
        " AND p.id NOT IN (SELECT record_id FROM retention_restriction))",
        (school_id, created_before.isoformat())).fetchone()[0] == 1


def state(conn: Connection, school_id: str, year: int) -> tuple[date | None, date | None]:
    """(applied, postponed) of the change of ``school_id`` into ``year``."""
    row = conn.execute("SELECT applied, postponed FROM school_year_change"
                       " WHERE school_id = ? AND school_year = ?", (school_id, year)).fetchone()
    if row is None:
        return None, None
    return (date.fromisoformat(row[0]) if row[0] else None,
            date.fromisoformat(row[1]) if row[1] else None)


def set_postponed(conn: Connection, school_id: str, year: int, day: date) -> None:
    conn.execute(
        "INSERT INTO school_year_change(school_id, school_year, postponed) VALUES (?, ?, ?)"
        " ON CONFLICT(school_id, school_year) DO UPDATE SET postponed = excluded.postponed",
        (school_id, year, day.isoformat()))


def set_applied(conn: Connection, school_id: str, year: int, day: date, summary: dict[str, int]) -> None:
    """Record the change as applied, with its counts only (no names, no ids)."""
    conn.execute(
        "INSERT INTO school_year_change(school_id, school_year, applied, summary)"
        " VALUES (?, ?, ?, ?) ON CONFLICT(school_id, school_year) DO UPDATE SET"
        " applied = excluded.applied, summary = excluded.summary",
        (school_id, year, day.isoformat(), json.dumps(summary, sort_keys=True)))


def summary(conn: Connection, school_id: str, year: int) -> dict[str, int]:
    row = conn.execute("SELECT summary FROM school_year_change WHERE school_id = ?"
                       " AND school_year = ?", (school_id, year)).fetchone()
    return strict_json.loads(row[0]) if row and row[0] else {}


def update_pupil(conn: Connection, person_id: str, grade: int | None, class_label: str,
                 leaving: date | None, change: date | None) -> None:
    conn.execute(
        "UPDATE person SET grade = ?, class_label = ?,"
        " leaving_date = coalesce(?, leaving_date),"
        " school_change_date = coalesce(?, school_change_date) WHERE id = ?",
        (grade, class_label, leaving.isoformat() if leaving else None,
         change.isoformat() if change else None, person_id))


def set_unknown(conn: Connection, person_id: str, on: bool) -> None:
    set_mark(conn, person_id, STATUS_UNKNOWN_MARK, on)


def unknown_ids(conn: Connection) -> set[str]:
    return set(marked(conn, STATUS_UNKNOWN_MARK))


def set_last_grade(conn: Connection, school_id: str, grade: int | None) -> None:
    conn.execute("UPDATE school SET last_grade = ? WHERE id = ?", (grade, school_id))
