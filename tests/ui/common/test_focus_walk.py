"""A walk over the focus chain leaves her window's Python wrappers alone
(``tab_chain.chain_inside``). PySide makes the widget ``nextInFocusChain()`` returns a Python
child of the widget asked (its return-value heuristic). A walk that went round the whole
chain asked an area's last widget for the next one — her window — and the window became
that widget's Python child: once the area was taken apart (the lock takes Statistik
apart), PySide invalidated the window's Python children with it, and the unlock window's
buttons (made by Qt in ``QDialogButtonBox.addButton``) raised „Internal C++ object
(QPushButton) already deleted“ at Enter (session 27, helper U)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssa_desktop.ui.common.area import first_control


def _window_with_an_area_last(qtbot):
    """Her window: a field and a button box's button Qt made, then an area (last in the
    window's focus chain, as Statistik built on its first showing) with only a disabled
    button, so that ``first_control`` finds nothing in it."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit = QLineEdit(window)
    box = QDialogButtonBox(window)
    ok = box.addButton("OK", QDialogButtonBox.ButtonRole.AcceptRole)   # made by Qt
    layout.addWidget(edit)
    layout.addWidget(box)
    area = QWidget(window)
    inside = QVBoxLayout(area)
    off = QPushButton("Aus", area)
    off.setEnabled(False)
    inside.addWidget(off)
    layout.addWidget(area)
    edit.returnPressed.connect(lambda: ok.setEnabled(False))
    window.show()
    qtbot.waitExposed(window)
    return window, edit, ok, area


def _taken_apart(area: QWidget) -> None:
    area.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_enter_still_reaches_her_windows_button_after_an_empty_area_was_taken_apart(qtbot):
    """Red before: ``first_control`` went round the whole chain, her window became the
    disabled button's Python child, and Enter raised „already deleted“."""
    window, edit, ok, area = _window_with_an_area_last(qtbot)
    assert first_control(area) is None
    _taken_apart(area)
    assert shiboken6.isValid(ok)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not ok.isEnabled()


def test_the_walk_inside_an_area_yields_its_widgets_in_tab_order_and_stops(qtbot):
    from ssa_desktop.ui.common.tab_chain import chain_inside

    window, edit, ok, area = _window_with_an_area_last(qtbot)
    second = QLineEdit(area)
    area.layout().addWidget(second)
    QWidget.setTabOrder(second, area.findChild(QPushButton))   # the field before the button
    walked = list(chain_inside(area))
    assert [type(w).__name__ for w in walked] == ["QLineEdit", "QPushButton"]
    assert not any(w.isWindow() for w in walked)
    del walked
    _taken_apart(area)
    assert shiboken6.isValid(ok)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not ok.isEnabled()


def _tail_area(window: QWidget) -> QWidget:
    """An area after every other widget: its button is the last in the window's focus
    chain, the widget whose next is the window."""
    tail = QWidget(window)
    QVBoxLayout(tail).addWidget(QPushButton("Ende", tail))
    window.layout().addWidget(tail)
    return tail


def test_a_walk_from_an_area_whose_field_tab_reaches_before_it_never_asks_for_the_window(qtbot):
    """A field of the area placed before the area in the window's chain (setTabOrder): the
    walk went on past the chain's end. Red before: it asked the window's last widget for
    the next one, the window became that widget's Python child, and taking its area apart
    made the window's button „already deleted“."""
    from ssa_desktop.ui.common.tab_chain import chain_inside

    window, edit, ok, area = _window_with_an_area_last(qtbot)
    tail = _tail_area(window)
    field = QLineEdit(area)
    area.layout().addWidget(field)
    QWidget.setTabOrder(edit, field)   # the area's field right after the window's first one
    assert window.previousInFocusChain().parentWidget() is tail
    walked = list(chain_inside(area))
    assert walked == [area.findChild(QPushButton), field]   # round the chain, inside only
    del walked
    _taken_apart(tail)
    assert shiboken6.isValid(ok)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not ok.isEnabled()


def test_a_checked_pair_qt_ignored_at_the_chains_end_leaves_the_window_alone(qtbot):
    """``tab_chain``'s check (the suite's, ``raise_when_ignored``) walks on from the first
    widget to the next Tab reaches. Red before: the first was the window's last widget and
    the check asked it for the window; taking its area apart invalidated the window's
    button."""
    import pytest

    from ssa_desktop.ui.common.tab_chain import TabOrderIgnored, tab_chain

    window, edit, ok, _area = _window_with_an_area_last(qtbot)
    tail = QWidget(window)
    inside = QVBoxLayout(tail)
    second, first = QLineEdit(tail), QLineEdit(tail)
    second.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    inside.addWidget(second)
    inside.addWidget(first)
    window.layout().addWidget(tail)
    assert window.previousInFocusChain() is first
    with pytest.raises(TabOrderIgnored, match="takes no focus"):
        tab_chain(first, second)
    _taken_apart(tail)
    assert shiboken6.isValid(ok)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not ok.isEnabled()


def _page(name: str):
    def build() -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLineEdit(page))
        layout.addWidget(QPushButton(name, page))
        return page
    return build


def test_building_a_side_page_leaves_the_lists_viewport_alive(qtbot):
    """``take_placeholders_place`` walks back from the placeholder to the control before it
    (the page list). Red before: the list's viewport (made by Qt) became the placeholder's
    Python child on the way, and deleting the placeholder invalidated it, alive in Qt."""
    from ssa_desktop.ui.common.side_tabs import SideTabs

    window = QWidget()
    qtbot.addWidget(window)
    tabs = SideTabs(window, accessible_name="Seiten")
    QVBoxLayout(window).addWidget(tabs)
    window.show()
    window.activateWindow()   # key events go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    viewport = tabs.list.viewport()
    tabs.addLazyTab(_page("Eins"), "Eins")
    tabs.addLazyTab(_page("Zwei"), "Zwei")
    tabs.setCurrentIndex(1)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # the placeholders
    assert shiboken6.isValid(viewport)
    assert viewport.isVisible()
    tabs.list.setFocus()
    qtbot.keyClick(tabs.list, Qt.Key.Key_Tab)   # Tab order kept: the page's field next
    assert QApplication.focusWidget() is tabs.currentWidget().findChild(QLineEdit)


def test_a_lazy_page_with_nothing_to_tab_before_it_never_asks_for_the_window(qtbot):
    """The tab widget first in her window and taking no focus: walking back from the
    placeholder passed the chain's start. Red before: it asked the window's first widget
    (the tab widget) for the one before, the window became its Python child, and taking
    the tab widget apart made the window's button „already deleted“; with the window
    never asked, the button still became the Python child of the page's widget after it
    (the walk's anchor) and went with the tab widget."""
    from ssa_desktop.ui.common.lazy_tabs import LazyTabWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tabs = LazyTabWidget(window)
    tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout.addWidget(tabs)
    edit = QLineEdit(window)
    box = QDialogButtonBox(window)
    ok = box.addButton("OK", QDialogButtonBox.ButtonRole.AcceptRole)
    layout.addWidget(edit)
    layout.addWidget(box)
    edit.returnPressed.connect(lambda: ok.setEnabled(False))
    window.show()
    qtbot.waitExposed(window)
    assert window.nextInFocusChain() is tabs
    tabs.addLazyTab(_page("Eins"), "Eins")
    _taken_apart(tabs)
    assert shiboken6.isValid(ok)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not ok.isEnabled()


def test_a_button_tab_reaches_between_an_areas_widgets_outlives_the_one_before_it(qtbot):
    """The walk steps over widgets outside the area lying between its own ones. Red
    before: her window's button became the Python child of the area's field before it,
    and deleting that field made the button „already deleted“."""
    from ssa_desktop.ui.common.tab_chain import chain_inside

    window, edit, ok, area = _window_with_an_area_last(qtbot)
    field = QLineEdit(area)
    area.layout().addWidget(field)
    off = area.findChild(QPushButton)
    QWidget.setTabOrder(field, ok)
    QWidget.setTabOrder(ok, off)   # field, her window's button, the area's button
    assert list(chain_inside(area)) == [field, off]
    _taken_apart(field)
    assert shiboken6.isValid(ok)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not ok.isEnabled()


class _ParentChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.ParentAboutToChange, QEvent.Type.ParentChange):
            self.seen += 1
        return False


def test_a_walk_changes_nothing_in_qt(qtbot):
    """Each widget a walk gets is given its own parent again for PySide's sake: Qt keeps
    it where it is (no parent event) and the chain as it was."""
    from ssa_desktop.ui.common.tab_chain import chain_inside

    window, edit, ok, area = _window_with_an_area_last(qtbot)
    listing = QListWidget(area)   # Qt's own viewport and scroll bars inside
    area.layout().addWidget(listing)
    listing.show()
    before = [type(w).__name__ for w in chain_inside(window)]
    changes = _ParentChanges()
    QApplication.instance().installEventFilter(changes)
    try:
        walked = [type(w).__name__ for w in chain_inside(window)]
    finally:
        QApplication.instance().removeEventFilter(changes)
    assert changes.seen == 0
    assert walked == before
    assert walked[:3] == ["QLineEdit", "QDialogButtonBox", "QPushButton"]
    assert "QListWidget" in walked and listing.isVisible()
