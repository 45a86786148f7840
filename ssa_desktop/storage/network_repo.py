"""Queries of the partner directory and the networking activities (docs/domain.md § 3, VNZ)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.entities import Partner
from .connection import Connection
from .repositories import PARTNERS


def partners(conn: Connection, text: str = "") -> list[Partner]:
    if not text.strip():
        return PARTNERS.select(conn, order="name COLLATE NOCASE")
    like = f"%{text.strip()}%"
    return PARTNERS.select(conn, "name LIKE ? OR contact_person LIKE ? OR note LIKE ?",
                           (like, like, like), order="name COLLATE NOCASE")


@dataclass(frozen=True)
class NetworkActivityRow:
    id: str
    day: date
    kind: str
    duration_min: int
    partner_id: str | None
    partner_name: str
    school_id: str | None
    school_name: str
    goal_id: str | None
    goal: str
    note: str


def delete_activity_records(conn: Connection, activity_id: str) -> None:
    """An activity with its statistics record and time entry (``source_kind`` "network")."""
    conn.execute("DELETE FROM statistics_record WHERE record_type = 'network' AND source_id = ?",
                 (activity_id,))
    conn.execute("DELETE FROM time_entry WHERE source_kind = 'network' AND source_id = ?",
                 (activity_id,))
    conn.execute("DELETE FROM network_activity WHERE id = ?", (activity_id,))


def network_activity_rows(conn: Connection, limit: int = 500) -> list[NetworkActivityRow]:
    rows = conn.execute(
        "SELECT a.id, a.day, a.kind, a.duration_min, a.partner_id, coalesce(x.name, ''),"
        " a.school_id, coalesce(s.name, ''), a.goal_id, coalesce(g.goal, ''), a.note"
        " FROM network_activity a"
        " LEFT JOIN partner x ON x.id = a.partner_id"
        " LEFT JOIN school s ON s.id = a.school_id"
        " LEFT JOIN agreement_goal g ON g.id = a.goal_id"
        " ORDER BY a.day DESC, a.rowid DESC LIMIT ?", (limit,)).fetchall()
    return [NetworkActivityRow(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], r[7],
                               r[8], r[9], r[10]) for r in rows]
