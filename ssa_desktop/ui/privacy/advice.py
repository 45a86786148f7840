"""Datenschutz: every piece of advice offers its action where it stands.

``header_text`` counts exactly what the pages below list (the rows of "Löschung fällig":
due deletions and reviews; the rows of "Eingeschränkt" and of "Sperren"). ``AdviceBar``
sits under the list "Löschung fällig" and shows, for the chosen row, the buttons its
advice asks for: "Verbleib angeben …" (Abgang, Schulwechsel or "weiter benötigt bis …"
of a dormant person, ``services.whereabouts``), "Person öffnen" (to close a case or
edit the person), and "Sperren prüfen" while a hold's review date has come.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...domain import clock
from ...domain import retention as rt
from ...domain.dormancy import DORMANT, RESTRICTED_REVIEW, STILL_NEEDED, is_review
from ...domain.errors import UserError
from ...formatting import fmt_date
from ...services import persons, whereabouts
from ..common.combos import make_combo
from ..common.dialog_buttons import save_cancel_buttons
from ..common.forms import DateField, make_button
from ..common.message_line import add_last, error_line
from ..i18n import translator

tr = translator("PrivacyAdvice")

ANSWER_WORDS = {whereabouts.LEFT: "Abgegangen am",
                whereabouts.CHANGED: "Schule gewechselt am",
                STILL_NEEDED: "Weiter benötigt bis"}


def header_text(today: date, due: int, reviews: int, restricted: int, holds: int,
                hold_reviews: int) -> str:
    """The header of Datenschutz: each figure names the page whose rows it counts (the
    rows of "Löschung fällig" are its ``due`` items and ``reviews``)."""
    text = tr("Stand {0} – Löschung fällig: {1} (davon {2} zur Löschung, {3} zur Prüfung); "
              "Eingeschränkt: {4}; Sperren: {5}.").format(
        fmt_date(today), tr("%n Eintr(ag|äge)", n=due + reviews), due, reviews, restricted,
        holds)
    if hold_reviews:   # a hold is never forgotten: its review date is asked for
        text += " " + tr("{0} Sperre(n) zur Überprüfung fällig.").format(hold_reviews)
    return text


class WhereaboutsDialog(QDialog):
    """Answer a dormant person's review: Abgang, Schulwechsel or "weiter benötigt bis"."""

    answered = Signal(str)   # the sentence saying what was recorded

    def __init__(self, ctx, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        person = persons.get_person(ctx.conn, person_id)
        self.setWindowTitle(tr("Verbleib angeben – {0}").format(person.pseudonym if person
                                                                else ""))
        form = QFormLayout(self)
        intro = QLabel(tr("Was ist aus der Person geworden? Ein Abgang oder Schulwechsel "
                          "beendet die Prüfung; die Löschfrist zählt dann ab diesem Tag. "
                          "„Weiter benötigt bis …“ setzt eine Sperre; an dem Tag wird "
                          "erneut gefragt."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.kind = make_combo(tr("Angabe zum Verbleib"))
        for code in whereabouts.answers_for(person.kind if person else ""):
            self.kind.addItem(tr(ANSWER_WORDS[code]), code)
        kind_label = QLabel(tr("&Angabe"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        self.day = DateField(self._default_day(), accessible_name=tr("Tag"))
        day_label = QLabel(tr("&Tag"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.day)
        self.message = error_line(tr("Meldung"))   # her refusal, heard when it appears
        buttons = save_cancel_buttons(tr("Eintragen"), self.accept, self.reject,
                                      role=QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        # below the buttons: the dialog grows for her refusal (above them it took the
        # explanation's lines)
        add_last(form, self.message)
        self.kind.currentIndexChanged.connect(lambda _i: self.day.set_date(self._default_day()))
        self.kind.setFocus()

    def _default_day(self) -> date:
        today = clock.today()
        if self.kind.currentData() == STILL_NEEDED:
            return today + timedelta(days=180)
        return today

    def accept(self) -> None:
        if not self.day.commit():   # a refused date stays red, the dialog stays open
            return
        try:
            sentence = self.ctx.apply(whereabouts.answer, self.person_id,
                                      self.kind.currentData(), self.day.value())
        except UserError as err:
            self.message.setText(str(err))
            return
        self.answered.emit(sentence)
        super().accept()


class AdviceBar(QWidget):
    """The actions that the chosen row's advice asks for, under the list."""

    def __init__(self, area, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = area
        self.dialog: WhereaboutsDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(tr("Hinweis zur gewählten Zeile"))
        self.whereabouts_button = QPushButton(tr("&Verbleib angeben …"))
        self.whereabouts_button.setAccessibleName(
            tr("Verbleib angeben: Abgang, Schulwechsel oder weiter benötigt bis"))
        self.whereabouts_button.clicked.connect(self.ask_whereabouts)
        self.person_button = QPushButton(tr("&Person öffnen"))
        self.person_button.setAccessibleName(tr("Person öffnen, z. B. um den Fall "
                                                "abzuschließen"))
        self.person_button.clicked.connect(self.open_person)
        self.holds_button = make_button(tr("Sperren p&rüfen"),
                                        tr("Zu den Sperren, deren Überprüfung fällig ist"),
                                        self.show_holds)
        row.addWidget(self.text, 1)
        for button in (self.whereabouts_button, self.person_button, self.holds_button):
            row.addWidget(button)
        self.update_for(None, 0)

    def update_for(self, chosen: rt.Assessment | None, hold_reviews: int) -> None:
        person = chosen if chosen is not None and chosen.record_kind == rt.PERSON else None
        dormant = person is not None and person.state == DORMANT
        restricted = person is not None and person.state == RESTRICTED_REVIEW
        self.whereabouts_button.setVisible(dormant)
        self.person_button.setVisible(person is not None and is_review(person) and not restricted)
        self.holds_button.setVisible(hold_reviews > 0)
        if restricted:
            self.text.setText(tr("Zur gewählten Person: Die Einschränkung auf der Seite "
                                 "„Eingeschränkt“ aufheben, wenn sie nicht mehr nötig ist, "
                                 "oder eine Sperre „weiter benötigt bis …“ setzen."))
        elif dormant:
            self.text.setText(tr("Zur gewählten Person: Verbleib oder „weiter benötigt bis …“ "
                                 "angeben, oder die Person öffnen (z. B. um den Fall "
                                 "abzuschließen)."))
        elif person is not None and is_review(person):
            self.text.setText(tr("Zur gewählten Person: „Nicht mehr benötigt …“ oder eine "
                                 "Sperre setzen; die Person öffnen, um nachzusehen."))
        elif hold_reviews:
            self.text.setText(tr("Bei einer Sperre ist die Überprüfung fällig."))
        else:
            self.text.clear()
        self.setVisible(bool(self.text.text()))

    def _chosen(self) -> rt.Assessment | None:
        chosen = self.area.selected()
        return chosen[0] if len(chosen) == 1 else None

    def ask_whereabouts(self) -> WhereaboutsDialog | None:
        a = self._chosen()
        if a is None or a.state != DORMANT or not self.area.ctx.is_unlocked:
            return None
        self.dialog = WhereaboutsDialog(self.area.ctx, a.record_id, self.area)
        self.dialog.answered.connect(self._answered)
        self.dialog.open()
        return self.dialog

    def _answered(self, sentence: str) -> None:
        self.area.status.setText(sentence)
        self.area.status_timer.start()
        self.area.refresh()

    def open_person(self) -> None:
        a = self._chosen()
        if a is not None and a.record_kind == rt.PERSON:
            self.area.ctx.open_record("persons", a.record_id)

    def show_holds(self) -> None:
        self.area.tabs.setCurrentWidget(self.area.page("holds"))
