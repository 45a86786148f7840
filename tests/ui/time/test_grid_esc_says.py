"""Wochenraster: Esc in a cell she is typing into gives the typed minutes up (as in a
spreadsheet, UX „Esc cancels“) — and now says so, with what she typed: „45“ vanished
without a word and an older refusal about another day stayed in the message line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import worktime
from tests.ui.time.shared import open_area


def test_esc_in_a_typed_cell_says_what_was_given_up(ctx, qtbot, post, frozen):
    area = open_area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)            # "&Wochenraster"
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 4))                         # Friday: in the future
    QTest.keyClicks(table, "30")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert "Zukunft" in area.grid.message.text()
    table.setCurrentIndex(model.index(0, 0))                         # Monday 10.11.
    QTest.keyClick(table, Qt.Key_4)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_5)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert worktime.week_grid(ctx.conn, date(2025, 11, 12), "school-1").cells == {}
    category = model.headerData(0, Qt.Vertical)
    assert area.grid.message.text() == (f"Nicht gespeichert: 45 Min. für {category}, Mo 10.11. "
                                        "(Esc verwirft die Eingabe; Enter oder Tab speichert).")
    assert QApplication.focusWidget() is table                       # still in the grid
    QTest.keyClick(table, Qt.Key_Escape)                             # a second Esc leaves it
    assert QApplication.focusWidget() is not table


def test_esc_without_typing_says_nothing(ctx, qtbot, post, frozen):
    area = open_area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    QTest.keyClick(table, Qt.Key_F2)                                 # opens the cell
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert area.grid.message.text() == ""
