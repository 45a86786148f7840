"""The slip dialog: preview, blank slips, printing through QPrinter, no temp files."""

from __future__ import annotations

import tempfile
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.reports.slip_dialog import SlipPrintDialog, print_day_dialog

DAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    """Error boxes are recorded instead of shown (a modal box would block the test)."""
    messages: list[str] = []
    monkeypatch.setattr("ssa_desktop.ui.reports.slip_dialog.show_error",
                        lambda parent, text, title="": messages.append(text))
    return messages


def _slips(conn, pupil, n=3):
    for h in range(8, 8 + n):
        svc.save_appointment(conn, Appointment(day=DAY, start=f"{h:02d}:00",
                                               end=f"{h:02d}:30", person_id=pupil.id,
                                               room="12", note="Streit zu Hause"))
    return svc.slips_for_day(conn, DAY)


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """The temp folder of this test alone (the machine's /tmp is shared by other
    processes), so that anything written there by us shows up and nothing else."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_preview_and_blank_slips(qtbot, ctx, pupil):
    dialog = SlipPrintDialog(ctx, _slips(ctx.conn, pupil))
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "3 Zettel auf 1 Seite"
    # its own image, grey (no logo), painted by the label: nothing of it stays in Qt's
    # pixmap cache once the dialog is closed (before: a pixmap, up to 12 pages of RGB32)
    assert dialog.preview.image().format() == QImage.Format.Format_Grayscale8
    dialog.blank_box.setValue(6)
    assert dialog.summary.text() == "9 Zettel auf 3 Seiten"
    assert [not s.name for s in dialog.all_slips()] == [False] * 3 + [True] * 6
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4"))
    assert dialog.summary.text() == "9 Zettel auf 9 Seiten"


def test_printing_paints_on_the_printer_and_leaves_no_temp_file(qtbot, ctx, pupil, tmp_path,
                                                               private_temp):
    dialog = SlipPrintDialog(ctx, _slips(ctx.conn, pupil, 5))
    qtbot.addWidget(dialog)
    printer = dialog.make_printer()
    out = tmp_path / "drucker.pdf"  # stands in for a real printer
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.printer_chooser = lambda p: True
    assert dialog.print_slips(printer), shown
    assert dialog.message == "5 Beratungszettel gedruckt."
    assert list(private_temp.iterdir()) == []
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    text = reader.pages[0].extract_text().replace("\t", " ")  # Qt's PDF spaces words by tabs
    assert "Kim S." in text and "08:00–08:30 Uhr" in text and "Streit" not in text


def test_cancelled_print_dialog_prints_nothing(qtbot, ctx, pupil):
    dialog = SlipPrintDialog(ctx, _slips(ctx.conn, pupil, 1))
    qtbot.addWidget(dialog)
    dialog.printer_chooser = lambda p: False
    assert not dialog.print_slips()
    assert dialog.message == ""


def test_save_failure_shows_german_message_and_leaves_no_file(qtbot, ctx, pupil, tmp_path,
                                                              shown):
    dialog = SlipPrintDialog(ctx, _slips(ctx.conn, pupil, 1))
    qtbot.addWidget(dialog)
    dialog.save_path_chooser = lambda s: str(tmp_path / "fehlt" / "x.pdf" / "y.pdf")
    (tmp_path / "fehlt").mkdir()
    (tmp_path / "fehlt" / "x.pdf").write_text("a file, not a folder")
    assert not dialog.save_pdf()
    assert shown and "konnte nicht gespeichert werden" in shown[0]
    assert sorted(p.name for p in (tmp_path / "fehlt").iterdir()) == ["x.pdf"]


def test_overview_day_batch_entry_point(qtbot, ctx, pupil, monkeypatch):
    _slips(ctx.conn, pupil, 2)
    seen = []
    monkeypatch.setattr(SlipPrintDialog, "exec", lambda self: seen.append(self.all_slips()))
    print_day_dialog(ctx, DAY)
    assert [s.start for s in seen[0]] == ["08:00", "09:00"]
    print_day_dialog(ctx, date(2026, 11, 21))
    assert len(seen[1]) == 4 and all(not s.name for s in seen[1])


def test_name_format_and_logo_are_stored_and_rebuild_the_slips(qtbot, ctx, pupil, tmp_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    _slips(ctx.conn, pupil, 1)
    dialog = SlipPrintDialog(ctx, lambda conn: svc.slips_for_day(conn, DAY))
    qtbot.addWidget(dialog)
    assert dialog.all_slips()[0].name == "Kim S."
    dialog.name_box.setCurrentIndex(dialog.name_box.findData("pseudonym"))
    assert dialog.all_slips()[0].name == "K-17"
    assert svc.slip_data(ctx.conn, svc.appointments_on(ctx.conn, DAY)[0].id).name == "K-17"
    image = QImage(40, 40, QImage.Format_RGB32)
    image.fill(0x2F5D7C)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    logo = tmp_path / "logo.png"
    logo.write_bytes(bytes(data))
    dialog.logo_path_chooser = lambda: str(logo)
    dialog.choose_logo()
    assert dialog.all_slips()[0].logo == bytes(data)
    dialog.logo_clear.click()
    assert dialog.all_slips()[0].logo is None


def test_a_logo_that_cannot_be_read_is_refused_in_german(qtbot, ctx, pupil, tmp_path, shown):
    dialog = SlipPrintDialog(ctx, _slips(ctx.conn, pupil, 1))
    qtbot.addWidget(dialog)
    dialog.logo_path_chooser = lambda: str(tmp_path)   # a folder: reading it fails
    dialog.choose_logo()
    dialog.logo_path_chooser = lambda: ""              # cancelled: nothing said
    dialog.choose_logo()
    assert shown == ["Das Bild konnte nicht gelesen werden."]
    assert dialog.all_slips()[0].logo is None


def test_a_wrong_logo_file_is_refused_in_german(qtbot, ctx, pupil, tmp_path, shown):
    dialog = SlipPrintDialog(ctx, _slips(ctx.conn, pupil, 1))
    qtbot.addWidget(dialog)
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a....")
    dialog.logo_path_chooser = lambda: str(bad)
    dialog.choose_logo()
    assert shown == ["Das Logo muss ein PNG- oder JPEG-Bild sein."]
    assert dialog.all_slips()[0].logo is None


def test_person_page_prints_the_persons_slips(qtbot, ctx, pupil, monkeypatch):
    from ssa_desktop.domain import clock
    from ssa_desktop.ui.persons.person_page import PersonPage

    _slips(ctx.conn, pupil, 2)
    seen = []
    monkeypatch.setattr(SlipPrintDialog, "exec", lambda self: seen.append(self.all_slips()))
    page = PersonPage(ctx)
    qtbot.addWidget(page)
    page.load(pupil.id)
    with clock.frozen(DAY):
        page.slip_button.click()
    assert [s.start for s in seen[0]] == ["08:00", "09:00"]
    assert all(s.name == "Kim S." for s in seen[0])


def test_a_one_page_preview_is_that_page_s_image_alone(qapp, monkeypatch):
    """A letter's one page is previewed as its own image: no second copy of it (an A4
    page 420 pixels wide is 1 MB, under the letter window's peak); two pages are put one
    below the other with the grey gap."""
    from ssa_desktop.reports.slip_layout import Page
    from ssa_desktop.ui.reports import slip_painter

    drawn = []
    real = slip_painter.page_image

    def recorded(page, width):
        image = real(page, width)
        drawn.append(image)
        return image

    monkeypatch.setattr(slip_painter, "page_image", recorded)
    a4 = Page(210, 297)
    one = slip_painter.preview_image([a4])
    assert one is drawn[0] and one.width() == slip_painter.PREVIEW_WIDTH
    two = slip_painter.preview_image([a4, a4])
    assert two.height() == 2 * one.height() + 8
    assert two.pixelColor(0, one.height() + 4).name() == "#9a9a9a"
