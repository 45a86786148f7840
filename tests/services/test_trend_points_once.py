"""A goal's trend computed its points (``domain.goals.trend_points``) each time it was
asked: the table's rows and the baseline's place each again, the printed sheet twice over
a Trend of its own. A ``Trend`` now holds its points, computed once when it is made;
the sheet printed from a shown Trend does not read nor compute them again."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons


@pytest.fixture
def counted(monkeypatch) -> list[int]:
    """Each call of ``trend_points`` leaves a mark in the list."""
    calls: list[int] = []
    real = g.trend_points

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(g, "trend_points", counting)
    return calls


@pytest.fixture
def rated_goal(conn, pupil) -> g.CaseGoal:
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulbesuch"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-1, created="2026-09-01 08:00:00"))
    goals.rate(conn, goal.id, 0, date(2026, 11, 2))
    goals.rate(conn, goal.id, 1, date(2026, 11, 3))
    return goal


def test_a_trend_computes_its_points_once(conn, rated_goal, counted):
    trend = goals.trend(conn, rated_goal.id)
    rows, at, points = trend.rows(), trend.baseline_at, trend.points
    assert (len(rows), at, len(points)) == (3, 0, 3)
    assert trend.rows() == rows and trend.baseline_at == at
    assert len(counted) == 1


def test_the_sheet_of_a_shown_trend_computes_nothing_again(conn, rated_goal, counted):
    shown = goals.trend(conn, rated_goal.id)
    sheet = goals.trend_sheet(conn, shown)
    assert sheet.points == tuple(shown.rows()) and sheet.baseline_at == shown.baseline_at
    assert len(counted) == 1


def test_the_sheet_by_the_goal_computes_once(conn, rated_goal, counted):
    sheet = goals.trend_sheet(conn, rated_goal.id)
    assert len(sheet.points) == 3 and sheet.baseline_at == 0
    assert len(counted) == 1
