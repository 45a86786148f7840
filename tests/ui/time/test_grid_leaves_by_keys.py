"""The Wochenraster is no keyboard trap: Tab moves from cell to cell as in a spreadsheet
and leaves the grid at its edge; Strg+Tab, F6 and Esc leave it from any cell (the hint
says so)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.time.shared import open_area


@pytest.fixture
def grid(ctx, qtbot, post, frozen):
    area = open_area(ctx, qtbot)
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)            # "&Wochenraster"
    return area.grid


def _focus_cell(grid, row, column):
    grid.table.setFocus(Qt.TabFocusReason)
    grid.table.setCurrentIndex(grid.model.index(row, column))


def _outside(grid) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and focus is not grid.table and not grid.table.isAncestorOf(focus)


def test_tab_moves_right_inside_and_leaves_at_the_last_cell(grid):
    _focus_cell(grid, 0, 0)
    QTest.keyClick(grid.table, Qt.Key_Tab)
    assert QApplication.focusWidget() is grid.table
    assert grid.table.currentIndex().column() == 1
    last = grid.model.rowCount() - 1, grid.model.columnCount() - 1
    _focus_cell(grid, *last)
    QTest.keyClick(grid.table, Qt.Key_Tab)
    assert _outside(grid)


def test_shift_tab_leaves_at_the_first_cell(grid):
    _focus_cell(grid, 0, 0)
    QTest.keyClick(grid.table, Qt.Key_Backtab, Qt.ShiftModifier)
    assert _outside(grid)


@pytest.mark.parametrize("key, modifier", [(Qt.Key_Tab, Qt.ControlModifier),
                                           (Qt.Key_F6, Qt.NoModifier),
                                           (Qt.Key_Escape, Qt.NoModifier)])
def test_ctrl_tab_f6_and_esc_leave_from_a_middle_cell(grid, key, modifier):
    _focus_cell(grid, 1, 2)
    QTest.keyClick(grid.table, key, modifier)
    assert _outside(grid)


def test_the_hint_says_how_to_leave(grid):
    assert "Strg+Tab" in grid.hint.text() and "F6" in grid.hint.text()
