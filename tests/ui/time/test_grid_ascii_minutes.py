"""Minutes typed into the weekly grid are ASCII digits: full-width „４５“ (which int()
reads as 45) is refused in German like any other non-number, nothing is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import worktime
from tests.ui.time.shared import open_area

DAY = date(2025, 11, 12)                                  # Wednesday, 2025/26


def test_full_width_minutes_are_refused(ctx, qtbot, post, frozen):
    area = open_area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.grid)
    table = area.grid.table
    table.setFocus()
    table.setCurrentIndex(area.grid.model.index(0, 0))
    for ch in "４５":   # keys with that text, as a Japanese keyboard layout sends them
        QTest.sendKeyEvent(QTest.KeyAction.Click, QApplication.focusWidget() or table,
                           Qt.Key_unknown, ch, Qt.NoModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {}
    assert "ganze Minuten" in area.grid.message.text()
