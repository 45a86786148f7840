"""Consents and disclosures on the person page (docs/domain.md §§ 2, 10).

The table shows each consent's state today (gültig / abgelaufen / widerrufen);
"Übermittlung dokumentieren …" logs a disclosure and shows a refusal inline.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import CONSENTING_PARTIES, DISCLOSURE_CATEGORIES, LEGAL_BASES
from ...domain.documents import Owner
from ...domain.entities import Consent
from ...formatting import fmt_date
from ...services import consents as svc
from .. import colours
from ..common.announce import name_inner_edit
from ..common.area import PersonPanel
from ..common.column_fit import fit_columns
from ..common.dialog_buttons import save_cancel_buttons
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import (
    CatalogueCombo,
    CodeChecks,
    DateField,
    buddy_label,
    make_button,
    refused_selector,
)
from ..common.labels import label_for_readers, name_by_label
from ..common.layouts import LinesHigh, flow_row
from ..common.lifetime import connect_for
from ..common.message_line import add_last, error_line
from ..common.messages import ask_yes_no
from ..common.modal import open_deleting
from ..common.tables import hold_rows, make_table_view
from ..common.text_boxes import make_line_edit
from ..common.wrapping_label import WrappingLabel
from ..context import AppContext
from ..documents.record_documents import count_on, documents_button, show_record_documents
from ..i18n import translator
from ..notes.drafted_dialog import DraftedDialog
from ..notes.form_draft import FormDraft

tr = translator("ConsentsPanel")
STATUS_COLOURS = {"valid": "ok", "expired": "muted", "withdrawn": "muted", "future": "warning"}


class ConsentDialog(DraftedDialog):
    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.saved: Consent | None = None
        self.setWindowTitle(tr("Einwilligung erfassen"))
        form = QFormLayout(self)
        self.recipient = make_line_edit(tr("Empfänger"), tr("z. B. Herr Roth (Klassenlehrer 7b)"))
        self.party = CatalogueCombo(CONSENTING_PARTIES, accessible_name=tr("Eingewilligt hat"))
        self.entrusted_by = make_line_edit(tr("Anvertraut von (§ 65 SGB VIII)"),
                                           tr("nur bei anvertrauten Daten: wer sie anvertraut hat"))
        self.scope = make_line_edit(tr("Umfang"))
        self.purpose = make_line_edit(tr("Zweck"))
        self.valid_from = DateField(accessible_name=tr("Gültig ab"))
        self.limited = QCheckBox(tr("befristet bis"))
        name_by_label(self.limited, self.limited.text(), tr("Einwilligung ist befristet"))
        self.valid_to = DateField(accessible_name=tr("Gültig bis"))
        self.valid_to.setEnabled(False)
        self.limited.toggled.connect(self.valid_to.setEnabled)
        self.deputy = QCheckBox(tr("Weitergabe an die &Vertretung erlaubt"))
        name_by_label(self.deputy, self.deputy.text(),
                      tr("Weitergabe an die Vertretung (§ 65 SGB VIII, Art. 6 DSGVO)"))
        self.deputy.setToolTip(tr("Die Einwilligung erlaubt, dass bei einer Abwesenheit die "
                                  "Vertretung die nötigen Daten erhält (Vertretungspaket). "
                                  "Ohne Empfänger gilt sie für „Vertretung der "
                                  "Schulsozialarbeit“."))
        until = QHBoxLayout()
        until.addWidget(self.limited)
        until.addWidget(self.valid_to)
        label_for_readers(tr("Gültig bis"), self.valid_to)  # the check box is its label
        until.addStretch(1)
        form.addRow(tr("Empfänger"), self.recipient)
        form.addRow(tr("Eingewilligt hat"), self.party)
        form.addRow(tr("Anvertraut von"), self.entrusted_by)
        form.addRow(tr("Umfang"), self.scope)
        form.addRow(tr("Zweck"), self.purpose)
        form.addRow(tr("Gültig ab"), self.valid_from)
        form.addRow("", until)
        form.addRow("", self.deputy)
        buttons = save_cancel_buttons(tr("Speichern"), self.save, self.reject)
        form.addRow(buttons)
        # last: a long refusal moves no button
        self.error = add_last(form, error_line(tr("Fehlermeldung")))
        # at lock: no question; the input was kept as a draft before
        connect_for(self, ctx.locked, self._closed_by_lock)
        self.form_draft = FormDraft(
            ctx, "consent", self,
            [("recipient", self.recipient), ("party", self.party),
             ("entrusted_by", self.entrusted_by), ("scope", self.scope),
             ("purpose", self.purpose), ("valid_from", self.valid_from),
             ("limited", self.limited), ("valid_to", self.valid_to), ("deputy", self.deputy)],
            save=self._save_for_quit, title=self.windowTitle(), person_id=person_id)

    def _save_for_quit(self) -> bool:
        self.save()
        return self.saved is not None

    def discard_question(self) -> tuple[str, str]:
        return (tr("Die Einwilligung ist nicht gespeichert. Eingaben verwerfen?"),
                tr("Eingaben verwerfen?"))

    def save(self) -> None:
        if refused_selector(self, self.error.setText):
            return
        consent = Consent(person_id=self.person_id, recipient=self.recipient.text(),
                          valid_from=self.valid_from.value(), party=self.party.code(),
                          entrusted_by=self.entrusted_by.text().strip(), scope=self.scope.text().strip(),
                          purpose=self.purpose.text().strip(),
                          valid_to=self.valid_to.value() if self.limited.isChecked() else None,
                          deputy=self.deputy.isChecked())
        try:
            self.saved = self.ctx.apply(svc.save_consent, consent)
        except svc.ConsentError as err:
            self.error.setText(str(err))
            return
        self.form_draft.drop()  # saved: the draft goes
        self.form_draft.stop()
        self.accept()


class DisclosureDialog(QDialog):
    """Logs a disclosure; a refusal is shown inline and nothing is written."""

    def __init__(self, ctx: AppContext, person_id: str, recipients: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.saved = None
        self.setWindowTitle(tr("Übermittlung dokumentieren"))
        form = QFormLayout(self)
        self.day = DateField(accessible_name=tr("Datum der Übermittlung"))
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.addItems(recipients)
        self.recipient.setCurrentText("")
        self.recipient.setAccessibleName(tr("An (Empfänger)"))
        name_inner_edit(self.recipient)
        self.categories = CodeChecks(DISCLOSURE_CATEGORIES)
        self.basis = CatalogueCombo(LEGAL_BASES, accessible_name=tr("Rechtsgrundlage"))
        form.addRow(tr("Datum"), self.day)
        form.addRow(tr("An"), self.recipient)
        form.addRow(tr("Was (Kategorien)"), self.categories)
        form.addRow(tr("Rechtsgrundlage"), self.basis)
        note = QLabel(tr("Protokolliert werden Empfänger, Kategorien und Rechtsgrundlage – kein Inhalt."))
        note.setWordWrap(True)
        form.addRow(note)
        self.error = error_line(tr("Fehlermeldung"))
        form.addRow(self.error)
        buttons = save_cancel_buttons(tr("Dokumentieren"), self.save, self.reject)
        form.addRow(buttons)
        # on a small screen (640×360 at 200 %) the whole dialog scrolls
        whole_window_scrolls(self)
        connect_for(self, ctx.locked, self.reject)

    def save(self) -> None:
        if refused_selector(self, self.error.setText):
            return
        try:
            self.saved = self.ctx.apply(svc.record_disclosure, self.person_id, self.day.value(),
                                               self.recipient.currentText(), self.categories.codes(),
                                               self.basis.code())
        except svc.DisclosureRefused as err:
            self.error.setText(str(err))
            return
        self.accept()


class ConsentsPanel(PersonPanel):
    """``ConsentsPanel(ctx, person_id)`` with ``refresh()`` and ``clear()``."""

    _dialog: ConsentDialog | DisclosureDialog | None  # the open dialog, once one is shown

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(ctx, person_id, parent)
        self.consents: list[Consent] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Einwilligungen / Schweigepflichtentbindungen</b>")))
        self.deputy_state = WrappingLabel()  # wraps where the page is narrow (200 %)
        self.deputy_state.setAccessibleDescription(tr("Weitergabe an die Vertretung"))
        layout.addWidget(self.deputy_state)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([tr("Empfänger"), tr("Eingewilligt hat"), tr("Zweck / Umfang"),
                                              tr("ab"), tr("bis"), tr("Status")])
        self.table = make_table_view(self.model, tr("Einwilligungen"), alternating=False)
        fit_columns(self.table, stretch=2)  # "Status" in sight on a 1280×720 screen
        # as high as its first rows: a message below the buttons takes its lines from the
        # log below it, never from this list above the buttons (they would move)
        layout.addWidget(hold_rows(self.table, most=4, exactly=True))
        self.add_button = make_button(tr("Einwilligung &erfassen …"),
                                      tr("Einwilligung erfassen"), self.add_consent)
        self.withdraw_button = make_button(tr("&Widerruf eintragen"),
                                           tr("Widerruf der ausgewählten Einwilligung eintragen"), self.withdraw_selected)
        self.withdraw_day = DateField(accessible_name=tr("Widerruf am"))
        # a consent ending or withdrawn before its begin (an old import's): that day
        # corrected to the day in „am“, logged; any other consent's days stay as they are
        self.correct_button = make_button(tr("Tage be&richtigen"),
                                          tr("Ende oder Widerruf vor dem Beginn der "
                                             "ausgewählten Einwilligung berichtigen"),
                                          self.correct_selected)
        self.disclose_button = make_button(tr("Übermittlung d&okumentieren …"),
                                           tr("Übermittlung dokumentieren"), self.document_disclosure)
        self.letter_button = make_button(tr("Entbindung a&ls Brief …"),
                                         tr("Schweigepflichtentbindung der ausgewählten "
                                            "Einwilligung als Brief erstellen"), self.make_letter)
        self.documents_button = documents_button(self.open_documents)
        self.table.selectionModel().selectionChanged.connect(self._count_documents)
        self.table.selectionModel().selectionChanged.connect(self._offer_begin)
        # a flow: at 200 % on 1280×720 the buttons wrap into a second line (no sideways
        # scrolling, tests/ui/a11y/test_fits_200_percent.py), in a widget as high as its
        # lines: a bare flow in the box got the page's minimum, one line, at 640×360 and
        # its wrapped lines were drawn over „Übermittlungen“ (test_seen_at_640.py)
        layout.addWidget(LinesHigh(flow_row(
            self.add_button, self.withdraw_button,
            (buddy_label(tr("am"), self.withdraw_day), self.withdraw_day),
            self.correct_button, self.documents_button, self.letter_button,
            self.disclose_button)))
        self.error = error_line(tr("Fehlermeldung"))
        layout.addWidget(self.error)
        # a consent's corrected day: the earlier one stays visible (docs/domain.md § 7)
        self.corrections = WrappingLabel()
        self.corrections.setTextFormat(Qt.TextFormat.PlainText)
        self.corrections.setAccessibleDescription(tr("Korrekturvermerke"))
        self.corrections.hide()
        layout.addWidget(self.corrections)
        layout.addWidget(QLabel(tr("<b>Übermittlungen (Protokoll, ohne Inhalt)</b>")))
        self.log_model = QStandardItemModel(0, 4, self)
        self.log_model.setHorizontalHeaderLabels([tr("Datum"), tr("An"), tr("Kategorien"),
                                                  tr("Rechtsgrundlage")])
        self.log = make_table_view(self.log_model, tr("Übermittlungsprotokoll"),
                                   alternating=False)
        fit_columns(self.log, stretch=2)
        layout.addWidget(self.log, 1)

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.conn
        today = clock.today()
        self.withdraw_day.set_date(today)
        self.consents = svc.consents_for_person(conn, self.person_id)
        self.model.removeRows(0, self.model.rowCount())
        for c in self.consents:
            status = svc.consent_status(c, today)
            label = tr(svc.STATUS_LABELS[status])
            if status == "withdrawn":
                label += " " + tr("am {0}").format(fmt_date(c.withdrawn_on))
            purpose = " · ".join(p for p in (tr(svc.DEPUTY_LABEL) if c.deputy else "",
                                             c.purpose, c.scope) if p)
            party = CONSENTING_PARTIES.label(c.party)
            if c.entrusted_by:
                party += " · " + tr("anvertraut von {0}").format(c.entrusted_by)
            cells = [QStandardItem(c.recipient), QStandardItem(party), QStandardItem(purpose),
                     QStandardItem(fmt_date(c.valid_from)),
                     QStandardItem(fmt_date(c.valid_to) if c.valid_to else tr("unbefristet")),
                     QStandardItem(label)]
            cells[5].setForeground(QBrush(QColor(getattr(colours.current(), STATUS_COLOURS[status]))))
            cells[0].setData(c.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
        notes = svc.corrections(conn, self.person_id)
        self.corrections.setText("\n".join(
            tr("Korrekturvermerk vom {0}: {1} – vorher {2}, jetzt {3}").format(
                fmt_date(a.created[:10]), a.field_name, a.previous, a.text) for a in notes))
        self.corrections.setVisible(bool(notes))
        deputy = svc.deputy_consent(conn, self.person_id, today)
        if deputy is None:
            self.deputy_state.setText(tr("Weitergabe an die Vertretung: nein"))
        else:
            self.deputy_state.setText(
                tr("Weitergabe an die Vertretung: ja – seit {0}, {1}{2}").format(
                    fmt_date(deputy.valid_from), CONSENTING_PARTIES.label(deputy.party),
                    f" · {deputy.scope}" if deputy.scope else ""))
        self.log_model.removeRows(0, self.log_model.rowCount())
        for d in svc.disclosures_for_person(conn, self.person_id):
            self.log_model.appendRow([
                QStandardItem(fmt_date(d.day)), QStandardItem(d.recipient),
                QStandardItem(", ".join(DISCLOSURE_CATEGORIES.label(c) for c in d.categories)),
                QStandardItem(LEGAL_BASES.label(d.legal_basis))])
        self.log.resizeColumnsToContents()
        self._count_documents()

    def _owner(self) -> Owner | None:
        consent = self.selected_consent()
        return Owner("consent", consent.id) if consent else None

    def _count_documents(self, *_selection) -> None:
        count_on(self.ctx, self._owner(), self.documents_button)

    def open_documents(self):
        """The selected consent's documents (the signed form), with open and add."""
        consent = self.selected_consent()
        label = tr("Einwilligung gegenüber {0}").format(consent.recipient) if consent else ""
        return show_record_documents(self.ctx, self.person_id, self._owner(), label,
                                     self.documents_button, self)

    def make_letter(self) -> str:
        """The Schweigepflichtentbindung of the selected consent (prefilled from it) in
        „Brief erstellen“; without a selection the first consent."""
        from ..letters.dialog import open_letter_dialog

        consent = self.selected_consent() or (self.consents[0] if self.consents else None)
        if consent is None:
            self.error.setText(tr("Bitte zuerst eine Einwilligung erfassen."))
            return ""
        return open_letter_dialog(self.ctx, self.person_id, self, kind="consent_release",
                                  source_id=consent.id)

    def selected_consent(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cid = self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.consents if c.id == cid), None)

    def open_draft(self, draft) -> ConsentDialog:
        """The consent dialog with the input kept at lock or quit (Übersicht)."""
        dialog = self.add_consent()
        dialog.restore_draft(draft)
        return dialog

    def add_consent(self) -> ConsentDialog:
        dialog = ConsentDialog(self.ctx, self.person_id, self)
        dialog.accepted.connect(self._changed)
        self._dialog = open_deleting(dialog)
        return dialog

    def _chosen_on_a_day(self) -> Consent | None:
        """The consent chosen in the table, with a day in „am“; None (and said why) else."""
        consent = self.selected_consent()
        if consent is None:
            self.error.setText(tr("Bitte zuerst eine Einwilligung in der Tabelle auswählen."))
            return None
        if not self.withdraw_day.commit():
            self.error.setText(self.withdraw_day.toolTip())
            return None
        return consent

    def withdraw_selected(self) -> None:
        consent = self._chosen_on_a_day()
        if consent is None:
            return
        try:
            self.ctx.apply(svc.withdraw_consent, consent.id, self.withdraw_day.value())
        except svc.ConsentError as err:
            self.error.setText(str(err))
            return
        self.error.clear()
        self._changed()

    def _offer_begin(self, *_selection) -> None:
        """A consent ending or withdrawn before its begin chosen: „am“ starts from its
        begin, the earliest day its correction takes."""
        consent = self.selected_consent()
        if consent is not None and svc.reversed_days(consent):
            self.withdraw_day.set_date(consent.valid_from)

    def correct_selected(self) -> None:
        """The chosen consent's end or withdrawal before its begin set to the day in „am“,
        after a question; the earlier day stays as a Korrekturvermerk."""
        consent = self._chosen_on_a_day()
        if consent is None:
            return
        day = self.withdraw_day.value()
        labels = {"valid_to": tr("Gültig bis"), "withdrawn_on": tr("Widerruf am")}
        wrong = [f"{labels[name]} {fmt_date(getattr(consent, name))}"
                 for name in svc.reversed_days(consent)]
        if wrong and not ask_yes_no(
                self, tr("Einwilligung gegenüber {0} ab {1}: {2} auf den {3} berichtigen? "
                         "Der bisherige Tag bleibt als Korrekturvermerk bei der Person "
                         "sichtbar.").format(consent.recipient, fmt_date(consent.valid_from),
                                             ", ".join(wrong), fmt_date(day)),
                title=tr("Tage berichtigen")):
            return
        try:
            self.ctx.apply(svc.correct_reversed_days, consent.id, day)
        except svc.ConsentError as err:
            self.error.setText(str(err))
            return
        self.error.clear()
        self._changed()
        self.ctx.status_message.emit(
            tr("Einwilligung gegenüber {0} berichtigt: {1} jetzt {2}.")
            .format(consent.recipient, ", ".join(wrong), fmt_date(day)))

    def document_disclosure(self) -> DisclosureDialog:
        recipients = sorted({c.recipient for c in self.consents})
        dialog = DisclosureDialog(self.ctx, self.person_id, recipients, self)
        dialog.accepted.connect(self._changed)
        self._dialog = open_deleting(dialog)
        return dialog

    def _changed(self) -> None:
        self.refresh()

    def clear(self) -> None:
        self.consents = []
        self.deputy_state.clear()
        self.corrections.clear()   # the recipient's name does not outlive the lock
        self.corrections.hide()
        self.model.removeRows(0, self.model.rowCount())
        self.log_model.removeRows(0, self.log_model.rowCount())
        self.error.clear()
        dialog = getattr(self, "_dialog", None)
        if dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                QDialog.reject(dialog)  # no question: at lock a draft was kept before
            self._dialog = None
