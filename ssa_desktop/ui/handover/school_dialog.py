"""Dialog "Schule übergeben" (issue 18): everything of one school into one package for
the successor; the key is shown once with its sheet. Nothing is deleted here – that
happens only after the successor's receipt ("Quittung einlesen …")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import handover as rules
from ...services import handover as svc
from ...services import setup
from ..common.forms import make_button
from ..context import AppContext
from ..i18n import translator

tr = translator("Handover")


class SchoolHandoverDialog(QDialog):
    def __init__(self, ctx: AppContext, folder: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result = None
        self.setWindowTitle(tr("Schule übergeben"))
        self.school = QComboBox()
        self.school.setAccessibleName(tr("Schule"))
        for s in setup.list_schools(ctx.conn):
            self.school.addItem(s.name, s.id)
        self.successor = QLineEdit()
        self.successor.setAccessibleName(tr("Name der Nachfolge"))
        self.role = QLineEdit()
        self.role.setAccessibleName(tr("Funktion der Nachfolge"))
        self.folder = QLineEdit(str(folder or svc.default_folder()))
        self.folder.setAccessibleName(tr("Zielordner"))
        form = QFormLayout()
        form.addRow(tr("&Schule"), self.school)
        form.itemAt(0, QFormLayout.LabelRole).widget().setBuddy(self.school)
        form.addRow(tr("&Nachfolge (Name)"), self.successor)
        form.itemAt(1, QFormLayout.LabelRole).widget().setBuddy(self.successor)
        form.addRow(tr("&Funktion"), self.role)
        form.itemAt(2, QFormLayout.LabelRole).widget().setBuddy(self.role)
        form.addRow(tr("Zie&lordner"), self.folder)
        form.itemAt(3, QFormLayout.LabelRole).widget().setBuddy(self.folder)
        note = QLabel(tr("Ins Paket kommt alles dieser Schule: Personen mit Fällen, Kontakten, "
                         "Einwilligungen und § 8a-Verfahren, Gruppen, offene Angebote, Termine, "
                         "Kooperationsvereinbarungen. Jede Person wird im "
                         "Übermittlungsprotokoll vermerkt. Gelöscht wird erst, wenn Sie die "
                         "Empfangsquittung der Nachfolge einlesen."))
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Fehlermeldung"))
        self.key_label = QLabel()
        font = QFont("Monospace")
        font.setStyleHint(QFont.TypeWriter)
        font.setPointSize(14)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.key_label.setAccessibleName(tr("Paketschlüssel"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.write_button = make_button(tr("Paket &schreiben"), tr("Übergabepaket schreiben"),
                                        self.write)
        self.write_button.setDefault(True)
        self.sheet_button = make_button(tr("Paketblatt &drucken (PDF) …"),
                                        tr("Paketblatt mit dem Schlüssel als PDF speichern"),
                                        self.choose_sheet)
        self.sheet_button.setEnabled(False)
        close = make_button(tr("Schließen"), tr("Schließen"), self.accept)
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        row.addWidget(self.write_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.info)
        layout.addWidget(self.key_label)
        layout.addStretch(1)
        layout.addLayout(row)
        ctx.locked.connect(self.reject)
        self.resize(760, 420)

    def write(self) -> None:
        try:
            successor = rules.check_deputy(self.successor.text(), self.role.text(),
                                           who="Nachfolge")
            self.result = self.ctx.apply(svc.create_school_package, self.school.currentData(),
                                         successor, Path(self.folder.text()))
        except (rules.HandoverRuleError, svc.PackageError) as err:
            self.error.setText(str(err))
            return
        r = self.result
        self.error.clear()
        self.info.setText(tr("Das Übergabepaket ist geschrieben: {0}\n{1}\nDer Schlüssel wird "
                             "nur jetzt angezeigt; getrennt von der Datei übergeben.").format(
            r.path, ", ".join(f"{n} {k}" for k, n in r.counts.items())))
        groups = r.key_text.split()
        self.key_label.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.write_button.setEnabled(False)
        self.sheet_button.setEnabled(True)
        self.sheet_button.setFocus()

    def choose_sheet(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, tr("Paketblatt speichern"),
            str(Path(self.result.path).with_suffix(".pdf")), tr("PDF (*.pdf)"))
        if path:
            self.write_sheet(Path(path))

    def write_sheet(self, path: Path) -> None:
        try:
            svc.write_sheet(path, self.result)
        except (svc.PackageError, OSError) as err:
            self.error.setText(str(err))
            return
        self.info.setText(self.info.text() + "\n" + tr("Paketblatt gespeichert: {0}").format(path))

    def done(self, result: int) -> None:
        self.key_label.clear()
        super().done(result)
