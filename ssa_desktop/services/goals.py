"""Goals she reviews with the pupil: set-up, ratings (optional wherever she works), the
trend of a goal, and the anonymous outcome figures (docs/domain.md "Ziele mit Skala",
docs/statistics.md "Zielerreichung")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..domain import clock, tokens
from ..domain import goals as g
from ..domain.catalogues import SCHOOL_TYPES
from ..domain.entities import Case
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..storage import goals_repo as q
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import holds, tombstones
from .operations import DataKind, writes

if TYPE_CHECKING:   # reportlab loads only when she prints (the GUI's day needs none)
    from ..reports.goal_trend import TrendSheet

CaseGoal = g.CaseGoal
GoalRating = g.GoalRating

__all__ = ["GoalServiceError", "CaseGoal", "GoalRating", "save_goal", "delete_goal", "rate",
           "delete_rating", "record_rated_contact", "goals_of_case", "goals_of_person", "ratings", "trend",
           "record_closing", "record_year_end", "outcome_rows", "OutcomeRow", "Trend",
           "trend_sheet", "write_trend"]


class GoalServiceError(UserError):
    """A refusal in German (``str()``)."""


def _checked(check, *args) -> None:
    try:
        check(*args)
    except g.GoalError as error:
        raise GoalServiceError(str(error)) from None


@writes(DataKind.CASES)
def save_goal(conn: Connection, goal: CaseGoal) -> CaseGoal:
    """Set up or change a goal of a case (its scale, baseline and its day, anchors, own
    words); refused for a closed case, its start on a day to come or after one of its
    ratings."""
    _checked(g.check_goal, goal)
    with transaction(conn):
        if repo.CASES.get(conn, goal.case_id) is None:
            raise GoalServiceError("Den Fall gibt es nicht mehr.")
        closed = g.closed_case_problem(closed_on(conn, goal.case_id), g.TO_CHANGE)
        if closed:
            raise GoalServiceError(closed)
        old = q.CASE_GOALS.get(conn, goal.id)
        if old is not None and old.scale != goal.scale and q.ratings_of_goal(conn, goal.id):
            raise GoalServiceError("Die Skala eines eingeschätzten Ziels bleibt, wie sie ist.")
        moved = why_not_start(conn, goal)
        if moved:
            raise GoalServiceError(moved)
        q.CASE_GOALS.save(conn, goal)
    return goal


def why_not_start(conn: Connection, goal: CaseGoal) -> str | None:
    """Why ``goal`` cannot start on its day (``goals.start_moved_problem``: to come, or
    after one of its ratings), else None – the form says it before it saves."""
    return g.start_moved_problem(goal, q.CASE_GOALS.get(conn, goal.id),
                                 q.ratings_of_goal(conn, goal.id), clock.today())


@writes(DataKind.CASES)
def delete_goal(conn: Connection, goal_id: str) -> None:
    """Remove a goal entered by mistake with its ratings (tombstone: a restore does not
    bring it back). Its anonymous outcomes of earlier years stay. Refused while a hold
    lies on its person (``holds``)."""
    with transaction(conn):
        holds.refuse_deleting(conn, _owners(conn, q.CASE_GOALS.get(conn, goal_id)), GOAL)
        for rating in q.ratings_of_goal(conn, goal_id):
            tombstones.deleted(conn, "goal_rating", rating.id)
        tombstones.erase(conn, q.CASE_GOALS, "case_goal", goal_id)


@writes(DataKind.CASES)
def rate(conn: Connection, goal_id: str, level: int, day: date | None = None,
         contact_id: str | None = None) -> GoalRating:
    """Rate a goal on a day (from a contact, quick entry or a review); refused for a
    closed case's goal (``goals.closed_case_problem``) and on a day it may not have."""
    with transaction(conn):
        goal = q.CASE_GOALS.get(conn, goal_id)
        if goal is None:
            raise GoalServiceError("Das Ziel gibt es nicht mehr.")
        rating = GoalRating(goal_id, day or clock.today(), level, contact_id)
        _checked(g.check_rating, goal, rating, clock.today(), closed_on(conn, goal.case_id))
        q.GOAL_RATINGS.insert(conn, rating)
    return rating


def closed_on(conn: Connection, case_id: str) -> date | None:
    """The day the case was closed, None while it is not (open or resting): its goals are
    rated and changed only then (``goals.closed_case_problem``)."""
    case = repo.CASES.get(conn, case_id)
    return case.closed if case is not None and case.status == "closed" else None


def rate_many(conn: Connection, levels: dict[str, int], day: date,
              contact_id: str | None = None) -> list[GoalRating]:
    """The ratings of a form (goal id → level) in the caller's transaction; goals left
    unrated are simply absent: a rating is never forced."""
    return [rate(conn, goal_id, level, day, contact_id) for goal_id, level in levels.items()]


@writes(DataKind.CONTACTS, DataKind.CASES, DataKind.STATISTICS, DataKind.TIME,
        DataKind.APPOINTMENTS)
def record_rated_contact(conn: Connection, contact, levels: dict[str, int],
                         appointment_id: str | None = None):
    """A contact (or an appointment documented as one) and the goal ratings she chose in
    the form, in one transaction: all or nothing. No rating chosen, none written."""
    from . import activities, appointments

    with transaction(conn):
        if appointment_id:
            appointments.document_appointment(conn, appointment_id, contact)
        else:
            activities.record_contact(conn, contact)
        rate_many(conn, levels, contact.day, contact.id)
    return contact


@writes(DataKind.CASES)
def delete_rating(conn: Connection, rating_id: str) -> None:
    """Remove a rating entered by mistake (tombstone); refused while a hold lies on its
    person (``holds``)."""
    with transaction(conn):
        rating = q.GOAL_RATINGS.get(conn, rating_id)
        goal = q.CASE_GOALS.get(conn, rating.goal_id) if rating is not None else None
        if rating is not None:
            holds.refuse_deleting(conn, {rating.id, *_owners(conn, goal)}, "die Einschätzung")
        tombstones.erase(conn, q.GOAL_RATINGS, "goal_rating", rating_id)


GOAL = "das Ziel"


def hold_keeps_goal(conn: Connection, goal_id: str) -> str | None:
    """Why the goal may not be removed (a hold on its person: ``holds``), else None – the
    form says it before it asks."""
    return holds.refusal_for(conn, _owners(conn, q.CASE_GOALS.get(conn, goal_id)), GOAL)


def _owners(conn: Connection, goal: CaseGoal | None) -> set[str | None]:
    """The goal, its case and the case's person: what a hold may lie on."""
    if goal is None:
        return set()
    case = repo.CASES.get(conn, goal.case_id)
    return {goal.id, goal.case_id, case.person_id if case is not None else None}


def goals_of_case(conn: Connection, case_id: str) -> list[CaseGoal]:
    return q.goals_of_case(conn, case_id)


def goals_of_person(conn: Connection, person_id: str, *, open_only: bool = True) -> list[CaseGoal]:
    """The goals she can rate for a person (of the person's open cases)."""
    return q.goals_of_person(conn, person_id, open_only=open_only)


def ratings(conn: Connection, goal_id: str) -> list[GoalRating]:
    return q.ratings_of_goal(conn, goal_id)


@dataclass(frozen=True)
class Trend:
    """A goal and its ratings in time order: what the chart, its table and the print show.
    Its ``points`` (``goals.trend_points``) are computed once, when it is made."""

    goal: CaseGoal
    ratings: tuple[GoalRating, ...]
    points: tuple[g.TrendPoint, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "points", tuple(g.trend_points(self.goal, self.ratings)))

    @property
    def change(self) -> int | None:
        return g.change(self.goal.baseline, g.last_level(self.ratings))

    @property
    def reached(self) -> bool:
        return g.reached(self.goal.scale, g.last_level(self.ratings))

    def sentence(self) -> str:
        """The change as the window says it under its table, for the printed sheet."""
        moved = self.change
        if moved is None:
            return "Noch nicht eingeschätzt."
        steps = "Stufe" if abs(moved) == 1 else "Stufen"
        return (f"Veränderung seit dem Ausgangswert: {g.signed(moved)} {steps}"
                f"{', erreicht' if self.reached else ''}.")

    @property
    def baseline_at(self) -> int:
        """Where the baseline stands among the points (0 unless an old rating lies before)."""
        return next(i for i, p in enumerate(self.points) if p.rating is None)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(day, level, anchor, who rated) per point by date: the baseline (set by the post
        holder) at its day, the ratings, a deputy's with her mark."""
        from ..formatting import fmt_date
        goal = self.goal
        return [(fmt_date(p.day) if p.rating else f"Ausgangswert ({fmt_date(p.day)})",
                 g.level_label(goal.scale, p.level), goal.anchor(p.level),
                 p.rating.rated_by if p.rating else g.POST_HOLDER) for p in self.points]


def trend(conn: Connection, goal_id: str) -> Trend:
    goal = q.CASE_GOALS.get(conn, goal_id)
    if goal is None:
        raise GoalServiceError("Das Ziel gibt es nicht mehr.")
    return Trend(goal, tuple(g.ordered(q.ratings_of_goal(conn, goal_id))))


# -- the anonymous outcomes ---------------------------------------------------------------
@writes(DataKind.STATISTICS)
def record_closing(conn: Connection, case: Case) -> None:
    """At a case's closing: per goal its outcome in the closing's school year (inside the
    caller's transaction). A later closing or the year's end replaces it."""
    if case.status != "closed" or case.closed is None:
        return
    _record(conn, q.goals_of_case(conn, case.id), case.closed, g.AT_CLOSING)


@writes(DataKind.STATISTICS)
def record_year_end(conn: Connection, school_id: str, ending: SchoolYear) -> int:
    """At the school year's end (the Schuljahreswechsel of a school): per goal of an open
    case at that school its outcome in the ending year; the number recorded."""
    goals = [goal for goal in q.open_case_goals(conn) if q.case_school(conn, goal.case_id) == school_id]
    _record(conn, goals, ending.end, g.AT_YEAR_END)
    return len(goals)


def _record(conn: Connection, goals: list[CaseGoal], day: date, moment: str) -> None:
    year = SchoolYear.of(day).start_year
    for goal in goals:
        record = g.outcome(goal, q.ratings_of_goal(conn, goal.id),
                           token=tokens.goal_token(goal.id, year), school_year=year,
                           school_id=q.case_school(conn, goal.case_id), moment=moment, day=day)
        q.save_outcome(conn, record)


@dataclass(frozen=True)
class OutcomeRow:
    """One line of the outcome figures: a Schulart (or a school) and its four counts."""

    label: str
    figures: g.OutcomeFigures


def outcome_rows(conn: Connection, school_year: int,
                 school_ids: list[str] | None = None) -> list[OutcomeRow]:
    """The year's figures per Schulart (of these schools, when named), then all together;
    raw counts (the caller shows them through small-cell suppression)."""
    schools = {s.id: s for s in repo.list_schools(conn)}
    by_type: dict[str, list[g.GoalOutcome]] = {}
    records = q.outcomes(conn, school_year, school_ids)
    for record in records:
        school = schools.get(record.school_id or "")
        by_type.setdefault(school.school_type if school else "", []).append(record)
    rows = [OutcomeRow(SCHOOL_TYPES.label(code) if code else "ohne Schule", g.figures(by_type[code]))
            for code in sorted(by_type, key=lambda c: (c == "", SCHOOL_TYPES.label(c) if c else ""))]
    return [*rows, OutcomeRow("Zusammen", g.figures(records))]


def outcome_years(conn: Connection) -> list[int]:
    return q.outcome_years(conn)


# -- the print for a Hilfeplan talk -------------------------------------------------------
def trend_sheet(conn: Connection, which: str | Trend, *, topics: bool = False,
                notes: bool = False) -> TrendSheet:
    """What the print of a goal's trend holds: the goal, the pupil's words, the scale and
    the points; the case's topics and the rated contacts' notes only when ticked. ``which``:
    the goal's id, or the Trend a window shows (printed as shown, not read again)."""
    from ..domain.catalogues import TOPICS
    from ..formatting import fmt_date

    shown = which if isinstance(which, Trend) else trend(conn, which)
    goal = shown.goal
    case = repo.CASES.get(conn, goal.case_id)
    person = repo.PERSONS.get(conn, case.person_id) if case else None
    noted: list[tuple[str, str]] = []
    if notes:
        for rating in shown.ratings:
            contact = repo.CONTACTS.get(conn, rating.contact_id) if rating.contact_id else None
            text = " ".join(t for t in (contact.observation, contact.note) if t) if contact else ""
            if text:
                noted.append((fmt_date(rating.day), text))
    from ..reports.goal_trend import TrendSheet

    return TrendSheet(
        title=f"Zielverlauf – {person.pseudonym if person else ''}".rstrip(" –"),
        goal=goal.text, pupil_words=goal.pupil_words, scale=g.SCALES[goal.scale],
        anchors=tuple((g.level_label(goal.scale, lv), goal.anchor(lv)) for lv in goal.levels),
        points=tuple(shown.rows()), change=shown.sentence(),
        baseline_at=shown.baseline_at,
        target_date=fmt_date(goal.target_date),
        topics=tuple(TOPICS.label(t) for t in case.topics) if topics and case else (),
        notes=tuple(noted))


def write_trend(conn: Connection, which: str | Trend, path, *, topics: bool = False,
                notes: bool = False):
    """The trend of a goal (its id or a shown Trend) as a PDF (atomically); nothing in the
    vault changes."""
    from ..reports.goal_trend import render as render_trend

    return render_trend(path, trend_sheet(conn, which, topics=topics, notes=notes))
