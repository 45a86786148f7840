"""Esc in „Ziel mit Skala“ after she typed the goal asks before her words go (the dialog
closed at once and the goal, the pupil's own words and the anchors were gone); with
nothing typed, Esc closes without a question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import goals
from tests.support.keys import key
from tests.support.main_windows import make_active
from tests.support.questions import esc_asks_first, esc_closes_at_once

ALT = Qt.KeyboardModifier.AltModifier


def test_esc_after_her_goal_asks_and_keeps_it(qtbot, conn, new_goal):
    dialog = new_goal
    key(Qt.Key.Key_Z, ALT)                                     # &Ziel
    QTest.keyClicks(QApplication.focusWidget(), "Jeden Tag in die Schule")
    key(Qt.Key.Key_W, ALT)                                     # In eigenen &Worten
    QTest.keyClicks(QApplication.focusWidget(), "Ich will hin")
    esc_asks_first(qtbot)                                      # „Zurück“: she keeps it
    assert dialog.isVisible()
    assert (dialog.text.text(), dialog.words.text()) == ("Jeden Tag in die Schule",
                                                          "Ich will hin")
    make_active(qtbot, dialog)          # the question gone, her window is hers again
    key(Qt.Key.Key_Return)                                     # and saves it after all
    [goal] = goals.goals_of_case(conn, dialog.goal.case_id)
    assert (goal.text, goal.pupil_words) == ("Jeden Tag in die Schule", "Ich will hin")


def test_esc_with_nothing_typed_closes_without_a_question(qtbot, new_goal):
    dialog = new_goal
    esc_closes_at_once(qtbot, dialog)
