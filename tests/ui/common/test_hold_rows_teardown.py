"""``hold_rows`` on a QTableWidget (Arbeitszeit → Zielwerte): the widget's own model is
its child and, deleted with it, clears its rows once more, after PySide has given up the
view's wrapper. The update then asked the deleted view for its model: „Internal C++
object (QTableWidget) already deleted“, an exception in Qt's event loop at every
teardown, which kept the Zielwerte table from holding its rows at 640×360."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from ssa_desktop.ui.common.tables import hold_rows


def test_a_table_widget_holding_its_rows_is_deleted_quietly(qtbot):
    table = QTableWidget(4, 2)
    for row in range(4):
        table.setItem(row, 0, QTableWidgetItem(str(row)))
    hold_rows(table)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader().sizeHint().height()
    assert table.minimumHeight() >= header + 3 * table.rowHeight(0)
    table.setRowCount(1)  # fewer rows: the height of those left
    assert table.minimumHeight() < header + 2 * table.rowHeight(0) + 2 * table.frameWidth()
    table.deleteLater()
    qtbot.waitUntil(lambda: not _alive(table))  # pytest-qt fails on an exception meanwhile


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
