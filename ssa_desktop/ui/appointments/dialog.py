"""Create or edit an appointment: person (type-ahead), date, from–to, room, internal note."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from ...domain import clock, plausibility
from ...domain.entities import Appointment
from ...domain.errors import UserError
from ...services import appointments as svc
from ..common.dialog_buttons import save_cancel_buttons
from ..common.forms import (
    CompleterLineEdit,
    DateField,
    TimeField,
    buddy_label,
    follow_refusals,
)
from ..common.layout_items import form_cell
from ..common.message_line import add_last, error_line
from ..common.messages import ask_yes_no
from ..common.person_combo import PersonCombo
from ..common.tab_chain import tab_chain
from ..common.text_boxes import make_line_edit
from ..common.unsaved import DISCARD, SAVE, ask_unsaved
from ..i18n import translator
from ..notes.form_draft import FormDraft

tr = translator("Appointments")

DEFAULT_MINUTES = 30


def _qtime(text: str) -> QTime:
    return QTime.fromString(text, "HH:mm")


class AppointmentDialog(QDialog):
    """Enter saves, Esc cancels; a validation error keeps everything typed."""

    def __init__(self, ctx, parent=None, *, appointment: Appointment | None = None,
                 day: date | None = None, start: str = "", person_id: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.setWindowTitle(tr("Termin bearbeiten") if appointment else tr("Neuer Termin"))
        self.choices = svc.person_choices(ctx.conn)
        self.setMinimumWidth(480)

        self._build_fields()
        if day is not None:
            self.day.set_date(day)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self._build_buttons())
        add_last(layout, self.error)  # below the buttons: a refusal moves none
        tab_chain(self.person, self.day, self.start, self.end, self.room, self.note)
        self._fill(appointment, person_id, start)
        self.start.timeChanged.connect(self._start_changed)
        self.end.timeChanged.connect(self._end_changed)
        self.person.setFocus()
        self._initial = self._snapshot()
        # unsaved input survives Strg+L, the auto-lock and Strg+Q as a draft
        self.form_draft = FormDraft(
            ctx, "appointment", self,
            [("person", self.person), ("day", self.day), ("start", self.start),
             ("end", self.end), ("room", self.room), ("note", self.note)],
            save=self._save_for_quit, title=self.windowTitle(),
            record_id=appointment.id if appointment else "", person_of=self._chosen_person)

    def restore_draft(self, draft) -> None:
        """Show the input kept at lock or quit (opened from the Übersicht)."""
        self.form_draft.restore(draft)
        self._shift = max(self.start.time().secsTo(self.end.time()) // 60, 5)

    def _chosen_person(self) -> str:
        index = self.person.currentIndex()
        if index >= 0 and self.person.itemText(index) == self.person.currentText():
            return self.person.itemData(index) or ""
        return ""

    def _save_for_quit(self) -> bool:
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted and not self.isVisible()

    # -- parts ---------------------------------------------------------------------------
    def _build_fields(self) -> None:
        # the shared selector: typed text becomes the person the list shows, or is refused
        # `k17`, a pseudonym or (while shown) a name: the quick entry's one resolver
        self.person = PersonCombo(((c.pseudonym, c.label(self.ctx.show_names), c.id)
                                   for c in self.choices),
                                  empty=tr("— ohne Person —"),
                                  accessible_name=tr("Person (Pseudonym, Klasse)"))
        edit = self.person.lineEdit()
        assert edit is not None  # the person combo box is editable
        edit.setPlaceholderText(tr("Pseudonym oder Klasse tippen …"))

        self.day = DateField(clock.today(), accessible_name=tr("Datum"))
        self.start = TimeField(accessible_name=tr("Von – bis: Beginn"))
        self.end = TimeField(accessible_name=tr("bis: Ende"))
        self.room = CompleterLineEdit()  # its list closes when Alt+letter leaves the field
        self.room.setAccessibleName(tr("Raum"))
        self.room.setCompleter(QCompleter(svc.rooms(self.ctx.conn), self))
        self.note = make_line_edit(tr("Notiz (intern)"),
                                   tr("nur für Sie – erscheint nie auf dem Beratungszettel"))
        self.error = error_line()
        self.error.hide()
        # a person or date her field refuses is said at once (Enter on „31.02.2026“ never
        # reaches „Speichern“); corrected, the line goes
        follow_refusals((self.person, self.day), self._show_refusal)

    def _build_form(self) -> QFormLayout:
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(buddy_label(tr("bis"), self.end))
        times.addWidget(self.end)
        times.addWidget(QLabel(tr("Uhr")))
        times.addStretch(1)

        form = QFormLayout()
        form.addRow(tr("&Person"), self.person)
        form.addRow(tr("&Datum"), self.day)
        times_label = QLabel(tr("&Von – bis"))
        form.addRow(times_label, times)
        form.addRow(tr("&Raum"), self.room)
        form.addRow(tr("&Notiz (intern)"), self.note)
        for row in range(form.rowCount()):
            label, _ = form_cell(form, row, QFormLayout.ItemRole.LabelRole)
            buddy, _ = form_cell(form, row, QFormLayout.ItemRole.FieldRole)
            if label and buddy:
                cast(QLabel, label).setBuddy(buddy)  # each row's label is a QLabel
        times_label.setBuddy(self.start)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = save_cancel_buttons(tr("Speichern"), self.accept, self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        if self.appointment is not None and self.appointment.person_id:
            # a letter straight from her appointment (Einladung zum Gespräch, this Termin)
            self.letter_button = buttons.addButton(tr("Als Brie&f …"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
            self.letter_button.setAccessibleName(tr("Brief zu diesem Termin erstellen"))
            self.letter_button.clicked.connect(self.make_letter)
        return buttons

    def make_letter(self) -> str:
        """Brief erstellen with the invitation to this appointment preset (the letter is
        made from the saved appointment; what she changed here is not saved by it)."""
        from ..letters.dialog import open_letter_dialog

        assert self.appointment is not None
        return open_letter_dialog(self.ctx, self.appointment.person_id, self,
                                  kind="invitation", source_id=self.appointment.id)

    def _fill(self, appointment: Appointment | None, person_id: str | None,
              start: str) -> None:
        self._shift = DEFAULT_MINUTES
        self._confirmed = False  # she confirmed an overlap for this appointment
        if appointment:
            self._set_person(appointment.person_id)
            self.day.set_date(appointment.day)
            self.start.setTime(_qtime(appointment.start))
            self.end.setTime(_qtime(appointment.end))
            self.room.setText(appointment.room)
            self.note.setText(appointment.note)
        else:
            self._set_person(person_id)
            begin = _qtime(start or "08:00")
            self.start.setTime(begin)
            self.end.setTime(begin.addSecs(DEFAULT_MINUTES * 60))
        self._shift = self.start.time().secsTo(self.end.time()) // 60

    # -- helpers ---------------------------------------------------------------------
    def _set_person(self, person_id: str | None) -> None:
        index = self.person.findData(person_id or "")
        self.person.setCurrentIndex(max(index, 0))

    def _start_changed(self, time: QTime) -> None:
        """Moving the start keeps the duration."""
        self.end.blockSignals(True)
        self.end.setTime(time.addSecs(self._shift * 60))
        self.end.blockSignals(False)

    def _end_changed(self, time: QTime) -> None:
        self._shift = max(self.start.time().secsTo(time) // 60, 5)

    def _snapshot(self):
        return (self.person.currentText(), self.day.value(), self.start.time().toString(),
                self.end.time().toString(), self.room.text(), self.note.text())

    def person_id(self) -> str | None:
        if not self.person.commit():
            raise UserError(self.person.toolTip())
        return self.person.value() or None

    def _show_refusal(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.setVisible(bool(reason))

    # -- result ----------------------------------------------------------------------
    def accept(self) -> None:
        if not self.day.commit():
            self.error.setText(self.day.toolTip())  # the typed date stays, framed red
            self.error.show()
            self.day.setFocus()
            return
        try:
            base = self.appointment or Appointment(day=clock.today(), start="", end="")
            base.person_id = self.person_id()
            base.day = self.day.value()
            base.start = self.start.time().toString("HH:mm")
            base.end = self.end.time().toString("HH:mm")
            base.room = self.room.text()
            base.note = self.note.text()
            svc.check_overlap(self.ctx.conn, base, confirmed=self._confirmed)
            self.ctx.apply(svc.save_appointment, base)
        except plausibility.NeedsConfirmation as question:
            if ask_yes_no(self, " ".join(question.questions), title=tr("Bitte prüfen"),
                          yes=tr("Ja, so speichern"), no=tr("Ändern")):
                self._confirmed = True
                self.accept()
            return
        except UserError as err:
            self.error.setText(str(err))
            self.error.show()
            return
        self.appointment = base
        self.form_draft.drop()  # saved: the draft goes
        self.form_draft.stop()
        super().accept()

    @property
    def saved(self) -> Appointment:
        """The appointment as saved (asked once the dialog was accepted)."""
        assert self.appointment is not None
        return self.appointment

    def reject(self) -> None:
        """Esc / Abbrechen: typed input is asked about with the one question of every form
        (Speichern / Verwerfen / Weiter bearbeiten); „Speichern“ saves what is shown or
        refuses as „Speichern“ does, her input kept."""
        if self._snapshot() != self._initial and self.isVisible():
            answer = ask_unsaved(self, tr("Der Termin ist noch nicht gespeichert."))
            if answer == SAVE:
                self.accept()  # closes when saved; refused, it says why in its line
            if answer != DISCARD:
                return
        self.form_draft.drop()  # discarded: the draft goes too
        self.form_draft.stop()
        super().reject()
