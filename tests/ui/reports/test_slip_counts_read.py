"""Beratungszettel drucken: the line under the preview said „1 Zettel auf 1 Seite(n)“ – the
program's brackets, read aloud as they stand. It now says „1 Seite“ and „3 Seiten“ (Qt's
plural forms, as every other count). Real key events into „Leere Zettel dazu“."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.reports.slip_dialog import SlipPrintDialog

DAY = date(2026, 11, 20)


def test_the_pages_are_counted_in_german(qtbot, ctx, pupil):
    svc.save_appointment(ctx.conn, Appointment(day=DAY, start="08:00", end="08:30",
                                               person_id=pupil.id, room="12"))
    dialog = SlipPrintDialog(ctx, svc.slips_for_day(ctx.conn, DAY))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.summary.text() == "1 Zettel auf 1 Seite"
    QTest.keyClick(dialog.layout_box, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.blank_box.hasFocus()
    QTest.keyClick(dialog.blank_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.blank_box, "8")
    assert dialog.summary.text() == "9 Zettel auf 3 Seiten"
