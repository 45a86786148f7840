"""Arbeitszeit with her keys (session 22, tester Y): „Bericht …“, the month's or year's
report for the Träger, was the one control of the area's top line without an Alt+letter
(Schuljahr, Zeitraum and Schule have theirs). Now Alt+R opens its menu (PDF, CSV, JSON),
once in the window on every tab; Esc closes the menu again. In „Wochenraster“ the grid's
„&Schule“ and „&Woche mit“ shared Alt+S with „&Schuljahr“ and Alt+W with the tab itself
(a tab built when first opened: the area's check saw only „Auswertung“); now Alt+U and
Alt+O."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_alt_r_opens_the_report_menu(ctx, qtbot, tmp_path, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("time")
    assert letter(area.export_button.text()) == "r"
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        assert clashes(window) == {}, area.tabs.tabText(index)
    area.tabs.setCurrentIndex(0)
    area.year.setFocus()
    QTest.keyClick(area.year, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is area.export_button.menu())
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
