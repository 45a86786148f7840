"""A print that fails after its job began removes a PDF file it wrote; on Windows a
scanner or a sync client may still hold that file, and removing it fails. Her message
must still say why the print failed (not the removal's error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from ssa_desktop.ui.common.printing import JobBroken, paint_pages


def test_a_pdf_still_held_does_not_hide_why_the_print_failed(qapp, tmp_path, monkeypatch):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "brief.pdf"
    printer.setOutputFileName(str(target))

    def paint(_painter, index):
        if index == 1:
            raise OSError("Die zweite Seite ließ sich nicht zeichnen.")

    def held(self, missing_ok=False):
        raise PermissionError(13, "used by another process", str(self))
    monkeypatch.setattr(Path, "unlink", held)
    logged = []
    with pytest.raises(JobBroken, match="Die zweite Seite ließ sich nicht zeichnen."):
        paint_pages(printer, 2, paint, begun=lambda: logged.append(True))
    assert logged == [True]
