"""Group activities (Gruppen, Klassenprojekte, Projekte) and their sessions."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.entities import GroupActivity, GroupSession
from . import repositories as repo
from . import statistics_repo
from .connection import Connection


@dataclass(frozen=True)
class GroupRow:
    id: str
    title: str
    kind: str
    school_id: str | None
    classes: str
    school_year: int
    participants: int
    sessions: int
    minutes: int
    reported: bool
    has_name_list: bool


def group_rows(conn: Connection, *, school_id: str | None = None, school_year: int | None = None,
               kind: str | None = None) -> list[GroupRow]:
    where: list[str] = []
    params: list[object] = []
    if school_id:
        where.append("g.school_id = ?")
        params.append(school_id)
    if school_year is not None:
        where.append("g.school_year = ?")
        params.append(school_year)
    if kind:
        where.append("g.kind = ?")
        params.append(kind)
    where_sql = ("WHERE " + " AND ".join(where)) if where else ""
    sql = f"""
        SELECT g.id, g.title, g.kind, g.school_id, g.classes, g.school_year,
               g.participants_m + g.participants_w + g.participants_d,
               count(s.id), coalesce(sum(s.duration_min), 0), g.reported, g.name_list != ''
        FROM group_activity g LEFT JOIN group_session s ON s.group_id = g.id
        {where_sql}
        GROUP BY g.id ORDER BY g.school_year DESC, g.title COLLATE NOCASE
    """  # noqa: S608 - only fixed fragments are interpolated; values are bound
    return [GroupRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]),
                     bool(r[10])) for r in conn.execute(sql, params)]


def sessions(conn: Connection, group_id: str) -> list[GroupSession]:
    return repo.GROUP_SESSIONS.select(conn, "group_id = ?", (group_id,), order="day, rowid")


def school_years(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT school_year FROM group_activity ORDER BY school_year DESC")]


def delete_session_records(conn: Connection, session_id: str) -> None:
    """A session entered by mistake: the session, its statistics record and time entry."""
    statistics_repo.delete_for_source(conn, "group_session", session_id)
    conn.execute("DELETE FROM time_entry WHERE source_kind = 'group_session' AND source_id = ?",
                 (session_id,))
    conn.execute("DELETE FROM group_session WHERE id = ?", (session_id,))


def sync_session_statistics(conn: Connection, group: GroupActivity) -> None:
    """Keep the anonymous records and time entries of a group's sessions in line with the
    group's current kind, school and participants (corrections after the first session)."""
    statistics_repo.correct_group(conn, group)
    conn.execute("UPDATE time_entry SET school_id = ? WHERE source_kind = 'group_session'"
                 " AND source_id IN (SELECT id FROM group_session WHERE group_id = ?)",
                 (group.school_id, group.id))
