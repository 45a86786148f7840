"""Auskunft review (Art. 15 DSGVO, § 83 SGB X): every item the vault holds about one
person, decided one by one before anything leaves. Items entrusted by someone else
start withheld (§ 65 SGB VIII); a withheld item needs a reason. Produces the PDF
letter and the JSON (docs/datenschutz.md "Auskunft")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.auskunft import REFUSAL_REASONS, AuskunftItem
from ...formatting import fmt_date
from ...services import persons, privacy
from .. import colours
from ..common.closing import KeepingDialog
from ..common.column_fit import fit_columns
from ..common.combos import make_combo
from ..common.dialog_buttons import save_cancel_buttons
from ..common.files import choose_save_file
from ..common.forms import DateField
from ..common.labels import name_window
from ..common.lifetime import connect_for
from ..common.message_line import MessageLine, add_last, error_line
from ..common.messages import ask_yes_no, show_error
from ..common.models import RowsModel
from ..common.screen_fit import resize_within_screen
from ..common.step_bar import StepBar
from ..common.tab_order import buttons_in_visual_order
from ..common.tables import make_table_view
from ..common.text_boxes import make_text_box
from ..context import AppContext
from ..i18n import translator
from ..quick_entry.person_picker import PersonPicker

tr = translator("Privacy")

WITHHELD = QColor(colours.current().due_fill)


class AuskunftDialog(KeepingDialog):
    """Review the items of one Auskunft request; ``items`` holds the current decisions."""

    HEADERS = ("Mitteilen", "Bereich", "Eintrag", "Hinweis")

    def __init__(self, ctx: AppContext, request_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.request, self.items = privacy.load_review(ctx.conn, request_id)
        person = persons.get_person(ctx.conn, self.request.person_id)
        who = person.pseudonym if person else ""
        name_window(self, tr("Auskunft prüfen"))
        resize_within_screen(self, 1000, 640)

        head = QLabel(tr("Auskunft für {0} · Antrag vom {1} · fällig am {2}").format(
            who, fmt_date(self.request.received), fmt_date(self.request.due)), self)
        head.setStyleSheet("font-weight: 600;")
        hint = QLabel(tr("Jeden Eintrag prüfen. Von anderen Personen Anvertrautes ist "
                         "zurückgehalten (§ 65 SGB VIII); für jeden zurückgehaltenen Eintrag "
                         "einen Grund wählen."), self)
        hint.setWordWrap(True)

        self.model = RowsModel([tr(h) for h in self.HEADERS], self._cell, self,
                               background=lambda item, _c: None if item.include else WITHHELD)
        self._withheld = {i.key for i in self.items if not i.include}
        self.model.set_rows(self.items)
        self.table = make_table_view(self.model, tr("Einträge der Auskunft"), alternating=False,
                                     parent=self)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 300)
        fit_columns(self.table, stretch=2)  # "Hinweis" in sight on a small screen
        self.table.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))

        self.details = make_text_box(tr("Inhalt des Eintrags"), self)
        self.details.setReadOnly(True)
        self.include = QCheckBox(tr("Mitteilen"), self)
        self.include.setAccessibleName(tr("Eintrag mitteilen"))
        self.include.toggled.connect(self._decision_changed)
        self.reason = make_combo(tr("Grund für die Nichtmitteilung"), self)
        self.reason.addItem(tr("— Grund wählen —"), "")
        for entry in REFUSAL_REASONS:
            self.reason.addItem(tr(entry.label), entry.code)
        self.reason.currentIndexChanged.connect(lambda _i: self._decision_changed())
        # as wide as the room, not as the longest reason: the table beside keeps its columns
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(16)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(tr("Vermerk zur Entscheidung"))
        self.note.setPlaceholderText(tr("Vermerk (bleibt im Tresor)"))
        self.note.editingFinished.connect(self._decision_changed)
        decision = QFormLayout()
        decision.addRow(self.include)
        decision.addRow(tr("Grund:"), self.reason)
        decision.addRow(tr("Vermerk:"), self.note)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addLayout(decision)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([760, 300])

        self.status = MessageLine(self)   # „Auskunft gespeichert …“, heard
        self.status.setAccessibleDescription(tr("Status"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr("Entscheidungen speichern"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.write_button = buttons.addButton(tr("PDF und JSON erstellen …"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button = buttons.addButton(tr("Als erledigt markieren"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.save_button, self.write_button, self.done_button, close):
            b.setAccessibleName(b.text().rstrip(" …"))
            b.setAutoDefault(False)
        buttons_in_visual_order(buttons)
        self.save_button.clicked.connect(self.save)
        self.write_button.clicked.connect(self.choose_output)
        self.done_button.clicked.connect(self.mark_done)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        self.steps = StepBar(self)          # the letter being written, step by step
        layout.addWidget(self.steps)
        layout.addWidget(buttons)
        add_last(layout, self.status)   # below the buttons: a long path moves none
        connect_for(self, ctx.locked, self._on_locked)
        self._current = -1
        if self.items:
            self.table.selectRow(0)

    # -- table -------------------------------------------------------------------------
    def _cell(self, item: AuskunftItem, column: int) -> str:
        if column == 0:
            if item.include and item.parent and item.parent in self._withheld:
                return tr("nein (wie zugehöriger Eintrag)")
            return tr("ja") if item.include else tr("nein")
        if column == 1:
            return tr(item.section)
        if column == 2:
            return item.title
        return item.hint

    def _show(self, row: int) -> None:
        self._current = row
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.details.setPlainText("\n".join(f"{k}: {v}" for k, v in item.fields) or item.title)
        for widget in (self.include, self.reason, self.note):
            widget.blockSignals(True)
        self.include.setChecked(item.include)
        self.reason.setCurrentIndex(max(0, self.reason.findData(item.reason)))
        self.reason.setEnabled(not item.include)
        self.note.setText(item.note)
        for widget in (self.include, self.reason, self.note):
            widget.blockSignals(False)

    def _decision_changed(self, *_args) -> None:
        if not 0 <= self._current < len(self.items):
            return
        item = self.items[self._current]
        item.include = self.include.isChecked()
        item.reason = "" if item.include else (self.reason.currentData() or "")
        item.note = self.note.text().strip()
        self.reason.setEnabled(not item.include)
        top = self.model.index(self._current, 0)
        self._withheld = {i.key for i in self.items if not i.include}
        self.model.set_rows(self.items)
        self.table.selectRow(top.row())

    # -- actions -----------------------------------------------------------------------
    def save(self) -> None:
        self.ctx.perform((lambda conn, _progress: privacy.save_review(conn, self.request_id, self.items)),
                         on_done=lambda _v: self.status.setText(tr("Entscheidungen gespeichert.")),
                         on_error=lambda msg: show_error(self, msg))

    def choose_output(self) -> None:
        stamp = clock.today().isoformat()
        path = choose_save_file(self, tr("Auskunft speichern"), f"auskunft-{stamp}.pdf",
                                tr("PDF (*.pdf)"))
        if path:
            self.write_output(Path(path))

    def write_output(self, pdf: Path) -> None:
        """Write the PDF and, beside it, the JSON with the same name (and the copies of
        her documents) on the one runner, its steps in ``steps``; closing asks meanwhile."""
        json_path = pdf.with_suffix(".json")
        items = [replace(item) for item in self.items]   # the worker's own copy

        def op(conn, progress):
            return privacy.write_auskunft(conn, self.request_id, items, pdf, json_path,
                                          progress=progress)

        def busy(on: bool) -> None:
            self.write_button.setEnabled(not on)
            if not on:
                self.steps.done()

        def done(path: Path) -> None:
            self.status.setText(tr("Auskunft gespeichert: {0} und {1}").format(path, json_path.name))

        def failed(message: str) -> None:
            if self.isVisible() and self.ctx.is_unlocked:  # not discarded, not locked
                show_error(self, message)
            else:
                self.status.setText(message)

        self.status.clear()
        self.steps.step(0, "Die Entscheidungen werden gespeichert …")
        self.run_writing(op, "auskunft", busy, done, failed, self.steps.step, critical=False)

    def waiting_to_close(self, text: str) -> None:
        self.status.setText(text)

    def closed_when_written(self) -> None:
        self.ctx.status_message.emit(self.status.text())   # „Auskunft gespeichert: …“

    def mark_done(self) -> None:
        if not ask_yes_no(self, tr("Die Auskunft als erteilt markieren? Die Frist verschwindet "
                                   "aus der Übersicht."), title=tr("Auskunft erledigt")):
            return
        self.ctx.perform((lambda conn, _progress: privacy.complete_request(conn, self.request_id)),
                         on_done=lambda _v: self.accept(), on_error=lambda msg: show_error(self, msg))

    def _on_locked(self) -> None:
        self.model.set_rows([])
        self.items = []
        self.details.clear()


class NewRequestDialog(QDialog):
    """Record an Auskunft request or a Widerspruch: person and date of receipt."""

    def __init__(self, ctx: AppContext, kind: str = "auskunft", parent: QWidget | None = None,
                 person_id: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        title = tr("Auskunftsantrag erfassen") if kind == "auskunft" else tr("Widerspruch erfassen")
        name_window(self, title)
        # the title bar shows the whole title (icon and buttons take about 140 px more)
        self.setMinimumWidth(max(420, self.fontMetrics().horizontalAdvance(title) + 160))
        self.picker = PersonPicker(self)
        self.picker.set_choices(persons.person_choices(ctx.conn), ctx.show_names)
        if person_id:
            self.picker.set_person(person_id)
        self.received = DateField(clock.today(), accessible_name=tr("Eingegangen am"), parent=self)
        form = QFormLayout()
        form.addRow(tr("Person:"), self.picker)
        form.addRow(tr("Eingegangen am:"), self.received)
        info = QLabel(tr("Frist: ein Monat ab Eingang (Art. 12 Abs. 3 DSGVO).") if kind == "auskunft"
                      else tr("Solange der Widerspruch nicht entschieden ist, wird die Verarbeitung "
                              "eingeschränkt (Art. 18 Abs. 1 lit. d DSGVO)."), self)
        info.setWordWrap(True)
        self.error = error_line()   # her refusal, heard when it appears
        buttons = save_cancel_buttons(tr("Erfassen"), self.submit, self.reject, parent=self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(info)
        layout.addWidget(buttons)
        add_last(layout, self.error)   # below the buttons: appearing, it moves none
        self.request = None

    def submit(self) -> None:
        self.picker.resolve()
        person_id = self.picker.person_id()
        if not person_id:
            self.error.setText(tr("Bitte eine Person wählen."))
            return
        if not self.received.commit():
            self.error.setText(self.received.toolTip())
            return
        received: date = self.received.value()

        def done(request) -> None:
            self.request = request
            self.accept()

        self.ctx.perform((lambda conn, _progress: privacy.open_request(conn, person_id, received, self.kind)),
                         on_done=done, on_error=self.error.setText)
