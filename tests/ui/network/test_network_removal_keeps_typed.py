"""Vernetzungsaktivitäten: removing an activity puts its values into the form – over what
she had begun to type there and not yet entered. The question says so when the form holds
such input, and „Nein“ keeps both; before, „Aktivität entfernen“ asked only about the
activity and replaced her typed note and minutes without a word."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage import repositories as repo
from tests.support.clocks import clock_stands_at
from tests.support.removals import delete_answered
from tests.ui.network.test_network_activity_removal import _activities, _recorded

ALT = Qt.KeyboardModifier.AltModifier
_clock_on_today = clock_stands_at(date(2026, 11, 21))


def _typed(tab) -> None:
    tab.note.setFocus()
    QTest.keyClicks(tab.note, "Runde begonnen")
    tab.view.setFocus()


def test_the_question_says_her_typed_input_is_replaced_and_no_keeps_it(ctx, qtbot):
    _recorded(ctx)
    area, tab = _activities(ctx, qtbot)
    _typed(tab)
    asked = delete_answered(qtbot, tab.view, Qt.Key.Key_Escape,
                            Qt.KeyboardModifier.NoModifier)   # Esc: Nein
    assert "noch nicht erfasst" in asked[0] and "ersetzt" in asked[0]
    assert tab.note.text() == "Runde begonnen"
    assert repo.NETWORK_ACTIVITIES.count(ctx.conn) == 3
    assert area


def test_without_typed_input_the_question_says_nothing_of_it(ctx, qtbot):
    _recorded(ctx)
    area, tab = _activities(ctx, qtbot)
    asked = delete_answered(qtbot, tab.view, Qt.Key.Key_Escape,
                            Qt.KeyboardModifier.NoModifier)   # Esc: Nein
    assert "noch nicht erfasst" not in asked[0]
    assert area
