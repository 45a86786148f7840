"""Session 28, tester TS (a working year): „Einschätzen …“ opened with the cursor in
„Datum“, and her ↓ – meant for the level, the one thing she has to choose – moved the date
a day back (27.11. → 26.11.); her Enter then said „Bitte wählen Sie die Stufe.“ with the
date of yesterday left standing. The dialog now opens on „Stufe“: ↓ chooses the lowest
level, Enter saves it for today; „Datum“ is reached with Alt and the underlined D."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons.goals_dialog import RateDialog

DAY = date(2026, 11, 27)


def test_the_rating_opens_on_the_level_and_her_arrow_chooses_it(ctx, qtbot, conn, pupil):
    with clock.frozen(DAY):
        case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
        goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule",
                                                scale=g.GAS, baseline=-1,
                                                created="2026-09-01 08:00:00"))
        dialog = RateDialog(ctx, goal)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert QApplication.focusWidget() is dialog.level
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert dialog.day.value() == DAY
        assert dialog.level.currentText() == "−2 viel weniger als erwartet"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [(r.level, r.day) for r in goals.ratings(conn, goal.id)] == [(-2, DAY)]
    assert not dialog.isVisible()
