"""A person's page, Strg+D („Beratungszettel …“): once she saved the slips as a PDF (or
printed them) the dialog closes – and the window said nothing. The dialog's sentence
(„2 Beratungszettel gespeichert: …“) was dropped by the person page, where the Übersicht
and Termine say it: she could not tell where the file went. It is now said in the status
bar, as after a letter. Real key events."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.reports.slip_dialog import SlipPrintDialog
from tests.support import questions
from tests.support.main_windows import active_main_window, when_active

pytestmark = pytest.mark.usefixtures("frozen_clock")

ALT = Qt.KeyboardModifier.AltModifier


def test_slips_saved_from_the_person_page_are_said(ctx, qtbot, tmp_path, pupil):
    for hour in (8, 9):
        svc.save_appointment(ctx.conn, Appointment(day=date(2026, 11, 26), start=f"{hour:02d}:00",
                                                   end=f"{hour:02d}:30", person_id=pupil.id,
                                                   room="12"))
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    target = tmp_path / "Zettel.pdf"
    seen: list[int] = []

    def save(dialog: SlipPrintDialog) -> None:
        dialog.save_path_chooser = lambda _suggested: str(target)
        seen.append(len(dialog.all_slips()))
        when_active(dialog, lambda: QTest.keyClick(dialog, Qt.Key.Key_P, ALT))

    questions.when_open(SlipPrintDialog, save)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier)
    assert seen == [2]
    assert target.exists()
    assert window.statusBar().currentMessage() == f"2 Beratungszettel gespeichert: {target}"
