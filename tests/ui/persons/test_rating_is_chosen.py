"""Session 20 (a tester's year): „Einschätzen …“ opened on the scale's lowest level
(„-2 viel weniger als erwartet“), and Enter saved it: a review she only opened, or an Enter
meant for another field, put the worst rating into the goal's trend. The level box now
starts at „— Stufe wählen —“; Speichern without a level says so in the red line, saves
nothing, and keeps the focus in the box."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons.goals_dialog import RateDialog

DAY = date(2026, 3, 4)


def _rating_dialog(ctx, qtbot, conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-1, created="2024-08-01 08:00:00"))
    dialog = RateDialog(ctx, goal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.level.setFocus()
    return dialog, goal


def test_enter_without_a_level_saves_nothing_and_says_why(ctx, qtbot, conn, pupil):
    dialog, goal = _rating_dialog(ctx, qtbot, conn, pupil)
    assert dialog.level.currentText() == "— Stufe wählen —"
    with clock.frozen(DAY):
        QTest.keyClick(dialog.level, Qt.Key.Key_Return)
    assert goals.ratings(conn, goal.id) == []
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Bitte wählen Sie die Stufe."
    assert dialog.focusWidget() is dialog.level


def test_the_first_arrow_chooses_the_lowest_level(ctx, qtbot, conn, pupil):
    with clock.frozen(DAY):
        dialog, goal = _rating_dialog(ctx, qtbot, conn, pupil)
        QTest.keyClick(dialog.level, Qt.Key.Key_Down)
        assert dialog.level.currentText() == "−2 viel weniger als erwartet"
        QTest.keyClick(dialog.level, Qt.Key.Key_Down)
        QTest.keyClick(dialog.level, Qt.Key.Key_Return)
    assert [(r.level, r.day) for r in goals.ratings(conn, goal.id)] == [(-1, DAY)]
    assert not dialog.isVisible()
