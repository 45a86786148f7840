"""Jahresbericht: the worker writes the free-text sections and creates the PDF.

Reachable from Vernetzung → Kooperationsvereinbarung and from Statistik ("Jahresbericht …",
the same dialog). The texts are
stored in the vault per school and school year and saved whenever the school or year
changes, the PDF is created or the dialog closes (never lose a word).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.errors import UserError
from ...domain.schoolyear import SchoolYear
from ...reports.annual_report import SECTIONS
from ...services import annual_report as svc
from ...services import names_in_text as names
from ...services import setup as setup_svc
from ..common.announce import MessageLabel
from ..common.button_row import end_button_row
from ..common.closing import KeepingDialog
from ..common.combos import make_combo
from ..common.files import save_path_chooser
from ..common.fit_scroll import scrolling
from ..common.forms import buddy_label
from ..common.labels import name_window
from ..common.messages import show_error
from ..common.modal import run_modal
from ..common.screen_fit import resize_within_screen
from ..common.text_boxes import make_text_box
from ..i18n import translator
from . import names_dialog

tr = translator("AnnualReport")

YEARS_SHOWN = 10


@dataclass(frozen=True)
class _Written:
    path: str


class AnnualReportDialog(KeepingDialog):
    def __init__(self, ctx, parent: QWidget | None = None, *, school_id: str | None = None,
                 year: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.message = ""
        self._loaded: tuple[str, int] | None = None
        self._stored: dict[str, str] = {}
        self.save_path_chooser = save_path_chooser(self, tr("Jahresbericht speichern"),
                                                   tr("PDF (*.pdf)"))  # replaceable in tests
        name_window(self, tr("Jahresbericht"))

        self.school = make_combo(tr("Schule"))
        for school in setup_svc.list_schools(ctx.conn):
            self.school.addItem(school.name, school.id)
        self.school.setCurrentIndex(max(0, self.school.findData(school_id)))
        self.year = make_combo(tr("Schuljahr"))
        current = SchoolYear.of(clock.today())
        for offset in range(YEARS_SHOWN):
            shown = SchoolYear(current.start_year - offset)
            self.year.addItem(shown.label, shown.start_year)
        # the Auswertungsgespräch looks back on the past year, unless a year is asked for
        self.year.setCurrentIndex(1 if year is None else max(0, self.year.findData(year)))
        top = QFormLayout()
        top.addRow(tr("&Schule"), self.school)
        top.addRow(tr("Schul&jahr"), self.year)

        hint = QLabel(tr("Die Zahlen, Zeitanteile und Ziele stellt SSA Desktop selbst "
                         "zusammen (anonym, Zahlen unter 3 Personen als „< 3“). Hier "
                         "schreiben Sie Ihre Texte – bitte ohne Namen und Einzelfälle."))
        hint.setWordWrap(True)
        self.editors: dict[str, QPlainTextEdit] = {}
        texts = QFormLayout()
        for key, heading, placeholder in SECTIONS:
            editor = make_text_box(tr(heading))
            editor.setPlaceholderText(tr(placeholder))
            editor.setMinimumHeight(70)
            self.editors[key] = editor
            texts.addRow(buddy_label(tr(heading), editor), editor)

        # The status has its own line with room for two lines of text, above the buttons:
        # a long message (the saved file's path) never widens the dialog or moves a
        # button (the click meant for "Schließen" once hit "PDF erstellen …").
        self.status = MessageLabel()
        self.status.setAccessibleDescription(tr("Status"))
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.status.setFixedHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.pdf_button = QPushButton(tr("&PDF erstellen …"))
        self.pdf_button.setAccessibleName(tr("Jahresbericht als PDF erstellen"))
        self.save_button = QPushButton(tr("&Texte speichern"))
        self.close_button = QPushButton(tr("Schließen"))
        buttons = end_button_row(self.save_button, self.pdf_button, self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        # the texts scroll on a small screen (640×360 at 200 %); status and buttons stay
        layout.addWidget(scrolling(texts), 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        resize_within_screen(self, 760, 640)

        self.school.currentIndexChanged.connect(self._switch)
        self.year.currentIndexChanged.connect(self._switch)
        self.save_button.clicked.connect(lambda: self.save_texts())
        self.pdf_button.clicked.connect(self.create_pdf)
        self.close_button.clicked.connect(self.accept)
        self._load()

    # -- texts -----------------------------------------------------------------------------
    def school_year(self) -> SchoolYear:
        return SchoolYear(self.year.currentData())

    def _load(self) -> None:
        school_id = self.school.currentData()
        enabled = school_id is not None
        for widget in (*self.editors.values(), self.pdf_button, self.save_button):
            widget.setEnabled(enabled)
        if not enabled:
            self.status.setText(tr("Bitte zuerst in den Einstellungen eine Schule anlegen."))
            return
        stored = svc.texts(self.ctx.conn, school_id, self.school_year())
        for key, editor in self.editors.items():
            editor.setPlainText(stored.get(key, ""))
        self._stored = {k: e.toPlainText() for k, e in self.editors.items()}
        self._loaded = (school_id, self.school_year().start_year)

    def _switch(self) -> None:
        self.save_texts(into=self._loaded)
        self._load()

    def save_texts(self, *, into: tuple[str, int] | None = None) -> bool:
        target = into or self._loaded
        if target is None:
            return True
        values = {k: e.toPlainText() for k, e in self.editors.items()
                  if e.toPlainText() != self._stored.get(k, "")}
        if not values:
            return True
        school_id, start_year = target
        try:
            self.ctx.apply(svc.save_texts, school_id, SchoolYear(start_year), values)
        except UserError as err:
            show_error(self, str(err), title=tr("Jahresbericht"))
            return False
        self._stored.update(values)
        self.status.setText(tr("Texte gespeichert."))
        return True

    # -- PDF -------------------------------------------------------------------------------
    def create_pdf(self) -> None:
        if not self.save_texts():
            return
        school_id, year = self.school.currentData(), self.school_year()
        policy = self._names_policy(school_id, year)
        if policy is None:
            return
        path = self.save_path_chooser(svc.file_name(year, self.school.currentText()))
        if not path:
            return

        def op(conn, progress):
            # a refusal (UserError, WriteError too) is a failed task: ``_failed`` shows it,
            # and a quit waiting for this PDF stays open
            svc.write_report(conn, school_id, year, path, progress, names_policy=policy)
            return _Written(path)

        self.status.setText(tr("Jahresbericht wird erstellt …"))
        self.run_writing(op, "pdf", lambda on: self.pdf_button.setEnabled(not on),
                         self._written, self._failed, critical=False)

    # -- names in the texts -----------------------------------------------------------------
    def _names_policy(self, school_id: str, year: SchoolYear) -> str | None:
        """What to do with names of the vault's persons in the texts (None: she edits)."""
        found = svc.names_found(self.ctx.conn, school_id, year)
        choice = names_dialog.checked(self.editors, svc.DOCUMENT, found, self)
        if choice is None and found and not any(f.place.key in self.editors for f in found):
            self.status.setText(tr("Die Namen stehen in den Zielen der "
                                   "Kooperationsvereinbarung (Vernetzung)."))
        if choice == names.REPLACE and not self.save_texts():
            return None
        return choice

    def _written(self, result: _Written) -> None:
        self.message = tr("Jahresbericht gespeichert: {0}").format(Path(result.path).name)
        self.status.setText(self.message)
        self.status.setToolTip(result.path)  # the whole path, without widening the dialog
        self.status.setAccessibleDescription(result.path)

    def _failed(self, message: str) -> None:
        if not self.isVisible():  # closed: she chose „Abbrechen und verwerfen“
            return
        self.status.setText("")
        show_error(self, message, title=tr("Jahresbericht"))

    def waiting_to_close(self, text: str) -> None:
        self.status.setText(text)

    def closed_when_written(self) -> None:
        self.ctx.status_message.emit(tr("Jahresbericht gespeichert: {0}").format(
            self.status.accessibleDescription()))     # the whole path: the folder too

    def done(self, result: int) -> None:  # closing (Esc, button, window) saves the texts
        self.save_texts()
        super().done(result)


def open_annual_report(ctx, parent: QWidget | None = None, school_id: str | None = None,
                       *, year: int | None = None) -> None:
    """The one Jahresbericht dialog (Vernetzung and Statistik open it)."""
    run_modal(AnnualReportDialog(ctx, parent, school_id=school_id, year=year))
