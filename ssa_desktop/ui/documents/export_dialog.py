"""„Dokument exportieren“ and „Dokument drucken“: a document leaves the vault only as a
disclosure she confirms (docs/documents.md). She names the recipient and the legal basis,
then the file (the synced-folder question included) or the printer;
``services.documents.export_document`` / ``print_document`` write the file or paint the
pages (from memory, no file) and the Übermittlungsprotokoll entry. A refusal
stays in the dialog; Esc or „Abbrechen“ leaves nothing logged. The export runs on the one
runner (``KeepingDialog.run_writing``, critical: a lock waits for the file), and so does
the print (the print dialog before it on the GUI thread, the pages painted on the
runner's thread, a step each): her window keeps working, „Exportieren …“ / „Drucken …“
is off meanwhile, and Esc asks „Der Export wird noch geschrieben“ (``KeepingDialog``:
„Warten“ closes once the file is whole; „Abbrechen und verwerfen“ leaves no file and no
log entry; a print can be stopped until its job begins, then it ends whole and logged:
``common.printing``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ...domain import documents as d
from ...domain.catalogues import LEGAL_BASES
from ...domain.entities import Document
from ...domain.errors import UserError
from ...services import consents
from ...services import documents as svc
from ..common.announce import name_inner_edit
from ..common.closing import KeepingDialog
from ..common.dialog_buttons import save_cancel_buttons
from ..common.files import choose_save_file
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import CatalogueCombo, refused_selector
from ..common.lifetime import connect_for
from ..common.message_line import error_line
from ..common.modal import run_modal
from ..common.printing import print_failed
from ..common.step_bar import StepBar
from ..context import AppContext
from ..i18n import translator

tr = translator("DocumentsPanel")


class ExportDocumentDialog(KeepingDialog):
    """Whom the document goes to and on which legal basis; „Exportieren …“ asks for the
    file and writes it with its log entry on the one runner (``exporting`` meanwhile).
    ``path`` is the file written ("" until then)."""

    def __init__(self, ctx: AppContext, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.path = ""
        self.exporting = False
        title, action, action_name, text = self.texts()
        self.setWindowTitle(title)
        form = QFormLayout(self)
        warning = QLabel(text.format(doc.title))
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setWordWrap(True)
        form.addRow(warning)
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.addItems(sorted({c.recipient for c in
                                        consents.consents_for_person(ctx.conn, doc.person_id)}))
        self.recipient.setCurrentText("")
        self.recipient.setAccessibleName(tr("An"))
        name_inner_edit(self.recipient)
        self.basis = CatalogueCombo(LEGAL_BASES, accessible_name=tr("Rechtsgrundlage"))
        form.addRow(tr("&An"), self.recipient)
        form.addRow(tr("&Rechtsgrundlage"), self.basis)
        self.error = error_line(tr("Fehlermeldung"))
        buttons = save_cancel_buttons(action, self.export, self.reject)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setAccessibleName(action_name)
        self.steps = StepBar(self)   # a print's pages, step by step (hidden otherwise)
        policy = self.steps.sizePolicy()   # its line kept: the fields stay in sight
        policy.setRetainSizeWhenHidden(True)
        self.steps.setSizePolicy(policy)
        self.error.last = True       # below the buttons: a refusal moves none
        connect_for(self, ctx.locked, self.close_by_program)
        # on a small screen (640×360 at 200 %) the dialog scrolls; the buttons, a print's
        # steps and the error line stay below it, in sight
        whole_window_scrolls(self, (buttons, self.steps, self.error))
        self.resize(620, self.sizeHint().height())

    def texts(self) -> tuple[str, str, str, str]:
        """Window title, button, its accessible name, the warning (``{0}``: the title)."""
        return tr("Dokument exportieren"), tr("E&xportieren …"), tr("Exportieren"), tr(
                  "Mit dem Export verlässt das Dokument „{0}“ den verschlüsselten Tresor: die "
                  "Datei ist unverschlüsselt, und was sie mit einem anderen Programm "
                  "öffnet, kann Kopien anlegen. Der Export wird als Übermittlung "
                  "protokolliert (Empfänger, Rechtsgrundlage; kein Inhalt).")

    def export(self) -> None:
        if self.exporting or refused_selector(self, self.error.setText) or self._refused():
            return
        path = choose_save_file(self, tr("Dokument exportieren"),
                                d.export_name(self.doc.title, self.doc.mime),
                                tr("Alle Dateien (*)"))
        if not path:
            return
        doc_id, recipient, basis = self.doc.id, self.recipient.currentText(), self.basis.code()

        def op(conn, progress) -> str:
            svc.export_document(conn, doc_id, Path(path), recipient, basis, progress=progress)
            return path

        self.error.clear()
        self.run_writing(op, "export", self._exporting, self._exported, self._failed)

    def _refused(self, *words: str) -> bool:
        """Her recipient and legal basis as the log checks them, said here before the file
        or printer dialog (a quick read); True when refused."""
        try:
            svc.check_disclosure(self.ctx.conn, self.doc.id, self.recipient.currentText(),
                                 self.basis.code(), *words)
        except UserError as err:
            self.error.setText(str(err))
            return True
        return False

    def _exporting(self, on: bool) -> None:
        self.exporting = on
        self.export_button.setEnabled(not on)
        if not on:
            self.steps.done()

    def _exported(self, path: str) -> None:
        self.path = path
        if self.isVisible():
            self.accept()

    def _failed(self, message: str) -> None:
        self.error.setText(message)

    def waiting_to_close(self, text: str) -> None:
        self.error.setText(text)


class PrintDocumentDialog(ExportDocumentDialog):
    """The same questions; „Drucken …“ asks for the printer (the system's print dialog,
    on the GUI thread) and paints the pages onto it from memory with the log entry, on
    the one runner (``exporting`` meanwhile; Esc asks „Der Druckauftrag wird noch
    geschrieben“). ``printer_chooser``
    (the print dialog; a test's PDF printer answers it) and ``printer`` are replaceable."""

    def __init__(self, ctx: AppContext, doc: Document, parent: QWidget | None = None):
        super().__init__(ctx, doc, parent)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(tr("Dokument"))   # no title of hers in a print queue
        self.printer_chooser = lambda printer: run_modal(QPrintDialog(printer, self)) == (
            QDialog.DialogCode.Accepted)

    def texts(self) -> tuple[str, str, str, str]:
        return tr("Dokument drucken"), tr("&Drucken …"), tr("Drucken"), tr(
                  "Das Dokument „{0}“ wird gedruckt: das Papier verlässt den verschlüsselten "
                  "Tresor, und ein Drucker im Netz kann eine Kopie behalten. Der Druck wird als "
                  "Übermittlung protokolliert (Empfänger, Rechtsgrundlage; kein Inhalt).")

    def export(self) -> None:
        """The print dialog on the GUI thread; then the pages are painted and the print
        logged on the one runner (``printing`` meanwhile, a step each page)."""
        from .render import print_onto

        if (self.exporting or refused_selector(self, self.error.setText)
                or self._refused("gedruckt", "Nichts wurde gedruckt.")
                or not self.printer_chooser(self.printer)):
            return
        printer, doc_id, mime = self.printer, self.doc.id, self.doc.mime
        recipient, basis = self.recipient.currentText(), self.basis.code()

        def op(conn, progress) -> str:
            try:
                svc.print_document(conn, doc_id, lambda data, begun: print_onto(
                    printer, data, mime, progress, begun), recipient, basis,
                    progress=progress)
            except OSError as err:
                raise print_failed(err) from None
            return ""

        self.error.clear()
        self.run_writing(op, "print", self._exporting, self._exported, self._failed,
                         self.steps.step)
