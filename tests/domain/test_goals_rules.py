"""The rules of goals with a scale (domain/goals.py): change from the baseline to the last
rating, improved by at least one level, reached; and the figures counted from anonymous
outcome records. Property tests over both scales, and literal examples at the boundaries."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g

D = date(2025, 9, 1)

scales = st.sampled_from(sorted(g.LEVELS))


@st.composite
def goal_with_ratings(draw):
    scale = draw(scales)
    levels = g.LEVELS[scale]
    goal = g.CaseGoal("case", "Pünktlich zur ersten Stunde", scale=scale,
                      baseline=draw(st.sampled_from(levels)))
    days = draw(st.lists(st.integers(0, 300), max_size=8))
    ratings = [g.GoalRating(goal.id, D + timedelta(days=d), draw(st.sampled_from(levels)),
                            created=f"2025-01-01T00:00:{i:02d}") for i, d in enumerate(days)]
    return goal, ratings


@given(goal_with_ratings())
def test_the_change_is_the_last_rating_in_time_minus_the_baseline(data):
    goal, ratings = data
    last = g.last_level(ratings)
    if not ratings:
        assert last is None and g.change(goal.baseline, last) is None
        assert not g.improved(goal.baseline, last) and not g.reached(goal.scale, last)
        return
    latest = max(ratings, key=lambda r: (r.day, r.created))
    assert last == latest.level
    moved = g.change(goal.baseline, last)
    assert moved == latest.level - goal.baseline
    assert -4 <= moved <= 4
    assert g.improved(goal.baseline, last) == (moved >= 1)


@given(goal_with_ratings())
def test_the_order_ratings_come_in_changes_nothing(data):
    goal, ratings = data
    assert g.last_level(ratings) == g.last_level(list(reversed(ratings)))


@given(goal_with_ratings())
def test_reached_is_the_scales_reached_level_or_above(data):
    goal, ratings = data
    last = g.last_level(ratings)
    expected = last is not None and last >= (0 if goal.scale == g.GAS else 5)
    assert g.reached(goal.scale, last) == expected


@pytest.mark.parametrize(("scale", "baseline", "last", "improved", "reached"), [
    (g.GAS, -2, -1, True, False),
    (g.GAS, -2, -2, False, False),
    (g.GAS, -1, 0, True, True),
    (g.GAS, 0, -1, False, False),
    (g.GAS, 1, 0, False, True),      # reached though worse than the baseline
    (g.GENERIC, 1, 2, True, False),
    (g.GENERIC, 4, 5, True, True),
    (g.GENERIC, 5, 5, False, True),
    (g.GENERIC, 3, 3, False, False),
])
def test_boundaries_of_improved_and_reached(scale, baseline, last, improved, reached):
    assert g.improved(baseline, last) is improved
    assert g.reached(scale, last) is reached


records = st.builds(
    lambda scale, b, last, n: g.GoalOutcome("t", 2025, None, g.AT_CLOSING, scale, b,
                                            None if n == 0 else last, n, D),
    scales, st.integers(-2, 5), st.integers(-2, 5), st.integers(0, 6))


@given(st.lists(records, max_size=30))
def test_figures_are_nested_counts_that_add_over_parts(recs):
    whole = g.figures(recs)
    assert whole.goals == len(recs)
    assert 0 <= whole.rated_twice <= whole.goals
    assert 0 <= whole.improved <= whole.goals
    assert 0 <= whole.reached <= whole.goals
    # counting two halves and adding gives the whole (per school, then per Schulart)
    half = len(recs) // 2
    a, b = g.figures(recs[:half]), g.figures(recs[half:])
    assert (a.goals + b.goals, a.rated_twice + b.rated_twice, a.improved + b.improved,
            a.reached + b.reached) == (whole.goals, whole.rated_twice, whole.improved, whole.reached)


def test_an_outcome_counts_only_the_ratings_up_to_its_day():
    goal = g.CaseGoal("case", "Hausaufgaben", scale=g.GAS, baseline=-2)
    ratings = [g.GoalRating(goal.id, D, -1), g.GoalRating(goal.id, D + timedelta(days=10), 1)]
    rec = g.outcome(goal, ratings, token="t", school_year=2025, school_id=None,
                    moment=g.AT_YEAR_END, day=D + timedelta(days=5))
    assert (rec.last_level, rec.ratings, rec.baseline, rec.scale) == (-1, 1, -2, g.GAS)


def test_a_goal_is_checked_against_its_scale():
    with pytest.raises(g.GoalError, match="Ausgangswert"):
        g.check_goal(g.CaseGoal("case", "Ziel", scale=g.GAS, baseline=3))
    with pytest.raises(g.GoalError, match="beschreiben"):
        g.check_goal(g.CaseGoal("case", "  "))
    goal = g.CaseGoal("case", "Ziel", scale=g.GAS, baseline=-2, anchor_1="schwänzt jeden Tag")
    g.check_goal(goal)
    assert goal.anchor(-2) == "schwänzt jeden Tag"
    assert goal.anchor(0) == "erwartetes Ergebnis"
    with pytest.raises(g.GoalError, match="Stufe der Skala"):
        g.check_rating(goal, g.GoalRating(goal.id, D, 5), D)
    assert g.level_label(g.GAS, 1) == "+1" and g.level_label(g.GAS, 0) == "0"
    assert g.level_label(g.GENERIC, 4) == "4"


def test_a_scale_value_is_written_one_way_with_the_minus_sign_of_the_scale_s_name():
    """Issue 65: the goals list showed „-2“ (hyphen-minus) under „Zielerreichungsskala
    (−2 bis +2)“ (U+2212): one function writes a scale value, for both."""
    assert g.level_label(g.GAS, -2) == "\u22122" and g.signed(-1) == "\u22121"
    assert g.signed(2) == "+2" and g.signed(0) == "+0"
    assert f"({g.level_label(g.GAS, -2)} bis {g.level_label(g.GAS, 2)})" in g.SCALES[g.GAS]
    assert f"({g.level_label(g.GENERIC, 1)} bis {g.level_label(g.GENERIC, 5)})" in g.SCALES[g.GENERIC]
    assert g.level_label(g.GAS, -2, minus="-") == "-2"   # what she types in a terminal


def test_one_problem_per_kind_even_when_two_fields_are_too_long():
    """Text and own words both too long, two anchors too long: one line each (the form
    says each problem once, not once per field)."""
    long_text = "x" * (g.TEXT_LIMIT + 1)
    goal = g.CaseGoal("case", long_text, pupil_words=long_text, scale=g.GAS, baseline=0)
    goal.anchor_1 = goal.anchor_2 = "y" * (g.ANCHOR_LIMIT + 1)
    assert [name for name, _why in g.goal_problems(goal)] == ["text", "anchor_1"]


def test_the_dates_in_sight_of_no_date_and_of_one():
    assert g.dates_in_sight([], 2.0) == []
    assert g.dates_in_sight([(0.0, 10.0)], 2.0) == [0]


@pytest.mark.parametrize(("scale", "level", "why"), [
    (g.GAS, -2, None), (g.GAS, 2, None),
    (g.GAS, 3, "die Stufe 3 gibt es auf der Skala dieses Ziels nicht"),
    (g.GENERIC, 5, None), (g.GENERIC, -1, "die Stufe -1 gibt es auf der Skala dieses Ziels nicht"),
    (None, 5, None), ("unbekannt", -2, None),            # no scale known: any scale's level
    (None, 9, "die Stufe 9 gibt es auf keiner Skala"),
    (g.GAS, "2", None), (g.GAS, True, None),            # not a number: the field's check
])
def test_a_level_is_one_of_its_scale_or_of_any_scale_when_none_is_known(scale, level, why):
    assert g.level_problem(scale, level) == why


def test_the_dates_in_sight_keep_the_first_and_the_newest_and_those_with_room():
    # 2 apart at least: the second is 1 from the first, the third 2 from the newest
    assert g.dates_in_sight([(0.0, 10.0), (11.0, 21.0), (30.0, 39.0), (41.0, 51.0)], 2.0) \
        == [0, 2, 3]
    # the third 1 from the newest: left out
    assert g.dates_in_sight([(0.0, 10.0), (11.0, 21.0), (30.0, 40.0), (41.0, 51.0)], 2.0) \
        == [0, 3]
    assert g.dates_in_sight([(0.0, 10.0), (5.0, 15.0)], 2.0) == [1]   # the newest wins


def test_a_new_goal_is_dated_now_and_its_problems_name_their_fields():
    with clock.frozen(date(2026, 3, 2)):
        assert g.baseline_day(g.CaseGoal("case", "Pünktlich")) == date(2026, 3, 2)
    assert [name for name, _why in g.goal_problems(g.CaseGoal("case", " "))] == ["text"]
    assert [name for name, _why in g.goal_problems(
        g.CaseGoal("case", "x", scale="unbekannt"))] == ["scale"]
    assert [name for name, _why in g.goal_problems(
        g.CaseGoal("case", "x", scale=g.GAS, baseline=5))] == ["baseline"]


def test_a_trend_point_cannot_be_changed_once_made():
    point = g.TrendPoint(date(2026, 3, 2), 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.level = 1  # type: ignore[misc]


def test_a_date_exactly_the_gap_after_the_one_before_is_in_sight():
    assert g.dates_in_sight([(0.0, 10.0), (12.0, 20.0), (40.0, 50.0)], 2.0) == [0, 1, 2]
