"""Esc in „Ziel einschätzen“ after she chose a level closed the dialog at once and her
rating was gone. Now it asks first, as „Ziel mit Skala“ does (``KeepingDialog``):
„Zurück“ keeps the level, Enter then saves it. With no level chosen and nothing typed,
Esc closes without a question. Real keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.services import goals
from tests.support.main_windows import make_active
from tests.support.questions import esc_asks_first, esc_closes_at_once
from tests.ui.persons.test_rating_is_chosen import _rating_dialog

DAY = date(2026, 3, 4)


def test_esc_after_a_chosen_level_asks_and_keeps_it(ctx, qtbot, conn, pupil):
    with clock.frozen(DAY):
        dialog, goal = _rating_dialog(ctx, qtbot, conn, pupil)
        QTest.keyClick(dialog.level, Qt.Key.Key_Down)           # −2
        QTest.keyClick(dialog.level, Qt.Key.Key_Down)           # −1
        esc_asks_first(qtbot)                                   # „Zurück“: she keeps it
        assert dialog.isVisible()
        assert dialog.level.currentData() == -1
        make_active(qtbot, dialog)
        dialog.level.setFocus()
        QTest.keyClick(dialog.level, Qt.Key.Key_Return)         # and saves it after all
    assert [(r.level, r.day) for r in goals.ratings(conn, goal.id)] == [(-1, DAY)]


def test_esc_with_no_level_closes_without_a_question(ctx, qtbot, conn, pupil):
    with clock.frozen(DAY):
        dialog, goal = _rating_dialog(ctx, qtbot, conn, pupil)
        esc_closes_at_once(qtbot, dialog)
    assert goals.ratings(conn, goal.id) == []
