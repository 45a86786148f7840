"""Session 28, tester TS: „Neues Ziel …“ (Alt+N in „Ziele mit Skala“) opened with the
focus on „Speichern“: the goal she began to type went nowhere, and her Enter pressed
„Speichern“ on an empty form. The dialog now opens with the cursor in „Ziel“."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Case
from ssa_desktop.services import persons
from ssa_desktop.ui.persons.goals_dialog import GoalEditDialog, GoalsDialog
from tests.support import questions
from tests.support.main_windows import when_active


def test_a_new_goal_is_typed_into_ziel(ctx, qtbot, pupil, frozen_clock):
    case = persons.save_case(ctx.conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goals = GoalsDialog(ctx, case.id)
    qtbot.addWidget(goals)
    goals.show()
    goals.activateWindow()
    qtbot.waitUntil(goals.isActiveWindow)
    typed: list[tuple[str, str]] = []

    def in_goal():
        edit = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, GoalEditDialog) and w.isVisible())
        QTest.keyClicks(QApplication.focusWidget(), "Ankommen")
        typed.append((QApplication.focusWidget().accessibleName(), edit.text.text()))
        edit.close_by_program()

    questions.when_open(GoalEditDialog, lambda dialog: when_active(dialog, in_goal))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(typed))
    assert typed == [("Ziel", "Ankommen")]
