"""A print to a PDF file (Qt's print dialog, „In PDF drucken“) with a real QPrinter in
PdfFormat: the pages are painted into a temp file beside her file, which is replaced into
place only when the job ended whole; a failed job removes the temp file through the file
layer (retried past a scanner) and leaves her file as it was. Before: the pages were
painted straight into her file, a failure unlinked it (refused while a scanner held it)
and an old file at that path was lost either way."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from ssa_desktop.domain.errors import UserError
from ssa_desktop.ui.common.printing import JobBroken, paint_pages


def _pdf_printer(target):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def _failing_on_the_second_page(_painter, index):
    if index == 1:
        raise OSError("Die zweite Seite ließ sich nicht zeichnen.")


def test_a_failed_job_leaves_her_old_file_whole_and_no_temp_file(qapp, tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"%PDF her letter of last week")
    logged = []
    with pytest.raises(JobBroken, match="Die zweite Seite ließ sich nicht zeichnen."):
        paint_pages(_pdf_printer(target), 2, _failing_on_the_second_page,
                    begun=lambda: logged.append(True))
    assert logged == [True]
    assert target.read_bytes() == b"%PDF her letter of last week"
    assert list(tmp_path.iterdir()) == [target]


def test_her_file_is_untouched_while_painting_and_whole_after(qapp, tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"%PDF her letter of last week")
    seen = []
    printer = _pdf_printer(target)

    def paint(painter, index):
        seen.append(target.read_bytes())
        painter.drawText(100, 100, f"Seite {index + 1}")

    paint_pages(printer, 2, paint)
    assert seen == [b"%PDF her letter of last week"] * 2
    assert len(PdfReader(target).pages) == 2
    assert list(tmp_path.iterdir()) == [target]
    assert printer.outputFileName() == str(target)


def test_a_temp_file_a_scanner_holds_is_removed_past_it(qapp, tmp_path, windows_sharing):
    """Her message still says why the print failed; the scanner's hold is waited out."""
    target = tmp_path / "brief.pdf"
    windows_sharing.scan(tmp_path / ".brief.pdf.*", times=2)
    with pytest.raises(JobBroken, match="Die zweite Seite ließ sich nicht zeichnen."):
        paint_pages(_pdf_printer(target), 2, _failing_on_the_second_page, begun=lambda: None)
    assert list(tmp_path.iterdir()) == [] and windows_sharing.waits


def test_a_pdf_still_held_does_not_hide_why_the_print_failed(qapp, tmp_path,
                                                            windows_sharing):
    target = tmp_path / "brief.pdf"
    windows_sharing.scan(tmp_path / ".brief.pdf.*", times=1000)
    with pytest.raises(JobBroken, match="Die zweite Seite ließ sich nicht zeichnen."):
        paint_pages(_pdf_printer(target), 2, _failing_on_the_second_page, begun=lambda: None)
    assert not target.exists()


def test_a_file_held_at_the_end_is_said_and_the_old_one_stays(qapp, tmp_path,
                                                            windows_sharing):
    """Acrobat holds her old brief.pdf: the job is whole but cannot be put into place;
    the print's message names the held file, her old file stays, no temp file."""
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"%PDF open in Acrobat")
    windows_sharing.hold(target)
    with pytest.raises(JobBroken, match="brief.pdf"):
        paint_pages(_pdf_printer(target), 1, lambda painter, _i: None, begun=lambda: None)
    assert target.read_bytes() == b"%PDF open in Acrobat"
    assert list(tmp_path.iterdir()) == [target]


def test_a_folder_that_takes_no_file_prints_and_logs_nothing(qapp, tmp_path,
                                                             windows_sharing):
    windows_sharing.refuse_new_files(tmp_path)
    logged = []
    with pytest.raises(UserError, match="Keine Berechtigung"):
        paint_pages(_pdf_printer(tmp_path / "brief.pdf"), 1, lambda painter, _i: None,
                    begun=lambda: logged.append(True))
    assert logged == [] and list(tmp_path.iterdir()) == []
