"""Horizontal bar charts of the Statistik area (QtCharts): one chart per breakdown, the
chosen school year beside the previous ones."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


def bar_chart(title: str, labels: list[str], series: list[tuple[str, list[int]]]) -> QChartView:
    """``series``: (legend, values per label), newest first; drawn oldest at the bottom."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.NoAnimation)
    bars = QHorizontalBarSeries()
    # Qt draws the first category at the bottom: reverse so the list reads top-down
    for legend, values in reversed(series):
        bar_set = QBarSet(legend)
        bar_set.append([float(v) for v in reversed(values)])
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_y = QBarCategoryAxis()
    axis_y.append(list(reversed(labels)))
    chart.addAxis(axis_y, Qt.AlignLeft)
    bars.attachAxis(axis_y)
    axis_x = QValueAxis()
    top = max((v for _, values in series for v in values), default=0)
    axis_x.setRange(0, max(1, top))
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignBottom)
    bars.attachAxis(axis_x)
    chart.legend().setAlignment(Qt.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    # tall enough that no category label is elided: one band per label
    view.setMinimumHeight(110 + len(labels) * (10 + 11 * max(1, len(series))))
    view.setAccessibleName(title)
    return view
