"""Appointments (Termine): explicit queries for the calendar views and the slip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import repositories as repo
from .connection import Connection
from .retention_repo import NOT_RESTRICTED


@dataclass(frozen=True)
class AppointmentRow:
    """An appointment with what a calendar line shows of its person (no case data)."""

    id: str
    day: date
    start: str
    end: str
    person_id: str | None
    pseudonym: str
    first_name: str
    last_name: str
    class_label: str
    school_id: str | None
    room: str
    note: str
    status: str
    contact_id: str | None


_SELECT = """
    SELECT a.id, a.day, a.start, a."end", a.person_id, coalesce(p.pseudonym, ''),
           coalesce(p.first_name, ''), coalesce(p.last_name, ''), coalesce(p.class_label, ''),
           a.school_id, a.room, a.note, a.status, a.contact_id
    FROM appointment a LEFT JOIN person p ON p.id = a.person_id
"""
# Appointments of a restricted person (Art. 18 DSGVO) appear only in Datenschutz.
_VISIBLE = f" WHERE coalesce(a.person_id, '') {NOT_RESTRICTED}"


def _row(r) -> AppointmentRow:
    return AppointmentRow(r[0], date.fromisoformat(r[1]), *r[2:])


def rows_between(conn: Connection, first: date, last: date) -> list[AppointmentRow]:
    rows = conn.execute(_SELECT + _VISIBLE + " AND a.day BETWEEN ? AND ? ORDER BY a.day, a.start, a.\"end\"",
                        (first.isoformat(), last.isoformat())).fetchall()
    return [_row(r) for r in rows]


def visible_rows_of_person(conn: Connection, person_id: str,
                           first: date = date.min) -> list[AppointmentRow]:
    """The person's appointments from ``first`` on, by day and time; none of a restricted
    person (read through the person's index, not every appointment of the years)."""
    rows = conn.execute(_SELECT + _VISIBLE + " AND a.person_id = ? AND a.day >= ?"
                        " ORDER BY a.day, a.start, a.\"end\"",
                        (person_id, first.isoformat())).fetchall()
    return [_row(r) for r in rows]


def rows_for_person(conn: Connection, person_id: str, first: date) -> list[AppointmentRow]:
    rows = conn.execute(_SELECT + " WHERE a.person_id = ? AND a.day >= ?"
                        " ORDER BY a.day, a.start", (person_id, first.isoformat())).fetchall()
    return [_row(r) for r in rows]


def row(conn: Connection, appointment_id: str) -> AppointmentRow | None:
    r = conn.execute(_SELECT + _VISIBLE + " AND a.id = ?", (appointment_id,)).fetchone()
    return _row(r) if r else None


def set_status(conn: Connection, appointment_id: str, status: str, contact_id: str | None) -> None:
    conn.execute("UPDATE appointment SET status = ?, contact_id = ? WHERE id = ?",
                 (status, contact_id, appointment_id))


def rooms(conn: Connection) -> list[str]:
    """Rooms used before, most frequent first (for type-ahead)."""
    return [r[0] for r in conn.execute(
        "SELECT room FROM appointment WHERE room != '' GROUP BY room"
        " ORDER BY count(*) DESC, room LIMIT 50")]


school_name = repo.school_name


def first_school_id(conn: Connection) -> str | None:
    schools = repo.list_schools(conn)
    return schools[0].id if schools else None
