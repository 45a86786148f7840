"""Facts of R14 (domain/dormancy.py): each person's last activity, whether a
case of theirs is open, and the "nicht bekannt" mark of a Schuljahreswechsel. Dates and
flags only, no names, no text."""

from __future__ import annotations

from datetime import date

from ..domain.dormancy import ActivityFacts
from .connection import Connection
from .school_year_repo import STATUS_UNKNOWN_MARK

# Each query's person column, then the query ({span}: the persons asked about).
_LAST = (
    # own contacts, and contacts in the person's cases
    ("person_id", "SELECT person_id, max(day) FROM contact WHERE person_id IS NOT NULL"
     " AND {span} GROUP BY person_id"),
    ("c.person_id", "SELECT c.person_id, max(k.day) FROM contact k JOIN case_file c"
     " ON c.id = k.case_id WHERE {span} GROUP BY c.person_id"),
    # appointments not cancelled (planned ones too)
    ("person_id", "SELECT person_id, max(day) FROM appointment WHERE person_id IS NOT NULL"
     " AND status != 'cancelled' AND {span} GROUP BY person_id"),
    # cases opened or closed
    ("person_id", "SELECT person_id, max(max(opened), coalesce(max(closed), '')) FROM case_file"
     " WHERE {span} GROUP BY person_id"),
    # § 8a: opened, closed, every step
    ("person_id", "SELECT person_id, max(max(opened), coalesce(max(closed), '')) FROM"
     " cp_procedure WHERE {span} GROUP BY person_id"),
    ("p.person_id", "SELECT p.person_id, max(s.day) FROM cp_step s JOIN cp_procedure p"
     " ON p.id = s.procedure_id WHERE {span} GROUP BY p.person_id"),
)


def _span(column: str, span: tuple[str, str] | None) -> tuple[str, tuple[str, ...]]:
    """The condition on ``column`` for the persons ``first <= id <= last`` (all: None)."""
    return ("1", ()) if span is None else (f"{column} BETWEEN ? AND ?", span)


def activity(conn: Connection, span: tuple[str, str] | None = None) -> dict[str, ActivityFacts]:
    """The activity of every person, or of the persons whose ids lie in ``span`` (first,
    last: a page of the retention engine's persons)."""
    where, args = _span("id", span)
    last: dict[str, str] = {pid: (created or "")[:10] for pid, created in
                            conn.execute(f"SELECT id, created FROM person WHERE {where}",  # noqa: S608
                                         args)}
    for column, sql in _LAST:
        where, args = _span(column, span)
        for pid, day in conn.execute(sql.format(span=where), args):
            if pid in last and day and day[:10] > last[pid]:
                last[pid] = day[:10]
    where, args = _span("person_id", span)
    open_cases = {r[0] for r in conn.execute(
        f"SELECT DISTINCT person_id FROM case_file WHERE status != 'closed' AND {where}",  # noqa: S608
        args)}
    where, args = _span("record_id", span)
    unknown = {r[0] for r in conn.execute(
        f"SELECT record_id FROM retention_mark WHERE mark = ? AND {where}",  # noqa: S608
        (STATUS_UNKNOWN_MARK, *args))}
    out = {}
    for pid, day in last.items():
        try:
            when = date.fromisoformat(day)
        except ValueError:
            when = date.min
        out[pid] = ActivityFacts(pid, when, pid in open_cases, pid in unknown)
    return out
