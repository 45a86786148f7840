"""Case goals with a scale, their ratings and their anonymous outcomes (all SQL of goals)."""

from __future__ import annotations

from ..domain.goals import CaseGoal, GoalOutcome, GoalRating
from .connection import Connection
from .mapper import Table

CASE_GOALS = Table("case_goal", CaseGoal)
GOAL_RATINGS = Table("goal_rating", GoalRating)
GOAL_OUTCOMES = Table("goal_outcome", GoalOutcome, key=("goal_token",))


def goals_of_case(conn: Connection, case_id: str) -> list[CaseGoal]:
    return CASE_GOALS.select(conn, "case_id = ?", (case_id,), "created, id")


def goals_of_person(conn: Connection, person_id: str, *, open_only: bool = False) -> list[CaseGoal]:
    """The goals of a person's cases (of her open cases with ``open_only``), oldest first."""
    status = " AND status = 'open'" if open_only else ""
    return CASE_GOALS.select(
        conn, f"case_id IN (SELECT id FROM case_file WHERE person_id = ?{status})",  # noqa: S608
        (person_id,), "created, id")


def goal_scales(conn: Connection) -> dict[str, str]:
    """goal id → scale of every goal (what a merged rating is checked against)."""
    return dict(conn.execute("SELECT id, scale FROM case_goal").fetchall())


def rated_goals(conn: Connection) -> set[str]:
    """Ids of the goals with at least one rating (whose scale stays, ``services.goals``)."""
    return {r[0] for r in conn.execute("SELECT DISTINCT goal_id FROM goal_rating")}


def first_rating_days(conn: Connection) -> dict[str, str]:
    """goal id → the day (ISO) of its earliest rating (a goal's start may not pass it)."""
    return dict(conn.execute("SELECT goal_id, min(day) FROM goal_rating GROUP BY goal_id"))


def ratings_of_goal(conn: Connection, goal_id: str) -> list[GoalRating]:
    return GOAL_RATINGS.select(conn, "goal_id = ?", (goal_id,), "day, created, id")


def case_school(conn: Connection, case_id: str) -> str | None:
    """The case's school, else its person's (where the goal's outcome counts)."""
    row = conn.execute("SELECT coalesce(f.school_id, p.school_id) FROM case_file f"
                       " LEFT JOIN person p ON p.id = f.person_id WHERE f.id = ?",
                       (case_id,)).fetchone()
    return row[0] if row else None


def open_case_goals(conn: Connection) -> list[CaseGoal]:
    """Goals of every open case (their outcome is recorded at the school year's end)."""
    return CASE_GOALS.select(
        conn, "case_id IN (SELECT id FROM case_file WHERE status = 'open')", (), "created, id")


def save_outcome(conn: Connection, record: GoalOutcome) -> None:
    """The goal's one record of its school year, replaced."""
    conn.execute("DELETE FROM goal_outcome WHERE goal_token = ?", (record.goal_token,))
    GOAL_OUTCOMES.insert(conn, record)


def outcomes(conn: Connection, school_year: int, school_ids: list[str] | None = None) -> list[GoalOutcome]:
    """The year's anonymous outcomes (of these schools, when named)."""
    if school_ids is None:
        return GOAL_OUTCOMES.select(conn, "school_year = ?", (school_year,), "goal_token")
    marks = ",".join("?" * len(school_ids))
    return GOAL_OUTCOMES.select(conn, f"school_year = ? AND school_id IN ({marks})",  # noqa: S608
                                (school_year, *school_ids), "goal_token")


def outcome_years(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT school_year FROM goal_outcome ORDER BY school_year DESC")]


TABLES: list[Table] = [CASE_GOALS, GOAL_RATINGS, GOAL_OUTCOMES]
