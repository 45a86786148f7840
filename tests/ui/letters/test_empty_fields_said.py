"""Session 26, tester W: a demo pupil's „Einladung zum Gespräch“ with no Briefkopf filled in
and a pupil without a first name went out as „ein Gespräch über  (Klasse 5a)“ and „Sie
erreichen mich unter  oder .“ – the preview is small and nothing said what stayed empty. The
dialog says which of the letter's own fields are empty (and where hers are filled in);
with everything filled it says nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import letters as dl
from ssa_desktop.services import settings


def test_the_empty_fields_of_the_letter_are_said(open_letter, conn, qtbot):
    for option in (dl.WORKER_PHONE, dl.WORKER_EMAIL):
        settings.set_value(conn, option, "")
    dialog = open_letter()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.kind_box.currentData() == "invitation"
    assert dialog.problem.text() == (
        "Im Brief bleibt leer: Ihre Telefonnummer, Ihre E-Mail-Adresse "
        "(Ihre Angaben: Einstellungen → Briefkopf).")
    assert dialog.print_button.isEnabled()   # said, not refused: she may still send it
    # another kind by her keys: its own empty fields
    dialog.kind_box.setFocus()
    QTest.keyClick(dialog.kind_box, Qt.Key.Key_W)   # „Weitervermittlung an eine Fachstelle“
    assert dialog.kind_box.currentData() == "referral"
    assert dialog.problem.text() == (
        "Im Brief bleibt leer: Ihre Telefonnummer (Ihre Angaben: Einstellungen → Briefkopf).")


def test_a_letter_with_everything_filled_says_nothing(open_letter, qtbot):
    dialog = open_letter()
    assert dialog.made is not None and dialog.problem.text() == ""


def test_a_preview_fills_the_letter_once(open_letter, monkeypatch, qtbot):
    """Session 27: the note read the letter's values again (``fill``) right after ``make``
    filled them – each preview on the GUI thread did the reading twice. The made letter
    carries its empty fields; one preview, one fill."""
    from ssa_desktop.services import letters as svc

    dialog = open_letter()
    fills: list[str] = []
    real_fill = svc.fill

    def counted(*args, **kwargs):
        fills.append(args[1].kind)
        return real_fill(*args, **kwargs)

    monkeypatch.setattr(svc, "fill", counted)
    dialog.kind_box.setFocus()
    QTest.keyClick(dialog.kind_box, Qt.Key.Key_W)   # „Weitervermittlung an eine Fachstelle“
    assert dialog.kind_box.currentData() == "referral"
    assert dialog.made is not None and dialog.made.pages
    assert fills == ["referral"]
