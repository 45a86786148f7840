"""What the two package dialogs (Vertretungspaket, Schule übergeben) share: the dialog's
frame, its inline error, the package key shown once in large monospace, and the key's
printed sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ...services import handover as svc
from ...services.operations import Progress
from ..common.closing import KeepingDialog
from ..common.files import choose_save_file, choose_target_folder
from ..common.forms import make_button
from ..common.key_readout import hide_key_characters
from ..common.lifetime import connect_for
from ..common.step_bar import StepBar
from ..context import AppContext
from ..i18n import translator

tr = translator("Handover")


class PackageDialog(KeepingDialog):
    """A dialog that writes a package: ``package`` holds it once written; the dialog is
    closed without a question when the vault locks. The package is written on the one
    runner with its steps shown (``start_writing``). Closing it otherwise asks (the one
    rule, ``common.closing``) while it is written, while the key shows and no Paketblatt
    was saved, and before the package is written while names are typed. Each dialog says in its
    ``write_sheet(path)`` how it reports the written sheet and sets ``sheet_saved``."""

    write_button: QPushButton               # „Paket schreiben“ of each dialog

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.package: svc.PackageResult | None = None
        self.sheet_saved = False
        self.typed: list[QLineEdit] = []     # the fields whose typed text closing would lose
        self.steps = StepBar(self)           # the package being written, step by step
        self._writing: Progress | None = None
        self.setWindowTitle(title)
        connect_for(self, ctx.locked, self.close_by_program)

    def start_writing(self, op, error: QLabel) -> None:
        """Write the package on the one runner (``op(conn, progress)`` → the result): its
        steps in ``steps``, „Paket schreiben“ off meanwhile; closing asks while it runs
        (``keep_writing``); the key is shown (``show_package``) only once it is whole."""
        def busy(on: bool) -> None:
            self.write_button.setEnabled(not on)
            if not on:
                self.steps.done()

        def done(result: svc.PackageResult) -> None:
            self.write_button.setEnabled(False)     # one package; its key is shown once
            self.package = result
            error.clear()
            self.show_package()

        def failed(message: str) -> None:
            if self.isVisible():         # closed: she chose „Abbrechen und verwerfen“
                error.setText(message)

        error.clear()
        self.steps.step(0, svc.WRITING_PACKAGE)
        self._writing = self.run_writing(op, "package", busy, done, failed, self.steps.step,
                                         critical=False)

    def show_package(self) -> None:
        raise NotImplementedError  # each dialog shows the written package and its key

    def would_lose(self) -> str:
        if self._writing is not None and self._writing.cancelled and self.package is None:
            return ""                    # she discarded the package being written
        if self.package is not None:
            if self.sheet_saved:
                return ""
            return tr("Der Paketschlüssel wird nur jetzt angezeigt und ist noch nicht als "
                      "Paketblatt gespeichert. Ohne ihn kann niemand das Paket öffnen. "
                      "Erst das Paketblatt drucken oder den Schlüssel notieren.")
        if any(field.text().strip() for field in self.typed):
            return tr("Das Paket ist noch nicht geschrieben; Ihre Eingaben gehen beim "
                      "Schließen verloren.")
        return ""

    def choose_sheet(self) -> None:
        """Paketblatt drucken: where the sheet goes (offered beside the package), then
        the dialog's own ``write_sheet`` there."""
        if self.package is None:  # the button shows once the package is written
            return
        path = choose_sheet_path(self, self.package.path)
        if path:
            self.write_sheet(Path(path))

    def write_sheet(self, path: Path) -> None:
        raise NotImplementedError  # each dialog reports the written sheet its own way


def key_label(point_size: int) -> QLabel:
    """The label the key is shown in: bold monospace, selectable with the mouse."""
    label = QLabel()
    font = QFont("Monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSize(point_size)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    hide_key_characters(label, tr("Paketschlüssel"))
    return label


def key_lines(key_text: str) -> str:
    """The key's groups on two lines of four (as on the sheet)."""
    groups = key_text.split()
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])


def sheet_button(slot) -> QPushButton:
    return make_button(tr("Paketblatt &drucken (PDF) …"),
                       tr("Paketblatt drucken (PDF): Paketblatt mit dem Schlüssel als PDF "
                          "speichern"), slot)


def folder_button(parent: QWidget, field) -> QPushButton:
    """ "&Ordner …" beside a target folder field: the system's folder choice, starting
    at the folder in the field (the Vertretungspaket and the school package alike)."""
    def choose() -> None:
        path = choose_target_folder(parent, tr("Zielordner wählen"), field.text())
        if path:
            field.setText(path)

    return make_button(tr("&Ordner …"), tr("Zielordner wählen"), choose)


def choose_sheet_path(parent: QWidget, package: Path) -> str:
    """Where the sheet goes; offered: beside the package, with its name ("" = cancelled)."""
    return choose_save_file(parent, tr("Paketblatt speichern"),
                            str(Path(package).with_suffix(".pdf")), tr("PDF (*.pdf)"))


def write_sheet(path: Path, result) -> tuple[bool, str]:
    """Write the package's sheet: (True, what was saved) or (False, the German reason)."""
    try:
        svc.write_sheet(path, result)
    except (svc.PackageError, OSError) as err:
        return False, str(err)
    return True, tr("Paketblatt gespeichert: {0}").format(path)
