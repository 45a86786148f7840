"""A GAS level is chosen by typing its sign on the keyboard's hyphen-minus: the levels are
shown with the scale's minus sign („−2“, U+2212) since the goals list wrote „-2“ under
„Zielerreichungsskala (−2 bis +2)“, and Qt's type-ahead compared her „-“ with „−“ and
stayed put (in the rating, the Ausgangswert and the open list alike)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.common.goal_rating import GoalRatings
from ssa_desktop.ui.persons.goals_dialog import GoalEditDialog, RateDialog


def _goal(conn, pupil) -> g.CaseGoal:
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    return goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=0, created="2024-08-01 08:00:00"))


def _focused(qtbot, window, box: QComboBox) -> QComboBox:
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    box.setFocus()
    assert QApplication.focusWidget() is box
    return box


@pytest.mark.parametrize(("typed", "level"), [
    ("-", -2), ("-1", -1), ("-2", -2), ("+", 1), ("+2", 2), ("0", 0)])
def test_a_rating_level_is_typed_with_the_hyphen(qtbot, ctx, conn, pupil, typed, level):
    dialog = RateDialog(ctx, _goal(conn, pupil))
    box = _focused(qtbot, dialog, dialog.level)
    QTest.keyClicks(box, typed)
    assert box.currentData() == level
    # the screen reader still reads the level as shown, with its minus sign
    assert QAccessible.queryAccessibleInterface(box).text(
        QAccessible.Text.Value).startswith(g.level_label(g.GAS, level))


def test_the_baseline_is_typed_with_the_hyphen(qtbot, ctx, conn, pupil):
    dialog = GoalEditDialog(ctx, _goal(conn, pupil))
    box = _focused(qtbot, dialog, dialog.baseline)
    QTest.keyClicks(box, "-1")
    assert box.currentData() == -1


def test_a_rating_in_a_form_is_typed_with_the_hyphen(qtbot, conn, pupil):
    ratings = GoalRatings()
    ratings.set_goals([_goal(conn, pupil)])
    [(_, box)] = ratings.boxes
    _focused(qtbot, ratings, box)
    QTest.keyClicks(box, "-")
    assert box.currentData() == -2


def test_the_open_list_goes_to_the_level_typed_with_the_hyphen(qtbot, ctx, conn, pupil):
    dialog = RateDialog(ctx, _goal(conn, pupil))
    box = _focused(qtbot, dialog, dialog.level)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    QTest.keyClicks(view, "-1")
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole) == -1
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert box.currentData() == -1
