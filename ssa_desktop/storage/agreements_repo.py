"""Read side of cooperation agreements: the goals an activity can be linked to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import clock
from ..domain.entities import AgreementGoal
from . import repositories as repo
from .connection import Connection


def goals_valid_between(conn: Connection, school_id: str, first: date, last: date) -> list[AgreementGoal]:
    """Goals of the school's agreements whose validity overlaps [first, last], newest
    agreement first, goals in their agreed order."""
    return repo.AGREEMENT_GOALS.select(
        conn,
        "agreement_id IN (SELECT id FROM cooperation_agreement WHERE school_id = ?"
        " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?))",
        (school_id, last.isoformat(), first.isoformat()),
        order="(SELECT valid_from FROM cooperation_agreement a WHERE a.id = agreement_id) DESC,"
              " position, goal",
    )


# -- editing side (network area: Kooperationsvereinbarung tab) ------------------------------
def goals_for_school(conn: Connection, school_id: str, on: date | None = None) -> list[AgreementGoal]:
    """Goals of the agreements of a school valid on ``on`` (default today), in order."""
    on = on or clock.today()
    return goals_valid_between(conn, school_id, on, on)


def agreements_for_school(conn: Connection, school_id: str):
    return repo.AGREEMENTS.select(conn, "school_id = ?", (school_id,),
                                  order="valid_from DESC, rowid DESC")


def goals_for_agreement(conn: Connection, agreement_id: str) -> list[AgreementGoal]:
    return repo.AGREEMENT_GOALS.select(conn, "agreement_id = ?", (agreement_id,),
                                       order="position, rowid")


def next_goal_position(conn: Connection, agreement_id: str) -> int:
    row = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM agreement_goal"
                       " WHERE agreement_id = ?", (agreement_id,)).fetchone()
    return int(row[0])


def set_goal_position(conn: Connection, goal_id: str, position: int) -> None:
    conn.execute("UPDATE agreement_goal SET position = ? WHERE id = ?", (position, goal_id))


@dataclass(frozen=True)
class AgreementRow:
    agreement_id: str
    school_id: str
    school_name: str
    valid_from: date
    valid_to: date | None
    evaluation_dates: str


def all_agreement_rows(conn: Connection) -> list[AgreementRow]:
    rows = conn.execute(
        "SELECT a.id, a.school_id, s.name, a.valid_from, a.valid_to, a.evaluation_dates"
        " FROM cooperation_agreement a JOIN school s ON s.id = a.school_id"
        " ORDER BY a.valid_from DESC").fetchall()
    return [AgreementRow(r[0], r[1], r[2], date.fromisoformat(r[3]),
                         date.fromisoformat(r[4]) if r[4] else None, r[5]) for r in rows]
