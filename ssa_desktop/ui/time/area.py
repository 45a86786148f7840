"""Arbeitszeit: time shares against the cooperation agreement's targets
(docs/timeshare.md).

Tabs: Auswertung (dashboard), Wochenraster (indirect work by keyboard), Abwesenheiten
(vacation, sick, school holidays), Zielwerte (bands of an agreement). Only the Auswertung
is built with the area; the other tabs are built when first shown and then take
the chosen year and schools. The figures come
from ``services.timeshare.compute`` on a worker thread (``ctx.perform(background=True)``);
a result that arrives after a newer request or after the lock is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.file_names import safe_file_name
from ...domain.schoolyear import SchoolYear
from ...domain.worktime import PERIOD_KINDS, Period
from ...services import timeshare, worktime
from ...services.operations import DataKind
from ..common.announce import quietly_unless_shown
from ..common.area import Area, typed
from ..common.combos import make_combo
from ..common.current_stack import size_tabs_by_current
from ..common.elided import OneLineMessage
from ..common.files import choose_save_file
from ..common.forms import buddy_label
from ..common.labels import label_for_readers
from ..common.layouts import LinesHigh, flow_row
from ..common.lazy_tabs import LazyTabWidget
from ..common.lifetime import connect_for
from ..i18n import translator
from .charts import period_text
from .combo import NONE, current, select
from .dashboard import Dashboard

if TYPE_CHECKING:  # the other tabs' modules load when she first opens their tab
    from .absences import AbsencesView
    from .grid import WeekGridView
    from .targets import TargetsView

tr = translator("TimeArea")

WATCHED = (DataKind.TIME, DataKind.CONTACTS, DataKind.GROUPS, DataKind.OPEN_OFFERS,
           DataKind.NETWORK, DataKind.SCHOOLS, DataKind.AGREEMENTS, DataKind.SETTINGS,
           DataKind.VAULT)
EXPORTS = (("pdf", "PDF-Bericht …", "PDF (*.pdf)"),
           ("csv", "CSV für Excel …", "CSV (*.csv)"),
           ("json", "JSON …", "JSON (*.json)"))


@dataclass(frozen=True)
class TimePlace:
    """Her place (``Area.place``): the school year (its label), the kind of period and
    the first day of the one chosen, the school (None: all schools); the hints she has
    heard (not read out again when the area is built again with the same hints); the tab;
    the Auswertung's current cells; the Wochenraster's week and school; the
    Abwesenheiten's current absence and holiday, and the control of that tab her keyboard
    was on when she left by a shortcut (a click on the sidebar takes the keyboard there);
    the Zielwerte' agreement."""

    year: str
    kind: str
    period: date | None
    school: str | None
    hints: str = typed()   # vault text (her schools' names, her hours): not across the lock
    tab: int = 0
    week: date | None = None          # the Wochenraster's day and school (once opened)
    grid_school: str | None = None
    absence: str | None = None        # the Abwesenheiten's rows (once opened)
    holiday: str | None = None
    focus: str | None = None          # ``AbsencesView.CONTROLS``
    cells: tuple[tuple[int, int], ...] = ()   # the Auswertung's tables (``Dashboard.cells``)
    agreement: str | None = None      # the Zielwerte' agreement (once opened)


class TimeArea(Area):
    watches = WATCHED
    # taken apart when she leaves it, unless a tab holds her input (a cell being typed, a
    # cell the lock saved still to check, an absence or holiday typed and not entered,
    # targets not saved: ``holds_input``); a report she is writing is answered here first
    rebuilt_when_left = True
    _writing = 0
    _place: TimePlace | None = None
    _focus_back: str | None = None  # the Abwesenheiten's control she left (AbsencesView.CONTROLS)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.report = None
        self._generation = 0
        self._dirty = True
        self._computing = False   # a compute asked for and not answered yet
        self.years: list[SchoolYear] = []
        outer = QVBoxLayout(self)

        self.year = make_combo(tr("Schuljahr"))
        self.kind = make_combo(tr("Zeitraum"))
        for code, label in PERIOD_KINDS.items():
            self.kind.addItem(tr(label), code)
        self.period = make_combo(tr("Welcher Zeitraum"))
        self.period.setMinimumContentsLength(16)
        self.school = make_combo(tr("Schule"))
        self.school.setMinimumContentsLength(18)
        self.export_button = QPushButton(tr("Be&richt …"))
        self.export_button.setAccessibleName(tr("Bericht als PDF, CSV oder JSON speichern"))
        menu = QMenu(self.export_button)
        for fmt, label, _ in EXPORTS:
            menu.addAction(tr(label), partial(self.export, fmt))
        self.export_button.setMenu(menu)
        # the pairs wrap onto a second line where the width ends (200 %: the area never
        # scrolls sideways, WCAG 1.4.10)
        outer.addWidget(LinesHigh(flow_row(
            (buddy_label(tr("&Schuljahr"), self.year), self.year),
            (buddy_label(tr("&Zeitraum"), self.kind), self.kind, self.period),
            (buddy_label(tr("S&chule"), self.school), self.school), self.export_button)))
        label_for_readers(tr("Welcher Zeitraum"), self.period)  # "Zeitraum" names both

        # one line: a long result („Bericht geschrieben: …“) wrapped and moved the tabs'
        # buttons under her next click (its whole text is the tool tip and description)
        self.status = OneLineMessage()
        self.tabs = LazyTabWidget()
        self.dashboard = Dashboard()
        self._schools: list[tuple[str, str]] | None = None  # of the chosen school year
        self.tabs.addTab(self.dashboard, tr("&Auswertung"))
        self._grid_tab = self.tabs.addLazyTab(self._build_grid, tr("&Wochenraster"))
        self._absences_tab = self.tabs.addLazyTab(self._build_absences,
                                                  tr("Abwesenheiten und &Ferien"))
        self._targets_tab = self.tabs.addLazyTab(self._build_targets, tr("Zi&elwerte"))
        # as tall as the tab shown: the long Auswertung (scrolled whole by the window) does
        # not make the others scroll
        size_tabs_by_current(self.tabs)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.status)

        self.year.currentIndexChanged.connect(self._year_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.compute())
        self.school.currentIndexChanged.connect(lambda _i: self.compute())
        connect_for(self, ctx.changes, self._on_changes)

    # -- tabs built when first shown ----------------------------------------------------------
    def _build_grid(self) -> WeekGridView:
        from .grid import WeekGridView

        view = WeekGridView(self.ctx)
        if self.ctx.is_unlocked and self._schools is not None:
            view.set_schools(self._schools, self.school_year)
        return view

    def _build_absences(self) -> AbsencesView:
        from .absences import AbsencesView

        view = AbsencesView(self.ctx)
        if self.ctx.is_unlocked and self._schools is not None and self.school_year is not None:
            view.set_year(self.school_year, self._schools)
        return view

    def _build_targets(self) -> TargetsView:
        from .targets import TargetsView

        view = TargetsView(self.ctx)
        if self.ctx.is_unlocked and self._schools is not None:
            view.set_schools(self._schools)
        return view

    @property
    def grid(self) -> WeekGridView:
        return cast("WeekGridView", self.tabs.widget(self._grid_tab))

    @property
    def absences(self) -> AbsencesView:
        return cast("AbsencesView", self.tabs.widget(self._absences_tab))

    @property
    def targets(self) -> TargetsView:
        return cast("TargetsView", self.tabs.widget(self._targets_tab))

    def _built(self) -> list:
        """The tabs built so far, besides the Auswertung."""
        return [self.tabs.widget(i) for i in (self._grid_tab, self._absences_tab,
                                              self._targets_tab) if self.tabs.is_built(i)]

    # -- choices -----------------------------------------------------------------------------
    @property
    def school_year(self) -> SchoolYear | None:
        return current(self.year)

    def _fill_years(self, label: str | None = None) -> None:
        label = label or (self.school_year or SchoolYear.of(clock.today())).label
        self.years = timeshare.school_years(self.ctx.conn, clock.today())
        self.year.blockSignals(True)
        self.year.clear()
        for sy in self.years:
            self.year.addItem(sy.label, sy)
        self.year.setCurrentIndex(max(self.year.findText(label), 0))
        self.year.blockSignals(False)

    def _fill_schools(self) -> list[tuple[str, str]]:
        year = self.school_year
        if year is None:   # no school year to choose yet
            return []
        schools = worktime.schools_with_post(self.ctx.conn, year.start_year)
        chosen = current(self.school)
        self.school.blockSignals(True)
        self.school.clear()
        self.school.addItem(tr("alle Schulen"), NONE)
        for school_id, name in schools:
            self.school.addItem(name, school_id)
        select(self.school, chosen)
        self.school.blockSignals(False)
        return schools

    def _fill_periods(self, first: date | None = None) -> None:
        kind = current(self.kind)
        year = self.school_year
        if year is None:
            return
        periods = timeshare.period_choices(year, kind)
        previous: Period | None = current(self.period)
        if first is not None:   # her period when the area was built again
            previous = next((p for p in periods if p.first == first), None)
        self.period.blockSignals(True)
        self.period.clear()
        today = clock.today()
        chosen = 0
        for index, period in enumerate(periods):
            self.period.addItem(period_text(period), period)
            if previous is not None and previous.kind == kind and previous.first == period.first:
                chosen = index
            elif previous is None and today in period:
                chosen = index
        self.period.setCurrentIndex(chosen)
        self.period.setEnabled(kind != "year")
        self.period.blockSignals(False)

    def _year_changed(self, _index: int, place: TimePlace | None = None) -> None:
        if not self.ctx.is_unlocked or self.school_year is None:
            return
        if place is not None:   # her school, chosen again once the year's are listed
            self.school.blockSignals(True)
            self.school.addItem("", place.school or NONE)
            self.school.setCurrentIndex(self.school.count() - 1)
            self.school.blockSignals(False)
        schools = self._fill_schools()
        self._schools = schools
        self.period.clear()
        self._fill_periods(place.period if place is not None else None)
        if self.tabs.is_built(self._grid_tab):
            self.grid.set_schools(schools, self.school_year)
        if self.tabs.is_built(self._absences_tab):
            self.absences.set_year(self.school_year, schools)
        if self.tabs.is_built(self._targets_tab):
            self.targets.set_schools(schools)
        self.compute()

    def _kind_changed(self, _index: int) -> None:
        if self.ctx.is_unlocked and self.school_year is not None:
            self.period.clear()
            self._fill_periods()
            self.compute()

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        place, self._place = self._place, None
        self._fill_years(place.year if place is not None else None)
        self._year_changed(self.year.currentIndex(), place)
        if self.tabs.is_built(self._grid_tab):
            self.grid.reload()
        self._dirty = False

    def _on_changes(self, changes) -> None:
        if not self.ctx.is_unlocked or not changes.touches(*WATCHED):
            return
        if self.isVisible():
            self.compute()
            if self.tabs.is_built(self._grid_tab):  # the stopwatch's time shows at once
                self.grid.refresh_values()
            if self.tabs.is_built(self._absences_tab):
                self.absences.reload()
        else:
            self._dirty = True

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt naming)
        """Shown (opened, or she comes back): what changed meanwhile is filled in before it
        shows, with no event (each choice filled sent some: the first opening queued ~50
        for a reader); the figures come after, said where they matter (the hints)."""
        try:
            if visible and not self.isVisible():
                self._refresh_if_stale()
        finally:   # a refresh that fails is reported; the area shows all the same
            super().setVisible(visible)

    def showEvent(self, event) -> None:  # noqa: N802
        QWidget.showEvent(self, event)
        self._refresh_if_stale()   # the window shown again (not through ``setVisible``)

    def _refresh_if_stale(self) -> None:
        if self.ctx.is_unlocked and (self._dirty or (self.report is None
                                                     and not self._computing)):
            quietly_unless_shown(self, self.refresh)

    def compute(self) -> None:
        """Recompute on a worker thread; only the newest request is shown."""
        if not self.ctx.is_unlocked or self.school_year is None:
            return
        self._generation += 1
        generation = self._generation
        year, school_id, period = self.school_year, current(self.school), \
            current(self.period)
        self.status.setText(tr("Wird berechnet …"))
        self._computing = True

        def done(report) -> None:
            if generation == self._generation and self.ctx.is_unlocked:
                self._computing = False
                self.show_report(report)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._computing = False
                self.status.setText(message)

        self.ctx.perform(lambda conn, progress: timeshare.compute(conn, year, school_id, period,
                                                                   progress),
                         background=True, on_done=done, on_error=failed)

    def show_report(self, report) -> None:
        self.report = report
        codes = [e.code for e in timeshare.indirect_categories(self.ctx.conn)]
        self.dashboard.show_report(report, codes)
        self.status.clear()

    # -- her place when the area is built again ---------------------------------------------
    def place(self) -> TimePlace | None:
        year = self.school_year
        if year is None:
            return None
        period: Period | None = current(self.period)
        grid = self.grid if self.tabs.is_built(self._grid_tab) else None
        absence, holiday = (self.absences.rows() if self.tabs.is_built(self._absences_tab)
                            else (None, None))
        return TimePlace(year.label, current(self.kind),
                         period.first if period is not None else None, current(self.school),
                         self.dashboard.problems.text(), self.tabs.currentIndex(),
                         grid.day.value() if grid is not None else None,
                         current(grid.school) if grid is not None else None,
                         absence, holiday, self._focus_back, self.dashboard.cells(),
                         current(self.targets.agreement)
                         if self.tabs.is_built(self._targets_tab) else None)

    def restore(self, place: object) -> None:
        if isinstance(place, TimePlace):
            self._place = place
            self.dashboard.heard_hints = place.hints
            self.dashboard.keep_cells(place.cells)
            self.kind.blockSignals(True)
            select(self.kind, place.kind)
            self.kind.blockSignals(False)
            self.tabs.setCurrentIndex(place.tab)   # built now, filled with the year
            if place.week is not None and self.tabs.is_built(self._grid_tab):
                self.grid.keep_week(place.week, place.grid_school)
            if self.tabs.is_built(self._absences_tab):
                self.absences.keep_rows(place.absence, place.holiday)
            if place.agreement is not None and self.tabs.is_built(self._targets_tab):
                combo = self.targets.agreement   # chosen again once its list is filled
                combo.blockSignals(True)
                combo.addItem("", place.agreement)
                combo.setCurrentIndex(combo.count() - 1)
                combo.blockSignals(False)
            self._focus_back = place.focus

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not event.spontaneous() and self.ctx.is_unlocked:  # she left (not the lock): the
            # control of the Abwesenheiten she was on
            shown = self.tabs.currentIndex() == self._absences_tab
            self._focus_back = (self.absences.control_name(QApplication.focusWidget())
                                if shown else None)
        super().hideEvent(event)

    def focus_first_control(self) -> QWidget | None:
        """Back by a shortcut: the keyboard where it was when she left by one (her absence's
        list, say), else on the area's first control."""
        name, self._focus_back = self._focus_back, None
        target = (self.absences.control(name) if name is not None
                  and self.tabs.currentIndex() == self._absences_tab else None)
        if target is None or not target.isVisible() or not target.isEnabled():
            return super().focus_first_control()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def open_record(self, record_id: str) -> None:
        """Zielwerte kept at lock or quit (the Übersicht's line): their tab, her values."""
        from ..notes.form_draft import find_draft
        from .targets import DRAFT_FORM

        draft = find_draft(self.ctx, record_id, DRAFT_FORM)
        if draft is not None:
            self.tabs.setCurrentIndex(self._targets_tab)
            self.targets.restore(draft)

    def may_take_apart(self) -> bool:
        return not self._writing and super().may_take_apart()

    def holds_input(self) -> bool:
        return any(getattr(view, "holds_input", bool)() for view in self._built())

    # -- report --------------------------------------------------------------------------------
    def export(self, fmt: str, path: str | None = None) -> None:
        if self.report is None or not self.ctx.is_unlocked:
            return
        label, pattern = next((lbl, pat) for f, lbl, pat in EXPORTS if f == fmt)
        if path is None:
            suggestion = safe_file_name(
                f"zeitanteile-{self.report.school_year.label.replace('/', '-')}.{fmt}")
            path = choose_save_file(self, tr(label).rstrip(" …"), suggestion, pattern)
            if not path:
                return
        report = self.report
        self.status.setText(tr("Bericht wird geschrieben …"))
        self._writing += 1  # the area stays until the file has answered

        def answered(text: str) -> None:
            self._writing -= 1
            self.status.setText(text)

        self.ctx.perform(lambda conn, progress: timeshare.export_report(report, fmt, Path(path)),
                         background=True,
                         on_done=lambda p: answered(tr("Gespeichert: {0}").format(p)),
                         on_error=answered, writing="export")

    def clear(self) -> None:
        self._generation += 1
        self._focus_back = None
        self.report = None
        self._dirty = True
        self._computing = False
        self._schools = None
        self.dashboard.clear()
        for view in self._built():
            view.clear()
        self.status.clear()
        for combo in (self.year, self.period, self.school):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
