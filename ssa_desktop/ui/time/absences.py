"""The Abwesenheiten tab: vacation, sick and other days, school holidays, and whether
school holidays carry target time (they change the Soll; docs/timeshare.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.schoolyear import SchoolYear
from ...domain.worktime import ABSENCE_KINDS, Absence, SchoolHoliday, WorkTimeError
from ...formatting import fmt_date
from ...services import settings, timeshare, worktime
from .. import colours
from ..common.applying import apply_or_say
from ..common.combos import make_combo
from ..common.elided import OneLineMessage
from ..common.forms import DateField, make_button
from ..common.splitters import TurningSplitter
from ..common.table_widgets import make_table_widget
from ..common.text_boxes import make_line_edit
from ..i18n import translator
from .combo import NONE, current

tr = translator("TimeAbsences")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = make_table_widget(headers, name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class AbsencesView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.year = SchoolYear.of(clock.today())
        box = QGroupBox(tr("Urlaub, Krankheit, sonstige Abwesenheit"))
        inner = QVBoxLayout(box)
        form = QHBoxLayout()
        self.kind = make_combo(tr("Art der Abwesenheit"))
        for code, label in ABSENCE_KINDS.items():
            self.kind.addItem(tr(label), code)
        self.first = DateField(clock.today(), accessible_name=tr("Erster Tag"))
        self.last = DateField(clock.today(), accessible_name=tr("Letzter Tag"))
        self.first.dateChanged.connect(lambda d: self.last.setDate(max(d, self.last.date())))
        self.school = make_combo(tr("Schule"))
        add = make_button(tr("Eintragen"), tr("Abwesenheit eintragen"), self.add_absence)
        for w in (self.kind, self.first, QLabel(tr("bis")), self.last):
            form.addWidget(w)
        inner.addLayout(form)
        second = QHBoxLayout()  # two rows: the area fits 1280×720
        second.addWidget(self.school, 1)
        second.addWidget(add)
        inner.addLayout(second)
        self.absences = _table([tr("Art"), tr("von"), tr("bis"), tr("Schule"), tr("Notiz")],
                               tr("Abwesenheiten"))
        inner.addWidget(self.absences)
        remove = make_button(tr("Ausgewählte löschen"),
                             tr("Ausgewählte Abwesenheit löschen"),
                             self.delete_absence)
        inner.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        absences = box

        box = QGroupBox(tr("Schulferien"))
        inner = QVBoxLayout(box)
        form = QHBoxLayout()
        self.holiday_label = make_line_edit(tr("Bezeichnung der Ferien"), tr("z. B. Herbstferien"))
        self.holiday_first = DateField(clock.today(), accessible_name=tr("Erster Ferientag"))
        self.holiday_last = DateField(clock.today(), accessible_name=tr("Letzter Ferientag"))
        add = make_button(tr("Eintragen"), tr("Ferien eintragen"), self.add_holiday)
        form.addWidget(self.holiday_label)
        inner.addLayout(form)
        second = QHBoxLayout()
        for field in (self.holiday_first, self.holiday_last, add):
            second.addWidget(field)
        inner.addLayout(second)
        self.holidays = _table([tr("Ferien"), tr("von"), tr("bis")], tr("Schulferien"))
        inner.addWidget(self.holidays)
        remove = make_button(tr("Ausgewählte löschen"),
                             tr("Ausgewählte Ferien löschen"),
                             self.delete_holiday)
        inner.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        self.holidays_free = QCheckBox(tr("An Schulferien fällt keine Sollzeit an"))
        self.holidays_free.setToolTip(tr(timeshare.HOLIDAYS_FREE.help))
        self.holidays_free.toggled.connect(self._set_holidays_free)
        inner.addWidget(self.holidays_free)
        note = QLabel(tr("Gesetzliche Feiertage in Baden-Württemberg sind bereits "
                         "berücksichtigt."))
        note.setWordWrap(True)
        inner.addWidget(note)
        # side by side; below each other where they do not fit (200 %: WCAG 1.4.10)
        # (each table as high as it asks: squeezed, they showed one row)
        panes = TurningSplitter()
        panes.addWidget(absences)
        panes.addWidget(box)
        panes.setStretchFactor(0, 3)
        panes.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(panes)

        # one line: a wrapped message grew under the holidays and moved „Ausgewählte
        # löschen“ under her next click (its whole text is the tool tip and description)
        self.message = OneLineMessage()
        self.message.setStyleSheet(f"color: {colours.current().error};")
        inner.addWidget(self.message)

    def set_year(self, year: SchoolYear, schools: list[tuple[str, str]]) -> None:
        self.year = year
        self.school.clear()
        self.school.addItem(tr("alle Schulen"), NONE)
        for school_id, name in schools:
            self.school.addItem(name, school_id)
        self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.conn
        names = dict((sid, name) for sid, name in worktime.schools_with_post(
            conn, self.year.start_year))
        self.absences.setRowCount(0)
        for a in worktime.absences(conn, self.year.start, self.year.end):
            row = self.absences.rowCount()
            self.absences.insertRow(row)
            cells = (tr(ABSENCE_KINDS[a.kind]), fmt_date(a.first_day), fmt_date(a.last_day),
                     names.get(a.school_id, tr("alle Schulen")) if a.school_id else
                     tr("alle Schulen"), a.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.absences.setItem(row, column, item)
        self.holidays.setRowCount(0)
        for h in worktime.school_holidays(conn, self.year.start, self.year.end):
            row = self.holidays.rowCount()
            self.holidays.insertRow(row)
            for column, text in enumerate((h.label, fmt_date(h.first_day), fmt_date(h.last_day))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.id)
                self.holidays.setItem(row, column, item)
        self.holidays_free.blockSignals(True)
        self.holidays_free.setChecked(settings.get(conn, timeshare.HOLIDAYS_FREE))
        self.holidays_free.blockSignals(False)

    def _run(self, use_case, *args) -> None:
        if apply_or_say(self.ctx, self.message, WorkTimeError, use_case, *args):
            self.reload()

    def _dates_refused(self, *fields: DateField) -> bool:
        for field in fields:
            if not field.commit():
                self.message.setText(field.toolTip())
                field.setFocus()
                return True
        return False

    def add_absence(self) -> None:
        if self._dates_refused(self.first, self.last):
            return
        absence = Absence(current(self.kind), self.first.value(), self.last.value(),
                          current(self.school))
        self._run(worktime.add_absence, absence)

    def add_holiday(self) -> None:
        if self._dates_refused(self.holiday_first, self.holiday_last):
            return
        holiday = SchoolHoliday(self.holiday_label.text(), self.holiday_first.value(),
                                self.holiday_last.value())
        self._run(worktime.add_school_holiday, holiday)
        if not self.message.text():
            self.holiday_label.clear()

    def _selected(self, table: QTableWidget) -> str | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def delete_absence(self) -> None:
        absence_id = self._selected(self.absences)
        if absence_id:
            self._run(worktime.delete_absence, absence_id)

    def delete_holiday(self) -> None:
        holiday_id = self._selected(self.holidays)
        if holiday_id:
            self._run(worktime.delete_school_holiday, holiday_id)

    def _set_holidays_free(self, on: bool) -> None:
        if self.ctx.is_unlocked:
            self.ctx.apply(settings.set_value, timeshare.HOLIDAYS_FREE, bool(on))

    def clear(self) -> None:
        self.absences.setRowCount(0)
        self.holidays.setRowCount(0)
        self.message.clear()
        self.school.clear()
