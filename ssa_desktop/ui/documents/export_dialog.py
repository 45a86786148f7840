"""„Dokument exportieren“: a document leaves the vault only as a disclosure she confirms
(docs/documents.md). She names the recipient and the legal basis, then the file (the
synced-folder question included); ``services.documents.export_document`` writes the file
and the Übermittlungsprotokoll entry in one step. A refusal stays in the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ...domain import documents as d
from ...domain.catalogues import LEGAL_BASES
from ...domain.entities import Document
from ...domain.errors import UserError
from ...services import consents
from ...services import documents as svc
from ..common.announce import name_inner_edit
from ..common.dialog_buttons import save_cancel_buttons
from ..common.files import choose_save_file
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import CatalogueCombo, error_label, refused_selector
from ..context import AppContext
from ..i18n import translator

tr = translator("DocumentsPanel")


class ExportDocumentDialog(QDialog):
    """Whom the document goes to and on which legal basis; „Exportieren …“ asks for the
    file and writes it with its log entry. ``path`` is the file written ("" until then)."""

    def __init__(self, ctx: AppContext, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.path = ""
        self.setWindowTitle(tr("Dokument exportieren"))
        form = QFormLayout(self)
        warning = QLabel(tr("Das Dokument „{0}“ verlässt damit den verschlüsselten Tresor: die "
                            "Datei ist unverschlüsselt, und was sie mit einem anderen Programm "
                            "öffnet, kann Kopien anlegen. Der Export wird als Übermittlung "
                            "protokolliert (Empfänger, Rechtsgrundlage; kein Inhalt).")
                         .format(doc.title))
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
        self.error = error_label(tr("Fehlermeldung"))
        form.addRow(self.error)
        buttons = save_cancel_buttons(tr("E&xportieren …"), self.export, self.reject)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setAccessibleName(tr("Exportieren"))
        form.addRow(buttons)
        ctx.locked.connect(self.reject)
        whole_window_scrolls(self)   # on a small screen (640×360 at 200 %) the dialog scrolls
        self.resize(620, self.sizeHint().height())

    def export(self) -> None:
        if refused_selector(self, self.error.setText):
            return
        path = choose_save_file(self, tr("Dokument exportieren"),
                                d.export_name(self.doc.title, self.doc.mime),
                                tr("Alle Dateien (*)"))
        if not path:
            return
        try:
            self.ctx.apply(svc.export_document, self.doc.id, Path(path),
                           self.recipient.currentText(), self.basis.code())
        except UserError as err:
            self.error.setText(str(err))
            return
        self.path = path
        self.accept()
