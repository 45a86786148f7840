"""A screen reader on a cell of the Wochenraster hears which category and which day it
is: every cell's description (what the reader says after the value) carries its row's
and its column's header („Teamsitzung, Mi 12.11.: 0,50 Std.“), the Woche column and the
rows below the categories too. Before, every row said „12.11.2025: 0,00 Std.“ alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen", "post")


def test_every_grid_cell_names_its_row_and_column(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    area = window.show_area("time")
    qtbot.waitUntil(lambda: area.report is not None)
    QTest.keyClick(area.tabs, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Wochenraster
    model = area.grid.model
    missing = []
    for row in range(model.rowCount()):
        category = model.headerData(row, Qt.Orientation.Vertical)
        for column in range(model.columnCount()):
            day = model.headerData(column, Qt.Orientation.Horizontal)
            said = model.index(row, column).data(Qt.ItemDataRole.AccessibleDescriptionRole)
            if not said or category not in said or day not in said:
                missing.append((category, day, said))
    assert model.rowCount() > 2 and missing == []
