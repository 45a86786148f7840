"""A time field's hour and minute with the keyboard alone (Neuer Termin's Beginn, the
same field class as every time of the app): ←/→ go to the other section whole, so typed
digits replace it; Tab leaves the field; what a reader hears of each step is the section
and its value (said over the real bus: ``test_real_bus.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def dialog(qtbot, ctx):
    shown = AppointmentDialog(ctx, day=TODAY, start="08:00")
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    shown.start.setFocus(Qt.TabFocusReason)
    return shown


def test_arrows_step_the_sections_and_typing_replaces_one(dialog, qtbot):
    start = dialog.start
    qtbot.keyClick(start, Qt.Key_Up)
    assert start.section_spoken() == "Stunde 9"
    qtbot.keyClick(start, Qt.Key_Right)
    assert start.section_spoken() == "Minute 0"
    qtbot.keyClicks(start, "45")
    qtbot.keyClick(start, Qt.Key_Left)
    assert start.section_spoken() == "Stunde 9"
    qtbot.keyClicks(start, "11")
    start.commit()
    assert start.time() == QTime(11, 45)
    assert dialog.end.time() == QTime(12, 15)  # the 30 minutes kept
    dialog.accept()  # saved: closing changed input would ask first
    assert not dialog.isVisible()


def test_arrows_stay_at_the_edge_and_tab_leaves(dialog, qtbot):
    start = dialog.start
    qtbot.keyClick(start, Qt.Key_Left)
    assert start.section_spoken() == "Stunde 8" and start.hasFocus()
    qtbot.keyClick(start, Qt.Key_Right)
    qtbot.keyClick(start, Qt.Key_Right)
    assert start.section_spoken() == "Minute 0" and start.hasFocus()
    qtbot.keyClick(start, Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.end
