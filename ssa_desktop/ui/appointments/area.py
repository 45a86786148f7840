"""Termine: day and week view, appointments with pupils, Beratungszettel.

"Als wahrgenommen markieren" opens the quick entry prefilled from the appointment; the
saved contact is linked to the appointment (services.appointments.mark_attended).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...formatting import fmt_date, fmt_long_date
from ...services import appointments as svc
from ...services import notes
from ...services.operations import DataKind
from ..common.applying import apply_or_show
from ..common.area import Area
from ..common.column_fit import fit_columns
from ..common.elided import OneLineMessage
from ..common.fonts import enlarge_font
from ..common.forms import DateField, buddy_label
from ..common.labels import name_by_label
from ..common.layouts import LinesHigh, flow_row, grow, wrap_layout
from ..common.messages import show_error, show_exception
from ..common.modal import run_modal
from ..common.tab_chain import tab_chain
from ..common.tables import hold_rows, make_table_view
from ..common.unsaved import fleeting
from ..common.wrapping_label import LinesHighLabel
from ..i18n import translator
from ..notes.form_draft import find_draft
from .models import ID_ROLE, SLOT_ROLE, DayModel, WeekModel

if TYPE_CHECKING:  # the dialog's module loads when she first opens it
    from .dialog import AppointmentDialog

tr = translator("Appointments")



def _appointment_dialog(ctx, parent: QWidget, **values) -> AppointmentDialog:
    from .dialog import AppointmentDialog

    return AppointmentDialog(ctx, parent, **values)


def _room(room: str) -> str:
    return room if room.lower().startswith("raum") else f"Raum {room}"


@dataclass(frozen=True)
class AppointmentsPlace:
    """Her place (``Area.place``): the day or week shown and the selected appointment, or
    the cell she was on where none is (a free slot: its row and column)."""

    day: date
    mode: str
    selected: str
    cell: tuple[int, int] | None = None


class AppointmentsArea(Area):
    watches = (DataKind.APPOINTMENTS, DataKind.PERSONS, DataKind.CONTACTS)
    rebuilt_when_left = True  # its form is a dialog (Area.may_take_apart keeps it open)
    _restored = ""   # the appointment selected when she left, selected at the first load
    _restored_cell: tuple[int, int] | None = None   # else the cell she was on
    _week_fit_due = False  # the week's rows are fitted to the days' widths soon

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setAccessibleName(tr("Termine"))
        self.day = clock.today()
        self.mode = "day"
        # Replaceable for tests; default: the real quick entry if present.
        self.quick_entry_factory = None

        self.detail, self.message = self._build_labels()
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_navigation())
        layout.addWidget(self._build_views(), 1)
        layout.addWidget(self.detail)
        layout.addLayout(self._build_actions())
        layout.addWidget(self.message)
        tab_chain(self.new_button, self.edit_button, self.delete_button,  # Tab: the two rows
                  self.slip_button, self.slips_today_button, self.attended_button,
                  self.missed_button, self.cancelled_button)
        self._connect()
        self._update_actions()
        fleeting(self.message, self)  # the last action's result goes when she moves on

    # -- parts ---------------------------------------------------------------------------
    def _build_navigation(self) -> LinesHigh:
        self.title = QLabel()
        self.title.setAccessibleDescription(tr("Angezeigter Zeitraum"))
        enlarge_font(self.title, 1.3, QFont.Weight.Bold)
        self.today_button = QPushButton(tr("He&ute"))
        self.today_button.setAccessibleName(tr("Heute anzeigen"))
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(tr("Zurück (Alt+Links)"))
        self.prev_button.setToolTip(tr("Zurück (Alt+←)"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(tr("Weiter (Alt+Rechts)"))
        self.next_button.setToolTip(tr("Weiter (Alt+→)"))
        self.date_field = DateField(self.day, accessible_name=tr("Datum wählen"))
        self.day_button = QPushButton(tr("&Tag"))
        self.week_button = QPushButton(tr("&Woche"))
        for button, name in ((self.day_button, tr("Tagesansicht")),
                             (self.week_button, tr("Wochenansicht"))):
            button.setCheckable(True)
            button.setAccessibleName(name)
        self.day_button.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.day_button)
        self.mode_group.addButton(self.week_button)

        # wraps onto a second line where the width ends (200 %: WCAG 1.4.10)
        return LinesHigh(flow_row(
            (self.today_button, self.prev_button, self.next_button),
            (buddy_label(tr("D&atum"), self.date_field), self.date_field),
            grow(self.title), (self.day_button, self.week_button)))

    def _build_views(self) -> QStackedWidget:
        self.day_model = DayModel(self)
        self.week_model = WeekModel(self)
        self.day_view = make_table_view(self.day_model, tr("Termine des Tages"), stretch=1)
        self.day_view.setShowGrid(False)
        # every column in sight, the person readable longest (at 640×360 fixed widths of
        # 110 px and more scrolled „Status“ out of sight); a cut cell is whole on hover
        fit_columns(self.day_view, stretch=1, keep=(1,))
        self.week_view = QTableView()
        self.week_view.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.week_view.setModel(self.week_model)
        self.week_view.setAccessibleName(tr("Termine der Woche"))
        self.week_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # rows as high as their lines at the days' width: at 200 % a narrow day wraps an
        # appointment onto three lines (a stretched row cut it: „Büro …“; Qt's own
        # ResizeToContents left the rows out of sight as they were)
        self.week_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.week_view.horizontalHeader().sectionResized.connect(self._fit_week_rows_soon)
        self.week_model.modelReset.connect(self._fit_week_rows_soon)
        self.week_view.verticalHeader().setMinimumSectionSize(34)
        self.week_view.setWordWrap(True)
        self.week_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # never lower than a few rows: at 640×360 the rows above and below wrap and the
        # area, scrolled whole, left a day one row
        hold_rows(self.day_view)
        hold_rows(self.week_view, most=2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.day_view)
        self.stack.addWidget(self.week_view)
        self.stack.currentChanged.connect(self._fit_week_rows_soon)
        return self.stack

    def _fit_week_rows_soon(self, *_args) -> None:
        """After the days got their widths (once for the several signals of one resize)."""
        if not self._week_fit_due:
            self._week_fit_due = True
            QTimer.singleShot(0, self, self._fit_week_rows)

    def _fit_week_rows(self) -> None:
        self._week_fit_due = False
        if not self.week_view.isVisible():
            return
        rows = self.week_view.verticalHeader()
        for row in range(self.week_model.rowCount()):
            rows.resizeSection(row, max(rows.minimumSectionSize(),
                                        self.week_view.sizeHintForRow(row)))

    def _build_actions(self) -> QVBoxLayout:
        self.new_button = QPushButton(tr("&Neuer Termin"))
        self.edit_button = QPushButton(tr("Bearbe&iten"))
        self.delete_button = QPushButton(tr("&Löschen"))
        self.attended_button = QPushButton(tr("Als wahrgenommen &markieren …"))
        self.missed_button = QPushButton(tr("Nicht &erschienen"))
        self.cancelled_button = QPushButton(tr("Ab&gesagt"))
        self.slip_button = QPushButton(tr("Beratungs&zettel drucken"))
        self.slips_today_button = QPushButton(tr("Zettel &für alle von heute"))
        for button, name in (
                (self.new_button, tr("Neuer Termin")), (self.edit_button, tr("Termin bearbeiten")),
                (self.delete_button, tr("Termin löschen")),
                (self.attended_button, tr("Als wahrgenommen markieren und Kontakt erfassen")),
                (self.missed_button, tr("Als nicht erschienen markieren")),
                (self.cancelled_button, tr("Als abgesagt markieren")),
                (self.slip_button, tr("Beratungszettel für den gewählten Termin drucken")),
                (self.slips_today_button, tr("Beratungszettel für alle Termine von heute drucken"))):
            name_by_label(button, button.text(), name)
        self.attended_button.setStyleSheet("font-weight: bold;")
        # Two rows: eight buttons in one did not fit a 1366 px screen with a larger font
        # ("ahrgenommen markier"). The appointment, then what became of it.
        # Each row wraps where the width ends (640×360 at 200 %: it scrolled sideways);
        # the slips' buttons stay at the right of their line.
        edit, slips = QHBoxLayout(), QHBoxLayout()
        for w in (self.new_button, self.edit_button, self.delete_button):
            edit.addWidget(w)
        slips.addStretch(1)
        slips.addWidget(self.slip_button)
        slips.addWidget(self.slips_today_button)
        actions = QVBoxLayout()
        actions.addWidget(LinesHigh(flow_row(wrap_layout(edit), grow(wrap_layout(slips)))))
        actions.addWidget(LinesHigh(flow_row(self.attended_button, self.missed_button,
                                             self.cancelled_button)))
        return actions

    def _build_labels(self) -> tuple[QLabel, QLabel]:
        # wraps where the width ends (640×360 at 200 %: one line scrolled sideways), never
        # lower than its lines
        detail = LinesHighLabel()
        detail.setAccessibleDescription(tr("Gewählter Termin"))
        detail.setTextFormat(Qt.TextFormat.PlainText)
        # one line: at 200 % a long result wrapped below the buttons and moved them up
        # under her next click (its whole text is the tool tip and description)
        message = OneLineMessage()
        return detail, message

    def _connect(self) -> None:
        self.today_button.clicked.connect(lambda: self.go_to(clock.today()))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.date_field.dateChanged.connect(lambda _d: self.go_to(self.date_field.value()))
        self.day_button.clicked.connect(lambda: self.set_mode("day"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.new_button.clicked.connect(lambda: self.new_appointment())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.attended_button.clicked.connect(self.mark_attended)
        self.missed_button.clicked.connect(lambda: self.set_status("missed"))
        self.cancelled_button.clicked.connect(lambda: self.set_status("cancelled"))
        self.slip_button.clicked.connect(self.print_selected_slip)
        self.slips_today_button.clicked.connect(self.print_today_slips)
        for view in (self.day_view, self.week_view):
            view.activated.connect(self._activated)
        self.day_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.week_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        for keys, slot in ((QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), lambda: self.step(-1)),
                           (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), lambda: self.step(1)),
                           (QKeySequence(Qt.Key.Key_PageUp), lambda: self.step(-1)),
                           (QKeySequence(Qt.Key.Key_PageDown), lambda: self.step(1)),
                           (QKeySequence(Qt.Key.Key_Delete), self.delete_selected)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        tab_chain(self.today_button, self.prev_button, self.next_button, self.date_field,
                  self.day_button, self.week_button, self.day_view, self.week_view,
                  self.new_button)

    # -- navigation ----------------------------------------------------------------------
    def go_to(self, day: date) -> None:
        if day != self.day:
            self.message.clear()  # the last action's result is about the day she left
        self.day = day
        self.refresh()

    def step(self, direction: int) -> None:
        days = 7 if self.mode == "week" else 1
        target = self.day + timedelta(days=days * direction)
        if self.mode == "day":
            while target.weekday() >= 5:  # weekends have no lessons
                target += timedelta(days=direction)
        self.go_to(target)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.day_button.setChecked(mode == "day")
        self.week_button.setChecked(mode == "week")
        self.stack.setCurrentIndex(0 if mode == "day" else 1)
        self.refresh()

    def current_view(self) -> QTableView:
        return self.day_view if self.mode == "day" else self.week_view

    # -- Area ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        selected, self._restored = self.selected_id() or self._restored, ""
        cell, self._restored_cell = self._restored_cell, None
        conn = self.ctx.conn
        self.date_field.blockSignals(True)
        self.date_field.set_date(self.day)
        self.date_field.blockSignals(False)
        if self.mode == "day":
            self.day_model.set_day(self.day, svc.appointments_on(conn, self.day),
                                   self.ctx.show_names)
            suffix = tr(" (heute)") if self.day == clock.today() else ""
            self.title.setText(fmt_long_date(self.day) + suffix)
        else:
            monday = svc.week_start(self.day)
            self.week_model.set_week(monday, svc.appointments_between(
                conn, monday, monday + timedelta(days=6)), self.ctx.show_names)
            friday = monday + timedelta(days=self.week_model.days - 1)
            week = monday.isocalendar()[1]
            self.title.setText(tr("KW {0} · {1} – {2}").format(
                week, monday.strftime("%d.%m."), fmt_date(friday)))
        if selected:
            self.select(selected)
        if cell is not None and not self.current_view().currentIndex().isValid():
            self._keep_place(*cell)   # the free slot she was on
        self._update_actions()

    def place(self) -> AppointmentsPlace:
        index = self.current_view().currentIndex()
        return AppointmentsPlace(self.day, self.mode, self.selected_id() or "",
                                 (index.row(), index.column()) if index.isValid() else None)

    def restore(self, place: object) -> None:
        if isinstance(place, AppointmentsPlace):
            self.day, self.mode, self._restored = place.day, place.mode, place.selected
            self._restored_cell = place.cell
            self.day_button.setChecked(place.mode == "day")
            self.week_button.setChecked(place.mode == "week")
            self.stack.setCurrentIndex(0 if place.mode == "day" else 1)

    def clear(self) -> None:
        self.day_model.clear()
        self.week_model.clear()
        self.title.clear()
        self.detail.clear()
        self.message.clear()

    def open_record(self, record_id: str) -> None:
        draft = find_draft(self.ctx, record_id, "appointment")
        if draft is not None:  # a draft kept at lock or quit (Übersicht)
            self.open_draft(draft)
            return
        view = svc.appointment(self.ctx.conn, record_id)
        if view is None:
            return
        self.day = view.day
        self.refresh()
        self.select(record_id)

    # -- selection -----------------------------------------------------------------------
    def select(self, appointment_id: str) -> None:
        if self.mode == "day":
            row = self.day_model.row_of(appointment_id)
            if row >= 0:
                self.day_view.setCurrentIndex(self.day_model.index(row, 0))
        else:
            index = self.week_model.index_of(appointment_id)
            if index.isValid():
                self.week_view.setCurrentIndex(index)
        self._update_actions()

    def selected_id(self) -> str | None:
        index = self.current_view().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected(self) -> svc.AppointmentView | None:
        appointment_id = self.selected_id()
        return svc.appointment(self.ctx.conn, appointment_id) if appointment_id else None

    def _update_actions(self) -> None:
        view = self.selected() if self.ctx.is_unlocked else None
        for button in (self.edit_button, self.delete_button, self.missed_button,
                       self.cancelled_button):
            button.setEnabled(view is not None)
        self.attended_button.setEnabled(view is not None and bool(view.person_id)
                                        and view.status != "attended")
        self.slip_button.setEnabled(view is not None and bool(view.person_id))
        if view is None:
            self.detail.setText(tr("Kein Termin gewählt – Doppelklick oder Enter auf eine freie "
                                   "Zeit legt einen Termin an."))
        else:
            self.detail.setText(
                f"{fmt_long_date(view.day)}, {view.start}–{view.end} Uhr · "
                f"{view.who(self.ctx.show_names)}"
                + (f" · {_room(view.room)}" if view.room else "") + f" · {view.status_label}")

    def _activated(self, index) -> None:
        appointment_id = index.data(ID_ROLE)
        if appointment_id:
            self.edit_selected()
        else:
            day, slot = index.data(SLOT_ROLE)
            self.new_appointment(day, slot)

    # -- actions -------------------------------------------------------------------------
    def _info(self, text: str) -> None:
        self.message.setText(text)

    def new_appointment(self, day: date | None = None, start: str = "") -> AppointmentDialog:
        if not start:
            index = self.current_view().currentIndex()
            if index.isValid() and not index.data(ID_ROLE):
                day, start = index.data(SLOT_ROLE)
        dialog = _appointment_dialog(self.ctx, self, day=day or self.day, start=start)
        try:
            if self._exec(dialog) == QDialog.DialogCode.Accepted and self.ctx.is_unlocked:
                self._after_save(dialog.saved.id, dialog.saved.day)
        finally:
            dialog.deleteLater()  # no person list or note stays in memory after use
        return dialog

    def open_draft(self, draft) -> AppointmentDialog:
        """The appointment dialog with the input kept at lock or quit."""
        data = notes.draft_data(draft)
        appointment = svc.get_appointment(self.ctx.conn, data.get("record_id") or "") \
            if data.get("record_id") else None
        dialog = _appointment_dialog(self.ctx, self, appointment=appointment)
        dialog.restore_draft(draft)
        try:
            if self._exec(dialog) == QDialog.DialogCode.Accepted and self.ctx.is_unlocked:
                self._after_save(dialog.saved.id, dialog.saved.day)
        finally:
            dialog.deleteLater()
        return dialog

    def edit_selected(self) -> None:
        appointment_id = self.selected_id()
        if not appointment_id:
            return
        appointment = svc.get_appointment(self.ctx.conn, appointment_id)
        dialog = _appointment_dialog(self.ctx, self, appointment=appointment)
        try:
            if self._exec(dialog) == QDialog.DialogCode.Accepted and self.ctx.is_unlocked:
                self._after_save(dialog.saved.id, dialog.saved.day)
        finally:
            dialog.deleteLater()

    def _exec(self, dialog: QDialog) -> int:
        return run_modal(dialog)   # deleted once the handler returns (tests replace this)

    def _after_save(self, appointment_id: str, day: date) -> None:
        self.day = day
        self.refresh()
        self.select(appointment_id)
        self._info(tr("Termin gespeichert."))

    def delete_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        if held := svc.hold_keeps_appointment(self.ctx.conn, view.id):   # said, not asked
            show_error(self, held, title=tr("Termin löschen"))
            return
        answer = QMessageBox.question(
            self, tr("Termin löschen"),
            tr("Den Termin am {0} um {1} Uhr löschen?").format(fmt_date(view.day), view.start),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        place = self.current_view().currentIndex()
        if answer == QMessageBox.StandardButton.Yes and apply_or_show(
                self.ctx, self, tr("Termin löschen"), svc.delete_appointment, view.id):
            self.refresh()
            self._keep_place(place.row(), place.column())
            self._info(tr("Termin gelöscht."))

    def _keep_place(self, row: int, column: int) -> None:
        """After a delete: the cell where it stood stays current (its slot, free again, or
        the next of its day); the list had no current row, „Kein Termin gewählt“, and ↓
        started again at the top."""
        view, model = self.current_view(), self.current_view().model()
        if row < 0 or model.rowCount() == 0:
            return
        view.setCurrentIndex(model.index(min(row, model.rowCount() - 1),
                                         min(max(column, 0), model.columnCount() - 1)))
        self._update_actions()

    def set_status(self, status: str) -> None:
        view = self.selected()
        if view is None:
            return
        if not apply_or_show(self.ctx, self, tr("Termine"), svc.set_status, view.id, status):
            return
        self.refresh()
        self._info(tr("Status: {0}.").format(svc.APPOINTMENT_STATUS.label(status)))

    def mark_attended(self) -> None:
        view = self.selected()
        if view is None or not view.person_id:
            self._info(tr("Nur Termine mit einer Person können als Kontakt erfasst werden."))
            return
        if not svc.has_started(view):  # nothing is counted for a time still to come
            self._info(tr("Der Termin beginnt erst am {0} um {1} Uhr. Als wahrgenommen "
                          "markieren können Sie ihn ab seinem Beginn.").format(
                              fmt_date(view.day), view.start))
            return
        factory = self.quick_entry_factory
        if factory is None:
            from ..quick_entry.dialog import QuickEntryDialog  # only when she opens one

            factory = QuickEntryDialog
        dialog = factory(self.ctx, self, prefill=svc.prefill_for(self.ctx.conn, view))
        try:
            accepted = self._exec(dialog) == QDialog.DialogCode.Accepted
            contact_id = getattr(dialog, "saved_contact_id", None) if accepted else None
        finally:
            dialog.deleteLater()
        if not contact_id:
            return
        try:
            # The quick entry documents the appointment in one transaction; a dialog that
            # does not know appointments leaves the linking to us.
            current = svc.appointment_status(self.ctx.conn, view.id)
            if current != "attended":
                self.ctx.apply(svc.mark_attended, view.id, contact_id)
        except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
            show_exception(self, err, title=tr("Termine"))
            return
        self.refresh()
        self.select(view.id)
        self._info(tr("Termin wahrgenommen; der Kontakt ist erfasst."))

    # -- Beratungszettel -----------------------------------------------------------------
    def print_selected_slip(self) -> None:
        view = self.selected()
        if view is None or not view.person_id:
            return
        self._print(lambda conn: [svc.slip_data(conn, view.id)], f"Beratungszettel_{view.day}.pdf")

    def print_today_slips(self) -> None:
        slips = svc.slips_for_day(self.ctx.conn, clock.today())
        if not slips:
            self._info(tr("Heute gibt es keine Termine mit Schüler:innen."))
            return
        self._print(lambda conn: svc.slips_for_day(conn, clock.today()),
                    f"Beratungszettel_{clock.today()}.pdf")

    def _print(self, slips, suggested: str) -> None:
        from ..reports.slip_dialog import SlipPrintDialog

        dialog = SlipPrintDialog(self.ctx, slips, self, suggested=suggested)
        try:
            self._exec(dialog)
            if dialog.message:
                self._info(dialog.message)
        finally:
            dialog.deleteLater()  # no names stay in memory after use
