"""The Abwesenheiten tab: vacation, sick and other days, school holidays, and whether
school holidays carry target time (they change the Soll; docs/timeshare.md)."""

from __future__ import annotations

from datetime import date

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
from ..common.labels import label_for_readers
from ..common.layouts import LinesHigh, flow_row, grow
from ..common.splitters import TurningSplitter
from ..common.table_widgets import make_table_widget
from ..common.text_boxes import make_line_edit
from ..common.typed import Baseline
from ..i18n import translator
from .combo import NONE, current

tr = translator("TimeAbsences")


def _message_line() -> OneLineMessage:
    line = OneLineMessage(into_sight=True)
    line.setStyleSheet(f"color: {colours.current().error};")
    return line


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
        self.kind = make_combo(tr("Art der Abwesenheit"))
        for code, label in ABSENCE_KINDS.items():
            self.kind.addItem(tr(label), code)
        self.first = DateField(clock.today(), accessible_name=tr("Erster Tag"))
        self.last = DateField(clock.today(), accessible_name=tr("Letzter Tag"))
        self.first.dateChanged.connect(lambda d: self.last.setDate(max(d, self.last.date())))
        self.school = make_combo(tr("Schule"))
        add = make_button(tr("Eintragen"), tr("Abwesenheit eintragen"), self.add_absence)
        # the days below the kind where the width ends (640×360: it scrolled sideways);
        # the box's title stays their label to a reader (Qt gives it only to its children)
        inner.addWidget(LinesHigh(flow_row(grow(self.kind),
                                           (self.first, QLabel(tr("bis")), self.last))))
        for entry in (self.kind, self.first, self.last):
            label_for_readers(box.title(), entry)
        second = QHBoxLayout()  # two rows: the area fits 1280×720
        second.addWidget(self.school, 1)
        second.addWidget(add)
        inner.addLayout(second)
        # right under the entry rows she acted on, one line (a wrapped message moved
        # „Ausgewählte löschen“ under her next click; its whole text is the tool tip and
        # description); brought into sight when it speaks: under the Schulferien it lay
        # below the window's edge at 200 % on 1280×720 and only a screen reader told her
        self.message = _message_line()
        inner.addWidget(self.message)
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
        self.holiday_message = _message_line()  # as the absences' line, for the holidays
        inner.addWidget(self.holiday_message)
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
        # the entries as offered: what differs is typed and not entered (the area is kept)
        self.typed = Baseline([self.kind, self.first, self.last, self.school,
                               self.holiday_label, self.holiday_first, self.holiday_last])
        self._kept: tuple[str | None, str | None] = (None, None)

    def holds_input(self) -> bool:
        return self.typed.typed()

    # -- her place when the area is built again (``TimeArea.place``) -------------------------
    CONTROLS = ("kind", "first", "last", "school", "absences", "holiday_label",
                "holiday_first", "holiday_last", "holidays", "holidays_free")

    def rows(self) -> tuple[str | None, str | None]:
        """The ids of her absence and her holiday (the current rows)."""
        return self._selected(self.absences), self._selected(self.holidays)

    def keep_rows(self, absence_id: str | None, holiday_id: str | None) -> None:
        """Her rows when the area was built again: current once the year's are listed."""
        self._kept = (absence_id, holiday_id)

    def control_name(self, widget: QWidget | None) -> str | None:
        """The name of the control ``widget`` is (or is inside), of ``CONTROLS``."""
        return next((name for name in self.CONTROLS if widget is not None and (
            getattr(self, name) is widget or getattr(self, name).isAncestorOf(widget))), None)

    def control(self, name: str) -> QWidget | None:
        return getattr(self, name) if name in self.CONTROLS else None

    def set_year(self, year: SchoolYear, schools: list[tuple[str, str]]) -> None:
        self.year = year
        typed, chosen = self.typed.typed(), current(self.school)
        self.school.clear()
        self.school.addItem(tr("alle Schulen"), NONE)
        for school_id, name in schools:
            self.school.addItem(name, school_id)
        if typed:   # filled again (she came back after a change): what she typed stands
            self.school.setCurrentIndex(max(0, self.school.findData(chosen)))
        else:
            self.typed.start()
        self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.conn
        places = tuple(kept or now for kept, now in zip(self._kept, self.rows(), strict=True))
        self._kept = (None, None)
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
        self._select(self.absences, places[0])   # her place stays (a change elsewhere)
        self._select(self.holidays, places[1])
        self.holidays_free.blockSignals(True)
        self.holidays_free.setChecked(settings.get(conn, timeshare.HOLIDAYS_FREE))
        self.holidays_free.blockSignals(False)

    def _run(self, line: OneLineMessage, use_case, *args) -> bool:
        """``use_case(*args)``; a refusal is said in ``line`` in the error colour (False).
        The other box's line is emptied: one message at a time."""
        self._other(line).clear()
        line.setStyleSheet(f"color: {colours.current().error};")
        if not apply_or_say(self.ctx, line, WorkTimeError, use_case, *args):
            return False
        self.reload()
        return True

    def _other(self, line: OneLineMessage) -> OneLineMessage:
        return self.holiday_message if line is self.message else self.message

    def _say_done(self, line: OneLineMessage, text: str) -> None:
        """What she did, said in ``line`` (not in the error colour)."""
        line.setStyleSheet("")
        line.say(text)

    @staticmethod
    def _absence_text(absence: Absence, done: str) -> str:
        """``done`` („… eingetragen.“ or „… gelöscht.“) filled with the absence."""
        return done.format(tr(ABSENCE_KINDS[absence.kind]), fmt_date(absence.first_day),
                           fmt_date(absence.last_day))

    def _outside(self, first: date, last: date) -> str:
        """Where entered days lie outside the list's school year: which year they are in."""
        if first <= self.year.end and last >= self.year.start:
            return ""
        return " " + tr("Sie gehört zum Schuljahr {0}; die Liste zeigt {1}.").format(
            SchoolYear.of(first).label, self.year.label)

    @staticmethod
    def _select(table: QTableWidget, entry_id: str | None, row: int = -1) -> None:
        """The row of ``entry_id`` (else ``row``, or the last) is current: her place."""
        for r in range(table.rowCount()):
            cell = table.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == entry_id:
                table.setCurrentCell(r, 0)
                return
        if table.rowCount() and row >= 0:
            table.setCurrentCell(min(row, table.rowCount() - 1), 0)

    def _dates_refused(self, line: OneLineMessage, *fields: DateField) -> bool:
        for field in fields:
            if not field.commit():
                self._other(line).clear()
                line.setStyleSheet(f"color: {colours.current().error};")
                line.setText(field.toolTip())
                field.setFocus()
                return True
        return False

    def add_absence(self) -> None:
        if self._dates_refused(self.message, self.first, self.last):
            return
        absence = Absence(current(self.kind), self.first.value(), self.last.value(),
                          current(self.school))
        if self._run(self.message, worktime.add_absence, absence):
            self._select(self.absences, absence.id)
            self._say_done(self.message, self._absence_text(absence, tr(
                "Abwesenheit ({0}) vom {1} bis {2} eingetragen."))
                           + self._outside(absence.first_day, absence.last_day))
            self.typed.start()

    def add_holiday(self) -> None:
        if self._dates_refused(self.holiday_message, self.holiday_first, self.holiday_last):
            return
        holiday = SchoolHoliday(self.holiday_label.text(), self.holiday_first.value(),
                                self.holiday_last.value())
        if self._run(self.holiday_message, worktime.add_school_holiday, holiday):
            self.holiday_label.clear()
            self._select(self.holidays, holiday.id)
            self._say_done(self.holiday_message, tr("Ferien „{0}“ vom {1} bis {2} eingetragen.").format(
                holiday.label, fmt_date(holiday.first_day), fmt_date(holiday.last_day))
                + self._outside(holiday.first_day, holiday.last_day))
            self.typed.start()

    def _selected(self, table: QTableWidget) -> str | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def delete_absence(self) -> None:
        absence_id, row = self._selected(self.absences), self.absences.currentRow()
        gone = next((a for a in worktime.absences(self.ctx.conn, self.year.start,
                                                  self.year.end) if a.id == absence_id), None)
        if gone is not None and self._run(self.message, worktime.delete_absence, gone.id):
            self._select(self.absences, None, row)
            self._say_done(self.message, self._absence_text(gone, tr(
                "Abwesenheit ({0}) vom {1} bis {2} gelöscht.")))

    def delete_holiday(self) -> None:
        holiday_id, row = self._selected(self.holidays), self.holidays.currentRow()
        gone = next((h for h in worktime.school_holidays(self.ctx.conn, self.year.start,
                                                         self.year.end) if h.id == holiday_id),
                    None)
        if gone is not None and self._run(self.holiday_message, worktime.delete_school_holiday,
                                          gone.id):
            self._select(self.holidays, None, row)
            self._say_done(self.holiday_message, tr("Ferien „{0}“ vom {1} bis {2} gelöscht.").format(
                gone.label, fmt_date(gone.first_day), fmt_date(gone.last_day)))

    def _set_holidays_free(self, on: bool) -> None:
        if self.ctx.is_unlocked:
            self.ctx.apply(settings.set_value, timeshare.HOLIDAYS_FREE, bool(on))

    def clear(self) -> None:
        self.absences.setRowCount(0)
        self.holidays.setRowCount(0)
        self.message.clear()
        self.holiday_message.clear()
        self.school.clear()
        self.typed.start()
