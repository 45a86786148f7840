"""Statistik → „Zielerreichung“: the goals' anonymous outcomes of the chosen school year per
Schulart (docs/statistics.md "Zielerreichung"), small cells as „< 3“. A plain table: a
screen reader reads it cell by cell with its column header."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.goals import OUTCOME_LABELS
from ...domain.schoolyear import SchoolYear
from ...domain.small_cells import SUPPRESSED, is_small
from ...formatting import fmt_number
from ...services import goals as goal_service
from ..common.models import describe_cells
from ..i18n import translator

tr = translator("Statistics")


def shown(value: int) -> str:
    """A count of goals (of pupils) as shown outside her desk: 1 or 2 as „< 3“."""
    return SUPPRESSED if is_small(value) else fmt_number(value, 0)


class GoalOutcomes(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 1 + len(OUTCOME_LABELS))
        self.table.setAccessibleName(tr("Zielerreichung"))
        self.table.setHorizontalHeaderLabels([tr("Schulart"), *(tr(label) for _, label in OUTCOME_LABELS)])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        describe_cells(self.table.model())   # a figure read with its Schulart and column
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # the rule in words: the table's description (read with it) and tooltip; at 200 %
        # a label of its own took the table's rows
        self.note = tr(
            "Je Ziel mit Skala die Veränderung vom Ausgangswert bis zur letzten Einschätzung, "
            "festgehalten beim Fallabschluss und am Schuljahresende – anonym, ohne Zieltext und "
            "ohne Person; sie bleibt, wenn der Fall gelöscht wird. Zahlen unter 3 als „< 3“.")
        self.table.setAccessibleDescription(self.note)
        self.table.setToolTip(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def show_year(self, conn, year: int | None) -> None:
        rows = goal_service.outcome_rows(conn, year) if year is not None else []
        label = SchoolYear(year).label if year is not None else ""
        self.heading.setText(tr("Ziele mit Skala im Schuljahr {year} – anonym, Zahlen unter 3 "
                                "als „< 3“").format(year=label))
        if rows and rows[-1].figures.goals == 0:
            rows = []
            self.heading.setText(tr("Im Schuljahr {year} wurden keine Ziele mit Skala "
                                    "festgehalten.").format(year=label))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            f = row.figures
            for c, text in enumerate((row.label, *(shown(v) for v in (f.goals, f.rated_twice,
                                                                      f.improved, f.reached)))):
                item = QTableWidgetItem(text)
                self.table.setItem(r, c, item)
