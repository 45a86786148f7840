"""Queries of the § 8a child-protection procedures (docs/domain.md § 9)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.entities import ChildProtectionProcedure, ChildProtectionStep
from .connection import Connection
from .repositories import CP_PROCEDURES, CP_STEPS


def procedures_for_person(conn: Connection, person_id: str) -> list[ChildProtectionProcedure]:
    return CP_PROCEDURES.select(conn, "person_id = ?", (person_id,), order="opened DESC, rowid DESC")


def steps_for_procedure(conn: Connection, procedure_id: str) -> list[ChildProtectionStep]:
    return CP_STEPS.select(conn, "procedure_id = ?", (procedure_id,),
                           order="day, CAST(step AS INTEGER), rowid")


@dataclass(frozen=True)
class OpenProcedureRow:
    procedure_id: str
    person_id: str
    pseudonym: str
    name: str
    class_label: str
    opened: date
    acute: bool
    last_step: str          # code of the most recent step ("" when none yet)
    next_due: date | None   # earliest due date of the latest step that set one


def open_procedure_rows(conn: Connection) -> list[OpenProcedureRow]:
    """Open procedures with their latest step and the due date that step set; none of a
    restricted person (Art. 18 DSGVO: only Datenschutz shows them)."""
    rows = conn.execute(
        """
        SELECT p.id, p.person_id, x.pseudonym, trim(x.first_name || ' ' || x.last_name),
               x.class_label, p.opened, p.acute,
               (SELECT s.step FROM cp_step s WHERE s.procedure_id = p.id
                 ORDER BY s.day DESC, CAST(s.step AS INTEGER) DESC, s.rowid DESC LIMIT 1),
               (SELECT s.due FROM cp_step s WHERE s.procedure_id = p.id AND s.due IS NOT NULL
                 ORDER BY s.day DESC, CAST(s.step AS INTEGER) DESC, s.rowid DESC LIMIT 1)
        FROM cp_procedure p JOIN person x ON x.id = p.person_id
        WHERE p.status = 'open'
          AND p.person_id NOT IN (SELECT record_id FROM retention_restriction)
        ORDER BY p.opened, p.rowid
        """).fetchall()
    return [OpenProcedureRow(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]), bool(r[6]),
                             r[7] or "", date.fromisoformat(r[8]) if r[8] else None)
            for r in rows]


def related_names(conn: Connection, person_id: str) -> list[str]:
    """First and last names of the other persons in the person's cases (parents,
    teachers, third parties), for blanking them in the ISEF presentation."""
    names = []
    for first, last in conn.execute(
            "SELECT DISTINCT p.first_name, p.last_name FROM contact k"
            " JOIN case_file f ON f.id = k.case_id JOIN person p ON p.id = k.person_id"
            " WHERE f.person_id = ? AND k.person_id != ?", (person_id, person_id)):
        names += [n for n in (first, last) if n]
    return names
