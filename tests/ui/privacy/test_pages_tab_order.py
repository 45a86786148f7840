"""Tab from the Datenschutz page list goes into the page she chose, also to a page built
only when she chose it (``SideTabs`` puts it in its placeholder's place in the Tab chain;
Qt would append it after every control made meanwhile). A guard: the area makes nothing
focusable after its page list, so this passed before that too; the unit test that failed
without it is ``tests/ui/common/test_side_tabs_tab_order.py``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from tests.ui.privacy.shared import shown_area

TODAY = date(2026, 9, 1)


def test_tab_from_the_page_list_reaches_a_page_built_when_she_chose_it(ctx, qtbot):
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        area.window().activateWindow()
        qtbot.waitUntil(area.window().isActiveWindow)
        pages = area.tabs.list
        for _ in range(area.tabs.count() - 1):     # as she does: ↓ through every page
            pages.setFocus(Qt.TabFocusReason)
            QTest.keyClick(pages, Qt.Key_Down)
            page = area.tabs.currentWidget()
            title = area.tabs.tabText(area.tabs.currentIndex())
            QTest.keyClick(pages, Qt.Key_Tab)
            focus = QApplication.focusWidget()
            assert page.isAncestorOf(focus), (title, focus.accessibleName())
            QTest.keyClick(focus, Qt.Key_Backtab)
            assert QApplication.focusWidget() is pages, title
