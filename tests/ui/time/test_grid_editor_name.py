"""A screen reader names the weekly grid's open cell: the category and the day she types
minutes for (Qt's own editor has no name, so a reader said only "Bearbeiten")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.time.shared import open_area


def test_the_open_cell_is_named_after_its_category_and_day(ctx, qtbot, post, frozen):
    area = open_area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)            # "&Wochenraster"
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    table.setCurrentIndex(model.index(1, 2))
    QTest.keyClick(table, Qt.Key_4)                                  # typing opens the cell
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    category = model.headerData(1, Qt.Vertical)
    day = model.headerData(2, Qt.Horizontal)                         # "Mi 12.11."
    assert editor.accessibleName() == f"{category}, {day}, Minuten"
    assert day.startswith("Mi ")
