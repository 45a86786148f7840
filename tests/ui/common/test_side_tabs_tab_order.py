"""A page of ``SideTabs`` built when first chosen takes the place in the Tab chain of a
page built with the side tabs: right after the page list, before the controls that follow
them (Qt puts a widget built later at the end of the window's chain). The Datenschutz
area's pages are such pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from ssa_desktop.ui.common.side_tabs import SideTabs
from tests.ui.a11y.tabwalk import focus_names
from tests.ui.common.lazy_pages_window import page, window_around


def _window(qtbot):
    tabs = SideTabs(accessible_name="Seiten")
    tabs.addTab(page("first"), "Erste")
    tabs.addLazyTab(lambda: page("a", "spin", "b"), "Zweite")
    tabs.addLazyTab(lambda: page("c"), "Dritte")
    return window_around(qtbot, tabs), tabs


def test_tab_from_the_page_list_reaches_a_page_built_later_then_what_follows(qtbot):
    _window_, tabs = _window(qtbot)
    pages = tabs.list
    pages.setFocus(Qt.TabFocusReason)
    QTest.keyClick(pages, Qt.Key_Down)                                  # "Zweite"
    assert tabs.currentIndex() == 1 and tabs.is_built(1)
    assert focus_names(pages, 5) == ["a", "spin", "b", "Danach", "Später"]
    b = tabs.currentWidget().findChildren(QLineEdit)[-1]
    assert focus_names(b, 3, key=Qt.Key_Backtab) == ["spin", "a", "Seiten"]
    QTest.keyClick(pages, Qt.Key_End)                                   # "Dritte"
    assert tabs.currentIndex() == 2 and tabs.is_built(2)
    assert focus_names(pages, 2) == ["c", "Danach"]
    QTest.keyClick(pages, Qt.Key_Home)                                  # built with them
    assert focus_names(pages, 2) == ["first", "Danach"]


def test_a_page_asked_for_before_it_is_shown_takes_its_place_too(qtbot):
    _window_, tabs = _window(qtbot)
    page = tabs.widget(1)                                               # built, not shown
    assert tabs.currentIndex() == 0 and tabs.is_built(1)
    tabs.setCurrentWidget(page)
    assert focus_names(tabs.list, 4) == ["a", "spin", "b", "Danach"]
