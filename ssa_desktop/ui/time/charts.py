"""Charts of the Arbeitszeit area (PySide6.QtCharts): shares by task area, indirect work
by category, the direct share month by month against its band, Soll and Ist per month.
The same four charts are in the PDF report (reports/timeshare.py).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ...domain.timeshare import AREAS
from ...formatting import fmt_number
from ...services.timeshare import TimeShareReport
from ..i18n import translator

tr = translator("TimeCharts")

BAR = QColor("#4a6fa5")
SOLL = QColor("#b0bec5")
BAND = QColor("#2e7d32")


class ChartView(QChartView):
    """A chart with a title, no animation, antialiased, keyboard-focusable for its
    accessible description (the numbers are always in the tables beside it)."""

    def __init__(self, title: str, parent=None):
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setLocalizeNumbers(True)              # 40,9 % (decimal comma)
        chart.setLocale(QLocale(QLocale.German, QLocale.Germany))
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setAccessibleName(title)
        self.setMinimumHeight(200)

    def reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def attach(self, series, x_axis, y_axis) -> None:
        chart = self.chart()
        chart.addSeries(series)
        chart.addAxis(x_axis, Qt.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


def _percent_axis(maximum: float = 100) -> QValueAxis:
    """0 to ``maximum`` rounded up to 20 %, a tick every 20 %."""
    top = min(100, 20 * -(-int(maximum) // 20))
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat("%.0f %")        # localized: "%%" would stay literal
    axis.setTickCount(top // 20 + 1)
    return axis


SHORT_AREA_NAMES = {"EFH": "Beratung", "GRP": "Gruppen", "OFF": "Offene Angebote",
                    "VNZ": "Vernetzung", "IND": "Vor-/Nachbereitung u. a."}


class AreaChart(ChartView):
    """Share of the working time per task area (percent), labels on the bars."""

    def __init__(self, parent=None):
        super().__init__(tr("Anteile nach Aufgabenbereich"), parent)

    def show_report(self, report: TimeShareReport) -> None:
        self.reset()
        values = [report.scope.area_shares[a] for a in AREAS]
        bars = QBarSet(tr("Anteil"))
        bars.setColor(BAR)
        bars.append(values)
        series = QBarSeries()
        series.append(bars)
        bars.setLabelColor(QColor("#222222"))
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPrecision(3)
        series.setLabelsPosition(QBarSeries.LabelsOutsideEnd)
        axis = QBarCategoryAxis()
        names = [tr(SHORT_AREA_NAMES[a]) for a in AREAS]  # words, not the codes EFH, IND …
        axis.append(names)
        self.attach(series, axis, _percent_axis(max(60, *values) + 8))
        self.setAccessibleDescription("; ".join(
            f"{a} {fmt_number(v, 1)} %" for a, v in zip(names, values, strict=True)))


class CategoryChart(ChartView):
    """Hours per category of indirect work, Vernetzung included (the target "Indirekte
    Arbeit" counts the same), bars labelled with the categories' names."""

    def __init__(self, parent=None):
        super().__init__(tr("Indirekte Arbeit nach Kategorie (Std.)"), parent)

    def show_report(self, report: TimeShareReport, codes: list[str]) -> None:
        self.reset()
        minutes = report.scope.minutes
        rows = ["VNZ", *(c for c in codes if c != "VNZ")]
        hours = [minutes.get(c, 0) / 60 for c in rows]
        bars = QBarSet(tr("Stunden"))
        bars.setColor(BAR)
        bars.setLabelColor(QColor("#222222"))
        bars.append(hours)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPrecision(3)
        series.setLabelsPosition(QBarSeries.LabelsOutsideEnd)
        labels = QBarCategoryAxis()
        labels.append([report.labels.get(c, c) for c in rows])
        values = QValueAxis()
        values.setRange(0, max(1.0, *hours) * 1.2)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f")
        self.attach(series, labels, values)
        self.setAccessibleDescription("; ".join(
            f"{report.labels.get(c, c)} {fmt_number(h, 1)} Std."
            for c, h in zip(rows, hours, strict=True)))


def _month_axis(report: TimeShareReport) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append([p.period.label.split()[0][:3] for p in report.trend])
    return axis


class TrendChart(ChartView):
    """Direct share per month of the school year with the target band (dashed lines)."""

    def __init__(self, parent=None):
        super().__init__(tr("Direkte Arbeit im Verlauf des Schuljahres"), parent)

    def show_report(self, report: TimeShareReport) -> None:
        self.reset()
        line = QLineSeries()
        line.setName(tr("direkt"))
        line.setPen(QPen(BAR, 2.2))
        line.setPointsVisible(True)
        for index, point in enumerate(report.trend):
            if point.direct_share is not None:
                line.append(index, point.direct_share)
        x_axis = QValueAxis()
        x_axis.setRange(-0.5, len(report.trend) - 0.5)
        x_axis.setVisible(False)
        y_axis = _percent_axis()
        self.attach(line, x_axis, y_axis)
        months = _month_axis(report)
        self.chart().addAxis(months, Qt.AlignBottom)
        direct = report.scope.evaluation("direct")
        if direct is not None:
            for bound in (direct.target.low, direct.target.high):
                band = QLineSeries()
                band.setName(tr("Zielbereich"))
                band.setPen(QPen(BAND, 1.2, Qt.DashLine))
                band.append(-0.5, bound)
                band.append(len(report.trend) - 0.5, bound)
                self.chart().addSeries(band)
                band.attachAxis(x_axis)
                band.attachAxis(y_axis)
        self.setAccessibleDescription("; ".join(
            f"{p.period.label}: " + ("–" if p.direct_share is None
                                     else f"{fmt_number(p.direct_share, 1)} %")
            for p in report.trend))


class SollIstChart(ChartView):
    """Soll and Ist hours per month (grouped bars, with a legend)."""

    def __init__(self, parent=None):
        super().__init__(tr("Soll und Ist je Monat (Std.)"), parent)
        self.chart().legend().show()
        self.chart().legend().setAlignment(Qt.AlignTop)

    def show_report(self, report: TimeShareReport) -> None:
        self.reset()
        soll = QBarSet(tr("Soll"))
        soll.setColor(SOLL)
        soll.append([p.soll_min / 60 for p in report.trend])
        ist = QBarSet(tr("Ist"))
        ist.setColor(BAR)
        ist.append([p.ist_min / 60 for p in report.trend])
        series = QBarSeries()
        series.append(soll)
        series.append(ist)
        y_axis = QValueAxis()
        top = max([1.0] + [p.soll_min / 60 for p in report.trend]
                  + [p.ist_min / 60 for p in report.trend])
        y_axis.setRange(0, top * 1.1)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%.0f")
        self.attach(series, _month_axis(report), y_axis)
        self.setAccessibleDescription("; ".join(
            f"{p.period.label}: Soll {fmt_number(p.soll_min / 60, 1)} Std., "
            f"Ist {fmt_number(p.ist_min / 60, 1)} Std." for p in report.trend))
