"""The persons area as she sees it, a new person begun by keys, and a new goal's dialog."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import persons
from ssa_desktop.ui.persons.area import PersonsArea
from ssa_desktop.ui.persons.goals_dialog import GoalEditDialog


@pytest.fixture
def area(ctx, qtbot):
    """The persons area, shown and active (a module with other needs has its own)."""
    widget = PersonsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def new_person(area, qtbot):
    """``new_person(pseudonym)``: „Neue Person …“, the pseudonym typed; returns the form."""
    def begin(pseudonym: str):
        area.refresh()
        area.list.new_button.click()
        form = area.page.form
        form.pseudonym.setFocus()
        qtbot.keyClicks(form.pseudonym, pseudonym)
        return form
    return begin


@pytest.fixture
def new_goal(qtbot, ctx, conn, pupil) -> GoalEditDialog:
    """„Ziel mit Skala“ for a new goal of the pupil's case „Schulangst“, nothing typed,
    shown and active (``dialog.goal.case_id`` is the case)."""
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    dialog = GoalEditDialog(ctx, g.CaseGoal(case.id, ""))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog
