"""The deputy's „Termin eintragen“ refuses an end before the start with the Termine form's
sentence (``appointment_times``, the one rule); everything typed stays, nothing is
written, and her correction saves. Real keys. With SSA_SHOTS=/folder the refusal is saved
as s22-deputy-appointment-refused.png (QT_SCALE_FACTOR=2 for 200 %)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.storage import repositories as repo
from tests.ui.handover.deputy_fixture import WORKDAY


def test_an_end_before_the_start_is_refused_with_the_form_s_sentence(deputy_window, qtbot):
    window = deputy_window
    before = repo.APPOINTMENTS.count(window.pkg)
    with clock.frozen(WORKDAY):
        dialog = window.add_appointment()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.start.setTime(QTime(10, 0))
        dialog.end.setTime(QTime(9, 30))
        dialog.room.setFocus()
        QTest.keyClicks(dialog.room, "Raum 12")
        QTest.keyClick(dialog.room, Qt.Key.Key_Return)
        assert dialog.error.text() == "Das Ende des Termins muss nach dem Beginn liegen."
        assert dialog.isVisible() and dialog.room.text() == "Raum 12"
        assert repo.APPOINTMENTS.count(window.pkg) == before
        if folder := os.environ.get("SSA_SHOTS"):
            scale = dialog.devicePixelRatioF()
            suffix = f"-{round(scale * 100)}pct" if scale != 1 else ""
            dialog.grab().save(str(Path(folder) / f"s22-deputy-appointment-refused{suffix}.png"))
        dialog.end.setTime(QTime(10, 45))
        dialog.room.setFocus()
        QTest.keyClick(dialog.room, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    assert repo.APPOINTMENTS.count(window.pkg) == before + 1
