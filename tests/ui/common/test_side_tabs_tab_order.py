"""A page of ``SideTabs`` built when first chosen takes the place in the Tab chain of a
page built with the side tabs: right after the page list, before the controls that follow
them (Qt puts a widget built later at the end of the window's chain). The Datenschutz
area's pages are such pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ssa_desktop.ui.common.side_tabs import SideTabs
from tests.ui.a11y.tabwalk import focus_names


def _page(*names: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for name in names:
        control = QSpinBox() if name.startswith("spin") else QLineEdit()
        control.setAccessibleName(name)
        layout.addWidget(control)
    return page


def _window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QPushButton("Vorher")
    before.setAccessibleName("Vorher")
    layout.addWidget(before)
    tabs = SideTabs(accessible_name="Seiten")
    tabs.addTab(_page("first"), "Erste")
    tabs.addLazyTab(lambda: _page("a", "spin", "b"), "Zweite")
    tabs.addLazyTab(lambda: _page("c"), "Dritte")
    layout.addWidget(tabs)
    after = QPushButton("Danach")  # made after the side tabs, below them
    after.setAccessibleName("Danach")
    layout.addWidget(after)
    window.show()
    window.activateWindow()  # key events go to the focus widget of the active window
    qtbot.waitUntil(window.isActiveWindow)
    # made after the window was shown, as the buttons an area adds at its first load
    later = QPushButton("Später")
    later.setAccessibleName("Später")
    layout.addWidget(later)
    later.show()
    return window, tabs


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
