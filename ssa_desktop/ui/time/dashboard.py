"""The Auswertung tab: Soll/Ist/Saldo, target lights with their numbers, shares per task
area and category, per school, and the charts (docs/timeshare.md)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.timeshare import AREA_LABELS, AREAS, Evaluation
from ...formatting import fmt_date, fmt_hours, fmt_number
from ...services.timeshare import TimeShareReport
from .. import colours
from ..common.announce import MessageLabel
from ..common.layouts import BesideOrBelow
from ..common.models import ROW_HEADER_COLUMN
from ..common.table_widgets import make_table_widget
from ..common.wrapping_label import LinesHighLabel
from ..i18n import translator
from .charts import AreaChart, CategoryChart, SollIstChart, TrendChart, period_text

tr = translator("TimeDashboard")

AREA_SOURCES = {
    "EFH": "Kontakte und Kurzkontakte (auch mit Eltern und Lehrkräften)",
    "GRP": "Gruppentermine, Klassenprojekte, Projekttage",
    "OFF": "Offene Angebote",
    "VNZ": "Vernetzung: Gremien, Runde Tische, Kooperationsgespräche",
    "IND": "Wochenraster und Stoppuhr (indirekte Kategorien)",
}
LIGHT_WORDS = {"green": "im Zielbereich", "amber": "knapp außerhalb", "red": "außerhalb",
               "none": "keine Daten"}


def light_colour(light: str) -> str:
    """The dot's colour ("green", "amber", "red", "none") in the palette in use."""
    return getattr(colours.current(), f"light_{light}")


def light_icon(light: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(light_colour(light)))
    painter.setPen(QColor(colours.current().light_ring))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def hours_text(minutes: float | None) -> str:
    return "–" if minutes is None else tr("{0} Std.").format(fmt_hours(round(minutes), unit=False))


def value_text(ev: Evaluation) -> str:
    if ev.value is None:
        return "–"
    if ev.target.unit == "%":
        return f"{fmt_number(ev.value, 1)} %"
    return f"{fmt_number(ev.value, 2)} {ev.target.unit}"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = make_table_widget(headers, name, single=False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    return table


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _whole_width(table: QTableWidget, columns: range) -> int:
    """The width that shows ``columns`` with their headings and cells whole."""
    header = table.horizontalHeader()
    return 2 * table.frameWidth() + sum(
        max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in columns)


def _fit(table: QTableWidget) -> None:
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + 2)


class _TablesBeside(BesideOrBelow):
    """The targets and the areas beside each other only where both tables are whole
    there (each gets room in proportion to its whole width), else one below the other.
    Their widths are no minimum: on a narrower window (640 px at 200 %) the targets'
    light and name wrap (``Dashboard._fit_targets``), the area never scrolls sideways
    (WCAG 1.4.10)."""

    _wholes: tuple[int, int] = (0, 0)

    def set_wholes(self, *tables: tuple[QTableWidget, int]) -> None:
        """Each pane's table with the width that shows it whole."""
        extras = [least.width() - table.minimumSizeHint().width()  # the pane's frame
                  for least, (table, _) in zip(self._minimums(), tables, strict=True)]
        self._wholes = (tables[0][1] + extras[0], tables[1][1] + extras[1])
        for index, whole in enumerate(self._wholes):
            self.box.setStretch(index, whole)
        self.turn(self.width())

    def _beside_width(self) -> int:
        return max(super()._beside_width(), sum(self._wholes) + self.box.spacing())


class Dashboard(QWidget):
    """Shows a ``TimeShareReport``; ``clear()`` empties every table and chart. No scroll
    area of its own: the window's scrolls the area whole where it is taller than the
    window (one scroll bar, tests/ui/a11y/test_no_nested_scroll.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)

        self.hours = LinesHighLabel()  # wraps where narrow (200 %)
        self.hours.setAccessibleDescription(tr("Soll, Ist und Saldo"))
        self.hours.setTextFormat(Qt.TextFormat.RichText)
        self.problems = MessageLabel()   # named by its hints, heard when they change
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {colours.current().warning};")
        self.problems.setAccessibleDescription(tr("Hinweise"))
        outer.addWidget(self.hours)
        outer.addWidget(self.problems)

        targets_box = QGroupBox(tr("Zielwerte der Kooperationsvereinbarung"))
        self.targets = _table([tr("Ampel"), tr("Ist"), tr("Zielbereich"), tr("Zielwert")],
                              tr("Zielwerte mit Ampel"))
        self.targets.setWordWrap(True)
        # a row is named by its target, not by its light's word
        self.targets.model().setProperty(ROW_HEADER_COLUMN, 3)
        # the columns as wide as their contents where they fit, else the light and the
        # target's name wrap (at 640×360 the name stood beyond the table's edge):
        # _fit_targets, again whenever the table's width changes
        header = self.targets.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._targets_fit = QTimer(self)  # once the resizing is done
        self._targets_fit.setSingleShot(True)
        self._targets_fit.setInterval(0)
        self._targets_fit.timeout.connect(self._fit_targets)
        self.targets.viewport().installEventFilter(self)
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.addWidget(self.targets)
        targets_layout.addStretch(1)
        areas_box = QGroupBox(tr("Aufgabenbereiche"))
        self.areas = _table([tr("Bereich / Kategorie"), tr("Std."), tr("Anteil")],
                            tr("Anteile nach Aufgabenbereich und Kategorie"))
        self.areas.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.areas.horizontalHeader().setStretchLastSection(False)
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.verticalHeader().setDefaultSectionSize(22)
        QVBoxLayout(areas_box).addWidget(self.areas)
        # its rows as high as their lines at the width the layout gave (beside the targets
        # or below them); fitted at filling, a narrower column cut „… (ohne Vernetzung)“
        self.areas.horizontalHeader().sectionResized.connect(self._fit_areas)
        # side by side; below each other where the targets' columns do not fit beside
        # the areas (200 %: WCAG 1.4.10, see _fit_targets)
        self.panes = _TablesBeside((targets_box, 5), (areas_box, 4))
        outer.addWidget(self.panes)

        charts = QGridLayout()
        self.area_chart = AreaChart()
        self.trend_chart = TrendChart()
        self.category_chart = CategoryChart()
        self.soll_ist_chart = SollIstChart()
        charts.addWidget(self.area_chart, 0, 0)
        charts.addWidget(self.trend_chart, 0, 1)
        charts.addWidget(self.category_chart, 1, 0)
        charts.addWidget(self.soll_ist_chart, 1, 1)
        for chart in (self.area_chart, self.trend_chart, self.category_chart,
                      self.soll_ist_chart):
            chart.setMinimumHeight(240)
        outer.addLayout(charts)

        schools_box = QGroupBox(tr("Je Schule"))
        self.schools = _table([tr("Schule"), tr("Soll"), tr("Ist"), tr("Saldo"), tr("direkt"),
                               *AREAS], tr("Zeitanteile je Schule"))
        self.schools.horizontalHeader().setStretchLastSection(False)
        self.schools.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(schools_box).addWidget(self.schools)
        outer.addWidget(schools_box)
        outer.addStretch(1)
        self.report: TimeShareReport | None = None
        self.heard_hints = ""  # said before the area was taken apart (``TimeArea.restore``)
        self._kept_cells: tuple[tuple[int, int], ...] = ()

    def _tables(self) -> tuple[QTableWidget, ...]:
        return self.targets, self.areas, self.schools

    def cells(self) -> tuple[tuple[int, int], ...]:
        """Her current cell in each table (row, column; -1: none): the same again when
        the tables are filled anew (another period, the area built again)."""
        return tuple((t.currentRow(), t.currentColumn()) for t in self._tables())

    def keep_cells(self, cells: tuple[tuple[int, int], ...]) -> None:
        """Her cells when the area was built again: current once the report is shown."""
        self._kept_cells = cells

    def show_report(self, report: TimeShareReport, categories: list[str]) -> None:
        cells, self._kept_cells = self._kept_cells or self.cells(), ()
        self._show_figures(report, categories)
        for table, (row, column) in zip(self._tables(), cells, strict=True):
            if 0 <= row < table.rowCount():
                table.setCurrentCell(row, max(column, 0))

    def _show_figures(self, report: TimeShareReport, categories: list[str]) -> None:
        self.report = report
        self._show_hours(report)
        self._fill_targets(report)
        self._fill_areas(report, categories)
        # the targets' columns whole, and the areas' headings and figures (the names
        # wrap): where both do not fit beside each other, the areas go below the targets
        self.panes.set_wholes(
            (self.targets, _whole_width(self.targets, range(self.targets.columnCount()))),
            (self.areas, self.areas.horizontalHeader().sectionSizeHint(0)
             + _whole_width(self.areas, range(1, self.areas.columnCount()))))
        self._fill_schools(report)
        self.area_chart.show_report(report)
        self.trend_chart.show_report(report)
        self.category_chart.show_report(report, categories)
        self.soll_ist_chart.show_report(report)

    def _show_hours(self, report: TimeShareReport) -> None:
        """Soll, Ist and Saldo of the period (up to today while it runs), and the hints."""
        scope = report.scope
        balance = scope.balance_min
        sign = "" if balance is None or balance < 0 else "+"
        text = tr("<b>Soll</b> {0} &nbsp;·&nbsp; <b>Ist</b> {1} &nbsp;·&nbsp; "
                  "<b>Saldo</b> {2}{3} &nbsp;&nbsp;({4})").format(
            hours_text(scope.soll_min), hours_text(scope.ist_min), sign, hours_text(balance),
            period_text(report.period))
        if report.partial:
            until = (tr("bis heute ({0})").format(fmt_date(report.until)) if report.until
                     else tr("Zeitraum hat noch nicht begonnen"))
            text += " &nbsp;·&nbsp; " + tr("Soll und Saldo {0}; ganzer Zeitraum {1}").format(
                until, hours_text(scope.soll_full_min))
        self.hours.setText(text)   # once: each change is a few events for a reader
        hints = "\n".join(report.problems)
        if hints and hints == self.heard_hints:  # the same as before she left the area
            self.problems.show_quietly(hints)
        else:
            self.problems.setText(hints)
        self.heard_hints = ""  # from now on, changed hints are said
        self.problems.setVisible(bool(report.problems))

    def _fill_targets(self, report: TimeShareReport) -> None:
        """One row per target of the Kooperationsvereinbarung: light in words, value, band."""
        scope = report.scope
        self.targets.setRowCount(0)
        for ev in scope.evaluations:
            row = self.targets.rowCount()
            self.targets.insertRow(row)
            light = _cell(tr(LIGHT_WORDS[ev.light]))
            light.setIcon(light_icon(ev.light))
            light.setData(Qt.ItemDataRole.UserRole, ev.light)
            light.setToolTip(ev.target.wording)
            self.targets.setItem(row, 0, light)
            self.targets.setItem(row, 1, _cell(value_text(ev), True))
            self.targets.setItem(row, 2, _cell(ev.target.band(tr), True))
            label = _cell(tr(ev.target.label))  # the model agreement's names in English
            label.setToolTip(ev.target.wording)
            self.targets.setItem(row, 3, label)
        self._fit_targets()

    def _fill_areas(self, report: TimeShareReport, categories: list[str]) -> None:
        """The areas in bold, then the indirect categories muted; each figure says its source."""
        scope = report.scope
        self.areas.setRowCount(0)
        # names only: the internal codes (EFH, IND, DOK …) mean nothing to her
        rows = [(tr(AREA_LABELS[a]), scope.areas[a], scope.area_shares[a], True)
                for a in AREAS]
        rows += [(f"   {report.labels.get(c, c)}", scope.minutes.get(c, 0),
                  scope.category_shares.get(c, 0.0), False)
                 for c in categories if c != "VNZ"]
        sources = [tr(AREA_SOURCES[a]) for a in AREAS] + [
            tr("Wochenraster und Stoppuhr")] * (len(rows) - len(AREAS))
        for (text, minutes, share, bold), source in zip(rows, sources, strict=True):
            row = self.areas.rowCount()
            self.areas.insertRow(row)
            cells = [_cell(text), _cell(fmt_hours(minutes, unit=False), True),
                     _cell(f"{fmt_number(share, 1)} %", True)]
            for item in cells:        # every figure says what it counts (UX: explain numbers)
                item.setToolTip(tr("{0}: {1}").format(source, tr("%n Minute(n)", n=minutes)))
            for column, item in enumerate(cells):
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                else:
                    item.setForeground(QBrush(QColor(colours.current().muted)))
                self.areas.setItem(row, column, item)
        self.areas.resizeRowsToContents()
        _fit(self.areas)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Resize and obj is self.targets.viewport():
            self._targets_fit.start()
        return False

    def _fit_targets(self) -> None:
        """Every column of the targets in sight: as wide as its contents, the name taking
        the width left; where that is too little, the light and the name get what their
        longest word needs at least and wrap, the rows as high as their lines."""
        table = self.targets
        header = table.horizontalHeader()
        width = table.viewport().width()
        contents = [max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
                    for c in range(table.columnCount())]
        light, value, band, name = contents
        room = width - value - band
        if light + name > room:
            least = [self._least_width(0), self._least_width(3)]
            light = max(least[0], min(light, room - least[1]))
            name = max(least[1], room - light)
        else:
            name = room - light
        for column, size in enumerate((light, value, band, name)):
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)
        rows = table.verticalHeader()
        for row in range(table.rowCount()):  # a row of one line as high as before
            height = max(rows.defaultSectionSize(), table.sizeHintForRow(row))
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)
        _fit(table)
        self.panes.updateGeometry()

    def _least_width(self, column: int) -> int:
        """The width that shows ``column``'s longest word and its header whole."""
        table = self.targets
        metrics = table.fontMetrics()
        texts = [item.text() for r in range(table.rowCount())
                 if (item := table.item(r, column)) is not None]
        # the cell's margins and icon: its width on one line less its text's
        padding = table.sizeHintForColumn(column) - max(
            (metrics.horizontalAdvance(t) for t in texts), default=0)
        words = max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
        return max(table.horizontalHeader().sectionSizeHint(column), words + padding + 1)

    def _fit_areas(self, *_args) -> None:
        self.areas.resizeRowsToContents()
        _fit(self.areas)
        self.panes.updateGeometry()  # its least height (below each other) changed with it

    def _fill_schools(self, report: TimeShareReport) -> None:
        """One row per school, and a bold total when there are several."""
        self.schools.setRowCount(0)
        several = len(report.schools) > 1
        for figures in [*report.schools, *([report.scope] if several else [])]:
            row = self.schools.rowCount()
            self.schools.insertRow(row)
            direct = figures.evaluation("direct")
            total = several and figures is report.scope
            cells = [tr("gesamt") if total else figures.name,
                     hours_text(figures.soll_min), hours_text(figures.ist_min),
                     hours_text(figures.balance_min), value_text(direct) if direct else "–",
                     *(f"{fmt_number(figures.area_shares[a], 1)} %" for a in AREAS)]
            for column, text in enumerate(cells):
                item = _cell(text, column > 0)
                if total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == 4 and direct is not None:
                    item.setIcon(light_icon(direct.light))
                    item.setToolTip(tr(LIGHT_WORDS[direct.light]))
                self.schools.setItem(row, column, item)
        _fit(self.schools)

    def clear(self) -> None:
        self.report = None
        self._kept_cells = ()
        self.hours.clear()
        self.problems.clear()
        for table in (self.targets, self.areas, self.schools):
            table.setRowCount(0)
        for chart in (self.area_chart, self.trend_chart, self.category_chart,
                      self.soll_ist_chart):
            chart.clear()
            chart.setAccessibleDescription("")


__all__ = ["Dashboard", "light_icon", "LIGHT_WORDS"]
