"""Zielverlauf → „Als PDF speichern …“ (Alt+P), the sheet she takes to the Hilfeplan talk:
the window says „Veränderung seit dem Ausgangswert: +2 Stufen, erreicht.“ under the table,
the sheet said nothing of it – the one figure the talk asks for had to be counted off the
line by hand. The sheet now says the same sentence under its table (none rated: „Noch
nicht eingeschätzt.“), and its heading reads „Verlauf – Zielerreichungsskala (−2 bis +2)“,
not „Verlauf (Zielerreichungsskala (−2 bis +2))“. Real key events, the real vault."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons import goals_dialog
from tests.ui.journey.reports import pdf_text
from tests.ui.persons.test_trend_pdf_said import saved_by_alt_p

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _printed(qtbot, ctx, goal_id: str, target) -> tuple[str, str]:
    """The trend window of the goal, Alt+P; its summary line and the PDF's text."""
    dialog = saved_by_alt_p(qtbot, ctx, goal_id, target)
    return dialog.summary.text(), " ".join(pdf_text(target).split())


@pytest.mark.parametrize(("levels", "said"), [
    ((0, 1), "Veränderung seit dem Ausgangswert: +2 Stufen, erreicht."),
    ((-2,), "Veränderung seit dem Ausgangswert: −1 Stufe."),
    ((), "Noch nicht eingeschätzt."),
])
def test_the_sheet_says_the_change_the_window_says(qtbot, ctx, conn, pupil, tmp_path,
                                                    monkeypatch, levels, said):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulbesuch"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-1, created="2026-09-01 08:00:00"))
    for day, level in enumerate(levels, start=2):
        goals.rate(conn, goal.id, level, date(2026, 11, day))
    target = tmp_path / "Zielverlauf.pdf"
    monkeypatch.setattr(goals_dialog, "choose_save_file", lambda *_a, **_k: str(target))
    window, sheet = _printed(qtbot, ctx, goal.id, target)
    assert window == said
    assert said in sheet
    assert "Verlauf – Zielerreichungsskala (−2 bis +2)" in sheet
