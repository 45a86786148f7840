"""Charts of the Arbeitszeit area (painted by ``ui.common.charts``): shares by task area,
indirect work by category, the direct share month by month against its band, Soll and Ist
per month.
The same four charts are in the PDF report (reports/timeshare.py).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...domain.timeshare import AREAS
from ...domain.worktime import MONTHS, Period
from ...formatting import fmt_hours, fmt_number
from ...services.timeshare import TimeShareReport
from .. import colours
from ..common.charts import Chart, Series
from ..i18n import translator

tr = translator("TimeCharts")

BAR = QColor(colours.current().chart_1)
SOLL = QColor(colours.current().chart_2)
BAND = QColor(colours.current().chart_4)


def _percent(value: float) -> str:
    return f"{fmt_number(value, 0)} %"


def _percent_top(maximum: float = 100) -> float:
    """0 to ``maximum`` rounded up to 20 % (at most 100 %)."""
    return float(min(100, 20 * -(-int(maximum) // 20)))


SHORT_AREA_NAMES = {"EFH": "Beratung", "GRP": "Gruppen", "OFF": "Offene Angebote",
                    "VNZ": "Vernetzung", "IND": "Vor-/Nachbereitung u. a."}


class AreaChart(Chart):
    """Share of the working time per task area (percent), labels on the bars."""

    def __init__(self, parent=None):
        super().__init__(tr("Anteile nach Aufgabenbereich"), parent)

    def show_report(self, report: TimeShareReport) -> None:
        values = [report.scope.area_shares[a] for a in AREAS]
        names = [tr(SHORT_AREA_NAMES[a]) for a in AREAS]  # words, not the codes EFH, IND …
        self.set_data(names, [Series(tr("Anteil"), tuple(values), BAR)],
                      fixed_top=_percent_top(max(60, *values) + 8), value_text=_percent,
                      bar_labels=lambda v: f"{fmt_number(v, 1)} %")
        self.setAccessibleDescription("; ".join(
            f"{a} {fmt_number(v, 1)} %" for a, v in zip(names, values, strict=True)))


class CategoryChart(Chart):
    """Hours per category of indirect work, Vernetzung included (the target "Indirekte
    Arbeit" counts the same), bars labelled with the categories' names."""

    def __init__(self, parent=None):
        super().__init__(tr("Indirekte Arbeit nach Kategorie (Std.)"), parent,
                         horizontal=True)   # the categories' names are long: lying bars

    def show_report(self, report: TimeShareReport, codes: list[str]) -> None:
        minutes = report.scope.minutes
        rows = ["VNZ", *(c for c in codes if c != "VNZ")]
        hours = [minutes.get(c, 0) / 60 for c in rows]
        self.set_data([report.labels.get(c, c) for c in rows],
                      [Series(tr("Stunden"), tuple(hours), BAR)],
                      maximum=max(1.0, *hours) * 1.2,
                      bar_labels=lambda v: fmt_hours(round(v * 60), unit=False))
        self.setAccessibleDescription("; ".join(
            tr("{0} {1} Std.").format(report.labels.get(c, c),
                                      fmt_hours(minutes.get(c, 0), unit=False))
            for c in rows))


def period_text(period: Period) -> str:
    """A period's name in the language of the UI („Schuljahr 2025/26“, „November 2025“)."""
    tail = period.label.split()[-1]  # the school year, or the week with its year
    if period.kind == "month":
        return f"{tr(MONTHS[period.first.month - 1])} {period.first.year}"
    if period.kind == "year":
        return tr("Schuljahr {0}").format(tail)
    if period.kind == "quarter":
        return tr("{0}. Quartal {1}").format(period.label.split(".")[0], tail)
    return tr("KW {0}").format(tail)


def _months(report: TimeShareReport) -> list[str]:
    return [period_text(p.period).split()[0][:3] for p in report.trend]


class TrendChart(Chart):
    """Direct share per month of the school year with the target band (dashed lines)."""

    def __init__(self, parent=None):
        super().__init__(tr("Direkte Arbeit im Verlauf des Schuljahres"), parent, kind="line")
        self.reference_color = BAND

    def show_report(self, report: TimeShareReport) -> None:
        direct = report.scope.evaluation("direct")
        band = (direct.target.low, direct.target.high) if direct is not None else ()
        self.set_data(_months(report),
                      [Series(tr("direkt"), tuple(p.direct_share for p in report.trend), BAR)],
                      fixed_top=100.0, value_text=_percent, references=band)
        self.setAccessibleDescription("; ".join(
            f"{period_text(p.period)}: " + ("–" if p.direct_share is None
                                     else f"{fmt_number(p.direct_share, 1)} %")
            for p in report.trend))


class SollIstChart(Chart):
    """Soll and Ist hours per month (grouped bars, with a legend)."""

    def __init__(self, parent=None):
        super().__init__(tr("Soll und Ist je Monat (Std.)"), parent, legend=True)

    def show_report(self, report: TimeShareReport) -> None:
        soll = tuple(p.soll_min / 60 for p in report.trend)
        ist = tuple(p.ist_min / 60 for p in report.trend)
        self.set_data(_months(report), [Series(tr("Soll"), soll, SOLL),
                                        Series(tr("Ist"), ist, BAR)],
                      maximum=max([1.0, *soll, *ist]) * 1.1)
        self.setAccessibleDescription("; ".join(
            tr("{0}: Soll {1} Std., Ist {2} Std.").format(
                period_text(p.period), fmt_hours(round(p.soll_min), unit=False),
                fmt_hours(round(p.ist_min), unit=False)) for p in report.trend))
