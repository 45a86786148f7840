"""Esc in „Ziel mit Skala“ after she typed the goal asks before her words go (the dialog
closed at once and the goal, the pupil's own words and the anchors were gone); with
nothing typed, Esc closes without a question."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons.goals_dialog import GoalEditDialog
from tests.support.main_windows import make_active
from tests.support.questions import answer, esc

ALT = Qt.KeyboardModifier.AltModifier


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _new_goal(qtbot, ctx, conn, pupil) -> GoalEditDialog:
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    dialog = GoalEditDialog(ctx, g.CaseGoal(case.id, ""))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_esc_after_her_goal_asks_and_keeps_it(qtbot, ctx, conn, pupil):
    dialog = _new_goal(qtbot, ctx, conn, pupil)
    _key(Qt.Key.Key_Z, ALT)                                    # &Ziel
    QTest.keyClicks(QApplication.focusWidget(), "Jeden Tag in die Schule")
    _key(Qt.Key.Key_W, ALT)                                    # In eigenen &Worten
    QTest.keyClicks(QApplication.focusWidget(), "Ich will hin")
    asked: list[str] = []
    answer(asked, esc)                                         # „Zurück“: she keeps it
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert "nicht gespeichert" in asked[0]
    assert dialog.isVisible()
    assert (dialog.text.text(), dialog.words.text()) == ("Jeden Tag in die Schule",
                                                          "Ich will hin")
    make_active(qtbot, dialog)          # the question gone, her window is hers again
    _key(Qt.Key.Key_Return)                                    # and saves it after all
    [goal] = goals.goals_of_case(conn, dialog.goal.case_id)
    assert (goal.text, goal.pupil_words) == ("Jeden Tag in die Schule", "Ich will hin")


def test_esc_with_nothing_typed_closes_without_a_question(qtbot, ctx, conn, pupil):
    dialog = _new_goal(qtbot, ctx, conn, pupil)
    asked: list[str] = []
    answer(asked, esc)
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == []
