"""Open offers (offene Angebote): sessions, previous titles and monthly totals."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.entities import OpenOfferSession
from . import repositories as repo
from . import statistics_repo
from .connection import Connection


@dataclass(frozen=True)
class MonthTotal:
    month: str  # "2026-11"
    sessions: int
    minutes: int
    visitors: int


def _where(school_id: str | None, first: str | None, last: str | None):
    where, params = [], []
    if school_id:
        where.append("school_id = ?")
        params.append(school_id)
    if first:
        where.append("day >= ?")
        params.append(first)
    if last:
        where.append("day <= ?")
        params.append(last)
    return " AND ".join(where), params


def sessions(conn: Connection, *, school_id: str | None = None, first: str | None = None,
             last: str | None = None) -> list[OpenOfferSession]:
    where, params = _where(school_id, first, last)
    return repo.OPEN_OFFERS.select(conn, where, params, order="day DESC, rowid DESC")


def monthly_totals(conn: Connection, *, school_id: str | None = None, first: str | None = None,
                   last: str | None = None) -> list[MonthTotal]:
    where, params = _where(school_id, first, last)
    where_sql = ("WHERE " + where) if where else ""
    sql = f"""
        SELECT substr(day, 1, 7), count(*), coalesce(sum(duration_min), 0),
               coalesce(sum(visitors), 0)
        FROM open_offer_session {where_sql} GROUP BY 1 ORDER BY 1
    """  # noqa: S608 - only fixed fragments are interpolated; values are bound
    return [MonthTotal(*r) for r in conn.execute(sql, params)]


def months(conn: Connection) -> list[str]:
    """The months ("2026-11") that hold sessions: what the year filter needs, without
    reading every session."""
    return [r[0] for r in conn.execute("SELECT DISTINCT substr(day, 1, 7) FROM open_offer_session")]


def titles(conn: Connection) -> list[str]:
    """Titles used before, most used first (for type-ahead)."""
    return [r[0] for r in conn.execute(
        "SELECT title FROM open_offer_session GROUP BY title"
        " ORDER BY count(*) DESC, max(day) DESC LIMIT 100")]


def last_session(conn: Connection, title: str) -> OpenOfferSession | None:
    rows = repo.OPEN_OFFERS.select(conn, "title = ?", (title,), order="day DESC, rowid DESC LIMIT 1")
    return rows[0] if rows else None


def delete_session_records(conn: Connection, session_id: str) -> None:
    statistics_repo.delete_for_source(conn, "open_offer", session_id)
    conn.execute("DELETE FROM time_entry WHERE source_kind = 'open_offer' AND source_id = ?",
                 (session_id,))
    conn.execute("DELETE FROM open_offer_session WHERE id = ?", (session_id,))
