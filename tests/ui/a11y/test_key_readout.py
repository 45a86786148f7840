"""A key shown on screen is read out only on request, group by group: the label is named
without its characters, „Schlüssel vorlesen“ (Alt+V) shows and announces one group per
press; every other label is read with its visible text (the audit's
``text_hidden_by_name`` checks that in every area and dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.ui.common.key_readout import group_line
from ssa_desktop.ui.settings.dialogs import EmergencyKeyDialog

KEY = ("A1B2C3D4 21AE7612 00FF00FF 12345678 9ABCDEF0 0F0F0F0F CAFEBABE DEADBEEF")


def test_the_emergency_key_is_read_group_by_group_on_request(qtbot):
    dialog = EmergencyKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    name = dialog.key.accessibleName()
    assert name.startswith("Notfallschlüssel") and "vorlesen" in name
    assert not any(group in name for group in KEY.split())
    dialog.readout.button.setFocus(Qt.TabFocusReason)
    QTest.keyClick(dialog.readout.button, Qt.Key_Space)
    assert dialog.readout.line.text() == "Gruppe 1 von 8: A1B2 C3D4"
    QTest.keyClick(dialog.readout.button, Qt.Key_Space)
    QTest.keyClick(dialog.readout.button, Qt.Key_Space)
    assert dialog.readout.line.text() == "Gruppe 3 von 8: 00FF 00FF"
    assert dialog.readout.line.accessibleName() == "Gruppe 3 von 8: 00FF 00FF"


def test_a_group_of_eight_is_said_in_two_halves():
    assert group_line(KEY, 8) == "Gruppe 8 von 8: DEAD BEEF"
    assert group_line("AB12 CD34", 2) == "Gruppe 2 von 2: CD34"
