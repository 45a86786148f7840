"""The Schuljahreswechsel assistant's list: the plan's rows as six texts each, read
from the rows when the view asks (no item per cell: the assistant opens by itself at the
first unlock after 1 August, beside the Übersicht's loads). The new class label is
edited in place where the pupil stays, repeats or is "nicht bekannt"; the text as typed
is kept per row (``label``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...domain import school_year_change as syc
from ...formatting import fmt_date
from ..common.models import DESCRIPTION, DISPLAY, TOOLTIP, RowsTableModel, cell_description

EDIT = Qt.ItemDataRole.EditRole
TEXT_ROLES = frozenset({DISPLAY, EDIT})
LABEL_COLUMN = 3
NOTE_COLUMN = 5    # "Hinweis"
FIXED = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
EDITABLE = FIXED | Qt.ItemFlag.ItemIsEditable


def label_editable(row: syc.Row) -> bool:
    """Whether the new class label is hers to change (LEFT and CHANGED keep the old; a
    pupil who repeats may go to another class of the same grade)."""
    return row.status in (syc.STAY, syc.UNKNOWN, syc.REPEATS)


class ProposalModel(RowsTableModel):
    """``rows``: the plan's rows; ``labels``: the new class labels as shown and edited.
    ``status_text(code)`` gives the whereabouts' label (the dialog's translator)."""

    def __init__(self, headers: tuple[str, ...], status_text, parent=None):
        super().__init__(parent)
        self.HEADERS = headers
        self.status_text = status_text
        self.labels: list[str] = []

    def set_rows(self, rows) -> None:
        rows = list(rows)
        self.beginResetModel()
        self.rows = rows
        self.labels = [row.new_label for row in rows]
        self.endResetModel()

    def set_row(self, r: int, row: syc.Row) -> None:
        """Row ``r`` replaced (another whereabouts): its texts and label anew."""
        self.rows[r] = row
        self.labels[r] = row.new_label
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.HEADERS) - 1))

    def text(self, r: int, c: int) -> str:
        row = self.rows[r]
        if c == 0:
            return row.pseudonym
        if c == 1:
            return row.class_label or "–"
        if c == 2:
            return "–" if row.new_grade is None else str(row.new_grade)
        if c == LABEL_COLUMN:
            return self.labels[r]
        if c == 4:
            status = self.status_text(row.status)
            return status if row.day is None else status + " " + fmt_date(row.day)
        return row.reason

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        r = index.row()
        if not 0 <= r < len(self.rows):
            return None
        if role == TOOLTIP and index.column() == NOTE_COLUMN:
            return self.rows[r].reason   # whole where the column cuts it (200 %)
        if role == DESCRIPTION:
            return cell_description(index)
        if role not in TEXT_ROLES:
            return None
        return self.text(r, index.column())

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == LABEL_COLUMN and label_editable(self.rows[index.row()]):
            return EDITABLE
        return FIXED

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=EDIT) -> bool:  # noqa: N802
        if role != EDIT or not index.isValid() or index.column() != LABEL_COLUMN \
                or not label_editable(self.rows[index.row()]):
            return False
        self.labels[index.row()] = str(value)
        self.dataChanged.emit(index, index)
        return True
