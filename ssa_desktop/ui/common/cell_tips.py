"""A table cell cut with "…" shows its whole text when the mouse rests on it (where its
model gives no tool tip of its own): ``show_cut_cells_whole(view)``, once per view. Every
table made by ``make_table_view`` and every table ``ColumnFit`` fits has it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip

CELL_MARGIN = 6  # px a cell's text needs beside it (the style's focus frame, both sides)


class CutCellTips(QObject):
    """The event filter on ``view``'s viewport (see the module text)."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() != QEvent.Type.ToolTip:
            return False
        return self._whole_text_of_a_cut_cell(event)

    def _whole_text_of_a_cut_cell(self, event: QHelpEvent) -> bool:
        view = self.view
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = max((view.fontMetrics().horizontalAdvance(line) for line in text.split("\n")),
                     default=0)
        if not text or needed + CELL_MARGIN <= view.visualRect(index).width():
            return False
        QToolTip.showText(event.globalPos(), text, view.viewport(), view.visualRect(index))
        return True


def show_cut_cells_whole(view: QAbstractItemView) -> CutCellTips:
    existing = view.findChild(CutCellTips)
    return existing if existing is not None else CutCellTips(view)
