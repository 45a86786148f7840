"""Small charts drawn with QPainter: grouped bars (upright or lying), a line with its
points, dashed reference lines, a value axis with round ticks, a legend.

They replace QtCharts: its QGraphicsScene per chart and the library itself
cost the GUI 9–12 MB and most of the Arbeitszeit area's first show, for six simple
charts whose numbers are always in the tables beside them (and in the accessible
description). A chart holds only its numbers and paints them on demand.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...formatting import fmt_number
from .. import colours

AXIS = QColor(colours.current().chart_axis)
GRID = QColor(colours.current().chart_grid)
TEXT = QColor(colours.current().chart_text)
PALETTE = tuple(QColor(getattr(colours.current(), f"chart_{n}")) for n in (1, 2, 3, 4))


@dataclass(frozen=True)
class Series:
    """One row of values, one per category; None leaves a gap (a line's month without
    time entries)."""

    name: str
    values: tuple[float | None, ...]
    color: QColor | None = None


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10ⁿ) that divides 0…``top`` into about
    ``ticks`` parts."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def axis_top(maximum: float, step: float) -> float:
    """The first tick at or above ``maximum`` (at least one step)."""
    return max(step, math.ceil(maximum / step - 1e-9) * step)


def fit_lines(metrics: QFontMetricsF, text: str, width: float, lines: int) -> list[str]:
    """``text`` broken at spaces and after a slash ("Vor-/Nachbereitung") into at most
    ``lines`` lines of ``width``; a word or a last line that does not fit ends in "…"
    (never cut off at the edge)."""
    def join(left: str, right: str) -> str:
        return left + right if left.endswith("/") else f"{left} {right}"

    out: list[str] = []
    words = re.findall(r"\S+?/|\S+", text)
    while words and len(out) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(join(line, words[0])) <= width:
            line = join(line, words.pop(0))
        while len(out) == lines - 1 and words:
            line = join(line, words.pop(0))
        out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return out


def lines_needed(metrics: QFontMetricsF, texts: Sequence[str], width: float,
                 most: int = 3) -> int:
    """The fewest lines (at least 2, at most ``most``) in which every one of ``texts`` fits
    ``width`` without "…": a long category name takes a third line before it is shortened."""
    for lines in range(2, most):
        if not any("…" in "".join(fit_lines(metrics, text, width, lines)) for text in texts):
            return lines
    return most


class Chart(QWidget):
    """Bars (``kind="bars"``, upright, or lying with ``horizontal``) or lines
    (``kind="line"``) over named categories."""

    def __init__(self, title: str, parent: QWidget | None = None, *, kind: str = "bars",
                 horizontal: bool = False, legend: bool = False, minimum_height: int = 200):
        super().__init__(parent)
        self.title = title
        self.kind = kind
        self.horizontal = horizontal
        self.legend = legend
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.top = 1.0
        self.step = 1.0
        self.value_text: Callable[[float], str] = lambda v: fmt_number(v, 0)
        self.bar_labels: Callable[[float], str] | None = None
        self.references: tuple[float, ...] = ()
        self.reference_color = QColor(colours.current().chart_4)
        self.setAccessibleName(title)
        self.setMinimumHeight(minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, self.minimumHeight())

    def set_data(self, categories: Sequence[str], series: Sequence[Series], *,
                 maximum: float | None = None, fixed_top: float | None = None,
                 value_text: Callable[[float], str] | None = None,
                 bar_labels: Callable[[float], str] | None = None,
                 references: Sequence[float] = ()) -> None:
        """``maximum``: the axis reaches at least this far; ``fixed_top``: exactly this
        far (percent: 100). ``value_text`` writes the axis ticks, ``bar_labels`` (if
        given) the value above or beside each bar."""
        self.categories = list(categories)
        self.series = [s if s.color is not None else
                       Series(s.name, s.values, PALETTE[i % len(PALETTE)])
                       for i, s in enumerate(series)]
        values = [v for s in self.series for v in s.values if v is not None]
        highest = max([maximum or 0.0, *values, *references, 0.0])
        if fixed_top is not None:
            self.top = fixed_top
            self.step = nice_step(fixed_top)
        else:
            self.step = nice_step(highest or 1.0)
            self.top = axis_top(highest or 1.0, self.step)
        self.value_text = value_text or (lambda v: fmt_number(v, 0))
        self.bar_labels = bar_labels
        self.references = tuple(references)
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 6, -10, -6)
        title_font = QFont(font)
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(TEXT)
        p.drawText(QRectF(area.left(), area.top(), area.width(), line + 2),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.title)
        area.setTop(area.top() + line + 6)
        p.setFont(font)
        if self.legend and self.series:
            area.setTop(self._paint_legend(p, area, metrics) + 4)
        if not self.categories or not self.series:
            p.end()
            return
        if self.horizontal:
            self._paint_lying(p, area, metrics)
        else:
            self._paint_upright(p, area, metrics)
        p.end()

    def _paint_legend(self, p: QPainter, area: QRectF, metrics: QFontMetricsF) -> float:
        widths = [metrics.horizontalAdvance(s.name) + 22 for s in self.series]
        x = area.center().x() - sum(widths) / 2
        y = area.top()
        for s, width in zip(self.series, widths, strict=True):
            p.fillRect(QRectF(x, y + metrics.height() / 2 - 5, 10, 10), s.color)
            p.setPen(TEXT)
            p.drawText(QPointF(x + 14, y + metrics.ascent()), s.name)
            x += width
        return y + metrics.height()

    def _value_ticks(self) -> list[float]:
        count = int(round(self.top / self.step))
        return [i * self.step for i in range(count + 1)]

    def _paint_upright(self, p: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        ticks = self._value_ticks()
        left = max(metrics.horizontalAdvance(self.value_text(t)) for t in ticks) + 8
        label_lines = lines_needed(metrics, self.categories,
                                   (area.width() - left) / len(self.categories) - 4)
        plot = QRectF(area.left() + left, area.top() + metrics.height() / 2,
                      area.width() - left,
                      area.height() - metrics.height() / 2 - label_lines * metrics.height() - 6)
        if plot.height() < 20 or plot.width() < 20:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * min(value, self.top) / self.top

        for tick in ticks:
            y = y_of(tick)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS)
            p.drawText(QRectF(area.left(), y - metrics.height() / 2, left - 6, metrics.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.value_text(tick))
        group = plot.width() / len(self.categories)
        for index, name in enumerate(self.categories):
            p.setPen(AXIS)
            p.drawText(QRectF(plot.left() + index * group + 1, plot.bottom() + 4, group - 2,
                              label_lines * metrics.height()),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       "\n".join(fit_lines(metrics, name, group - 4, label_lines)))
        if self.kind == "line":
            self._paint_lines(p, plot, group, y_of)
        else:
            width = group * 0.7 / len(self.series)
            for index in range(len(self.categories)):
                x = plot.left() + index * group + group * 0.15
                for s in self.series:
                    value = s.values[index] if index < len(s.values) else None
                    if value is not None and value > 0:
                        bar = QRectF(x, y_of(value), width, plot.bottom() - y_of(value))
                        p.fillRect(bar, s.color)
                        if self.bar_labels is not None:
                            p.setPen(TEXT)
                            p.drawText(QRectF(x - group * 0.15, bar.top() - metrics.height() - 1,
                                              width + group * 0.3, metrics.height()),
                                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.bar_labels(value))
                    x += width
        for value in self.references:
            p.setPen(QPen(self.reference_color, 1.2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        p.setPen(QPen(AXIS, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_lines(self, p: QPainter, plot: QRectF, group: float,
                     y_of: Callable[[float], float]) -> None:
        for s in self.series:
            assert s.color is not None  # every series has its colour since __init__
            p.setPen(QPen(s.color, 2.2))
            previous: QPointF | None = None
            for index, value in enumerate(s.values):
                if value is None:
                    previous = None
                    continue
                point = QPointF(plot.left() + (index + 0.5) * group, y_of(value))
                if previous is not None:
                    p.drawLine(previous, point)
                previous = point
            p.setBrush(s.color)
            for index, value in enumerate(s.values):
                if value is not None:
                    p.drawEllipse(QPointF(plot.left() + (index + 0.5) * group, y_of(value)),
                                  3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_lying(self, p: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        ticks = self._value_ticks()
        left = min(area.width() * 0.45,
                   max(metrics.horizontalAdvance(c) for c in self.categories) + 10)
        plot = QRectF(area.left() + left, area.top(), area.width() - left - 8,
                      area.height() - metrics.height() - 6)
        if plot.height() < 10 or plot.width() < 20:
            return

        def x_of(value: float) -> float:
            return plot.left() + plot.width() * min(value, self.top) / self.top

        for tick in ticks:
            x = x_of(tick)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(AXIS)
            p.drawText(QRectF(x - 30, plot.bottom() + 3, 60, metrics.height()),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.value_text(tick))
        if self.bar_labels is not None:   # room for the value beside the longest bar
            plot.setRight(plot.right() - max(
                metrics.horizontalAdvance(self.bar_labels(v)) for s in self.series
                for v in s.values if v is not None) - 6)
        band = plot.height() / len(self.categories)
        height = band * 0.75 / len(self.series)
        for index, name in enumerate(self.categories):
            top = plot.top() + index * band
            p.setPen(AXIS)
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, left - 10)
            p.drawText(QRectF(area.left(), top, left - 8, band),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            y = top + band * 0.125
            for s in self.series:
                value = s.values[index] if index < len(s.values) else None
                if value:
                    p.fillRect(QRectF(plot.left(), y, x_of(value) - plot.left(), height),
                               s.color)
                if value is not None and self.bar_labels is not None:
                    p.setPen(TEXT)
                    p.drawText(QRectF(x_of(value) + 4, y, 200, height),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.bar_labels(value))
                y += height
        p.setPen(QPen(AXIS, 1))
        p.drawLine(plot.topLeft(), plot.bottomLeft())
