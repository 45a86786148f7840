"""Printing a document is a disclosure she confirms, with real keys: Strg+P in the viewer
(or „Drucken …“ in the Dokumente tab), whom and why, then the printer. The pages are painted
onto a real QPrinter from memory – here a PDF printer writing into the test's folder, read
back with pypdf and pdftoppm – while a file-system watch sees no file appear anywhere else;
the Übermittlungsprotokoll holds the print. Esc or a cancelled print dialog logs nothing; a
format the program cannot render cannot be printed and says why."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ssa_desktop.services import consents
from ssa_desktop.services import documents as svc
from ssa_desktop.ui import background
from tests.support import document_files as f
from tests.support.fs_watch import created_in
from tests.support.requirements import require
from tests.ui.documents.conftest import TODAY

RED, BLUE = (1, 0, 0), (0, 0, 1)


def _coloured_pdf(*colours: tuple[int, int, int]) -> bytes:
    """One A4 page per colour, each filled with it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for colour in colours:
        c.setFillColorRGB(*colour)
        c.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def _log(ctx, pupil):
    return [(x.day, x.recipient, x.categories, x.legal_basis)
            for x in consents.disclosures_for_person(ctx.conn, pupil.id)]


def _pdf_printer(dialog, target: Path) -> None:
    """The dialog's printer writes a PDF into the test's folder; the print dialog says OK."""
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(target))
    dialog.printer_chooser = lambda printer: True


def _centre_colours(pdf: Path) -> list[tuple[int, int, int]]:
    """The colour in the middle of each printed page (pdftoppm)."""
    require(shutil.which("pdftoppm") is not None, "pdftoppm (poppler-utils)")
    out = pdf.parent / "seite"
    subprocess.run(["pdftoppm", "-png", "-r", "10", str(pdf), str(out)], check=True,
                   capture_output=True)
    colours = []
    for png in sorted(pdf.parent.glob("seite*.png")):
        image = Image.open(png).convert("RGB")
        colours.append(image.getpixel((image.width // 2, image.height // 2)))
    return colours


def _ran(qtbot) -> None:
    """The print ran on the one runner: wait (bounded) until it has ended."""
    qtbot.waitUntil(lambda: not background._running, timeout=60_000)


def _type(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def test_strg_p_in_the_viewer_prints_every_page_from_memory_and_logs_it(
        open_panel, ctx, qtbot, pupil, tmp_path, vault_dir, monkeypatch):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY,
                     _coloured_pdf(RED, BLUE))
    panel = open_panel(pupil)
    viewer = panel.view_selected()
    qtbot.waitExposed(viewer)
    assert viewer.print_button.accessibleName() == "Dokument drucken (Strg+P)"
    QTest.keyClick(viewer.page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = viewer.printing
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Dokument drucken"
    printed = tmp_path / "drucker" / "ausdruck.pdf"
    printed.parent.mkdir()
    _pdf_printer(dialog, printed)
    _type(dialog.recipient.lineEdit(), "Jugendamt")
    dialog.basis.set_code("4KKG")
    temp = tmp_path / "temp"   # where Python's tempfile and Qt's QDir.tempPath write now
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with created_in(temp, vault_dir, vault_dir / "dokumente", Path.home()) as created:
        QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
        _ran(qtbot)
    assert not dialog.isVisible()
    assert created == []   # no temporary file of the pages, not even for a moment
    assert len(PdfReader(printed).pages) == 2
    red, blue = _centre_colours(printed)
    assert red[0] > 200 and red[1] < 60 and red[2] < 60
    assert blue[2] > 200 and blue[0] < 60 and blue[1] < 60
    assert _log(ctx, pupil) == [(TODAY, "Jugendamt", ("document",), "4KKG")]
    viewer.accept()


def test_an_image_is_printed_from_the_tab(open_panel, ctx, qtbot, pupil, tmp_path):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Scan", TODAY,
                     f.image("PNG", size=(300, 400)))
    panel = open_panel(pupil)
    assert panel.print_button.isEnabled()
    panel.table.setFocus()
    QTest.keyClick(panel.print_button, Qt.Key.Key_Space)
    dialog = panel._dialog
    printed = tmp_path / "scan.pdf"
    _pdf_printer(dialog, printed)
    _type(dialog.recipient.lineEdit(), "Beratungsstelle")
    dialog.basis.set_code("4KKG")
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    _ran(qtbot)
    assert len(PdfReader(printed).pages) == 1
    colour = _centre_colours(printed)[0]
    assert colour[0] > 150 and colour[2] < 90   # the scan's reddish colour (200, 0, 40)
    assert _log(ctx, pupil) == [(TODAY, "Beratungsstelle", ("document",), "4KKG")]
    assert "Übermittlungsprotokoll" in panel.message.text()


def test_esc_or_a_cancelled_print_dialog_logs_nothing(open_panel, ctx, qtbot, pupil, tmp_path):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.pdf())
    panel = open_panel(pupil)
    viewer = panel.view_selected()
    qtbot.waitExposed(viewer)
    QTest.keyClick(viewer.page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = viewer.printing
    qtbot.waitExposed(dialog)
    _type(dialog.recipient.lineEdit(), "Jugendamt")
    QTest.keyClick(dialog.recipient.lineEdit(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    QTest.keyClick(viewer.page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = viewer.printing
    printed = tmp_path / "nie.pdf"
    _pdf_printer(dialog, printed)
    dialog.printer_chooser = lambda printer: False   # „Abbrechen“ in the print dialog
    _type(dialog.recipient.lineEdit(), "Jugendamt")
    dialog.basis.set_code("4KKG")
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    assert dialog.isVisible() and not printed.exists()
    assert _log(ctx, pupil) == []
    dialog.reject()
    viewer.accept()


def test_a_refused_disclosure_prints_nothing(open_panel, ctx, qtbot, pupil, tmp_path):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.pdf())
    dialog = open_panel(pupil).print_selected()
    printed = tmp_path / "nie.pdf"
    _pdf_printer(dialog, printed)
    _type(dialog.recipient.lineEdit(), "Schulleitung")   # „Einwilligung“: none names her
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    _ran(qtbot)
    assert "nicht zulässig" in dialog.error.text() and dialog.isVisible()
    assert not printed.exists() and _log(ctx, pupil) == []
    dialog.reject()


def test_a_format_it_cannot_render_cannot_be_printed_and_says_why(open_panel, ctx, qtbot, pupil):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.docx())
    panel = open_panel(pupil)
    assert not panel.print_button.isEnabled()
    assert "nicht drucken" in panel.print_button.toolTip()
    assert "Word-Dokument (DOCX)" in panel.print_button.accessibleDescription()
