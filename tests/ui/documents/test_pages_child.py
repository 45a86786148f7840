"""A PDF's pages are rendered in a child process of their own (``services.pdf_pages``):
PDFium never loads into the GUI, the page crosses a pipe (no file), a child that dies
mid-job is a German sentence in the viewer (the document stays), a failed print logs
nothing, and an answer out of bounds is refused. Real child processes throughout."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ssa_desktop.domain import documents as d
from ssa_desktop.services import documents as svc
from ssa_desktop.services import pdf_pages
from ssa_desktop.ui.documents.render import Pages, Unshowable
from tests.support import document_files as f
from tests.ui.documents.conftest import TODAY
from tests.ui.documents.test_print_document import _log, _pdf_printer, _ran, _type

ROOT = Path(__file__).resolve().parents[3]
posix_only = pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL")

_GUI_SHOWS_A_PAGE = r"""
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from ssa_desktop.domain import documents as d
from ssa_desktop.ui.documents.render import Pages
pages = Pages(open(sys.argv[1], "rb").read(), d.PDF)
image = pages.image(1, 1.0)
print(pages.count, image.width(), image.height(), pages.child_pid != 0,
      "pypdfium2" in sys.modules)
pages.close()
"""


def test_the_gui_shows_a_pdf_page_without_loading_pdfium(tmp_path):
    """In a fresh GUI process (as hers): two pages, page 2 at 96 dpi (A4: 794 × 1123
    pixels), and no pypdfium2 in its modules — PDFium lived in the child."""
    source = tmp_path / "zwei.pdf"
    source.write_bytes(f.pdf(pages=2))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _GUI_SHOWS_A_PAGE, str(source)], env=env,
                         cwd=str(tmp_path), capture_output=True, text=True, timeout=120,
                         check=True).stdout.split()
    assert out == ["2", "794", "1123", "True", "False"]


def test_the_child_ends_when_the_pages_close(qapp):
    pages = Pages(f.pdf(pages=1), d.PDF)
    pid = pages.child_pid
    assert pid is not None and pid != os.getpid()
    image = pages.image(0)
    assert image.pixel(5, 5) == 0xFFFFFFFF   # the page's white, opaque
    pages.close()
    assert pages.child_pid is None
    with pytest.raises(ProcessLookupError):   # ended and reaped
        os.kill(pid, 0)


def _coloured_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setFillColorRGB(0.8, 0.1, 0.1)
    pdf.rect(0, 0, 300, 300, stroke=0, fill=1)   # bottom left: red
    pdf.setFillColorRGB(0, 0, 0)
    pdf.drawString(300, 700, "Stempel des Jugendamts")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_page_without_colour_crosses_as_grey_bytes_a_coloured_one_as_bgrx(qapp):
    """A letter or a black-and-white scan is one grey byte a pixel in the GUI (a quarter
    of the 3.4 MB an A4 page at 96 dpi takes as RGB32, read straight into the image that
    shows it), the same pixels; a page with colour keeps its colour."""
    grey = Pages(f.pdf(pages=1), d.PDF)
    coloured = Pages(_coloured_pdf(), d.PDF)
    try:
        page = grey.image(0)
        assert page.format() == QImage.Format.Format_Grayscale8
        assert (page.width(), page.height()) == (794, 1123)
        assert page.sizeInBytes() == 796 * 1123   # rows of whole 32-bit words
        assert page.pixel(5, 5) == 0xFFFFFFFF
        assert min(page.pixelColor(x, y).value() for x in range(96, 300)
                   for y in range(95, 112)) < 100   # the text (72 pt in, 760 up) is dark
        page = coloured.image(0)
        assert page.format() == QImage.Format.Format_RGB32
        red = page.pixelColor(50, 1100)
        assert red.red() > 180 and red.green() < 60 and red.blue() < 60
    finally:
        grey.close()
        coloured.close()


def test_a_damaged_pdf_is_unshowable_through_the_child(qapp):
    with pytest.raises(Unshowable, match="beschädigt oder verschlüsselt"):
        Pages(b"%PDF-1.4\n kaputt", d.PDF)


@posix_only
def test_a_child_killed_mid_job_is_a_german_sentence_and_the_document_stays(
        open_panel, ctx, qtbot, pupil):
    data = f.pdf(pages=2)
    doc = svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY,
                           data)
    panel = open_panel(pupil)
    viewer = panel.view_selected()
    qtbot.waitExposed(viewer)
    assert viewer.position.text() == "Seite 1 von 2"
    os.kill(viewer.pages.child_pid, signal.SIGKILL)   # PDFium's process dies
    QTest.keyClick(viewer.page, Qt.Key.Key_PageDown)
    assert viewer.isVisible()
    assert "Hilfsprozess von SSA Desktop" in viewer.page.text()
    assert "unverändert im Tresor" in viewer.page.text()
    assert viewer.page.image() is None
    assert viewer.page.accessibleName().startswith("Seite 2 von 2 – Die PDF-Datei")
    assert viewer.previous.isEnabled() and not viewer.next.isEnabled()
    viewer.accept()
    # nothing lost: the document is still there and shows again, from a new child
    assert svc.read_content(ctx.conn, svc.get_document(ctx.conn, doc.id)) == data
    again = panel.view_selected()
    qtbot.waitExposed(again)
    assert again.position.text() == "Seite 1 von 2"
    assert again.page.image() is not None
    again.accept()


def test_a_print_whose_child_cannot_start_says_so_and_logs_nothing(
        open_panel, ctx, qtbot, pupil, tmp_path, monkeypatch):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY,
                     f.pdf(pages=2))
    panel = open_panel(pupil)
    viewer = panel.view_selected()
    qtbot.waitExposed(viewer)
    dialog = viewer.print_document()
    printed = tmp_path / "ausdruck.pdf"
    _pdf_printer(dialog, printed)
    _type(dialog.recipient.lineEdit(), "Jugendamt")
    dialog.basis.set_code("4KKG")
    # the child ends before it answers anything (as one the system killed at its start)
    monkeypatch.setattr(pdf_pages, "child_command",
                        lambda: [sys.executable, "-c", "import sys; sys.exit(3)"])
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    _ran(qtbot)                                     # printed on the one runner
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Der Druck ist fehlgeschlagen: Die PDF-Datei")
    assert dialog.error.text().endswith("Nichts wurde gedruckt und nichts protokolliert.")
    assert _log(ctx, pupil) == []
    dialog.reject()
    viewer.accept()


_HOSTILE_CHILD = r"""
import struct, sys
sys.stdin.buffer.read(1); size = struct.unpack(">q", sys.stdin.buffer.read(8))[0]
sys.stdin.buffer.read(size)
sys.stdout.buffer.write(struct.pack(">i", 1)); sys.stdout.buffer.flush()
sys.stdin.buffer.read(13)
sys.stdout.buffer.write(struct.pack(">iiii", 900000, 900000, 3600000, 4)); sys.stdout.buffer.flush()
sys.stdin.buffer.read()
"""


def test_a_page_answer_out_of_bounds_is_refused_before_anything_is_read(monkeypatch):
    """A page of 900,000² pixels claimed by the child: refused from its header (no 3 TB
    buffer), the child ended."""
    monkeypatch.setattr(pdf_pages, "child_command",
                        lambda: [sys.executable, "-c", _HOSTILE_CHILD])
    pages = pdf_pages.PdfPages(b"%PDF-1.4")
    assert pages.count == 1
    with pytest.raises(pdf_pages.PagesFailed, match="Hilfsprozess"):
        pages.page(0, 1.0)
    assert pages.pid is None


def test_a_pages_child_that_stops_reading_the_pdf_is_a_german_sentence(monkeypatch):
    """Review finding 4 for the PDF's pages: the PDF (megabytes against a 64 KB pipe) was
    written without a deadline, so a child alive but not reading held the viewer (the GUI)
    for ever (this test hung). Now the write ends at ``TIMEOUT_S``: PagesFailed, the child
    ended with its group."""
    import threading

    monkeypatch.setattr(pdf_pages, "child_command", lambda: [
        sys.executable, "-c", "import threading; threading.Event().wait()"])
    monkeypatch.setattr(pdf_pages, "TIMEOUT_S", 0.5)
    started: list[subprocess.Popen] = []
    real_start = pdf_pages.child_process.start
    monkeypatch.setattr(pdf_pages.child_process, "start",
                        lambda args: started.append(real_start(args)) or started[-1])
    got: list = []

    def open_pdf() -> None:
        try:
            pdf_pages.PdfPages(b"%PDF-1.4" + b"x" * (4 << 20))
        except pdf_pages.PagesFailed as err:
            got.append(str(err))

    done = threading.Thread(target=open_pdf, daemon=True)
    done.start()
    done.join(60)           # a bound for the failure before the fix, not a timing guess
    try:
        assert not done.is_alive(), "the viewer hangs in the write"
        assert len(got) == 1 and got[0].startswith("Die PDF-Datei konnte nicht angezeigt")
        assert started[0].returncode is not None        # ended (and reaped) by the viewer
    finally:
        for child in started:
            pdf_pages.child_process.kill(child)
            child.wait()


def test_the_gui_keeps_no_copy_of_a_pdf_its_child_shows(qapp):
    """The PDF's bytes went to the child, which renders every page from them: the GUI
    kept a copy for as long as the viewer was open (a 5 MB scan: 5 MB of the viewer's
    peak). An image's bytes stay, its reader reads them page by page. Before: the PDF's
    bytes held in ``Pages``."""
    data = f.pdf(pages=2)
    pages = Pages(data, d.PDF)
    try:
        assert pages._data.size() == 0
        assert not pages.image(1).isNull()   # a page is still rendered from the child's copy
    finally:
        pages.close()
