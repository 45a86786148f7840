"""A goal's trend as the post holder and her deputy see it (one widget for both): the
chart (the levels as rows labelled with their anchors, a point per rating), the same
points as a table a screen reader reads cell by cell (date, level, meaning, who rated),
and the change since the baseline.

The chart is painted with QPainter like every chart of the program (ui/common/charts.py
says why QtCharts is not used: memory and first show); its numbers are always in the
table below it."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import goals as g
from ...formatting import fmt_date
from ...services.goals import Trend
from .. import colours
from ..i18n import translator
from .models import describe_cells

tr = translator("GoalsDialog")   # the trend's words were first said by the goals dialog

HEADERS = ("Datum", "Stufe", "Bedeutung", "Eingetragen von")


class TrendChart(QWidget):
    """The levels as rows labelled with their anchors, a point per rating joined by a line.
    A picture only: the same points stand in the table beside it (its accessible
    description says so)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.anchors: list[str] = []
        self.points: list[tuple[str, int]] = []   # (x label, row index)
        self.setMinimumHeight(220)
        self.setMinimumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Verlaufsdiagramm"))
        self.setAccessibleDescription(tr("Dieselben Punkte stehen in der Tabelle darunter."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(560, 260)

    def set_trend(self, anchors: list[str], points: list[tuple[str, int]]) -> None:
        self.anchors, self.points = anchors, points
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colours.current()
        metrics = p.fontMetrics()
        left = min(max((metrics.horizontalAdvance(a) for a in self.anchors), default=0) + 16,
                   self.width() // 2)
        half_label = metrics.horizontalAdvance("00.00.0000") / 2 + 4   # the last date whole
        plot = QRectF(left, 8, max(self.width() - left - half_label, 10),
                      max(self.height() - metrics.height() - 20, 10))
        rows = max(len(self.anchors) - 1, 1)
        def y_of(i: int) -> float:
            return plot.bottom() - i * plot.height() / rows
        p.setPen(QPen(QColor(c.chart_grid)))
        for i, anchor in enumerate(self.anchors):
            y = y_of(i)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(c.chart_text))
            p.drawText(QRectF(0, y - metrics.height(), left - 8, 2 * metrics.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(anchor, Qt.TextElideMode.ElideRight, left - 8))
            p.setPen(QPen(QColor(c.chart_grid)))
        if not self.points:
            return
        step = plot.width() / max(len(self.points) - 1, 1)
        spots = [QPointF(plot.left() + i * step if len(self.points) > 1 else plot.center().x(),
                         y_of(row)) for i, (_x, row) in enumerate(self.points)]
        p.setPen(QPen(QColor(c.chart_1), 2))
        for a, b in pairwise(spots):
            p.drawLine(a, b)
        p.setBrush(QColor(c.chart_1))
        for spot in spots:
            p.drawEllipse(spot, 4, 4)
        p.setPen(QColor(c.chart_text))
        for box, label in self._date_boxes(metrics, spots, plot.bottom() + 4):
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter, label)

    def _date_boxes(self, metrics, spots: list[QPointF], top: float) -> list[tuple[QRectF, str]]:
        """The dates under their points that fit side by side (``goals.dates_in_sight``):
        a rating every week drew twenty dates into one smear."""
        boxes = []
        for (label, _row), spot in zip(self.points, spots, strict=True):
            width = metrics.horizontalAdvance(label)
            left = min(max(spot.x() - width / 2, 0.0), self.width() - width)
            boxes.append((QRectF(left, top, width, metrics.height() + 4), label))
        shown = g.dates_in_sight([(box.left(), box.right()) for box, _ in boxes],
                                 metrics.horizontalAdvance("  "))
        return [boxes[i] for i in shown]


class TrendView(QWidget):
    """Heading (the goal and the pupil's words), chart, table and change of one goal's
    ``Trend``; ``set_trend(None)`` shows that no goal is chosen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.chart = TrendChart()
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(tr("Verlauf als Tabelle"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        describe_cells(self.table.model())   # a level is read with its day and column
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def set_trend(self, trend: Trend | None) -> None:
        if trend is None:
            self.heading.setText(tr("Kein Ziel gewählt."))
            self.chart.set_trend([], [])
            self.table.setRowCount(0)
            self.summary.clear()
            return
        goal = trend.goal
        self.heading.setText(goal.text + (f" – „{goal.pupil_words}“" if goal.pupil_words else ""))
        levels = list(goal.levels)
        self.chart.set_trend(
            [f"{g.level_label(goal.scale, lv)} {goal.anchor(lv)}" for lv in levels],
            [(fmt_date(p.day) if p.rating else tr("Beginn"), levels.index(p.level))
             for p in trend.points])
        rows = trend.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                self.table.setItem(r, col, QTableWidgetItem(
                    tr(text) if col == 3 and text == g.POST_HOLDER else text))
        if rows:   # a reader says the row she is on when the table takes the focus
            self.table.setCurrentCell(0, 0)
        change = trend.change
        self.summary.setText(
            tr("Noch nicht eingeschätzt.") if change is None else
            tr("Veränderung seit dem Ausgangswert: {0} Stufe(n){1}.", n=abs(change)).format(
                g.signed(change), tr(", erreicht") if trend.reached else ""))
