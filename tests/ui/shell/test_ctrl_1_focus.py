"""Strg+1 puts the keyboard on the Übersicht's first tile, not on „Schuljahreswechsel …“,
a button used once a year (issue 64, finding 9): a stray Enter then opens nothing
she did not mean."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window


def test_ctrl_1_focuses_the_first_tile(ctx, qtbot, tmp_path, frozen_clock):
    window = active_main_window(ctx, qtbot, tmp_path)
    window.show_area("persons")
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_1, Qt.ControlModifier)
    area = window.areas["overview"]
    focus = QApplication.focusWidget()
    assert window.stack.currentWidget() is area
    assert focus is not area.school_year_button
    assert area.appointments.isAncestorOf(focus), (type(focus).__name__, focus.accessibleName())
