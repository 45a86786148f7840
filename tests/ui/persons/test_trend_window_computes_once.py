"""The goal's trend window computed the trend's points twice to show them (the chart, the
table) and, at „Als PDF speichern …“ (Alt+P), read the goal again and computed them twice
more for the sheet: four times for one trend. The window's Trend holds its points and
the sheet is printed from it: once. Real key events, the real vault."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons import goals_dialog
from tests.services.test_trend_points_once import counted  # noqa: F401 - a fixture
from tests.ui.journey.reports import pdf_text
from tests.ui.persons.test_trend_pdf_said import saved_by_alt_p

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_the_shown_and_printed_trend_is_computed_once(qtbot, ctx, conn, pupil, tmp_path,
                                                      monkeypatch, counted):  # noqa: F811
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulbesuch"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-1, created="2026-09-01 08:00:00"))
    goals.rate(conn, goal.id, 1, date(2026, 11, 2))
    target = tmp_path / "Zielverlauf.pdf"
    monkeypatch.setattr(goals_dialog, "choose_save_file", lambda *_a, **_k: str(target))
    dialog = saved_by_alt_p(qtbot, ctx, goal.id, target)
    assert dialog.table.rowCount() == 2
    assert "Veränderung seit dem Ausgangswert: +2 Stufen, erreicht." in " ".join(pdf_text(target).split())
    assert len(counted) == 1
