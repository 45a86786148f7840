"""Vernetzung → Kooperationsvereinbarung with her keys (session 22, tester Y): „Ziel
&hinzufügen“ shared Alt+H with the menu „&Hilfe“ (a tab built when first opened: the
area's check saw only „Partner“), so Alt+H did not add her goal. Now Alt+Z adds it, once
in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_alt_z_adds_a_goal_and_no_letter_is_shared(ctx, qtbot, tmp_path, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("network")
    area.tabs.setFocus()
    QTest.keyClick(area.tabs, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # &Kooperations…
    tab = area.agreement
    qtbot.waitUntil(lambda: area.tabs.currentWidget() is tab)
    assert clashes(window) == {}
    assert tab.save_agreement() is not None
    before = tab.model.rowCount()
    tab.view.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1)
