"""A page of ``LazyTabWidget`` built when first shown takes the place in the Tab chain of a
page built with the tab widget: right after the tab bar, before the controls that follow
the tab widget (Qt puts a widget built later at the end of the window's chain)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from ssa_desktop.ui.common.lazy_tabs import LazyTabWidget
from tests.ui.a11y.tabwalk import focus_names
from tests.ui.common.lazy_pages_window import page, window_around


def _window(qtbot):
    tabs = LazyTabWidget()
    tabs.addTab(page("first"), "&Erste")
    tabs.addLazyTab(lambda: page("a", "spin", "combo", "b"), "&Zweite")
    tabs.addLazyTab(lambda: page("c"), "&Dritte")
    return window_around(qtbot, tabs), tabs


def test_tab_from_the_tab_bar_reaches_a_page_built_later_then_what_follows(qtbot):
    window, tabs = _window(qtbot)
    bar = tabs.tabBar()
    bar.setFocus(Qt.TabFocusReason)
    QTest.keyClick(bar, Qt.Key_Tab, Qt.ControlModifier)               # Strg+Tab: "Zweite"
    assert tabs.currentIndex() == 1 and tabs.is_built(1)
    assert focus_names(bar, 7) == [
        "a", "spin", "combo", "b", "Danach", "Später", "Vorher"]
    assert focus_names(bar, 1, key=Qt.Key_Backtab) == ["Vorher"]
    b = tabs.currentWidget().findChildren(QLineEdit)[-1]
    assert b.accessibleName() == "b"
    assert focus_names(b, 4, key=Qt.Key_Backtab) == ["combo", "spin", "a", "QTabBar"]
    # a page built by its mnemonic, after the first: in its place too
    QTest.keyClick(window, Qt.Key_D, Qt.AltModifier)                  # "&Dritte"
    assert tabs.currentIndex() == 2 and tabs.is_built(2)
    assert focus_names(bar, 2) == ["c", "Danach"]
    c = tabs.currentWidget().findChild(QLineEdit)
    assert focus_names(c, 1, key=Qt.Key_Backtab) == ["QTabBar"]
    # back on the first page (built with the tab widget): as before
    QTest.keyClick(window, Qt.Key_E, Qt.AltModifier)
    assert focus_names(bar, 2) == ["first", "Danach"]


def test_a_page_asked_for_before_it_is_shown_takes_its_place_too(qtbot):
    _window_, tabs = _window(qtbot)
    page = tabs.widget(1)                                              # built, not shown
    assert tabs.currentIndex() == 0 and tabs.is_built(1)
    tabs.setCurrentWidget(page)
    assert focus_names(tabs.tabBar(), 5) == ["a", "spin", "combo", "b", "Danach"]
