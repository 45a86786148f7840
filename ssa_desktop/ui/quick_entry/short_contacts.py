"""Kurzkontakte: the anonymous door-step contacts, to see, to correct and – entered by
mistake – to remove (until now they could be entered but not seen anywhere). Correcting
recomputes the statistics record and the time entry in the same transaction
(services.activities.correct_short_contact); removing takes them along and leaves a
tombstone (services.activities.remove_short_contact)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogues import GENDERS, TOPICS
from ...domain.entities import ShortContact
from ...domain.errors import UserError
from ...formatting import fmt_date
from ...services import activities, persons
from ..common.applying import say_done
from ..common.column_fit import fit_columns
from ..common.combos import make_combo
from ..common.forms import (
    CodeListEdit,
    DateField,
    DurationField,
    buddy_label,
    follow_refusals,
    make_button,
    refused_selector,
)
from ..common.labels import name_window
from ..common.lifetime import connect_for
from ..common.message_line import MessageLine, error_line
from ..common.messages import ask_yes_no
from ..common.models import RowsModel
from ..common.screen_fit import resize_within_screen
from ..common.tables import delete_key_asks, make_table_view
from ..common.unsaved import may_leave
from ..context import AppContext
from ..i18n import translator
from .short_fields import count_spin, gender_combo, grade_spin

tr = translator("ShortContacts")


def _unsaved_text() -> str:
    """The one question of Esc and of another row."""
    return tr("Die Korrektur des Kurzkontakts ist noch nicht gespeichert.")


HEADERS = ("Datum", "Schule", "Geschlecht", "Klassenstufe", "Anzahl", "Dauer", "Themen")


class ShortContactsDialog(QDialog):
    """The list (newest first) and, below it, the selected entry to correct."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        name_window(self, tr("Kurzkontakte"))
        self.schools = dict(persons.schools(ctx.conn))
        self.model = RowsModel([tr(h) for h in HEADERS], self._cell, self)
        self.view = make_table_view(self.model, tr("Liste der Kurzkontakte"))
        fit_columns(self.view)

        self.day = DateField(accessible_name=tr("Datum"))
        self.school = make_combo(tr("Schule"))
        for school_id, name in self.schools.items():
            self.school.addItem(name, school_id)
        self.gender = gender_combo(tr("Geschlecht"))
        self.grade = grade_spin()
        self.count = count_spin(tr("Anzahl"))
        self.duration = DurationField(5)
        self.topics = CodeListEdit(TOPICS, accessible_name=tr("Themen"))
        self.error = error_line()   # a refusal, red
        # what was done (saved, removed): plain, heard as it appears, never in the red line
        self.message = MessageLine()
        self.message.setAccessibleDescription(tr("Meldung"))
        self.save_button = make_button(tr("&Korrektur speichern"),
                                       tr("Korrektur speichern"),
                                       self.save)
        # one entered by mistake (twice, at the wrong school) goes, after a question
        self.remove_button = make_button(tr("Kurzkontakt ent&fernen"),
                                         tr("Ausgewählten Kurzkontakt entfernen"),
                                         self.remove_selected)
        delete_key_asks(self.view, self.remove_selected)
        self.close_button = QPushButton(tr("Schließen"))
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(buddy_label(tr("&Datum"), self.day), self.day)
        form.addRow(buddy_label(tr("&Schule"), self.school), self.school)
        form.addRow(buddy_label(tr("&Geschlecht"), self.gender), self.gender)
        form.addRow(buddy_label(tr("Klassens&tufe"), self.grade), self.grade)
        form.addRow(buddy_label(tr("&Anzahl"), self.count), self.count)
        form.addRow(buddy_label(tr("Da&uer"), self.duration), self.duration)
        form.addRow(buddy_label(tr("T&hemen"), self.topics), self.topics)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        # directly below the list, which gives up the lines a long refusal needs: the
        # form and the buttons below stay where they are (ui/common/message_line.py);
        # no gap while empty (its smallest size fits 1280×720 at 200 %)
        listed = QVBoxLayout()
        listed.setSpacing(0)
        listed.addWidget(self.view, 1)
        for line in (self.message, self.error):
            line.setContentsMargins(0, 4, 0, 0)
            listed.addWidget(line)
        layout.addLayout(listed, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._shown: ShortContact | None = None   # the entry whose values are in the form
        self._going_back = False
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        # a date or topic her field refuses is said here at once (the line a screen reader
        # reads), never an older refusal beside a field that shows another
        follow_refusals((self.day, self.topics), self._refuse)
        connect_for(self, ctx.locked, self._close_at_lock)   # the lock asks nothing
        self.reload()
        resize_within_screen(self, 900, 600)

    def _cell(self, sc, column: int) -> str:
        return (fmt_date(sc.day), self.schools.get(sc.school_id or "", "–"),
                GENDERS.label(sc.gender), str(sc.grade or "–"), str(sc.count),
                tr("{0} Min.").format(sc.duration_min),
                ", ".join(TOPICS.label(t) for t in sc.topics))[column]

    def reload(self, select_id: str = "", place: int = 0) -> None:
        """The list read again; ``select_id``'s row chosen, else the row at ``place`` (the
        last one when the list got shorter)."""
        self._shown = None   # the form is filled again from the list
        self.model.set_rows(activities.short_contacts(self.ctx.conn))
        row = next((i for i, sc in enumerate(self.model.rows) if sc.id == select_id),
                   min(place, len(self.model.rows) - 1))
        if self.model.rows:
            self.view.selectRow(row)
            self._show(self.model.index(row, 0))
        self.save_button.setEnabled(bool(self.model.rows))
        self.remove_button.setEnabled(bool(self.model.rows))

    def selected(self):
        return self.model.row(self.view.currentIndex())

    def _row_changed(self, current, previous) -> None:
        """Another row (Down, Up, a click): a correction not saved is asked about first
        with Esc's question (it was lost without a word). „Weiter bearbeiten“ keeps her on
        the edited row with her text and her focus, „Speichern“ saves and moves."""
        if self._going_back:
            return
        target = self.model.row(current)
        focus = self.focusWidget()   # hers, in this window
        saved = False

        def save_and_move() -> bool:
            nonlocal saved
            saved = self.save(then_select=target.id if target else "")
            return saved   # the list read again, her next row selected and shown

        if self.ctx.is_unlocked and not may_leave(self, self._unsaved(), _unsaved_text(),
                                                  save=save_and_move, discard=lambda: None):
            # after the list's own move is done (it selects the new row after telling)
            QTimer.singleShot(0, self, lambda: self._back_to_edited(focus))
            return
        if not saved:
            self._show(current)

    def _back_to_edited(self, focus: QWidget | None) -> None:
        """„Weiter bearbeiten“: the edited row is selected again, her text stays in the
        form, the focus goes back where it was."""
        shown = self._shown
        row = next((i for i, sc in enumerate(self.model.rows) if shown and sc.id == shown.id), -1)
        if row >= 0:
            self._going_back = True
            try:
                self.view.setCurrentIndex(self.model.index(row, 0))
            finally:
                self._going_back = False
        if focus is not None:
            focus.setFocus()

    def _show(self, index) -> None:
        sc = self.model.row(index)
        self._shown = sc
        if sc is None:
            return
        self.day.set_date(sc.day)
        # none chosen (-1) for one without a school, or one no longer listed: kept as it is
        self.school.setCurrentIndex(self.school.findData(sc.school_id or ""))
        self.gender.setCurrentIndex(max(self.gender.findData(sc.gender), 0))
        self.grade.setValue(sc.grade or 0)
        self.count.setValue(sc.count)
        self.duration.set_minutes(sc.duration_min)
        self.topics.set_codes(sc.topics)
        self.error.clear()
        self.message.clear()

    def _corrected(self, sc):
        school = self.school.currentData() if self.school.currentIndex() >= 0 else sc.school_id
        return replace(sc, day=self.day.value(), school_id=school,
                       gender=self.gender.currentData() or "u",
                       grade=self.grade.value() or None, count=self.count.value(),
                       duration_min=self.duration.minutes(), topics=tuple(self.topics.codes()))

    def _unsaved(self) -> bool:
        sc = self._shown
        return sc is not None and self._corrected(sc) != replace(sc, topics=tuple(sc.topics))

    def save(self, then_select: str = "") -> bool:
        """Saves the entry shown in the form; ``then_select`` is the row she moves to."""
        sc = self._shown
        if sc is None or refused_selector(self, self._refuse):
            return False
        try:
            self.ctx.apply(activities.correct_short_contact, self._corrected(sc))
        except UserError as err:  # Implausible is one too
            self._refuse(str(err))
            return False
        self.reload(select_id=then_select or sc.id)
        self._say(tr("Korrektur gespeichert."))
        return True

    def remove_selected(self) -> None:
        """The chosen Kurzkontakt removed after a question, with its statistics record and
        time entry; the list keeps her place (the row that followed it) and the status
        line says what happened, beside the warning of a delivered school year."""
        row = self.view.currentIndex().row()
        sc = self.selected()
        if sc is None:
            self._refuse(tr("Bitte zuerst einen Kurzkontakt in der Liste wählen."))
            return
        if not ask_yes_no(self, tr("Den Kurzkontakt vom {0} ({1} × {2} Min.) entfernen? Er "
                                   "verschwindet auch aus der Statistik und der Arbeitszeit.")
                          .format(fmt_date(sc.day), sc.count, sc.duration_min),
                          title=tr("Kurzkontakt entfernen")):
            return
        try:
            warning = self.ctx.apply(activities.remove_short_contact, sc.id)
        except UserError as err:
            self._refuse(str(err))
            return
        self.reload(place=row)
        self.view.setFocus()
        said = tr("Kurzkontakt vom {0} entfernt, auch aus Statistik und Arbeitszeit.")
        self._say(say_done(self.ctx, said.format(fmt_date(sc.day)), warning))

    def _say(self, text: str) -> None:
        """What was done, in the plain line (heard); the red line goes."""
        self.error.clear()
        self.message.setText(text)

    def _refuse(self, text: str) -> None:
        """A refusal in the red line (heard); a success said before goes with it (it
        is no longer news). Empty: the refusal goes (her field is corrected)."""
        if text:
            self.message.clear()
        self.error.setText(text)

    def reject(self) -> None:
        """Esc, „Schließen“, the ×: a correction not saved is asked about first (it was
        lost without a word); nothing changed closes at once."""
        if self.ctx.is_unlocked and not may_leave(
                self, self._unsaved(),
                _unsaved_text(),
                save=self.save, discard=lambda: None):
            return
        super().reject()

    def _close_at_lock(self) -> None:
        QDialog.reject(self)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view.hasFocus():
            self.save()  # Enter saves the correction (UX: Enter saves)
            return
        super().keyPressEvent(event)
