"""Einstellungen → Briefkopf: typed once, kept in the vault, on every letter."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import letters as dl
from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments, settings
from ssa_desktop.services import letters as svc
from ssa_desktop.ui.settings.pages.letterhead import LetterheadPage

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff"
       b"\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")


def test_typed_letterhead_is_kept_and_printed(qtbot, ctx, pupil, tmp_path, frozen_clock):
    page = LetterheadPage(ctx)
    qtbot.addWidget(page)
    page.load()
    page.show()
    _option, name = page.fields["letters.traeger_name"]
    name.setFocus()
    QTest.keyClicks(name, "Jugendhilfe Breisgau e. V.")
    QTest.keyClick(name, Qt.Key.Key_Tab)
    QTest.keyClicks(page.focusWidget(), "Marktplatz 1")
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Briefkopf gespeichert."
    assert settings.get(ctx.conn, dl.TRAEGER_NAME) == "Jugendhilfe Breisgau e. V."
    assert settings.get(ctx.conn, dl.TRAEGER_STREET) == "Marktplatz 1"
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    page.logo_path_chooser = lambda: str(logo)
    QTest.mouseClick(page.logo_button, Qt.MouseButton.LeftButton)
    assert page.logo_state.text() == "Logo gewählt" and svc.logo(ctx.conn) == PNG
    appt = appointments.save_appointment(ctx.conn, Appointment(date(2026, 12, 2), "14:00", "14:45",
                                                               person_id=pupil.id))
    made = svc.make(ctx.conn, svc.LetterRequest("appointment", pupil.id, appt.id,
                                                recipient="Familie Sommer"))
    text = PdfReader(io.BytesIO(made.data)).pages[0].extract_text()
    assert "Jugendhilfe Breisgau e. V." in text and "Marktplatz 1" in text
    QTest.mouseClick(page.logo_clear, Qt.MouseButton.LeftButton)
    assert svc.logo(ctx.conn) is None


def test_a_logo_that_cannot_be_read_is_refused_and_the_old_one_kept(qtbot, ctx, tmp_path):
    svc.set_logo(ctx.conn, PNG)
    page = LetterheadPage(ctx)
    qtbot.addWidget(page)
    page.load()
    page.logo_path_chooser = lambda: str(tmp_path)   # a folder: reading it fails
    page.choose_logo()
    assert page.status.text() == "Das Bild konnte nicht gelesen werden."
    assert svc.logo(ctx.conn) == PNG
    page.logo_path_chooser = lambda: ""              # cancelled: nothing said, nothing changed
    page.choose_logo()
    assert page.status.text() == "Das Bild konnte nicht gelesen werden."
    assert svc.logo(ctx.conn) == PNG


def test_a_logo_that_is_no_picture_is_refused(qtbot, ctx, tmp_path):
    page = LetterheadPage(ctx)
    qtbot.addWidget(page)
    page.load()
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"kein Bild")
    page.logo_path_chooser = lambda: str(bad)
    page.choose_logo()
    assert page.status.text() == "Das Logo muss ein PNG- oder JPEG-Bild sein."
