"""Table models shared by the feature folders.

PySide6 resolves every ``Qt.SomeRole`` attribute access through its enum machinery
(several microseconds each), and views ask ``data()`` for a dozen roles per cell per
paint. Models therefore compare against the module-level constants below and cache
the text of each cell once per reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
FONT = Qt.ItemDataRole.FontRole
USER = Qt.ItemDataRole.UserRole
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
HORIZONTAL = Qt.Orientation.Horizontal
VERTICAL = Qt.Orientation.Vertical
TEXT_ROLES = frozenset({DISPLAY, ACCESSIBLE})
_ROOT = QModelIndex()
# a figure in a table cell: right-aligned, vertically centred
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Sample this many rows when a header sizes a column to its contents (Qt's default is
# 1000, which measures every row of a long list on every reset).
RESIZE_PRECISION = 50


# a model property: the column whose text names a row (default 0), where the first column
# does not (the Ampel's light word in Auswertung's targets)
ROW_HEADER_COLUMN = "row_header_column"


def cell_headers(index: QModelIndex | QPersistentModelIndex) -> str:
    """A cell's row and column header as a screen reader hears them after its text
    („Teamsitzung, Mi 12.11.“): the row's is the model's vertical header where it gives a
    text, else the text of the row's naming column (``ROW_HEADER_COLUMN``, default the
    first); that column's own cells name only their column."""
    model = index.model()
    row, column = index.row(), index.column()
    named = model.headerData(row, VERTICAL, DISPLAY)
    if not isinstance(named, str):  # Qt's default: the row's number
        naming = model.property(ROW_HEADER_COLUMN) or 0
        named = "" if column == naming else model.index(row, naming, index.parent()).data(DISPLAY)
    top = model.headerData(column, HORIZONTAL, DISPLAY)
    return ", ".join(str(text).strip() for text in (named, top) if text)


def cell_description(index: QModelIndex | QPersistentModelIndex) -> str:
    """The accessible description of every table cell: its headers, then its tool tip
    (what the eye gets on hovering) — one rule for every table and grid."""
    tip = index.data(TOOLTIP)
    headers = cell_headers(index)
    return f"{headers} – {tip}" if tip and str(tip) != index.data(DISPLAY) else headers


def describe_cells(model: QAbstractItemModel) -> None:
    """For a model of items (QStandardItemModel, a table or tree widget's): each cell keeps
    ``cell_description`` as its description, renewed for the rows that come or change."""

    def describe(parent: QModelIndex, first: int, last: int) -> None:
        blocked = model.blockSignals(True)   # a description is no change to show
        try:
            for row in range(first, last + 1):
                for column in range(model.columnCount(parent)):
                    index = model.index(row, column, parent)
                    if index.data(DISPLAY) is not None:
                        model.setData(index, cell_description(index), DESCRIPTION)
                first_cell = model.index(row, 0, parent)
                if model.rowCount(first_cell) > 0:   # a tree's branch
                    describe(first_cell, 0, model.rowCount(first_cell) - 1)
        finally:
            model.blockSignals(blocked)

    def changed(top_left, bottom_right, roles=()) -> None:
        if not roles or DISPLAY in roles or TOOLTIP in roles:
            describe(top_left.parent(), top_left.row(), bottom_right.row())

    def everything(*_args) -> None:
        describe(_ROOT, 0, model.rowCount() - 1)

    model.rowsInserted.connect(describe)
    model.dataChanged.connect(changed)
    for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
        signal.connect(everything)
    everything()


class RowsTableModel(QAbstractTableModel):
    """What every read-only table model here shares: ``rows``, ``HEADERS`` (German source
    texts, shown through ``tr_header``: subclasses set it to their module's ``tr``) and
    ``set_rows``. Subclasses write ``data()``."""

    HEADERS: tuple[str, ...] = ()
    tr_header: Callable[[str], str] = staticmethod(lambda text: text)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if role == DISPLAY and orientation == HORIZONTAL:
            return self.tr_header(self.HEADERS[section])
        return None


class TextRowsModel(RowsTableModel):
    """Each row's texts once per load (``cells``): sizing the columns to their contents
    asks for about nine roles of every cell, and a school year holds hundreds of rows.
    ``RIGHT``: the columns aligned right; ``more_data`` answers the other roles."""

    RIGHT: frozenset[int] = frozenset()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = [self.cells(r) for r in self.rows]
        self.endResetModel()

    def cells(self, row) -> tuple[str, ...]:
        raise NotImplementedError

    def data(self, index, role=DISPLAY):
        row = index.row()
        if row < 0 or row >= len(self.rows):
            return None
        if role == DISPLAY:
            return self._texts[row][index.column()]
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if index.column() in self.RIGHT else None
        if role == DESCRIPTION:
            return cell_description(index)
        return self.more_data(row, index.column(), role)

    def more_data(self, row: int, column: int, role):
        return None


class RowsModel(RowsTableModel):
    """A read-only table over a list of rows; ``cell(row, column) -> str``; the optional
    ``background(row, column) -> QColor | None`` colours state. The texts of the cells
    shown are kept, at most ``TEXTS_KEPT`` (scrolling through a list of 14,000 rows kept
    every cell's text until the next reset)."""

    TEXTS_KEPT = 5000   # cells; a screen shows about 150, a column sized measures 100 rows

    def __init__(self, headers: Sequence[str], cell: Callable[[Any, int], str],
                 parent=None, background: Callable[[Any, int], QColor | None] | None = None):
        super().__init__(parent)
        self.HEADERS = tuple(headers)
        self.cell = cell
        self.background = background
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows) -> None:
        self._texts = {}
        super().set_rows(rows)

    def row(self, index: QModelIndex):
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def text(self, r: int, c: int) -> str:
        key = (r, c)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) >= self.TEXTS_KEPT:
                self._texts = {}
            text = self._texts[key] = self.cell(self.rows[r], c)
        return text

    def data(self, index, role=DISPLAY):
        r = index.row()
        if r < 0 or r >= len(self.rows):
            return None
        if role in TEXT_ROLES:
            return self.text(r, index.column())
        if role == BACKGROUND and self.background is not None:
            return self.background(self.rows[r], index.column())
        if role == DESCRIPTION:
            return cell_description(index)
        return None
