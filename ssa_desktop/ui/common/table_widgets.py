"""The read-only set-up of ``make_table_view`` for a table widget that holds its own items."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget


def make_table_widget(headers: list[str], accessible_name: str, *,
                      single: bool = True) -> QTableWidget:
    """A read-only table with ``headers`` and no rows yet: selects whole rows (one at a
    time when ``single``), hides the row numbers, and is one Tab stop (arrows move
    inside)."""
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table
