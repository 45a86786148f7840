"""§ 8a panel on the person page: procedures, their steps, the acute path, closure
with retention decision and the pseudonymised ISEF presentation (docs/domain.md § 9)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import CP_STEPS, LEGAL_BASES, Catalogue
from ...domain.documents import Owner
from ...domain.errors import UserError
from ...formatting import fmt_date
from ...services import child_protection as cp
from ...services import notes
from ...services.child_protection_open import next_step_after
from .. import colours
from ..common.area import PersonPanel
from ..common.column_fit import fit_columns
from ..common.combos import make_combo, strg_enter_in_open_list, watch_open_list, whole_when_cut
from ..common.current_stack import CurrentPageStack
from ..common.elided import OneLineMessage
from ..common.files import save_path_chooser
from ..common.forms import (
    CatalogueCombo,
    DateField,
    buddy_label,
    make_button,
    refused_selector,
)
from ..common.labels import bind_labels_to_inputs, label_for_readers, name_by_label
from ..common.layouts import LinesHigh, flow_row, grow, wrap_layout
from ..common.lifetime import connect_for
from ..common.message_line import error_line
from ..common.messages import ask_yes_no
from ..common.screen_fit import resize_within_screen
from ..common.tables import hold_rows, make_table_view
from ..common.text_boxes import make_line_edit, make_text_box
from ..context import AppContext
from ..documents.record_documents import count_on, documents_button, show_record_documents
from ..i18n import translator
from ..notes.form_draft import FormDraft

tr = translator("ChildProtectionPanel")
ERROR_STYLE = f"color: {colours.current().error};"
ACUTE_STYLE = (f"QPushButton {{ background: {colours.current().alarm_fill};"
               f" color: {colours.current().alarm_text}; font-weight: bold; padding: 6px 12px; }}"
               "QPushButton:focus { border: 2px solid black; }")
YOUTH_OFFICE_BASES = Catalogue("cp_basis", [LEGAL_BASES.get(c) for c in cp.YOUTH_OFFICE_BASES])


def _write_pdf(parent: QWidget, write, path: str) -> str:
    """Run ``write()``; a German message box on failure; the status text."""
    from ..common.messages import show_error

    try:
        write()
    except UserError as err:  # WriteError is one too
        show_error(parent, str(err), title=tr("Als PDF speichern"))
        return ""
    return tr("Gespeichert: {0}").format(path)


class IsefDialog(QDialog):
    """Preview of the pseudonymised presentation; editable before copying."""

    def __init__(self, text: str, parent: QWidget | None = None, *, conn=None):
        super().__init__(parent)
        self.conn = conn  # the vault whose persons' names are looked for before the PDF
        self.setWindowTitle(tr("Fallvorstellung (pseudonymisiert)"))
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Nur Pseudonym, Alters- und Klassenstufe. Bitte vor der Weitergabe "
                         "lesen: Freitext kann Namen Dritter enthalten."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = make_text_box(tr("Text der Fallvorstellung"))
        self.text.setPlainText(text)
        self.text.setAccessibleDescription(hint.text())  # a hint, read after the name
        layout.addWidget(buddy_label(tr("&Text der Fallvorstellung"), self.text))
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        # one line that never widens: „Gespeichert: <path>“ beside the buttons pushed them
        # to the right edge, under her next click (its whole text is the tool tip)
        self.status = OneLineMessage()
        self.copy_button = make_button(tr("&Kopieren"), tr("Fallvorstellung kopieren"), self.copy)
        close = make_button(tr("Schließen"), tr("Schließen"), self.reject)
        self.pdf_button = make_button(tr("Als &PDF speichern …"),
                                      tr("Fallvorstellung als PDF speichern"), self.save_pdf)
        self.save_path_chooser = save_path_chooser(self, tr("Als PDF speichern"),
                                                   tr("PDF (*.pdf)"))
        row.addWidget(self.status, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.pdf_button)
        row.addWidget(close)
        layout.addLayout(row)
        resize_within_screen(self, 640, 520)

    def save_pdf(self) -> None:
        """The text as shown (reviewed, maybe edited) as PDF in the house style."""
        from ...reports.child_protection import write_isef
        from ...services import names_in_text as names  # the names check: with a PDF
        from ..reports import names_dialog

        if self.conn is not None and names_dialog.checked(
                {"isef": self.text}, names.ISEF,
                names.in_isef(self.conn, self.text.toPlainText()), self) is None:
            return  # she edits the text, the first name selected
        path = self.save_path_chooser("Fallvorstellung_ISEF.pdf")
        if path:
            self.status.setText(_write_pdf(self, lambda: write_isef(path, self.text.toPlainText()),
                                           path))

    def copy(self) -> None:
        from ..common.clipboard import copy_sensitive

        copy_sensitive(self.text.toPlainText())
        self.status.setText(tr("Kopiert – wird nach 30 Sekunden aus der Zwischenablage gelöscht."))


DRAFT_FORM = "child_protection"  # a step's draft kept at lock or quit (services.notes.FORMS)


class ChildProtectionPanel(PersonPanel):
    """``ChildProtectionPanel(ctx, person_id)`` with ``refresh()`` and ``clear()``."""

    _isef: IsefDialog | None  # the open ISEF dialog, once shown

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(ctx, person_id, parent)
        self.procedures: list[cp.ChildProtectionProcedure] = []
        self.last_saved = ""
        # the red button's step 7 (report_acute_danger): a hidden box, so that a draft kept
        # at a lock brings the acute report back as such, not as an ordinary step 7
        self.acute_kept = QCheckBox(self)
        self.acute_kept.setAccessibleName(tr("Akute Gefährdung – Jugendamt sofort informieren"))
        self.acute_kept.setVisible(False)
        self.acute_kept.toggled.connect(self._acute_title)
        self._build()
        bind_labels_to_inputs(self)
        # a typed step survives Strg+L, the auto-lock and Strg+Q as a draft in the vault;
        # only her words count as unsaved (day, step and deadline are filled in for her)
        self.form_draft = FormDraft(
            ctx, DRAFT_FORM, self.editor,
            [("step", self.step_combo), ("acute", self.acute_kept), ("day", self.day),
             ("actor", self.actor),
             ("text", self.text), ("observations", self.observations), ("source", self.source),
             ("recipient", self.recipient), ("sent", self.sent), ("basis", self.basis),
             ("told", self.told), ("reason", self.reason), ("outcome", self.outcome),
             ("closing_text", self.closing_text), ("retention", self.retention),
             ("due_check", self.due_check), ("due", self.due)],
            save=self.save_step, title=tr("§ 8a-Schritt"), person_id=person_id,
            watched=("text", "observations", "source", "recipient", "sent", "reason",
                     "closing_text"))

    @property
    def _acute_mode(self) -> bool:
        return self.acute_kept.isChecked()

    @_acute_mode.setter
    def _acute_mode(self, on: bool) -> None:
        self.acute_kept.setChecked(on)

    def _acute_title(self, on: bool) -> None:
        if on:
            self.editor.setTitle(tr("AKUT: Jugendamt informieren (Schritt 7)"))

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.procedure_combo = make_combo(tr("§ 8a-Verfahren"))
        self.procedure_combo.currentIndexChanged.connect(self._show_procedure)
        self.new_button = make_button(tr("&Neues § 8a-Verfahren"),
                                      tr("Neues § 8a-Verfahren beginnen"), self.start_procedure)
        self.isef_button = make_button(tr("Fallvorstellung (ISEF) …"),
                                       tr("Pseudonymisierte Fallvorstellung für die ISEF"), self.show_isef)
        self.print_button = make_button(tr("Verfahren als &PDF …"),
                                        tr("§ 8a-Verfahren als PDF speichern"), self.save_procedure_pdf)
        self.save_path_chooser = save_path_chooser(self, tr("Als PDF speichern"),
                                                   tr("PDF (*.pdf)"))
        self.documents_button = documents_button(self.open_documents)
        # the buttons wrap below the procedure where the page is narrow (200 %)
        outer.addWidget(LinesHigh(flow_row(
            (buddy_label(tr("Verfahren:"), self.procedure_combo), grow(self.procedure_combo)),
            self.new_button, self.isef_button, self.print_button, self.documents_button)))

        self.acute_button = QPushButton(tr("Akute Gefährdung – Jugendamt sofort informieren"))
        self.acute_button.setAccessibleName(tr("Akute Gefährdung – Jugendamt sofort informieren"))
        self.acute_button.setStyleSheet(ACUTE_STYLE)
        self.acute_button.clicked.connect(self.acute)
        outer.addWidget(self.acute_button)

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleDescription(tr("Stand des Verfahrens"))
        outer.addWidget(self.state)

        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([tr("Schritt"), tr("Datum"), tr("Person"), tr("Inhalt"),
                                              tr("Frist nächster Schritt")])
        self.table = make_table_view(self.model, tr("Verfahrensschritte"), alternating=False)
        self.table.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.table, stretch=3, keep=(0,))  # every header whole
        # the header and two steps at least, at their height (a step wraps onto two lines
        # where the page is narrow): the form below must not squeeze the list to one row
        hold_rows(self.table, most=2)
        outer.addWidget(self.table, 1)

        box = QGroupBox(tr("Schritt dokumentieren"))
        form = QFormLayout(box)
        self.step_combo = CatalogueCombo(CP_STEPS, accessible_name=tr("Verfahrensschritt"))
        for i in range(self.step_combo.count()):
            self.step_combo.setItemText(i, f"{CP_STEPS.entries[i].code} – {CP_STEPS.entries[i].label}")
        # as wide as its longest step where there is room; narrower where not (its whole
        # text then its tool tip, ``whole_when_cut``)
        self.step_combo.setMinimumWidth(self.step_combo.fontMetrics().averageCharWidth() * 30)
        whole_when_cut(self.step_combo)
        self.step_combo.currentIndexChanged.connect(self._step_changed)
        self.day = DateField(accessible_name=tr("Datum des Schritts"))
        self.actor = make_line_edit(tr("Person, die den Schritt gegangen ist"),
                                    tr("wer (z. B. ich, Leitung, ISEF Frau …)"))
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(buddy_label(tr("Person"), self.actor))
        row.addWidget(self.actor, 1)
        form.addRow(tr("Schritt"), self.step_combo)
        form.addRow(tr("Datum"), wrap_layout(row))

        self.pages = CurrentPageStack()  # as tall as the step's page, not the tallest
        # general text
        self.text = make_text_box(tr("Inhalt des Schritts"))
        self.pages.addWidget(self.text)
        label_for_readers(tr("Inhalt"), self.text)  # "Inhalt" labels every page
        # step 1: observations apart from the source
        page1 = QWidget()
        f1 = QFormLayout(page1)
        self.observations = make_text_box(tr("Beobachtungen (Fakten, ohne Bewertung)"))
        self.observations.setPlaceholderText(tr("Was wurde gesehen / gehört? Nur Fakten."))
        self.source = make_line_edit(tr("Quelle der Beobachtung"),
                                     tr("eigene Wahrnehmung, Lehrkraft, Kind selbst …"))
        f1.addRow(tr("Beobachtungen"), self.observations)
        f1.addRow(tr("Quelle"), self.source)
        self.pages.addWidget(page1)
        # step 7: informing the Jugendamt
        page7 = QWidget()
        f7 = QFormLayout(page7)
        self.recipient = make_line_edit(tr("Wer beim Jugendamt informiert wurde"))
        self.sent = make_text_box(tr("Was übermittelt wurde"))
        self.sent.setMaximumHeight(70)
        self.basis = CatalogueCombo(YOUTH_OFFICE_BASES, accessible_name=tr("Rechtsgrundlage"))
        self.told = QCheckBox(tr("Betroffene wurden vorab informiert"))
        self.told.setAccessibleName(tr("Betroffene wurden vorab informiert"))
        self.told.setChecked(True)
        self.reason = make_line_edit(tr("Warum nicht vorab informiert"),
                                     tr("nur wenn nicht: warum (z. B. würde das Kind gefährden)"))
        self.told.toggled.connect(lambda on: self.reason.setEnabled(not on))
        self.reason.setEnabled(False)
        f7.addRow(tr("An (Jugendamt)"), self.recipient)
        f7.addRow(tr("Übermittelt"), self.sent)
        f7.addRow(tr("Rechtsgrundlage"), self.basis)
        f7.addRow("", self.told)
        f7.addRow(tr("Wenn nicht, warum"), self.reason)
        self.pages.addWidget(page7)
        # step 9: closure and retention decision
        page9 = QWidget()
        f9 = QFormLayout(page9)
        self.retention = CatalogueCombo(cp.RETENTION_DECISIONS, empty=tr("— wie die Falldokumentation —"),
                                        accessible_name=tr("Aufbewahrungsentscheidung"))
        self.retention_hint = QLabel(cp.RETENTION_HINT)
        self.retention_hint.setWordWrap(True)
        self.closing_text = make_text_box(tr("Abschluss"))
        self.outcome = CatalogueCombo(cp.CP_OUTCOMES, empty=tr("— wie bisher —"),
                                      accessible_name=tr("Inhalt: Ergebnis der Einschätzung"))
        f9.addRow(tr("Ergebnis"), self.outcome)
        f9.addRow(tr("Abschluss"), self.closing_text)
        f9.addRow(tr("Aufbewahrung"), self.retention)
        f9.addRow("", self.retention_hint)
        self.pages.addWidget(page9)
        form.addRow(tr("Inhalt"), self.pages)

        due_row = QHBoxLayout()
        self.due_check = QCheckBox(tr("Nächster Schritt fällig bis"))
        name_by_label(self.due_check, self.due_check.text(),
                      tr("Frist für den nächsten Schritt setzen"))
        self.due = DateField(accessible_name=tr("Frist für den nächsten Schritt"))
        self.due.setEnabled(False)
        self.due_check.toggled.connect(self.due.setEnabled)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due)
        label_for_readers(tr("Nächster Schritt fällig bis"), self.due)
        due_row.addStretch(1)
        form.addRow("", wrap_layout(due_row))
        self.error = error_line(tr("Fehlermeldung"))
        self.save_button = make_button(tr("Schritt spei&chern"),
                                       tr("Schritt speichern (Strg+Enter)"), self.save_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        form.addRow(wrap_layout(buttons))
        self.editor = box
        outer.addWidget(box)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.save_step, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for edit in (self.text, self.observations, self.sent, self.closing_text):
            edit.installEventFilter(self)
        for combo in self.findChildren(QComboBox):
            watch_open_list(combo, self)   # Strg+Enter saves from an open list too
        self._step_changed()

    def eventFilter(self, obj, event):  # noqa: N802 - Ctrl+Enter saves from the text fields
        if strg_enter_in_open_list(obj, event, self.save_step):
            return True
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save_step()
            return True
        return super().eventFilter(obj, event)

    def open_documents(self):
        """The shown procedure's documents (the Jugendamt's letter …), with open and add."""
        proc = self.current()
        return show_record_documents(
            self.ctx, self.person_id, Owner("procedure", proc.id) if proc else None,
            tr("§ 8a-Verfahren seit {0}").format(fmt_date(proc.opened)) if proc else "",
            self.documents_button, self)

    # -- data -------------------------------------------------------------------------------------
    def current(self):
        i = self.procedure_combo.currentIndex()
        return self.procedures[i] if 0 <= i < len(self.procedures) else None

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        keep = self.current().id if self.current() else None
        if not self.actor.text() and not self.text.toPlainText():
            today = clock.today()
            self.day.set_date(today)
            self.due.set_date(today + timedelta(days=7))
        self.procedures = cp.procedures_for_person(self.ctx.conn, self.person_id)
        self.procedure_combo.blockSignals(True)
        self.procedure_combo.clear()
        for p in self.procedures:
            label = tr("seit {0}").format(fmt_date(p.opened))
            label += " · " + (tr("offen") if p.status == "open" else
                              tr("abgeschlossen {0}").format(fmt_date(p.closed)))
            if p.acute:
                label += " · " + tr("akut")
            self.procedure_combo.addItem(label, p.id)
        index = next((i for i, p in enumerate(self.procedures) if p.id == keep), 0)
        self.procedure_combo.setCurrentIndex(index if self.procedures else -1)
        self.procedure_combo.blockSignals(False)
        self._show_procedure()

    def _show_procedure(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        proc = self.current()
        has = proc is not None
        self.isef_button.setEnabled(has)
        self.print_button.setEnabled(has)
        count_on(self.ctx, Owner("procedure", proc.id) if proc else None, self.documents_button)
        self.editor.setEnabled(has and proc.status == "open")
        self.acute_button.setEnabled(True)
        if not has:
            self.state.setText(tr("Kein § 8a-Verfahren. „Neues § 8a-Verfahren“ beginnt eines; "
                                  "bei akuter Gefährdung direkt den roten Knopf."))
            return
        steps = cp.steps(self.ctx.conn, proc.id)
        self._fill_steps(steps)
        if proc.status == "open":
            self._show_next_step(proc, steps)
        else:
            self._show_closure(proc)

    def _fill_steps(self, steps: list) -> None:
        """One table row per documented step, the full text as the summary's tooltip."""
        for s in steps:
            first = s.text.splitlines()[0] if s.text else ""
            summary = " ".join(s.text.split())
            cells = [QStandardItem(f"{s.step} – {CP_STEPS.label(s.step)}"), QStandardItem(fmt_date(s.day)),
                     QStandardItem(s.actor), QStandardItem(summary or first),
                     QStandardItem(fmt_date(s.due) if s.due else "")]
            cells[3].setToolTip(s.text)
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, max(300, self.table.width() - 600))

    def _show_next_step(self, proc, steps: list) -> None:
        """An open procedure: the next step and its deadline, marked when overdue."""
        last = steps[-1].step if steps else ""
        nxt = next_step_after(last)
        due = next((s.due for s in reversed(steps) if s.due), None)
        text = tr("Nächster Schritt: {0} – {1}").format(nxt, CP_STEPS.label(nxt))
        if due:
            text += " · " + tr("fällig bis {0}").format(fmt_date(due))
        overdue = due is not None and due < clock.today()
        if overdue:
            text = tr("ÜBERFÄLLIG – ") + text
        self.state.setStyleSheet(ERROR_STYLE + " font-weight: bold;" if overdue else "")
        if due and overdue:
            for r in range(self.model.rowCount()):
                if self.model.item(r, 4).text() == fmt_date(due):
                    self.model.item(r, 4).setForeground(QBrush(QColor(colours.current().error)))
        if proc.youth_office_involved:
            text += "\n" + cp.RETENTION_HINT
        self.state.setText(text)
        self.step_combo.set_code(nxt)

    def _show_closure(self, proc) -> None:
        """A closed procedure: when, and the retention decision with its yearly review."""
        decision = cp.retention_decision(self.ctx.conn, proc.id)
        review = decision.review if decision else None
        text = tr("Abgeschlossen am {0}.").format(fmt_date(proc.closed))
        if decision:
            text += " " + tr("Aufbewahrung: {0}.").format(cp.RETENTION_DECISIONS.label(decision.decision))
        if review:
            text += " " + tr("Erneut zu entscheiden bis {0} (jährliche Prüfung).").format(fmt_date(review))
        overdue = review is not None and review < clock.today()
        self.state.setStyleSheet(ERROR_STYLE if overdue else "")
        self.state.setText(text)

    # -- actions ----------------------------------------------------------------------------------
    def start_procedure(self) -> bool:
        try:
            proc = self.ctx.apply(cp.start_procedure, self.person_id, clock.today())
        except cp.ProcedureError as err:
            self.error.setText(str(err))
            return False
        self.refresh()
        self.procedure_combo.setCurrentIndex(next(i for i, p in enumerate(self.procedures) if p.id == proc.id))
        self.actor.setFocus()
        return True

    def acute(self) -> None:
        """Jump to step 7 (start a procedure if none is open)."""
        proc = self.current()
        if proc is None or proc.status != "open":
            if not self.start_procedure():
                return
        self._acute_mode = True
        self.step_combo.set_code("7")
        self._step_changed()
        self.day.set_date(clock.today())
        self.editor.setTitle(tr("AKUT: Jugendamt informieren (Schritt 7)"))
        self.recipient.setFocus()

    def _step_changed(self) -> None:
        code = self.step_combo.code()
        self.pages.setCurrentIndex({"1": 1, "7": 2, "9": 3}.get(code, 0))
        self.due_check.setVisible(code != "9")
        self.due.setVisible(code != "9")
        if code != "7":
            self._acute_mode = False
            self.editor.setTitle(tr("Schritt dokumentieren"))

    def unsaved(self) -> bool:
        """A step's words typed and not saved (the person who went it stays after a save:
        alone it is no step)."""
        proc = self.current()
        if proc is None or proc.status != "open":
            return False
        boxes, lines = self._her_words()
        return (any(box.toPlainText().strip() for box in boxes)
                or any(line.text().strip() for line in lines))

    def _her_words(self) -> tuple[tuple, tuple]:
        """The boxes and lines of a step she types into (what ``unsaved`` looks at and
        ``discard_step`` clears)."""
        return ((self.text, self.observations, self.sent, self.closing_text),
                (self.source, self.recipient, self.reason))

    def discard_step(self) -> None:
        """Her typed step thrown away (she chose „Verwerfen“)."""
        boxes, lines = self._her_words()
        for widget in (*boxes, *lines):
            widget.clear()
        self.error.clear()
        self.form_draft.drop()  # saved or thrown away: the draft kept at a lock goes

    def open_draft(self, draft) -> None:
        """The step kept at lock or quit (Übersicht), shown in the open procedure."""
        index = next((i for i, p in enumerate(self.procedures) if p.status == "open"), -1)
        if index >= 0:
            self.procedure_combo.setCurrentIndex(index)
        self.form_draft.restore(draft)
        focus = next((w for w in (self.text, self.observations, self.recipient,
                                  self.closing_text) if w.isVisible()), self.actor)
        focus.setFocus()

    def save_step(self) -> bool:
        """The step as shown saved; False (and why, in the error line) when it was not."""
        proc = self.current()
        if proc is None or proc.status != "open":
            return False
        if refused_selector(self.editor, self.error.setText):
            return False  # a date that is no date is never saved as another one
        code = self.step_combo.code()
        step = self.step_combo.currentText()  # as a draft holds it (the save shows the next)
        due = self.due.value() if self.due_check.isChecked() else None
        try:
            if code == "7":
                fn = cp.report_acute_danger if self._acute_mode else cp.inform_youth_office
                kwargs = {} if self._acute_mode else {"due": due}
                self.ctx.apply(fn, proc.id, self.day.value(), self.actor.text(), self.recipient.text(),
                   self.sent.toPlainText(), self.basis.code(), self.told.isChecked(),
                   self.reason.text(), **kwargs)
            elif code == "9":
                self.ctx.apply(cp.close_procedure, proc.id, self.day.value(), self.actor.text(),
                                   self.closing_text.toPlainText(), self.retention.code(),
                                   self.outcome.code())
            elif code == "1":
                self.ctx.apply(cp.add_step, proc.id, "1", self.day.value(), self.actor.text(),
                            cp.observation_text(self.observations.toPlainText(), self.source.text()), due)
            else:
                self.ctx.apply(cp.add_step, proc.id, code, self.day.value(), self.actor.text(),
                            self.text.toPlainText(), due)
        except cp.ProcedureError as err:
            self.error.setText(str(err))  # typed text stays
            return False
        self._end_superseded_drafts(step)
        self._acute_mode = False
        self.discard_step()
        self.due_check.setChecked(False)
        self.refresh()
        return True

    def _end_superseded_drafts(self, step: str) -> None:
        """A draft of the step just saved, kept at a lock and not opened, ends when she
        says the save has done with it; „Nein“ keeps it (a second observation is no
        reason for the first one's unsaved words to go)."""
        values = {"step": step}
        mine = self.form_draft.draft_id
        others = notes.superseded_form_drafts(self.ctx.conn, DRAFT_FORM, self.person_id,
                                              values, besides=mine)
        if not others:
            return
        when = ", ".join(fmt_date(d.updated[:10]) for d in others)
        text = (tr("Zu diesem Schritt („{0}“) liegt noch ein Entwurf vom {1}, der nicht "
                   "gespeichert ist. Ist er mit dem gespeicherten Schritt erledigt und soll "
                   "verworfen werden? Mit „Nein“ bleibt er in der Übersicht.")
                if len(others) == 1 else
                tr("Zu diesem Schritt („{0}“) liegen noch Entwürfe vom {1}, die nicht "
                   "gespeichert sind. Sind sie mit dem gespeicherten Schritt erledigt und "
                   "sollen verworfen werden? Mit „Nein“ bleiben sie in der Übersicht."))
        if ask_yes_no(self, text.format(step, when), title=tr("Entwurf verwerfen?")):
            self.ctx.apply(notes.end_superseded_form_drafts, DRAFT_FORM, self.person_id,
                           values, besides=mine)

    def save_procedure_pdf(self) -> None:
        from ...reports.child_protection import write_procedure

        proc = self.current()
        if proc is None:
            return
        path = self.save_path_chooser("Verfahren_8a.pdf")
        if path:
            printout = cp.procedure_printout(self.ctx.conn, proc.id, clock.today())
            self.last_saved = _write_pdf(self, lambda: write_procedure(path, printout), path)

    def show_isef(self) -> IsefDialog | None:
        """The ISEF window; pressed again while it is open, that one comes forward (her
        edits in it kept). Closed, it is given up: its text waits in no memory."""
        open_one = getattr(self, "_isef", None)
        if open_one is not None and open_one.isVisible():
            open_one.raise_()
            open_one.activateWindow()
            return open_one
        proc = self.current()
        if proc is None:
            return None
        dialog = IsefDialog(cp.isef_presentation(self.ctx.conn, proc.id, clock.today()), self,
                            conn=self.ctx.conn)
        connect_for(dialog, self.ctx.locked, dialog.reject)
        dialog.finished.connect(lambda _result, d=dialog: self._isef_closed(d))
        self._isef = dialog
        dialog.show()
        return dialog

    def _isef_closed(self, dialog: IsefDialog) -> None:
        if getattr(self, "_isef", None) is dialog:
            self._isef = None
        dialog.deleteLater()

    def clear(self) -> None:
        self.procedures = []
        self.procedure_combo.clear()
        self.model.removeRows(0, self.model.rowCount())
        self.state.clear()
        self.error.clear()
        for w in (self.text, self.observations, self.sent, self.closing_text):
            w.clear()
        for line in (self.actor, self.source, self.recipient, self.reason):
            line.clear()
        dialog = getattr(self, "_isef", None)
        if dialog is not None:
            dialog.text.clear()
            dialog.reject()
            self._isef = None
