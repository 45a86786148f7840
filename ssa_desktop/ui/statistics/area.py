"""Statistik: the KVJS year-end statistics (docs/statistics.md).

Choose the school year and a school or post; the preview shows every figure as the form
lays it out with the previous years beside it, charts for topics, access routes, grades
and task areas, plausibility findings with a button to the place to fix each, and the
anonymous records behind any figure (double-click). Counting and exports run in the
background (``ctx.perform(background=True)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import kvjs
from ...domain import kvjs_template as tpl
from ...domain.activities import COUNSELLED_RULE
from ...domain.catalogues import ACCESS_ROUTES, TIME_CATEGORIES, TOPICS
from ...domain.schoolyear import SchoolYear
from ...services import rule_packs, staff
from ...services import statistics as stats
from ...services.operations import DataKind
from ..common.announce import MessageLabel
from ..common.area import Area
from ..common.combos import make_combo
from ..common.current_stack import size_tabs_by_current
from ..common.elided import OneLineMessage
from ..common.files import (
    choose_open_file,
    choose_open_files,
    choose_save_file,
    choose_target_folder,
)
from ..common.forms import buddy_label, make_button
from ..common.labels import spoken_label
from ..common.layouts import LinesHigh, empty_layout, flow_row, grow
from ..common.lifetime import connect_for
from ..common.messages import ask_yes_no
from ..common.models import RowsModel, describe_cells
from ..common.stopped_at_lock import stopped_note
from ..common.tab_selection import report_deselection
from ..i18n import translator
from .charts import bar_chart
from .entry_aid import EntryAid
from .figure_rule import ROLE_RULE, F1Explains, RulePanel, attach, rule_of
from .goal_outcomes import GoalOutcomes

tr = translator("Statistics")

ROLE_FIELD = Qt.ItemDataRole.UserRole + 1


def counting_rules_html() -> str:
    """"Wie wird gezählt?": every aggregate with its rule (the same text as docs/statistics.md)."""
    items = "".join(f"<li><b>{a.label}</b>: {a.rule}</li>" for a in kvjs.AGGREGATES)
    return (f"<h3>{tr('Wie wird gezählt?')}</h3><p>{tr('Alle Zahlen stammen aus den anonymen Statistik-Einträgen: ohne Namen, ohne Fallakten. Gelöschte Fälle, Personen und Gruppen ändern ein gezähltes Jahr nicht.')}</p>"
            f"<h4>{tr('Wer als beraten zählt')}</h4><p>{COUNSELLED_RULE}</p><ul>{items}</ul>")


@dataclass(frozen=True)
class StatisticsPlace:
    """Her place (``Area.place``): year, scope, tab, and the figure she had chosen with
    the scroll position (what ``release`` keeps)."""

    year: int | None
    scope: str | None
    tab: int
    figure: tuple | None


class StatisticsArea(Area):
    watches = (DataKind.STATISTICS, DataKind.SCHOOLS, DataKind.TIME, DataKind.SETTINGS)
    rebuilt_when_left = True  # kept while a file it writes has not answered (_writing)
    _writing = 0
    _choice: tuple | None = None  # year and scope she left, chosen at the first load

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.report: stats.Report | None = None
        self._busy = False
        self._again = False  # the choice changed while counting: count again when done
        self._count = None   # the running count's Progress: leaving stops it
        self._place: tuple | None = None  # where she was when she left (release)
        connect_for(self, ctx.changes, self._on_changes)

        self.year_box = make_combo(tr("Schuljahr"))
        self.scope_box = make_combo(tr("Bereich (Schule oder Stelle)"))
        self.scope_box.setMinimumContentsLength(28)
        self.year_box.activated.connect(self._year_chosen)
        self.scope_box.activated.connect(lambda _i: self.compute())
        self.export_button = make_button(tr("E&xportieren …"), tr("Exportieren: alle vier Exportdateien"),
                                         self.export_all)
        self.deliver_button = make_button(tr("Als abge&geben markieren"),
                                          tr("Als abgegeben markieren"), self.toggle_delivered)
        self.template_button = make_button(tr("&Vorlage laden …"), tr("Andere Formularvorlage laden"),
                                           self.choose_template)
        self.default_button = make_button(tr("Mi&tgelieferte Vorlage"),
                                          tr("Wieder die mitgelieferte Vorlage verwenden"),
                                          self.use_default_template)
        self.default_button.hide()
        self.merge_button = make_button(tr("&Zusammenführen …"), tr("Exportdateien zusammenführen"),
                                        self.merge_files)
        # its Alt+W is the tab's of the same name (it shows that tab): one letter, one place
        self.rules_button = make_button(tr("Wie wird gezählt?"), tr("Zählregeln anzeigen"),
                                        self.show_rules)
        self.annual_report_button = make_button(
            tr("&Jahresbericht …"), tr("Jahresbericht für das Auswertungsgespräch"),
            self.open_annual_report)
        self.proof_button = make_button(tr("Verwendungs&nachweis …"),
                                        tr("Verwendungsnachweis für den Träger als PDF"),
                                        self.save_verwendungsnachweis)
        # both rows wrap where the width ends (at 200 % they were wider than the window:
        # the area scrolled sideways); a label stays on the line of its field
        top = LinesHigh(flow_row((buddy_label(tr("&Schuljahr"), self.year_box), self.year_box),
                                 (buddy_label(tr("Be&reich"), self.scope_box),
                                  grow(self.scope_box)),
                                 self.export_button, self.deliver_button))

        # one line of its own: „Geschrieben: “ and four file names wrapped over lines beside
        # the buttons and moved them under her next click (the whole text: tool tip, reader)
        self.status = OneLineMessage()
        second = LinesHigh(flow_row(self.template_button, self.default_button,
                                    self.merge_button, self.proof_button,
                                    self.annual_report_button, self.rules_button))
        self.findings_box = QWidget()
        self.findings_layout = QGridLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_layout.setColumnStretch(0, 1)

        self.form = QTreeWidget()
        self.form.setAccessibleName(tr("Formularvorschau"))
        describe_cells(self.form.model())   # a figure is read with its field, year and rule
        self.form.setRootIsDecorated(False)
        self.form.setUniformRowHeights(True)
        self.form.itemActivated.connect(self._drill)
        self.form.itemDoubleClicked.connect(self._drill)
        F1Explains(self.form, self._drill)
        self.rule_panel = RulePanel()
        self.rule_panel.back.connect(self.form.setFocus)
        self.drill_label = QLabel(tr("Enter oder Doppelklick auf eine Zahl zeigt ihre Regel und die anonymen Einträge, die sie zählt."))
        self.drill_label.setWordWrap(True)
        self.drill_model = RowsModel((tr("Datum"), tr("Bereich"), tr("Art"), tr("Minuten")),
                                     lambda row, col: (row.day, row.area, row.kind,
                                                       str(row.minutes))[col], self)
        self.drill_view = QTableView()
        self.drill_view.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.drill_view.setModel(self.drill_model)
        self.drill_view.setAccessibleName(tr("Anonyme Einträge"))
        header = self.drill_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.drill_view.verticalHeader().hide()
        self.drill_view.setWordWrap(False)
        self.drill_view.verticalHeader().setDefaultSectionSize(
            self.drill_view.fontMetrics().height() + 8)
        drill = QWidget()
        drill_layout = QVBoxLayout(drill)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_layout.addWidget(self.rule_panel, 1)
        drill_layout.addWidget(self.drill_label)
        drill_layout.addWidget(self.drill_view, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(drill)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.charts = QWidget()
        self.charts_layout = QGridLayout(self.charts)
        # no scroll area of its own: the window's scrolls the page whole (one scroll bar,
        # tests/ui/a11y/test_no_nested_scroll.py); each chart is a Tab stop, so Tab
        # brings it into sight
        self.charts.setAccessibleName(tr("Diagramme"))
        self.rules = QTextBrowser()
        self.rules.setHtml(counting_rules_html())
        self.tabs = QTabWidget()
        report_deselection(self.tabs)
        self.tabs.addTab(splitter, tr("F&ormular"))
        self.tabs.addTab(self.charts, tr("Diagra&mme"))
        self.entry_aid = EntryAid()
        self.entry_aid.pdf_requested.connect(self.save_entry_aid)
        self.tabs.addTab(self.entry_aid, tr("Eingabehil&fe"))
        # its PDF by Strg+P from anywhere in the area while it is open (no Alt letter left)
        pdf_key = QShortcut(QKeySequence("Ctrl+P"), self)
        pdf_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pdf_key.activated.connect(self._pdf_key)
        self.tabs.addTab(self.rules, tr("&Wie wird gezählt?"))
        self.goal_outcomes = GoalOutcomes()
        self.tabs.addTab(self.goal_outcomes, tr("Zielerrei&chung"))
        # as tall as the tab shown: the long Diagramme and Eingabehilfe (scrolled whole by
        # the window) do not make the Formular scroll
        size_tabs_by_current(self.tabs)

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(second)
        layout.addWidget(self.status)  # its own row: as wide as the area
        layout.addWidget(self.findings_box)
        layout.addWidget(self.tabs, 1)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        conn = self.ctx.conn
        choice, self._choice = self._choice, None
        year = choice[0] if choice else self.year_box.currentData()
        self.year_box.clear()
        for y in stats.years(conn):
            self.year_box.addItem(SchoolYear(y).label, y)
        if year is None:  # the year just ended (due by 31 October), if she worked in it
            year = stats.default_year(conn)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(year)))
        self._fill_scopes(choice[1] if choice else None)
        self.goal_outcomes.show_year(conn, self.year_box.currentData())
        self.compute()

    def place(self) -> StatisticsPlace:
        return StatisticsPlace(self.year_box.currentData(), self.scope_box.currentData(),
                               self.tabs.currentIndex(), self._place)

    def restore(self, place: object) -> None:
        if isinstance(place, StatisticsPlace):
            self._choice = (place.year, place.scope)
            self._place = place.figure
            self.tabs.setCurrentIndex(place.tab)

    def _fill_scopes(self, key: str | None = None) -> None:
        key = key if key is not None else self.scope_box.currentData()
        self.scope_box.clear()
        for info in stats.scopes(self.ctx.conn, self.year_box.currentData()):
            self.scope_box.addItem(stats.scope_label(info, tr), info.scope.key)
        index = self.scope_box.findData(key)
        self.scope_box.setCurrentIndex(max(0, index))

    def _year_chosen(self, _index: int) -> None:
        self._fill_scopes()
        self.goal_outcomes.show_year(self.ctx.conn, self.year_box.currentData())
        self.compute()

    def _on_changes(self, changes) -> None:
        if self.isVisible() and self.ctx.is_unlocked and changes.touches(
                DataKind.STATISTICS, DataKind.CONTACTS, DataKind.GROUPS, DataKind.OPEN_OFFERS,
                DataKind.NETWORK, DataKind.TIME, DataKind.SCHOOLS, DataKind.CHILD_PROTECTION):
            self.goal_outcomes.show_year(self.ctx.conn, self.year_box.currentData())
            self.compute()

    def _scope(self) -> stats.Scope | None:
        key = self.scope_box.currentData()
        return stats.Scope.parse(key) if key else None

    def compute(self) -> None:
        """Count in the background; the preview fills when done."""
        scope, year = self._scope(), self.year_box.currentData()
        if scope is None or year is None:
            self.status.setText(tr("Bitte zuerst Schulen und Stelle in den Einstellungen anlegen."))
            return
        if not self._shows(year, scope.key):
            self._show_counting()
        if self._busy:
            self._again = True
            return
        self._busy = True
        if self.report is not None:   # the same choice counted again: its figures stay
            self.status.setText(tr("Wird gezählt …"))
        def op(conn, progress):
            try:
                return stats.report(conn, year, scope, progress=progress)
            except stats.StatisticsError as err:
                return str(err)

        self._count = self.ctx.perform(op, background=True, on_done=self._show,
                                       on_error=self._failed,
                                       stop_note=stopped_note("statistics"),
                                       interruptible=True)

    def _shows(self, year: int, scope_key: str) -> bool:
        """True when the figures on screen are those of ``year`` and ``scope_key``."""
        rep = self.report
        return rep is not None and (rep.year, rep.info.scope.key) == (year, scope_key)

    def _show_counting(self) -> None:
        """Another year or scope chosen: the figures of the one before go at once (they
        stood under the new name until the count ended, for the eye and a screen reader);
        the form's one line and the message line say what is being counted."""
        self._drop_figures()
        self.rule_panel.clear_rule()
        text = tr("{0}, {1}: wird noch gezählt …").format(self.scope_box.currentText(),
                                                          self.year_box.currentText())
        self.form.setColumnCount(1)
        self.form.setHeaderLabels([tr("Feld")])
        self.form.addTopLevelItem(QTreeWidgetItem([text]))
        self.status.setText(text)

    def _finished(self) -> bool:
        """End of a count; True when the choice changed meanwhile (counted again)."""
        self._busy = False
        self._count = None
        if self._again and self.ctx.is_unlocked:
            self._again = False
            self.compute()
            return True
        return False

    def _failed(self, message: str) -> None:
        if not self._finished() and not self.left:  # stopped as she left: counted on return
            self._not_counted(message)

    def _not_counted(self, message: str) -> None:
        """The count refused or failed: why, and no line saying it is still counted."""
        if self.report is None:
            self.form.clear()
        self.status.setText(message)

    def _show(self, result) -> None:
        if self._finished() or self.left:  # she left meanwhile: counted again on return
            return
        if isinstance(result, str):
            self._not_counted(result)
            return
        self.report = result
        self._show_status()
        self._show_findings()
        self._show_form()
        self._show_charts()
        self.entry_aid.show_report(self.report)
        self.drill_model.set_rows([])
        self.rule_panel.clear_rule()

    @property
    def shown(self) -> stats.Report:
        """The report on screen: what draws, explains or writes it runs only while one is
        shown (after ``_show``, or behind a check of ``report``)."""
        assert self.report is not None
        return self.report

    def _show_status(self) -> None:
        rep = self.shown
        text = tr("Vorlage: {0} (Version {1}).").format(rep.template.title, rep.template.version)
        if rep.own_template:
            text = tr("Eigene Vorlage: {0} (Version {1}).").format(rep.template.title,
                                                                  rep.template.version)
        self.default_button.setVisible(rep.own_template)
        if rep.delivered:
            text += " " + tr("Abgegeben am {0}.").format(rep.delivered.delivered_on.strftime("%d.%m.%Y"))
            if rep.changes:
                text += " " + tr("Seitdem haben sich {0} Kennzahlen geändert; der Export zeigt die Abweichung.").format(len(rep.changes))
            deliver = tr("Ab&gabe zurücknehmen")
        else:
            deliver = tr("Als abge&geben markieren")
        self.deliver_button.setText(deliver)
        self.deliver_button.setAccessibleName(spoken_label(deliver))  # what the eye reads
        self.status.setText(text)

    def _show_findings(self) -> None:
        empty_layout(self.findings_layout)
        before: QWidget = self.rules_button   # the last button above the warnings
        lettered: set[str] = set()
        for row, finding in enumerate(self.shown.findings):
            label = MessageLabel("⚠ " + stats.finding_text(finding, tr))
            label.setWordWrap(True)
            self.findings_layout.addWidget(label, row, 0)
            text = tr(finding.button)  # the service's German; its English from runtime_sources
            if text in lettered:   # a second button to the same place: its letter is the first's
                text = text.replace("&", "")
            lettered.add(text)
            button = make_button(text, spoken_label(text),
                                 lambda _c=False, area=finding.area: self.ctx.open_record(area))
            self.findings_layout.addWidget(button, row, 1)
            # Tab reaches it where it stands, above the figures (made later, Qt put it last)
            QWidget.setTabOrder(before, button)
            before = button
        self.findings_box.setVisible(bool(self.shown.findings))

    def _show_form(self) -> None:
        rep = self.shown
        years = [rep.year, *rep.previous]
        types = next((r.columns for r in rep.rows if r.columns), ())
        self.form.clear()
        self.form.setColumnCount(1 + len(years) + len(types))
        self.form.setHeaderLabels([tr("Feld"), *(SchoolYear(y).label for y in years),
                                   *(tr("davon {0}").format(t) for t, _ in types)])
        section = None
        for row in rep.rows:
            if row.section != section:
                section = row.section
                head = QTreeWidgetItem([section])
                font = head.font(0)
                font.setBold(True)
                head.setFont(0, font)
                self.form.addTopLevelItem(head)
                head.setFirstColumnSpanned(True)
            # the staff block is this year's entry of the post: no earlier years, no drill-down
            values = [row.value] + [None if row.staff else _value(rep.previous[y], row)
                                    for y in rep.previous]
            columns = dict(row.columns)
            values += [columns.get(t) for t, _ in types]
            item = QTreeWidgetItem([("    " if row.sub else "") + row.label,
                                    *(stats.format_value(v) for v in values)])
            if not row.staff:
                item.setData(0, ROLE_FIELD, (row.aggregate, row.key))
            attach(item, rule_of(row), 1 + len(years) + len(types))
            for col in range(1, 1 + len(years) + len(types)):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.form.addTopLevelItem(item)
        self.form.header().setStretchLastSection(False)
        self.form.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 1 + len(years) + len(types)):
            self.form.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Tab into the form lands on a figure (Enter explains it), not on a heading
        first = self._first_figure()
        if first is not None:
            self.form.setCurrentItem(first)
        self._back_to_place()

    def _first_figure(self) -> QTreeWidgetItem | None:
        """The form's first row with a figure (not a heading)."""
        items = (self.form.topLevelItem(i) for i in range(self.form.topLevelItemCount()))
        return next((item for item in items if item is not None and item.data(0, ROLE_RULE)),
                    None)

    def _back_to_place(self) -> None:
        """After a return to the same year and scope: the figure she had chosen and the
        scroll position she left (``release`` kept them)."""
        place, self._place = self._place, None
        if place is None or place[:2] != (self.shown.year, self.shown.info.scope.key):
            return
        item = self.form.topLevelItem(place[2])
        if item is not None:
            self.form.setCurrentItem(item)
        self.form.doItemsLayout()
        self.form.verticalScrollBar().setValue(place[3])

    def _show_charts(self) -> None:
        empty_layout(self.charts_layout)
        rep = self.shown
        years = {rep.year: rep.aggregates, **rep.previous}
        specs = [
            (tr("Themen (Personen)"), "efh_topics", [(c.code, c.label) for c in TOPICS]),
            (tr("Zugang (Personen)"), "efh_access_routes",
             [(c.code, c.label) for c in ACCESS_ROUTES] + [("unknown", tr("unbekannt"))]),
            (tr("Klassenstufen (Schüler:innen)"), "efh_pupils_by_grade",
             [(k, tpl.key_label("efh_pupils_by_grade", k)) for k in kvjs.GRADE_KEYS]),
            (tr("Aufgabenbereiche (Stunden)"), "time_minutes_by_category",
             [(c.code, c.label) for c in TIME_CATEGORIES]),
        ]
        for index, (title, name, keys) in enumerate(specs):
            scale = 60 if name == "time_minutes_by_category" else 1
            # categories that are zero in every shown year are left out of the chart
            keys = [(k, label) for k, label in keys if any(a[name][k] for a in years.values())]
            series = [(SchoolYear(y).label, [a[name][k] / scale for k, _ in keys])
                      for y, a in years.items()]
            chart = bar_chart(title, [label for _, label in keys], series)
            # a Tab stop: Tab brings it into sight in the window's scroll (the page has
            # none of its own) and a screen reader says its title
            chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.charts_layout.addWidget(chart, index, 0)

    # -- drill-down ------------------------------------------------------------------------
    def _drill(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Enter, F1 or a double click on a figure: its rule beside the form (with the
        focus, so that it is announced) and the anonymous entries behind it."""
        field, rule = item.data(0, ROLE_FIELD), item.data(0, ROLE_RULE)
        if self.report is None:
            return
        if not rule:  # a heading: no figure to explain, but she hears what it is
            self.drill_model.set_rows([])
            self.rule_panel.show_heading(item.text(0).strip())
            self.rule_panel.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        name, year = item.text(0).strip(), SchoolYear(self.report.year).label
        if not field:  # a line of the staff block: no entries behind it
            self.drill_model.set_rows([])
            self.rule_panel.show_rule(name, item.text(1), year, rule, None)
            self.rule_panel.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        aggregate, key = field
        rows = stats.drill_down(self.ctx.conn, self.report.year, self.report.info.scope,
                                aggregate, key)
        self.drill_model.set_rows(rows)
        self.rule_panel.show_rule(name, item.text(1), year, rule, len(rows))
        self.rule_panel.setFocus(Qt.FocusReason.OtherFocusReason)
        # the rule stands in the panel above; the label only heads the list
        self.drill_label.setText(tr("Anonyme Einträge hinter „{0}“:").format(name))

    # -- actions ---------------------------------------------------------------------------
    def open_record(self, record_id: str) -> None:
        """From a deadline on the Übersicht: the scope ("school:…"/"post:…") of the
        school year that ended (the default year)."""
        index = self.scope_box.findData(record_id)
        if record_id and index >= 0 and index != self.scope_box.currentIndex():
            self.scope_box.setCurrentIndex(index)
            self.compute()

    def save_verwendungsnachweis(self) -> None:
        """Months filled, FTE, pro-rata grant and statistics pages of every post, one PDF."""
        year = self.year_box.currentData()
        if year is None:
            return
        path = choose_save_file(self, tr("Verwendungsnachweis speichern"),
                                staff.verwendungsnachweis_file_name(year), tr("PDF (*.pdf)"))
        if path:
            self.write_verwendungsnachweis(year, Path(path))

    def write_verwendungsnachweis(self, year: int, path: Path) -> None:
        def op(conn, progress):
            return staff.write_verwendungsnachweis(conn, year, path, progress)

        def done(result) -> None:
            self.ctx.apply(rule_packs.keep_exported_year, year)  # an ended year keeps its pack
            self.status.setText(tr("Verwendungsnachweis gespeichert: {0}").format(
                Path(result).name))

        self._write(op, done, "export")

    def _pdf_key(self) -> None:
        if self.tabs.currentWidget() is self.entry_aid and self.entry_aid.pdf_button.isEnabled():
            self.save_entry_aid()

    def save_entry_aid(self) -> None:
        """The Eingabehilfe as a one-page PDF."""
        if not self._counted():
            return
        path = choose_save_file(self, tr("Eingabehilfe speichern"),
                                stats.entry_aid_file_name(self.shown), tr("PDF (*.pdf)"))
        if path:
            self.write_entry_aid(Path(path))

    def write_entry_aid(self, path: Path) -> None:
        rep = self.shown
        self._write(lambda _conn, _p: stats.write_entry_aid(rep, path),
                    lambda p: self.status.setText(
                        tr("Eingabehilfe gespeichert: {0}").format(Path(p).name)), "pdf")

    def _counted(self) -> bool:
        """True when the figures on screen are those of the year and scope she chose and
        no count runs: what marks, exports or prints them acts on what she sees. While the
        next choice is counted its figures are not yet there; she is told."""
        if not self._busy and self._shows(self.year_box.currentData(),
                                          self.scope_box.currentData()):
            return True
        if self.report is None and not self._busy:
            return False
        self.status.setText(tr("{0}, {1}: wird noch gezählt. Danach bitte noch einmal.").format(
            self.scope_box.currentText(), self.year_box.currentText()))
        return False

    def export_all(self) -> None:
        if not self._counted():
            return
        if self.shown.findings:
            # „Nein“ is the default: Enter never exports despite the findings
            if not ask_yes_no(self, tr("Die Prüfung hat %n Hinweis(e). Trotzdem exportieren?",
                                       n=len(self.shown.findings)),
                              title=tr("Plausibilitätsprüfung")):
                return
        folder = choose_target_folder(self, tr("Ordner für die Exportdateien"))
        if folder:
            self.write_exports(Path(folder))

    def write_exports(self, folder: Path) -> None:
        year, scope = self.shown.year, self.shown.info.scope

        def op(conn, progress):
            # a year no rule pack names is said beside the files (German, as the CLI); a
            # refusal (StatisticsError) is a failed task: a quit waiting for it stays open
            return (stats.export_all(conn, year, scope, folder, progress=progress),
                    rule_packs.missing_note(conn, year))

        def done(result) -> None:
            paths, note = result
            self.ctx.apply(rule_packs.keep_exported_year, year)
            self.status.setText(". ".join(filter(None, (tr("Geschrieben: {0}").format(
                ", ".join(p.name for p in paths)), note))))

        self._write(op, done, "export")

    def _write(self, op, done, kind: str) -> None:
        """Write a file on a worker; until it has answered (its name, or why not, and the
        year's rule pack kept after an export) the area is not taken apart."""
        def answered(handler):
            def run(value) -> None:
                self._writing -= 1
                handler(value)
            return run

        self._writing += 1
        self.ctx.perform(op, background=True, on_done=answered(done),
                         on_error=answered(self.status.setText), writing=kind)

    def may_take_apart(self) -> bool:
        return not self._writing and super().may_take_apart()

    def toggle_delivered(self) -> None:
        if not self._counted():
            return
        year, scope, delivered = self.shown.year, self.shown.info.scope, self.shown.delivered
        if delivered:
            # one Alt+G marks, the next took it back: the figures as delivered went unasked
            if not ask_yes_no(self, tr("Die Abgabe vom {0} zurücknehmen? Die damals "
                                       "gemeldeten Zahlen werden nicht mehr aufbewahrt; ein "
                                       "neuer Export zeigt keine Abweichungen mehr zu ihnen.")
                              .format(delivered.delivered_on.strftime("%d.%m.%Y")),
                              title=tr("Abgabe zurücknehmen"), yes=tr("Abgabe zurücknehmen"),
                              no=tr("Abbrechen")):
                return
            self.ctx.perform(lambda conn, _p: stats.unmark_delivered(conn, year, scope))
        else:
            self.ctx.perform(lambda conn, _p: stats.mark_delivered(conn, year, scope))
        self.compute()

    def choose_template(self) -> None:
        name = choose_open_file(self, tr("Formularvorlage laden"), tr("Vorlagen (*.toml)"))
        if name:
            self.load_template(Path(name))

    def load_template(self, path: Path) -> bool:
        """Check the file whole; then it becomes this vault's template (kept in the vault)."""
        try:
            stats.load_template(path)
        except stats.StatisticsError as err:
            QMessageBox.warning(self, tr("Vorlage nicht verwendbar"), str(err))
            return False
        self.ctx.perform(lambda conn, _p: stats.use_template(conn, path))
        self.compute()
        return True

    def use_default_template(self) -> None:
        self.ctx.perform(lambda conn, _p: stats.use_default_template(conn))
        self.compute()

    def merge_files(self) -> None:
        names = choose_open_files(self, tr("Exportdateien zusammenführen"),
                                  tr("KVJS-Export (*.json)"))
        if len(names) < 2:
            return
        out = choose_save_file(self, tr("Summendatei speichern"), "KVJS_Summe.json",
                               tr("KVJS-Export (*.json)"))
        if out:
            try:
                doc = stats.merge([Path(n) for n in names], Path(out))
            except stats.StatisticsError as err:
                QMessageBox.warning(self, tr("Zusammenführen nicht möglich"), str(err))
                return
            notes = stats.merge_notes(doc)
            self.status.setText(" ".join([tr("Summendatei geschrieben: {0}").format(
                Path(out).name), *notes]))

    def open_annual_report(self) -> None:
        """The Jahresbericht dialog (the same as under Vernetzung → Kooperationsvereinbarung)
        for the chosen school (of a post: its first school) and school year."""
        from ..reports.annual_report_dialog import open_annual_report

        scope = self._scope()
        school_id = scope.id if scope and scope.kind == "school" else None
        if school_id is None and self.report is not None and self.report.info.school_ids:
            school_id = self.report.info.school_ids[0]
        open_annual_report(self.ctx, self, school_id, year=self.year_box.currentData())

    def show_rules(self) -> None:
        self.tabs.setCurrentWidget(self.rules)

    def release(self) -> None:
        """She left: the year's figures go; showing counts again (her choice of year and
        scope stays, and the figure she had chosen with the scroll position); a count still
        running stops."""
        if self._count is not None:
            self._count.cancel()
        item = self.form.currentItem()
        if self.report is not None and item is not None:
            self._place = (self.report.year, self.report.info.scope.key,
                           self.form.indexOfTopLevelItem(item),
                           self.form.verticalScrollBar().value())
        self._drop_figures()

    def _drop_figures(self) -> None:
        """The year's figures off the screen and out of memory (leaving, locking)."""
        self.report = None
        self.form.clear()
        self.entry_aid.show_report(None)
        self.drill_model.set_rows([])
        self.findings_box.hide()
        empty_layout(self.charts_layout)

    def clear(self) -> None:
        self._drop_figures()  # no figures stay on screen after lock
        self._place = None
        self.rule_panel.clear_rule()
        self.status.clear()
        self.year_box.clear()
        self.scope_box.clear()


def _value(aggregates: kvjs.Aggregates, row: tpl.Row):
    value = aggregates[row.aggregate]
    if isinstance(value, dict):
        if row.key:
            return value[row.key]
        return sum(value.values()) if kvjs.BY_NAME[row.aggregate].partition else None
    return value
