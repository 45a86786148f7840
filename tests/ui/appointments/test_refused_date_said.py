"""Neuer Termin with her keys (session 25, helper w1): she typed „31.02.2026“ as the date
and pressed Enter. The field was framed red, but the dialog's message line – the one a
screen reader reads out – stayed empty (only „Speichern“ filled it). Now the line says the
field's reason at once and goes once she has typed a real date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from tests.conftest import TODAY
from tests.support.main_windows import make_active

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _typed(dialog, text: str) -> None:
    dialog.day.setFocus()
    dialog.day.selectAll()
    QTest.keyClicks(dialog.day, text)
    QTest.keyClick(dialog.day, Qt.Key.Key_Return)


def test_an_impossible_date_is_said_in_the_message_line_at_once(qtbot, ctx):
    dialog = AppointmentDialog(ctx, day=TODAY, start="14:00")
    qtbot.addWidget(dialog)
    dialog.show()
    make_active(qtbot, dialog)
    _typed(dialog, "31.02.2026")
    assert dialog.isVisible() and dialog.day.text() == "31.02.2026"
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == dialog.day.toolTip() != ""
    assert svc.appointments_on(ctx.conn, TODAY) == []
    dialog.day.setFocus()
    dialog.day.selectAll()
    QTest.keyClicks(dialog.day, "25.11.2026")     # TODAY: nothing to ask at close
    QTest.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert not dialog.error.isVisibleTo(dialog)        # corrected: the line goes
