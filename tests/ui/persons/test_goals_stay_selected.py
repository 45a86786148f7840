"""Session 20 (a tester's year): at a review she rates the second goal of a case
(„Einschätzen …“, Alt+E); after „Speichern“ the list selected the first goal again, so
her next „Einschätzen …“ or „Verlauf …“ went to the other goal. A new goal was not
selected either. Now the goal she rated, changed or set up stays (or becomes) the
selected one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons.goals_dialog import GoalsDialog
from tests.support import questions
from tests.support.main_windows import when_active

DAY = date(2026, 3, 4)


def _two_goals(ctx, qtbot, conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    first = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                             baseline=-2, created="2025-09-01 10:00:00"))
    second = goals.save_goal(conn, g.CaseGoal(case.id, "Pausen mit anderen", scale=g.GAS,
                                              baseline=-1, created="2025-09-02 10:00:00"))
    dialog = GoalsDialog(ctx, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    return dialog, first, second


def _in_next_dialog(keys) -> None:
    """``keys(dialog)`` once the dialog the next key opens is the active window."""
    questions.when_open(QWidget, lambda opened: when_active(opened, lambda: keys(opened)))


def test_the_rated_goal_stays_selected(ctx, qtbot, conn, pupil):
    dialog, _first, second = _two_goals(ctx, qtbot, conn, pupil)
    assert dialog.current().text == "Jeden Tag in die Schule"
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.current().id == second.id

    def rate(rating) -> None:
        rating.level.setFocus()
        QTest.keyClick(rating.level, Qt.Key.Key_Down)
        QTest.keyClick(rating.level, Qt.Key.Key_Return)

    with clock.frozen(DAY):
        _in_next_dialog(rate)
        QTest.keyClick(dialog.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: goals.ratings(conn, second.id) != [])
    assert dialog.current().id == second.id
    assert dialog.table.selectionModel().isRowSelected(1)


def test_a_new_goal_is_the_selected_one(ctx, qtbot, conn, pupil):
    dialog, _first, _second = _two_goals(ctx, qtbot, conn, pupil)

    def set_up(edit) -> None:
        edit.text.setFocus()
        QTest.keyClicks(edit.text, "Hausaufgaben im Heft")
        QTest.keyClick(edit.text, Qt.Key.Key_Return)

    _in_next_dialog(set_up)
    QTest.keyClick(dialog.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert dialog.current().text == "Hausaufgaben im Heft"
