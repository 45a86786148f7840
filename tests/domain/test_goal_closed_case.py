"""A closed case's goals are not rated or changed (``goals.closed_case_problem``): at the
closing each goal's change went into its anonymous outcome (Zielerreichung); a rating
after it was not reflected there and the figures and the trend disagreed. Refused
whatever the rating's day – before the closing, on the closing day itself, after it –
with the way on: reopen the case (a later closing records the outcome anew)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import goals as g

START = date(2025, 9, 15)
CLOSED = date(2026, 3, 2)
TODAY = date(2026, 3, 20)


def _goal() -> g.CaseGoal:
    return g.CaseGoal("case", "Pünktlich kommen", created="2025-09-15 10:00:00")


def test_an_open_case_s_goal_is_rated_a_closed_one_s_not():
    assert g.closed_case_problem(None) is None
    assert g.closed_case_problem(CLOSED) == (
        "Der Fall ist seit dem 02.03.2026 abgeschlossen: öffnen Sie ihn wieder (Status "
        "„offen“), um weiter einzuschätzen.")
    assert g.closed_case_problem(CLOSED, g.TO_CHANGE) == (
        "Der Fall ist seit dem 02.03.2026 abgeschlossen: öffnen Sie ihn wieder (Status "
        "„offen“), um seine Ziele zu ändern.")


@pytest.mark.parametrize("day", [CLOSED - timedelta(days=1), CLOSED, CLOSED + timedelta(days=1)])
def test_a_rating_of_a_closed_case_is_refused_on_the_closing_day_and_either_side(day):
    goal = _goal()
    with pytest.raises(g.GoalError, match="seit dem 02.03.2026 abgeschlossen"):
        g.check_rating(goal, g.GoalRating(goal.id, day, 1), TODAY, closed=CLOSED)
    g.check_rating(goal, g.GoalRating(goal.id, day, 1), TODAY)   # open: taken


@given(st.integers(0, 186), st.one_of(st.none(), st.integers(0, 186)))
def test_the_closing_comes_first_then_the_day_s_rule(offset, closed_at):
    goal = _goal()
    day = START + timedelta(days=offset)
    closed = None if closed_at is None else START + timedelta(days=closed_at)
    try:
        g.check_rating(goal, g.GoalRating(goal.id, day, 1), TODAY, closed=closed)
        refused = None
    except g.GoalError as err:
        refused = str(err)
    expected = g.closed_case_problem(closed) or g.rating_day_problem(day, TODAY, START)
    assert refused == expected
    assert (refused is None) == (closed is None and day <= TODAY)
