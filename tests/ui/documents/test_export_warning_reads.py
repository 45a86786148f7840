"""The export's warning names what takes the document out of the vault: it began „Das
Dokument … verlässt damit …“, a „damit“ that referred to nothing before it (the first
line of the window)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ssa_desktop.ui.documents.export_dialog import ExportDocumentDialog, PrintDocumentDialog
from tests.ui.a11y.test_every_dialog import _document_added


def _first_line(dialog) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.wordWrap())


def test_the_export_warning_says_what_takes_it_out(qtbot, ctx, pupil):
    dialog = ExportDocumentDialog(ctx, _document_added(ctx, pupil))
    qtbot.addWidget(dialog)
    assert _first_line(dialog).startswith(
        "Mit dem Export verlässt das Dokument „Brief“ den verschlüsselten Tresor: ")


def test_the_print_warning_names_the_print(qtbot, ctx, pupil):
    dialog = PrintDocumentDialog(ctx, _document_added(ctx, pupil))
    qtbot.addWidget(dialog)
    assert _first_line(dialog).startswith("Das Dokument „Brief“ wird gedruckt: ")
