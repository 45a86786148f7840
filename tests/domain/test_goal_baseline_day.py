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
