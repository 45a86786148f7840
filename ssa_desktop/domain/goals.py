"""Goals she reviews with the pupil, measured over time (docs/domain.md, "Ziele mit Skala").

A case goal carries a five-level scale: goal attainment scaling (``gas``, −2 … +2, a worded
anchor per level that she writes; 0 is the expected outcome) or the generic anchored scale
(``generic``, 1 … 5, 5 = reached). A baseline is set at set-up; each rating is a level on a
day. The rules here are pure: the change from the baseline to the last rating, whether that
is an improvement by at least one level, whether the goal is reached; and the anonymous
outcome record (no text, no person) with the figures counted from such records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..formatting import fmt_date
from .entities import new_id, now_iso
from .errors import UserError

GAS = "gas"
GENERIC = "generic"
SCALES = {GAS: "Zielerreichungsskala (−2 bis +2)", GENERIC: "Allgemeine Skala (1 bis 5)"}
LEVELS = {GAS: (-2, -1, 0, 1, 2), GENERIC: (1, 2, 3, 4, 5)}
# the level from which a goal counts as reached: GAS's expected outcome, the generic top
REACHED_FROM = {GAS: 0, GENERIC: 5}
# anchors offered when she writes none of her own (the generic scale always uses them)
DEFAULT_ANCHORS = {
    GAS: ("viel weniger als erwartet", "weniger als erwartet", "erwartetes Ergebnis",
          "mehr als erwartet", "viel mehr als erwartet"),
    GENERIC: ("noch gar nicht", "ansatzweise", "teilweise", "weitgehend", "erreicht"),
}
ANCHOR_LIMIT = 120
TEXT_LIMIT = 300

# moments at which an anonymous outcome record is written
AT_CLOSING = "closing"
AT_YEAR_END = "year_end"
MOMENTS = (AT_CLOSING, AT_YEAR_END)


class GoalError(UserError):
    """A goal or rating that does not fit its scale; ``str()`` is the German message."""


@dataclass
class CaseGoal:
    """One goal of a case with its scale; the anchors run from the lowest level up."""

    case_id: str
    text: str
    scale: str = GENERIC
    baseline: int = 1
    anchor_1: str = ""
    anchor_2: str = ""
    anchor_3: str = ""
    anchor_4: str = ""
    anchor_5: str = ""
    pupil_words: str = ""          # the goal in the pupil's own words
    target_date: date | None = None
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    @property
    def anchors_own(self) -> tuple[str, str, str, str, str]:
        """The anchors she wrote ("" where she wrote none)."""
        return (self.anchor_1, self.anchor_2, self.anchor_3, self.anchor_4, self.anchor_5)

    @property
    def anchors(self) -> tuple[str, str, str, str, str]:
        own = (self.anchor_1, self.anchor_2, self.anchor_3, self.anchor_4, self.anchor_5)
        defaults = DEFAULT_ANCHORS[self.scale]
        return tuple(a or d for a, d in zip(own, defaults, strict=True))  # type: ignore[return-value]

    @property
    def levels(self) -> tuple[int, ...]:
        return LEVELS[self.scale]

    def anchor(self, level: int) -> str:
        return self.anchors[self.levels.index(level)]


@dataclass
class GoalRating:
    """A level of a goal on a day, from a contact (``contact_id``), quick entry or a review."""

    goal_id: str
    day: date
    level: int
    contact_id: str | None = None
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)
    written_by: str = ""       # "" the post holder's; "Jana Berger (Vertretung)" the deputy's

    @property
    def rated_by(self) -> str:
        """Who rated it, as the rating history shows it."""
        return self.written_by or POST_HOLDER


# who rated a goal when ``written_by`` names nobody: the holder of the post herself
POST_HOLDER = "Stelleninhaberin"


MINUS = "\u2212"   # the minus sign of the scale's name („−2 bis +2“), not the hyphen


def signed(value: int, minus: str = MINUS) -> str:
    """A value with its sign: ``+2``, ``+0``, ``−1`` (a level's change, a GAS level)."""
    return f"{value:+d}".replace("-", minus)


def level_label(scale: str, level: int, minus: str = MINUS) -> str:
    """``+1`` or ``−2`` for a GAS level (the sign shown), ``4`` for a generic one – as
    the scale's name writes them (``SCALES``); ``minus="-"`` where she types the value
    (the command line)."""
    return signed(level, minus) if scale == GAS and level else str(level)


def goal_problems(goal: CaseGoal) -> list[tuple[str, str]]:
    """(field, why) of what keeps ``goal`` from being saved, in the order the goal form
    says them – the one rule for the form and every way a goal comes in (interchange file,
    school package): a text, a known scale, a baseline on it, short one-line anchors."""
    problems = []
    if not goal.text.strip():
        problems.append(("text", "Bitte das Ziel in wenigen Worten beschreiben"))
    for name in ("text", "pupil_words"):
        if len(getattr(goal, name).strip()) > TEXT_LIMIT:
            problems.append((name, f"Ziel und eigene Worte dürfen höchstens {TEXT_LIMIT} "
                                   "Zeichen lang sein"))
            break
    if goal.scale not in LEVELS:
        problems.append(("scale", "Unbekannte Skala"))
    elif goal.baseline not in LEVELS[goal.scale]:
        problems.append(("baseline", "Der Ausgangswert muss eine Stufe der Skala sein"))
    for i, anchor in enumerate(goal.anchors_own, 1):
        if len(anchor) > ANCHOR_LIMIT or "\n" in anchor:
            problems.append((f"anchor_{i}", "Eine Stufenbeschreibung ist eine Zeile mit "
                                            f"höchstens {ANCHOR_LIMIT} Zeichen"))
            break
    return problems


def check_goal(goal: CaseGoal) -> None:
    """A goal she can save (``goal_problems``): its first problem refuses it."""
    goal.text = goal.text.strip()
    goal.pupil_words = goal.pupil_words.strip()
    problems = goal_problems(goal)
    if problems:
        raise GoalError(problems[0][1] + ".")


def level_problem(scale: str | None, level: object) -> str | None:
    """Why ``level`` is no level of ``scale`` (None: of no scale known, any scale's level
    passes) – the one rule for every way a level comes in (form, deputy's return,
    interchange file, school package); None when it is one."""
    if isinstance(level, bool) or not isinstance(level, int):
        return None     # not a number: the field's own check names it
    if isinstance(scale, str) and scale in LEVELS:
        return None if level in LEVELS[scale] else \
            f"die Stufe {level} gibt es auf der Skala dieses Ziels nicht"
    if any(level in levels for levels in LEVELS.values()):
        return None
    return f"die Stufe {level} gibt es auf keiner Skala"


def baseline_day(goal: CaseGoal) -> date:
    """The day of the goal's baseline: its start, the day of ``created`` (the day she
    entered it, or the earlier day she gave as its start)."""
    return date.fromisoformat(goal.created[:10])


def started_on(goal: CaseGoal, day: date) -> CaseGoal:
    """``goal`` starting on ``day`` (its baseline dated that day): ``created`` keeps its
    time of day; unchanged when it already starts then."""
    if baseline_day(goal) == day:
        return goal
    return replace(goal, created=day.isoformat() + goal.created[10:])


def start_day_problem(day: date, today: date) -> str | None:
    """Why a goal cannot start (its baseline be dated) on ``day``: not on a day to come."""
    if day <= today:
        return None
    return (f"Der {fmt_date(day)} liegt in der Zukunft: der Ausgangswert gilt ab heute oder "
            "einem Tag davor.")


def rating_day_problem(day: date, today: date, baseline: date | None = None) -> str | None:
    """Why a goal cannot be rated on ``day``, or None – the one rule of every way she
    enters a rating (form, quick entry, the deputy's form, the command line): not on a
    day to come (a typo in the year put the rating years ahead in the trend), not before
    the baseline's day ``baseline`` (it read before the starting point in the trend); on
    that day it may. A file's rows are checked without ``baseline`` (``trend_points``
    places the old ones by date)."""
    if day > today:
        return f"Der {fmt_date(day)} liegt in der Zukunft: bitte den Tag der Einschätzung angeben."
    if baseline is None or day >= baseline:
        return None
    return (f"Der {fmt_date(day)} liegt vor dem Ausgangswert vom {fmt_date(baseline)}: "
            "eine Einschätzung gilt frühestens am Tag des Ausgangswerts.")


# what a closed case's goal is refused for (``closed_case_problem``)
TO_RATE = "um weiter einzuschätzen"
TO_CHANGE = "um seine Ziele zu ändern"


def closed_case_problem(closed: date | None, doing: str = TO_RATE) -> str | None:
    """Why a goal of a case closed on ``closed`` (None: not closed) cannot be rated or
    changed – beside ``rating_day_problem``, the rule of every way she enters a rating or
    a goal (form, quick entry, the deputy's form, the command line): the closing recorded
    each goal's outcome (Zielerreichung); a rating after it, whatever its day (the closing
    day too), was not in it and the figures disagreed with the trend. Reopened, the case's
    next closing records the outcome anew (``services.goals.record_closing``)."""
    if closed is None:
        return None
    return (f"Der Fall ist seit dem {fmt_date(closed)} abgeschlossen: öffnen Sie ihn wieder "
            f"(Status „offen“), {doing}.")


def check_rating(goal: CaseGoal, rating: GoalRating, today: date,
                 closed: date | None = None) -> None:
    """A level of the goal's scale, of an open case (``closed`` the closed case's day), on
    a day the rating may have (``rating_day_problem``)."""
    if rating.level not in goal.levels:
        raise GoalError("Die Einschätzung muss eine Stufe der Skala des Ziels sein.")
    problem = closed_case_problem(closed) or \
        rating_day_problem(rating.day, today, baseline_day(goal))
    if problem:
        raise GoalError(problem)


def start_moved_problem(goal: CaseGoal, before: CaseGoal | None,
                        ratings: Iterable[GoalRating], today: date) -> str | None:
    """Why the goal's start cannot be moved from ``before``'s to ``goal``'s day: a day to
    come, or after one of its ratings (the rating would read before the baseline). A start
    left as it was passes: old ratings before it keep their place (``trend_points``)."""
    start = baseline_day(goal)
    if before is not None and baseline_day(before) == start:
        return None
    problem = start_day_problem(start, today)
    if problem:
        return problem
    earlier = [r.day for r in ratings if r.day < start]
    if not earlier:
        return None
    return (f"Der Ausgangswert kann nicht nach der Einschätzung vom {fmt_date(min(earlier))} "
            "liegen: bitte einen Tag bis dahin angeben.")


@dataclass(frozen=True)
class TrendPoint:
    """One point of a goal's trend: the baseline (``rating`` None) or a rating."""

    day: date
    level: int
    rating: GoalRating | None = None


def trend_points(goal: CaseGoal, ratings: Iterable[GoalRating]) -> list[TrendPoint]:
    """The baseline and the ratings in date order – the one order of the trend's chart,
    table and print: the baseline at its day, before the ratings of that day; a rating
    from before the rule (an old vault, a file) that lies before it stays before it."""
    points = [TrendPoint(r.day, r.level, r) for r in ordered(ratings)]
    start = baseline_day(goal)
    at = sum(p.day < start for p in points)
    return [*points[:at], TrendPoint(start, goal.baseline), *points[at:]]


def dates_in_sight(spans: Sequence[tuple[float, float]], gap: float) -> list[int]:
    """The dates under a trend's line that fit side by side, as indices of ``spans``
    (each date's left and right, left to right): the first („Beginn“) and the newest
    always (the newest wins when even they meet), the ones between where there is room
    ``gap`` apart. The screen's chart and the printed sheet both write these; every date
    stands in the table beside them."""
    if len(spans) < 2:
        return list(range(len(spans)))
    newest_left = spans[-1][0]
    kept: list[int] = []
    for i, (left, right) in enumerate(spans[:-1]):
        if (not kept or left >= spans[kept[-1]][1] + gap) and right + gap <= newest_left:
            kept.append(i)
    return [*kept, len(spans) - 1]


def ordered(ratings: Iterable[GoalRating]) -> list[GoalRating]:
    """Ratings in time order (day, then when entered, then id): the last is the latest."""
    return sorted(ratings, key=lambda r: (r.day, r.created, r.id))


def last_level(ratings: Sequence[GoalRating]) -> int | None:
    return ordered(ratings)[-1].level if ratings else None


def change(baseline: int, last: int | None) -> int | None:
    """Levels from the baseline to the last rating; None without a rating."""
    return None if last is None else last - baseline


def improved(baseline: int, last: int | None) -> bool:
    """Improved by at least one level."""
    moved = change(baseline, last)
    return moved is not None and moved >= 1


def reached(scale: str, last: int | None) -> bool:
    """The last rating is at the scale's reached level or above."""
    return last is not None and last >= REACHED_FROM[scale]


@dataclass
class GoalOutcome:
    """The anonymous outcome of one goal in one school year (statistics layer, survives
    deletion): no text, no person, no case. ``goal_token`` is an HMAC under the goal's
    random id and the school year (``tokens.goal_token``): a goal is one record per year
    and nothing links it back once the goal is deleted."""

    goal_token: str
    school_year: int
    school_id: str | None
    moment: str            # AT_CLOSING or AT_YEAR_END
    scale: str
    baseline: int
    last_level: int | None
    ratings: int           # ratings up to then (the baseline is not one)
    day: date


def outcome(goal: CaseGoal, ratings: Sequence[GoalRating], *, token: str, school_year: int,
            school_id: str | None, moment: str, day: date) -> GoalOutcome:
    """The outcome record of ``goal`` with the ratings up to ``day``."""
    upto = [r for r in ratings if r.day <= day]
    return GoalOutcome(token, school_year, school_id, moment, goal.scale, goal.baseline,
                       last_level(upto), len(upto), day)


@dataclass(frozen=True)
class OutcomeFigures:
    """Per school year and Schulart: goals set, rated at least twice, improved by at least
    one level, reached."""

    goals: int = 0
    rated_twice: int = 0
    improved: int = 0
    reached: int = 0


OUTCOME_LABELS = (("goals", "Ziele gesetzt"), ("rated_twice", "mindestens zweimal eingeschätzt"),
                  ("improved", "um mindestens eine Stufe verbessert"), ("reached", "erreicht"))


def figures(records: Iterable[GoalOutcome]) -> OutcomeFigures:
    goals = rated = better = done = 0
    for r in records:
        goals += 1
        rated += r.ratings >= 2
        better += improved(r.baseline, r.last_level)
        done += reached(r.scale, r.last_level)
    return OutcomeFigures(goals, rated, better, done)
