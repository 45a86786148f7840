"""Session 26, tester W2: at 200 % on a 1280×720 laptop (640×360 logical) „Ziele mit
Skala“ opened 820×420 and „Zielverlauf“ 860×600 — larger than the screen (a fixed
``resize`` after the size chosen within the screen): „Als PDF speichern …“ and
„Schließen“ lay beyond its lower edge. Both open within the screen, whole (their contents
scroll)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.common import screen_fit
from ssa_desktop.ui.persons import goals_dialog
from tests.ui.shell.whole import cut_labels, sideways

pytestmark = pytest.mark.usefixtures("frozen_clock")
ROOM = QSize(640, 360) - screen_fit.FRAME   # the offscreen screen is larger


@pytest.fixture
def rated(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulbesuch"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", created="2024-08-01 08:00:00"))
    goals.rate(conn, goal.id, 3, date(2026, 11, 2))
    goals.rate(conn, goal.id, 4, date(2026, 11, 23))
    return case.id, goal.id


@pytest.mark.parametrize("which", ["goals", "trend"])
def test_goals_and_trend_open_within_a_small_screen(qtbot, ctx, rated, monkeypatch, which):
    monkeypatch.setattr(screen_fit, "free_size", lambda _widget=None: ROOM)
    case_id, goal_id = rated
    dialog = (goals_dialog.GoalsDialog(ctx, case_id) if which == "goals"
              else goals_dialog.TrendDialog(ctx, goal_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(f"/work/shots/W2/{which}-640.png")
    assert dialog.width() <= ROOM.width() and dialog.height() <= ROOM.height()
    assert sideways(dialog, tables=False) == []
    assert cut_labels(dialog) == []


@pytest.mark.parametrize("room", [ROOM, QSize(1280, 720) - screen_fit.FRAME])
def test_the_change_since_the_baseline_is_whole_without_scrolling(qtbot, ctx, rated,
                                                                   monkeypatch, room):
    """Session 28, tester TV: at 640×360 „Veränderung seit dem Ausgangswert: +1 Stufe.“ lay
    half under the scroll area's lower edge until she scrolled; it is whole, unscrolled."""
    from tests.ui.a11y.test_tab_in_sight import _out_of_sight

    monkeypatch.setattr(screen_fit, "free_size", lambda _widget=None: room)
    dialog = goals_dialog.TrendDialog(ctx, rated[1])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(f"/work/shots/TV/trend-{room.width()}.png")
    assert dialog.summary.text() == "Veränderung seit dem Ausgangswert: +3 Stufen."
    assert _out_of_sight(dialog.summary) == ""
