"""Facts of R14 (domain/dormancy.py): each person's last activity, whether a
case of theirs is open, and the "nicht bekannt" mark of a Schuljahreswechsel. Dates and
flags only, no names, no text."""

from __future__ import annotations

from datetime import date

from ..domain.dormancy import ActivityFacts
from .connection import Connection
from .school_year_repo import STATUS_UNKNOWN_MARK

_LAST = (
    # own contacts, and contacts in the person's cases
    "SELECT person_id, max(day) FROM contact WHERE person_id IS NOT NULL GROUP BY person_id",
    "SELECT c.person_id, max(k.day) FROM contact k JOIN case_file c ON c.id = k.case_id"
    " GROUP BY c.person_id",
    # appointments not cancelled (planned ones too)
    "SELECT person_id, max(day) FROM appointment WHERE person_id IS NOT NULL"
    " AND status != 'cancelled' GROUP BY person_id",
    # cases opened or closed
    "SELECT person_id, max(max(opened), coalesce(max(closed), '')) FROM case_file"
    " GROUP BY person_id",
    # § 8a: opened, closed, every step
    "SELECT person_id, max(max(opened), coalesce(max(closed), '')) FROM cp_procedure"
    " GROUP BY person_id",
    "SELECT p.person_id, max(s.day) FROM cp_step s JOIN cp_procedure p ON p.id = s.procedure_id"
    " GROUP BY p.person_id",
)


def activity(conn: Connection) -> dict[str, ActivityFacts]:
    last: dict[str, str] = {pid: (created or "")[:10] for pid, created in
                            conn.execute("SELECT id, created FROM person")}
    for sql in _LAST:
        for pid, day in conn.execute(sql):
            if pid in last and day and day[:10] > last[pid]:
                last[pid] = day[:10]
    open_cases = {r[0] for r in conn.execute(
        "SELECT DISTINCT person_id FROM case_file WHERE status != 'closed'")}
    unknown = {r[0] for r in conn.execute(
        "SELECT record_id FROM retention_mark WHERE mark = ?", (STATUS_UNKNOWN_MARK,))}
    out = {}
    for pid, day in last.items():
        try:
            when = date.fromisoformat(day)
        except ValueError:
            when = date.min
        out[pid] = ActivityFacts(pid, when, pid in open_cases, pid in unknown)
    return out
