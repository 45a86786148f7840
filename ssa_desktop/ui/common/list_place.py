"""Where she was in a list: the rows she had chosen (by their record's key, not their
number) and the scroll position, kept when an area gives up its rows as she leaves
(``Area.release``) and given back when the rows are loaded again on her return."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:
    from .models import RowsTableModel


@dataclass(frozen=True)
class Place:
    chosen: tuple[Hashable, ...]
    current: Hashable | None
    scroll: int


def keep(view: QAbstractItemView, key: Callable[[Any], Hashable]) -> Place:
    """The chosen rows, the current row and the scroll position of ``view`` (a view on a
    ``RowsModel``); ``key`` names a row's record."""
    rows = cast("RowsTableModel", view.model()).rows
    chosen = tuple(key(rows[i.row()]) for i in view.selectionModel().selectedRows()
                   if i.row() < len(rows))
    current = view.currentIndex()
    return Place(chosen, key(rows[current.row()]) if 0 <= current.row() < len(rows) else None,
                 view.verticalScrollBar().value())


def give_back(view: QAbstractItemView, key: Callable[[Any], Hashable],
              place: Place | None,
              find: Callable[[set], dict] | None = None) -> None:
    """Choose again those of the kept rows the list still holds, and scroll as before;
    ``find(keys)`` (optional) tells where the kept keys stand without reading every row."""
    if place is None:
        return
    model = cast("RowsTableModel", view.model())
    where = (find({*place.chosen, place.current}) if find is not None
             else {key(row): number for number, row in enumerate(model.rows)})
    last = model.columnCount() - 1
    selection = QItemSelection()
    for record in place.chosen:
        if record in where:
            selection.select(model.index(where[record], 0), model.index(where[record], last))
    if place.current in where:
        view.selectionModel().setCurrentIndex(model.index(where[place.current], 0),
                                              QItemSelectionModel.SelectionFlag.NoUpdate)
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.doItemsLayout()
    view.verticalScrollBar().setValue(place.scroll)
