"""Tab in the Datenpanne dialog goes in reading order: from „Art des Vorfalls“ into the
sections of the report, then „Als PDF speichern“ and „Schließen“. The chain named the
scroll area, which takes no focus: Qt dropped that pair, and Tab went from „Art des
Vorfalls“ to the status line below the sections first. Real Tab presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.privacy.breach_dialog import BreachDialog


def test_tab_goes_from_the_kind_into_the_sections_then_the_buttons(ctx, qtbot):
    dialog = BreachDialog(ctx.session.vault.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # key events go to the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    editors = list(dialog.editors.values())
    dialog.incident.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editors[0]
    QTest.keyClick(editors[0], Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.incident
    editors[-1].setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(editors[-1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.save_button
