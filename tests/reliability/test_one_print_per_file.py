"""The Beratungszettel saved as PDF and a print into a PDF file claim their file as every
export does (``storage.file_intents.claimed``, the one claim): while an export or another
print writes that file, they are refused at their start with the German sentence naming
it, nothing written and nothing logged; the other writer's file stays whole. Before, both
wrote: the later ``os.replace`` won, the export's undo then put her older file back over
it. The order is set with events, as in test_one_export_per_file.py, never with time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from ssa_desktop.services import appointments as svc
from ssa_desktop.services import printing
from ssa_desktop.storage.errors import FileBeingWritten
from ssa_desktop.ui.common.printing import paint_pages
from ssa_desktop.ui.reports.slip_dialog import SlipPrintDialog
from tests.reliability.test_one_export_per_file import _first_export_held, _her_file
from tests.support.held_writers import held

BEING_WRITTEN = "Ein Export wird gerade von SSA Desktop in die Datei"   # the export holds it


@pytest.fixture
def shown(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr("ssa_desktop.ui.reports.slip_dialog.show_error",
                        lambda parent, text, title="": said.append(text))
    return said


def _dialog(qtbot, ctx) -> SlipPrintDialog:
    dialog = SlipPrintDialog(ctx, svc.blank_slips(ctx.conn, 2))
    qtbot.addWidget(dialog)
    return dialog


def _pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def test_slips_saved_to_a_file_an_export_writes_are_refused(qtbot, ctx, open_vault,
                                                            tmp_path, shown):
    target = _her_file(tmp_path, "Beratungszettel.pdf")
    first, cancel = _first_export_held(open_vault, target)
    dialog = _dialog(qtbot, ctx)
    dialog.save_path_chooser = lambda suggested: str(target)
    try:
        assert not dialog.save_pdf()
        assert target.read_bytes() == b"%PDF the first export"   # the export's, whole
    finally:
        cancel.set()
        first.join()
    assert len(shown) == 1 and BEING_WRITTEN in shown[0] and str(target) in shown[0]
    assert dialog.message == ""
    assert target.read_bytes() == b"%PDF her older file"
    assert list(target.parent.iterdir()) == [target]            # no temp file of the slips


def test_slips_printed_into_a_file_an_export_writes_are_refused(qtbot, ctx, open_vault,
                                                                tmp_path, shown):
    target = _her_file(tmp_path, "Beratungszettel.pdf")
    first, cancel = _first_export_held(open_vault, target)
    dialog = _dialog(qtbot, ctx)
    dialog.printer_chooser = lambda printer: True
    try:
        assert not dialog.print_slips(_pdf_printer(target))
        assert target.read_bytes() == b"%PDF the first export"
    finally:
        cancel.set()
        first.join()
    assert len(shown) == 1 and BEING_WRITTEN in shown[0]
    assert target.read_bytes() == b"%PDF her older file"
    assert list(target.parent.iterdir()) == [target]            # no temp file of the print


def test_a_print_into_a_file_another_print_paints_is_refused_at_its_start(tmp_path, qapp):
    """Two prints into one PDF (a letter and its Beratungszettel, „In PDF drucken“): the
    first paints (held inside its job on its own thread); the second is refused before its
    job begins (nothing painted, nothing logged); the first ends whole, its PDF in place."""
    target = tmp_path / "Brief.pdf"

    def first(hold) -> None:
        with printing.pdf_painted_into(str(target)) as painted_into:
            Path(painted_into).write_bytes(b"%PDF the first print")
            hold()

    logged: list[bool] = []
    with held(first) as errors:
        with pytest.raises(FileBeingWritten):
            paint_pages(_pdf_printer(target), 1, lambda painter, index: None,
                        begun=lambda: logged.append(True))
        assert not logged and not target.exists()
    assert not errors, errors
    assert target.read_bytes() == b"%PDF the first print"
    assert list(tmp_path.iterdir()) == [target]


def test_slips_saved_by_the_cli_to_a_file_being_written_are_refused(open_vault, tmp_path):
    """`ssa-desktop slips --out` goes through the same service (``printing.save_slips``)."""
    target = _her_file(tmp_path, "Beratungszettel.pdf")
    first, cancel = _first_export_held(open_vault, target)
    try:
        with pytest.raises(FileBeingWritten):
            printing.save_slips(target, svc.blank_slips(open_vault.conn, 1))
        assert target.read_bytes() == b"%PDF the first export"
    finally:
        cancel.set()
        first.join()
    printing.save_slips(target, svc.blank_slips(open_vault.conn, 1))   # once it ended
    assert target.read_bytes().startswith(b"%PDF-")
    assert list(target.parent.iterdir()) == [target]
