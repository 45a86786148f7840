"""„Dokumente“ on the person page: her papers in the vault (docs/documents.md).

Adding takes three steps from the person's page: the tab, „Dokument hinzufügen …“ (or a
file dropped onto the tab), „Speichern“. „Speichern“ encrypts and stores it on the one
runner (``ctx.perform(background=True)``, critical: a lock waits for it): her window keeps
working, „Speichern“ is off meanwhile, and Esc asks „Das Dokument wird noch geschrieben“
(``KeepingDialog``: „Warten“ closes once it is stored; „Abbrechen und verwerfen“ keeps
nothing). A document is shown inside the program from memory; exporting is a disclosure
she confirms (``export_dialog``), logged, into a file she names.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import documents as d
from ...domain.catalogues import DOCUMENT_KINDS
from ...domain.entities import Document
from ...domain.errors import UserError
from ...formatting import fmt_date
from ...services import documents as svc
from ...services import scanner
from ..common.area import PersonPanel
from ..common.closing import KeepingDialog
from ..common.column_fit import fit_columns
from ..common.dialog_buttons import save_cancel_buttons
from ..common.elided import ElidedLabel
from ..common.files import choose_open_file
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import (
    CatalogueCombo,
    ChoiceCombo,
    DateField,
    make_button,
    refused_selector,
)
from ..common.layouts import flow_row
from ..common.lifetime import connect_for
from ..common.message_line import MessageLine, add_last, error_line
from ..common.messages import ask_yes_no
from ..common.modal import open_deleting
from ..common.screen_fit import resize_within_screen
from ..common.tables import delete_key_asks, enter_key_opens, make_table_view
from ..common.text_boxes import make_line_edit
from ..context import AppContext
from ..i18n import translator

if TYPE_CHECKING:  # the disclosure dialogs load when she opens one
    from .export_dialog import ExportDocumentDialog

tr = translator("DocumentsPanel")
OWNER_NARROWEST = 200   # px: „Gehört zu“ may shrink to this on a small screen
OPEN_FILTER = "Dokumente (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;Alle Dateien (*)"


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} KB"   # a few bytes are 1 KB, never 0
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


class AddDocumentDialog(KeepingDialog):
    """Kind, title, day and the record it belongs to for a file already read; „Speichern“
    keeps it on the one runner (refusals inline, nothing written); ``saving`` meanwhile."""

    def __init__(self, ctx: AppContext, person_id: str, data: bytes, file_name: str,
                 parent: QWidget | None = None, owner: d.Owner | None = None):
        super().__init__(parent)
        self.ctx, self.data, self.file_name = ctx, data, file_name
        self.saved: Document | None = None
        self.saving = False
        self.shred_problem = ""
        self.watch_typed_text()   # Esc after her title asks first (``KeepingDialog``)
        self.setWindowTitle(tr("Dokument hinzufügen"))
        form = QFormLayout(self)
        # a long name is shortened in the middle (whole in its tool tip and for the screen
        # reader): one line wider than the dialog, it scrolled the form sideways
        shown = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        shown.set_full_text(tr("Datei: {0} ({1})").format(d.shown_name(file_name),
                                                          _size(len(data))))
        form.addRow(shown)
        self.kind = CatalogueCombo(DOCUMENT_KINDS, accessible_name=tr("Art des Dokuments"))
        self.title = make_line_edit(tr("Titel"), tr("z. B. Schweigepflichtentbindung Jugendamt"))
        self.title.setText(Path(d.shown_name(file_name)).stem[:d.TITLE_LIMIT])
        self.day = DateField(clock.today(), accessible_name=tr("Datum des Dokuments"))
        self.owners = svc.owner_choices(ctx.conn, person_id)
        self.owner = ChoiceCombo([(label, f"{o.kind}:{o.id}") for o, label in self.owners],
                                 accessible_name=tr("Gehört zu"))
        if owner is not None:   # opened from a case, consent or § 8a procedure: that one
            index = self.owner.findData(f"{owner.kind}:{owner.id}")
            if index >= 0:
                self.owner.setCurrentIndex(index)
                self.owner.setEditText(self.owner.itemText(index))
        # its hint stays its longest label (whole where the screen has room), but it may
        # shrink: at 640×360 a consent named in full (566 px) scrolled the dialog sideways;
        # narrower, the entry's whole text is its tool tip and description
        self.owner.setMinimumWidth(OWNER_NARROWEST)
        self.owner.currentTextChanged.connect(self._owner_whole_elsewhere)
        self._owner_whole_elsewhere(self.owner.currentText())
        form.addRow(tr("&Art"), self.kind)
        form.addRow(tr("&Titel"), self.title)
        form.addRow(tr("&Datum"), self.day)
        form.addRow(tr("Gehört &zu"), self.owner)
        self.shred = QCheckBox(tr("Originaldatei danach überschreiben und &löschen"))
        self.shred.setAccessibleName(tr("Originaldatei danach überschreiben und löschen"))
        form.addRow(self.shred)
        note = QLabel(tr("Eine SSD, ein synchronisierter Ordner (OneDrive …) oder eine Sicherung "
                         "kann trotzdem Kopien behalten."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = save_cancel_buttons(tr("Speichern"), self.save, self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form.addRow(buttons)
        # last: a long refusal moves no button
        self.error = add_last(form, error_line(tr("Fehlermeldung")))
        connect_for(self, ctx.locked, self.close_by_program)
        whole_window_scrolls(self)   # on a small screen (640×360 at 200 %) the dialog scrolls
        # at least 620 wide, never narrower than its form: a demo pupil's consent named in
        # „Gehört zu“ asked 663, and at 620 the form scrolled sideways, its labels cut
        resize_within_screen(self, max(620, self.width()), self.height())

    def _owner_whole_elsewhere(self, text: str) -> None:
        self.owner.setToolTip(text)
        self.owner.setAccessibleDescription(text)
        edit = self.owner.lineEdit()
        if edit is not None and not edit.hasFocus():
            edit.setCursorPosition(0)   # its beginning in sight, not its end

    def save(self) -> None:
        """Encrypt and store the document off the GUI thread (then the original is
        shredded there too, when ticked); a refusal comes back into the error line."""
        if self.saving or refused_selector(self, self.error.setText):
            return
        kind, _, rid = str(self.owner.value()).partition(":")
        owner, code = d.Owner(kind, rid), self.kind.code()
        title, day = self.title.text(), self.day.value()
        data, file_name, shred = self.data, self.file_name, self.shred.isChecked()

        def op(conn, progress) -> tuple[Document, str]:
            doc = svc.add_document(conn, owner, code, title, day, data, file_name,
                                   progress=progress)
            problem = ""
            if shred:
                try:
                    svc.shred_source(file_name)
                except UserError as err:
                    problem = str(err)
            return doc, problem

        self.error.clear()
        self.run_writing(op, "document", self._saving, self._saved, self._failed)

    def _saving(self, on: bool) -> None:
        self.saving = on
        self.save_button.setEnabled(not on)

    def _saved(self, result: tuple[Document, str]) -> None:
        self.saved, self.shred_problem = result
        self.data = b""
        self.error.clear()
        if self.isVisible():
            self.accept()

    def _failed(self, message: str) -> None:
        self.error.setText(message)

    def waiting_to_close(self, text: str) -> None:
        self.error.setText(text)


class DocumentsPanel(PersonPanel):
    """``DocumentsPanel(ctx, person_id)`` with ``refresh()`` and ``clear()``; files dropped
    on it are offered for adding. With ``owner`` (a case, consent or § 8a procedure) it
    lists and adds that record's documents only (``RecordDocumentsDialog``)."""

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None,
                 owner: d.Owner | None = None):
        super().__init__(ctx, person_id, parent)
        self.owner = owner
        self.documents: list[Document] = []
        # the dialog it opened last; each is deleted once closed (``open_deleting``): a
        # closed one stayed the panel's hidden child, its window ≈ 2 MB, one per opening
        self._dialog: QDialog | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        hint = QLabel(tr("<b>Dokumente</b> – verschlüsselt im Tresor; Dateien hierher ziehen "
                         "oder „Dokument hinzufügen …“"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([tr("Titel"), tr("Art"), tr("Datum"), tr("Gehört zu"),
                                              tr("Format, Größe"), tr("Eingetragen von")])
        self.table = make_table_view(self.model, tr("Dokumente"), alternating=False)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        enter_key_opens(self.table, self.view_selected)   # Enter shows it too
        fit_columns(self.table, stretch=0)
        layout.addWidget(self.table, 1)
        # directly below the list, which gives up the lines a long message needs: the
        # buttons below stay where they are (ui/common/message_line.py)
        # a success in the plain line, a refusal in the red one; each empties the other
        self.message = MessageLine()
        self.message.setAccessibleName(tr("Meldung"))
        self.error = error_line(tr("Fehlermeldung"))
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_for_selected())
        self.add_button = make_button(tr("Dokument hin&zufügen …"), tr("Dokument hinzufügen"),
                                      self.add_from_dialog)
        self.view_button = make_button(tr("A&nsehen"), tr("Ausgewähltes Dokument ansehen"),
                                       self.view_selected)
        self.export_button = make_button(tr("E&xportieren …"),
                                         tr("Ausgewähltes Dokument exportieren (Öffnen mit …)"),
                                         self.export_selected)
        self.print_button = make_button(tr("D&rucken …"), tr("Ausgewähltes Dokument drucken"),
                                        self.print_selected)
        self.text_button = make_button(tr("Text a&uslesen"),
                                       tr("Text des ausgewählten Dokuments auslesen (für die "
                                          "Suche)"), self.read_text_selected)
        self.delete_button = make_button(tr("&Löschen …"), tr("Ausgewähltes Dokument löschen"),
                                         self.delete_selected)
        # Entf in the list asks as the button does (as in Termine and Gruppen)
        delete_key_asks(self.table, self.delete_selected)
        self.scans: list[scanner.Scan] = []
        self._looks = 0   # the newest look into the scanner folder (older answers dropped)
        self.scans_button = make_button(tr("N&eue Scans ({0})").format(0),
                                        tr("Neue Scans ({0})").format(0), self.offer_scan)
        self.scans_button.setVisible(False)
        # one line; where the width ends (200 %) the buttons wrap
        layout.addLayout(flow_row(self.add_button, self.scans_button, self.view_button,
                                  self.export_button, self.print_button, self.text_button,
                                  self.delete_button))

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        labels = {f"{o.kind}:{o.id}": label for o, label in svc.owner_choices(self.ctx.conn, self.person_id)}
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        self.documents = (svc.documents_of(self.ctx.conn, self.owner) if self.owner
                          else svc.documents_of_person(self.ctx.conn, self.person_id))
        self.model.removeRows(0, self.model.rowCount())
        for doc in self.documents:
            owner = svc.owner_of(doc)
            cells = [QStandardItem(doc.title), QStandardItem(DOCUMENT_KINDS.label(doc.kind)),
                     QStandardItem(fmt_date(doc.day)),
                     QStandardItem(labels.get(f"{owner.kind}:{owner.id}", "")),
                     QStandardItem(self._format(doc)),
                     QStandardItem(doc.written_by)]
            cells[0].setData(doc.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(cells)
        # who added it: only a deputy's document (her return) says; hers say nothing
        self.table.setColumnHidden(5, not any(doc.written_by for doc in self.documents))
        self.table.resizeColumnsToContents()
        # the one she had selected stays selected (after „Text auslesen“ the first row was,
        # and her next „Drucken …“ went to another document)
        if self.documents and (chosen is None or self._select(chosen) < 0):
            self.table.selectRow(0)
        self._enable_for_selected()
        self.refresh_scans()

    def _format(self, doc: Document) -> str:
        shown = f"{d.FORMAT_LABELS.get(doc.mime, doc.mime)}, {_size(doc.size)}"
        if svc.has_text(self.ctx.conn, doc.id):
            shown += tr(", Text in der Suche")
        return shown

    def _enable_for_selected(self) -> None:
        """„Drucken …“ only for what the program can render, „Text auslesen“ only for a
        PDF; else disabled with the reason (tooltip and the screen reader's description)."""
        from .render import printable

        rows = self.table.selectionModel().selectedRows()
        doc_id = self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        doc = next((x for x in self.documents if x.id == doc_id), None)
        label = d.FORMAT_LABELS.get(doc.mime, doc.mime) if doc else ""
        no_print = "" if doc is None or printable(doc.mime) else tr(
            "{0} kann SSA Desktop nicht anzeigen und daher nicht drucken: exportieren und mit "
            "einem anderen Programm drucken.").format(label)
        no_text = "" if doc is None or doc.mime == d.PDF else tr(
            "Text wird nur aus PDF-Dateien ausgelesen; SSA Desktop hat keine Texterkennung "
            "(OCR). {0} wird über Titel und Art gefunden.").format(label)
        for button, why in ((self.print_button, no_print), (self.text_button, no_text)):
            button.setEnabled(doc is not None and not why)
            button.setToolTip(why)
            button.setAccessibleDescription(why)

    # -- the scanner folder ----------------------------------------------------------------
    def refresh_scans(self) -> None:
        """Look into the scanner folder (no thread watches it): its files are read and
        hashed off the GUI thread, through the one operation runner; the button says how
        many wait when the look ends and is shown only while a scanner folder is chosen."""
        if not self.ctx.is_unlocked or self.owner is not None:
            return
        chosen = scanner.folder(self.ctx.conn) is not None
        self.scans_button.setVisible(chosen)
        self._looks += 1
        look = self._looks
        if not chosen:
            self._show_scans([])
            return

        def found(scans: list[scanner.Scan]) -> None:
            if look == self._looks and self.ctx.is_unlocked:   # no newer look, not locked
                self._show_scans(scans)

        self.ctx.run(lambda conn, _progress: scanner.new_scans(conn), on_done=found)

    def _show_scans(self, scans: list[scanner.Scan]) -> None:
        self.scans = scans
        count = len(scans)
        self.scans_button.setText(tr("N&eue Scans ({0})").format(count))
        self.scans_button.setAccessibleName(tr("Neue Scans ({0})").format(count))
        self.scans_button.setEnabled(count > 0)

    def offer_scan(self) -> AddDocumentDialog | None:
        """Offer the next new scan in the add dialog; it counts as offered whatever she
        answers (declined: not offered again), so the button counts it off at once."""
        if not self.scans:
            return None
        scan, rest = self.scans[0], self.scans[1:]
        self.ctx.apply(scanner.mark_offered, scan)
        self._looks += 1   # a look under way may still count it
        self._show_scans(rest)
        dialog = self.add_file(str(scan.path))
        if dialog is not None:   # a scan: its original goes by default (a chosen file's not)
            dialog.shred.setChecked(True)
        return dialog

    def selected(self) -> Document | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._refuse(tr("Bitte zuerst ein Dokument in der Liste auswählen."))
            return None
        doc_id = self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((x for x in self.documents if x.id == doc_id), None)

    def _say(self, text: str) -> None:
        """A success (gelöscht, exportiert, ausgelesen): the plain line, heard; not red."""
        self.error.clear()
        self.message.setText(text)

    def _refuse(self, text: str) -> None:
        """A refusal: the red line, heard; the last success goes (it is no longer news)."""
        self.message.clear()
        self.error.setText(text)

    def _clear_lines(self) -> None:
        self.message.clear()
        self.error.clear()

    # -- adding --------------------------------------------------------------------------
    def add_from_dialog(self) -> None:
        path = choose_open_file(self, tr("Dokument wählen"), OPEN_FILTER)
        if path:
            self.add_file(path)

    def add_file(self, path: str) -> AddDocumentDialog | None:
        """Read ``path`` (refused at once when it cannot be taken) and ask for its facts."""
        self._clear_lines()
        try:
            data = svc.read_source(path)
            d.detect(data, path)
        except UserError as err:
            self._refuse(str(err))
            return None
        dialog = AddDocumentDialog(self.ctx, self.person_id, data, path, self, self.owner)
        dialog.accepted.connect(lambda: self._added(dialog))
        self._dialog = open_deleting(dialog)
        return dialog

    def _added(self, dialog: AddDocumentDialog) -> None:
        """The list refreshed with the added document selected (an earlier day puts it below
        newer ones: „Ansehen“ went to another) and said; a failed shredding is refused."""
        self.refresh()
        saved = dialog.saved
        if saved is not None:
            self._select(saved.id)
            self._say(tr("Das Dokument „{0}“ ist gespeichert.").format(saved.title))
        if dialog.shred_problem:
            self._refuse(dialog.shred_problem)

    def _select(self, doc_id: str) -> int:
        """Select (and make current) the row of ``doc_id``; its row, -1 when not listed."""
        row = next((r for r in range(self.model.rowCount())
                    if self.model.item(r, 0).data(Qt.ItemDataRole.UserRole) == doc_id), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.add_file(files[0])   # one at a time: each with its own kind and title
            if len(files) > 1:
                self._refuse(tr("Es wird eine Datei nach der anderen übernommen; bitte "
                                      "die übrigen danach hierher ziehen."))

    # -- showing, exporting, deleting ----------------------------------------------------
    def show_document(self, doc_id: str) -> QDialog | None:
        """Select ``doc_id`` in the list and show it (opened from Strg+K)."""
        if self._select(doc_id) < 0:
            return None
        self.table.setFocus()
        return self.view_selected()

    def view_selected(self) -> QDialog | None:
        from .render import Unshowable
        from .viewer import DocumentViewer

        doc = self.selected()
        if doc is None:
            return None
        try:
            data = svc.read_content(self.ctx.conn, doc)
            viewer = DocumentViewer(self.ctx, doc, data, self)
        except (UserError, Unshowable) as err:
            self._refuse(str(err))
            return None
        self._clear_lines()
        self._dialog = open_deleting(viewer)
        return viewer

    def export_selected(self) -> QDialog | None:
        """„Exportieren …“: the disclosure dialog for the selected document (whom, on which
        legal basis, then the file); the panel says where it went."""
        from .export_dialog import ExportDocumentDialog

        return self._disclose(ExportDocumentDialog, lambda dialog: tr(
            "Exportiert nach {0} (im Übermittlungsprotokoll eingetragen).").format(dialog.path))

    def print_selected(self) -> QDialog | None:
        """„Drucken …“: the disclosure dialog, then the printer (``PrintDocumentDialog``)."""
        from .export_dialog import PrintDocumentDialog

        return self._disclose(PrintDocumentDialog, lambda _dialog: tr(
            "Gedruckt (im Übermittlungsprotokoll eingetragen)."))

    def _disclose(self, dialog_class: type[ExportDocumentDialog],
                  said: Callable[[ExportDocumentDialog], str]) -> QDialog | None:
        """``dialog_class`` (a disclosure) for the selected document; when she is done
        there the panel says ``said(dialog)``."""
        doc = self.selected()
        if doc is None:
            return None
        self._clear_lines()
        dialog = dialog_class(self.ctx, doc, self)
        dialog.accepted.connect(lambda: self._say(said(dialog)))
        self._dialog = open_deleting(dialog)
        return dialog

    def read_text_selected(self) -> None:
        """„Text auslesen“: only now is the PDF's text read (off the GUI thread, through the
        one operation runner) into the vault's search index; the panel says what came of it."""
        doc = self.selected()
        if doc is None:
            return
        self._say(tr("Der Text wird ausgelesen …"))

        def done(pages: int) -> None:
            self._say(tr("Text von %n Seite(n) ausgelesen: Strg+K findet jetzt Wörter "
                                  "daraus. Er wird mit dem Dokument gelöscht.", n=pages))
            self.refresh()

        self.ctx.perform(lambda conn, _progress: svc.read_text(conn, doc.id), background=True,
                         on_done=done, on_error=self._refuse)

    def delete_selected(self) -> bool:
        doc = self.selected()
        if doc is not None and (held := svc.hold_keeps_document(self.ctx.conn, doc.id)):
            self._refuse(held)    # said at once: no question whose yes could do nothing
            return False
        if doc is None or not ask_yes_no(
                self, tr("Das Dokument „{0}“ endgültig löschen? Sein Schlüssel wird gelöscht; "
                         "keine Sicherung kann es wieder lesbar machen.").format(doc.title),
                title=tr("Dokument löschen"), yes=tr("&Löschen")):
            return False
        try:
            self.ctx.apply(svc.delete_document, doc.id)
        except UserError as err:
            self._refuse(str(err))
            return False
        self.refresh()
        self._say(tr("Das Dokument „{0}“ ist gelöscht.").format(doc.title))
        return True

    def clear(self) -> None:
        self.documents = []
        self.scans = []
        self.model.removeRows(0, self.model.rowCount())
        self._clear_lines()
        dialog = self._dialog
        if dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                QDialog.reject(dialog)
            self._dialog = None
