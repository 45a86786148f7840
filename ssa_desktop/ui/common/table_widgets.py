"""The read-only set-up of ``make_table_view`` for a table widget that holds its own items."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from .cell_tips import show_cut_cells_whole
from .models import describe_cells


def make_table_widget(headers: list[str], accessible_name: str, *,
                      single: bool = True) -> QTableWidget:
    """A read-only table with ``headers`` and no rows yet: selects whole rows (one at a
    time when ``single``), hides the row numbers, is one Tab stop (arrows move inside)
    and reads each cell with its headers; a cell cut with "…" shows its whole text on
    hover."""
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    describe_cells(table.model())   # a cell is read with its row's and column's header
    show_cut_cells_whole(table)     # Arbeitszeit's absences/holidays were cut at 200 %
    return table
