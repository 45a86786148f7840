"""A goal's baseline is dated: the goal's start (``goals.baseline_day``). A rating before
it is refused wherever she enters one (``rating_day_problem``), a start in the future
too; ratings that already lie before it (an old vault, a file) keep their place in the
trend by date (``goals.trend_points``), the baseline marked where its day puts it."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import goals as g

START = date(2025, 9, 15)
TODAY = date(2026, 3, 1)


def _goal() -> g.CaseGoal:
    return g.CaseGoal("case", "Pünktlich kommen", created="2025-09-15 10:00:00")


def test_the_baseline_s_day_is_the_goal_s_start():
    assert g.baseline_day(_goal()) == START
    assert g.baseline_day(g.CaseGoal("case", "x", created="2025-09-15T08:00:00")) == START


def test_a_rating_on_the_baseline_s_day_passes_the_day_before_is_refused():
    assert g.rating_day_problem(START, TODAY, START) is None
    problem = g.rating_day_problem(START - timedelta(days=1), TODAY, START)
    assert problem == ("Der 14.09.2025 liegt vor dem Ausgangswert vom 15.09.2025: eine "
                       "Einschätzung gilt frühestens am Tag des Ausgangswerts.")


@given(st.integers(-400, 400), st.integers(0, 400))
def test_a_rating_day_is_refused_exactly_before_the_baseline_or_after_today(offset, span):
    today = START + timedelta(days=span)
    day = START + timedelta(days=offset)
    problem = g.rating_day_problem(day, today, START)
    assert (problem is None) == (START <= day <= today)
    if day < START:
        assert "Ausgangswert vom 15.09.2025" in problem
    goal = _goal()
    rating = g.GoalRating(goal.id, day, 1)
    try:
        g.check_rating(goal, rating, today)
        refused = None
    except g.GoalError as err:
        refused = str(err)
    assert refused == problem


def test_the_start_is_today_or_a_day_before():
    assert g.start_day_problem(TODAY, TODAY) is None
    assert g.start_day_problem(START, TODAY) is None
    assert g.start_day_problem(TODAY + timedelta(days=1), TODAY) == (
        "Der 02.03.2026 liegt in der Zukunft: der Ausgangswert gilt ab heute oder einem "
        "Tag davor.")


@st.composite
def goal_with_ratings(draw):
    goal = _goal()
    days = draw(st.lists(st.integers(-60, 60), max_size=8))
    ratings = [g.GoalRating(goal.id, START + timedelta(days=d), 1,
                            created=f"2025-01-01T00:00:{i:02d}") for i, d in enumerate(days)]
    return goal, ratings


@given(goal_with_ratings())
def test_the_trend_runs_by_date_with_the_baseline_once_at_its_day(data):
    goal, ratings = data
    points = g.trend_points(goal, ratings)
    assert [p.rating for p in points if p.rating is not None] == g.ordered(ratings)
    baselines = [i for i, p in enumerate(points) if p.rating is None]
    assert len(baselines) == 1
    at = baselines[0]
    assert points[at].day == START and points[at].level == goal.baseline
    # none dated before the baseline comes after it, a rating on its day comes after it
    assert all(p.day < START for p in points[:at])
    assert all(p.day >= START for p in points[at + 1:])
    days = [p.day for p in points]
    assert days == sorted(days)


def test_a_start_given_keeps_the_time_of_day_and_the_same_day_is_the_same_goal():
    goal = _goal()
    assert g.started_on(goal, START) is goal                       # unchanged: no copy
    moved = g.started_on(goal, date(2025, 9, 1))
    assert moved.created == "2025-09-01 10:00:00"
    assert (goal.created, moved.text, moved.id) == ("2025-09-15 10:00:00", goal.text, goal.id)


def _rated(*days: date) -> list[g.GoalRating]:
    return [g.GoalRating("goal", day, 0) for day in days]


def test_a_start_moved_on_to_its_first_rating_passes_one_day_later_is_refused():
    before = _goal()
    first = date(2025, 10, 6)
    ratings = _rated(date(2025, 11, 3), first)
    assert g.start_moved_problem(g.started_on(before, first), before, ratings, TODAY) is None
    problem = g.start_moved_problem(g.started_on(before, first + timedelta(days=1)), before,
                                    ratings, TODAY)
    assert problem == ("Der Ausgangswert kann nicht nach der Einschätzung vom 06.10.2025 "
                       "liegen: bitte einen Tag bis dahin angeben.")


def test_a_start_moved_to_a_day_to_come_is_refused_today_passes():
    before = _goal()
    assert g.start_moved_problem(g.started_on(before, TODAY), before, [], TODAY) is None
    tomorrow = g.started_on(before, TODAY + timedelta(days=1))
    assert g.start_moved_problem(tomorrow, before, [], TODAY) == (
        "Der 02.03.2026 liegt in der Zukunft: der Ausgangswert gilt ab heute oder einem Tag "
        "davor.")


def test_a_start_left_as_it_was_passes_even_after_older_ratings_and_a_new_goal_is_checked():
    before = _goal()
    older = _rated(date(2025, 9, 1))           # from a file: before the start already
    assert g.start_moved_problem(g.started_on(before, START), before, older, TODAY) is None
    assert g.start_moved_problem(before, None, older, TODAY) is not None   # a new goal
    assert g.start_moved_problem(before, None, [], TODAY) is None
