"""Dialog "Schule übergeben": everything of one school into one package for
the successor; the key is shown once with its sheet. Nothing is deleted here – that
happens only after the successor's receipt ("Quittung einlesen …"), and only what went
into the package; what is added later goes in a follow-up package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import handover as rules
from ...services import handover as svc
from ...services import handover_school, schools
from ..common.combos import make_combo
from ..common.files import confirm_write_into
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import buddy_label, make_button
from ..common.key_readout import KeyReadout
from ..common.message_line import MessageLine, add_last, error_line
from ..common.screen_fit import resize_within_screen
from ..common.text_boxes import make_line_edit
from ..context import AppContext
from ..i18n import translator
from . import package_key
from .document_ticks import DocumentTicks
from .due_list import DueList, left_out_text

tr = translator("Handover")


def going_text(pseudonyms: list[str]) -> str:
    """„Ins Paket kommen 2 Personen: K-1, K-2“ (the due ones are listed below)."""
    if not pseudonyms:
        return tr("Ins Paket kommt keine Person (nur, was Sie unten ankreuzen).")
    if len(pseudonyms) == 1:
        return tr("Ins Paket kommt 1 Person: {0}").format(pseudonyms[0])
    return tr("Ins Paket kommen {0} Personen: {1}").format(len(pseudonyms),
                                                          ", ".join(pseudonyms))


class SchoolHandoverDialog(package_key.PackageDialog):
    def __init__(self, ctx: AppContext, folder: Path | None = None,
                 parent: QWidget | None = None, *, school_id: str | None = None):
        """``school_id``: the school chosen already (a follow-up package after a receipt
        that left entries at the school)."""
        super().__init__(ctx, tr("Schule übergeben"), parent)
        self.school = make_combo(tr("Schule"))
        for s in schools.choosable(ctx.conn, clock.today(), keep=school_id):
            self.school.addItem(s.name, s.id)
        if school_id is not None and self.school.findData(school_id) >= 0:
            self.school.setCurrentIndex(self.school.findData(school_id))
        self.successor = make_line_edit(tr("Nachfolge (Name)"))
        self.role = make_line_edit(tr("Funktion der Nachfolge"))
        self.typed = [self.successor, self.role]
        self.folder = QLineEdit(str(folder or svc.default_folder()))
        self.folder.setAccessibleName(tr("Zielordner"))
        self.folder_button = package_key.folder_button(self, self.folder)
        target = QHBoxLayout()
        target.addWidget(self.folder, 1)
        target.addWidget(self.folder_button)
        form = QFormLayout()
        for label, field in ((tr("&Schule"), self.school),
                             (tr("&Nachfolge (Name)"), self.successor),
                             (tr("&Funktion"), self.role)):
            form.addRow(buddy_label(label, field), field)
        form.addRow(buddy_label(tr("Zie&lordner"), self.folder), target)
        note = QLabel(tr("Ins Paket kommt alles dieser Schule: Personen mit Fällen, Kontakten, "
                         "Einwilligungen und § 8a-Verfahren, Gruppen, offene Angebote, Termine, "
                         "Kooperationsvereinbarungen. Jede Person wird im "
                         "Übermittlungsprotokoll vermerkt. Gelöscht wird erst, wenn Sie die "
                         "Empfangsquittung der Nachfolge einlesen – und nur, was im Paket war; "
                         "was Sie danach eintragen, bleibt bei Ihnen (Folgepaket)."))
        note.setWordWrap(True)
        # who goes, by pseudonym, before she writes it (it was not shown)
        self.going = QLabel()
        self.going.setWordWrap(True)
        self.going.setTextFormat(Qt.TextFormat.PlainText)
        self.due = DueList(self)
        self.documents = DocumentTicks(self)
        self.school.currentIndexChanged.connect(self.refresh_due)
        self.error = error_line(tr("Fehlermeldung"))
        self.key_label = package_key.key_label(14)
        self.info = MessageLine()  # „Das Übergabepaket ist geschrieben: …“, announced
        self.write_button = make_button(tr("Paket &schreiben"), tr("Übergabepaket schreiben"),
                                        self.write)
        self.write_button.setDefault(True)
        self.sheet_button = package_key.sheet_button(self.choose_sheet)
        self.sheet_button.setEnabled(False)
        # before the package is written, Schließen is Abbrechen (asks about typed names)
        close = make_button(tr("Schließen"), tr("Schließen"),
                            lambda: self.accept() if self.package else self.reject())
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        row.addWidget(self.write_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.going)
        layout.addWidget(self.due)
        layout.addWidget(self.documents)
        layout.addWidget(self.steps)
        layout.addWidget(self.key_label)
        self.readout = KeyReadout(self.key_label)
        self.readout.hide()                 # until the key is shown
        layout.addWidget(self.readout)
        layout.addLayout(row)
        # last, below the buttons: a long path or refusal moves none of them (with little
        # room — larger text, a long list of due persons — the error above the buttons
        # pushed „Paketblatt drucken“ down); they take the room left over
        add_last(layout, self.info, self.error)
        # on a small screen (200 %) all of it scrolls: squeezed, the long note lost a line
        whole_window_scrolls(self)
        resize_within_screen(self, 760, 420)
        self.refresh_due()

    def refresh_due(self, *_args) -> None:
        """The persons of the chosen school already due for deletion, with the choice."""
        school_id = self.school.currentData()
        if not self.ctx.is_unlocked or school_id is None:
            self.due.show_persons([])
            self.documents.show_documents([])
            self.going.clear()
            return
        self.going.setText(going_text(handover_school.school_going_persons(self.ctx.conn,
                                                                           school_id)))
        self.going.setAccessibleName(self.going.text())
        self.due.show_persons(handover_school.school_due_persons(self.ctx.conn, school_id))
        self.documents.show_documents(handover_school.school_documents(self.ctx.conn, school_id))

    def write(self) -> None:
        if not confirm_write_into(self, Path(self.folder.text())):
            return
        try:
            successor = rules.check_deputy(self.successor.text(), self.role.text(),
                                           who="Nachfolge")
        except rules.HandoverRuleError as err:
            self.error.setText(str(err))
            return
        school_id, target = self.school.currentData(), Path(self.folder.text())
        send_due, ticked = self.due.send_due(), self.documents.ticked()
        self.start_writing(lambda conn, progress: handover_school.create_school_package(
            conn, school_id, successor, target, send_due=send_due, documents=ticked,
            progress=progress), self.error)

    def show_package(self) -> None:
        r = self.package
        assert r is not None
        self.info.setText("\n".join(filter(None, (tr(
            "Das Übergabepaket ist geschrieben: {0}\n{1}\nDer Schlüssel wird nur jetzt "
            "angezeigt; getrennt von der Datei übergeben.").format(
            r.path, rules.count_text(r.counts)), left_out_text(r)))))
        self.key_label.setText(package_key.key_lines(r.key_text))
        self.readout.reset()
        self.readout.show()
        self.write_button.setEnabled(False)
        self.sheet_button.setEnabled(True)
        self.sheet_button.setFocus()

    def write_sheet(self, path: Path) -> None:
        written, message = package_key.write_sheet(path, self.package)
        if not written:
            self.error.setText(message)
            return
        self.sheet_saved = True
        self.info.setText(self.info.text() + "\n" + message)

    def closing(self) -> None:
        self.key_label.clear()
