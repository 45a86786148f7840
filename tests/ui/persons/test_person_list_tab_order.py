"""Tab through the person list goes in its reading order: the search, the four filters,
the list, then the buttons above it (``PersonList._connect``). Real Tab presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_tab_goes_search_filters_list_then_the_buttons(ctx, qtbot, tmp_path, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    persons = window.show_area("persons")
    plist = persons.list
    order = [plist.school, plist.grade, plist.status, plist.kind, plist.table,
             plist.names_button, plist.new_button, plist.entry_button]
    plist.search.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in order:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert [w.accessibleName() for w in reached] == [w.accessibleName() for w in order]
    for _ in order[:-1]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is plist.school
