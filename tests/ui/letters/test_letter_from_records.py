"""Issue 62: a letter straight from an appointment and from a case, at most three steps:
open the record, Alt+F („Als Brief …“), print or save in Brief erstellen (kind and record
preset)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.letters.dialog import LetterDialog
from tests.support import questions


def _letter_opened_by(qtbot, target_pdf, key_target, key=Qt.Key.Key_F) -> dict[str, str]:
    """Press Alt+F in ``window``; what the letter dialog that opens shows (then closed)."""
    seen: dict[str, str] = {}

    def look(letter: LetterDialog) -> None:
        letter.save_path_chooser = lambda suggested: str(target_pdf)
        started = letter.save_file()
        looks = [0]

        def closed_when_saved(letter: LetterDialog) -> bool:   # the save runs on the runner
            looks[0] += 1
            if letter.saving and looks[0] < 6000:   # bounded (a minute): far below the timeout
                return False
            seen.update(kind=letter.kind_box.currentData(),
                        source=letter.source_box.currentData(), person=letter.person_id,
                        saved=str(started and "gespeichert" in letter.message))
            letter.reject()
            return True
        questions.while_open(LetterDialog, closed_when_saved)

    questions.when_open(LetterDialog, look)
    QTest.keyClick(key_target, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen))   # a mnemonic clicks after a short animation
    return seen


def test_a_letter_straight_from_her_appointment_by_keys(qtbot, ctx, records, tmp_path):
    from ssa_desktop.ui.appointments.dialog import AppointmentDialog

    appointment = repo.APPOINTMENTS.get(ctx.conn, records["appointment"])
    dialog = AppointmentDialog(ctx, appointment=appointment)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    target = tmp_path / "einladung.pdf"
    seen = _letter_opened_by(qtbot, target, dialog.focusWidget() or dialog)
    assert seen["kind"] == "invitation" and seen["source"] == records["appointment"]
    assert seen["person"] == records["person"]
    assert seen["saved"] == "True"
    assert "02.12.2026" in PdfReader(str(target)).pages[0].extract_text()


def test_a_letter_straight_from_her_case_by_keys(qtbot, ctx, records, tmp_path):
    """From the Fälle tab: the selected case, Alt+M („Brief zum Fall …“): the invitation
    to her next appointment, saved as a PDF."""
    from datetime import date

    from ssa_desktop.domain.entities import Case
    from ssa_desktop.services import persons
    from ssa_desktop.ui.persons.case_dialog import CasesPanel

    persons.save_case(ctx.conn, Case(records["person"], date(2026, 10, 1), title="Schulangst"))
    panel = CasesPanel(ctx)
    qtbot.addWidget(panel)
    panel.load(records["person"])
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.table.setFocus()
    assert panel.letter_button.isEnabled()
    target = tmp_path / "fall.pdf"
    seen = _letter_opened_by(qtbot, target, panel.table, Qt.Key.Key_M)
    assert seen["kind"] == "invitation" and seen["source"] == records["appointment"]
    assert seen["person"] == records["person"] and seen["saved"] == "True"
    assert "02.12.2026" in PdfReader(str(target)).pages[0].extract_text()
