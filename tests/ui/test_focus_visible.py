"""Visible focus (WCAG 2.4.7, 1.4.11): every kind of focusable control the application uses
shows the keyboard focus with a mark of at least 3:1 against what lies next to it.

Measured on rendered pixels, not on declared colours: a container holding the control is
grabbed with the focus elsewhere and with the focus on the control; the pixels that
changed form the focus mark; its dominant colour is compared with the colour those pixels
had before (the neighbouring background) by the WCAG formula. For lists and tables the
current cell's frame inside the view is measured the same way. Before the theme, Fusion
marked the current row with a fill of about 1.1:1 and a frame of 1.6:1, and a focused
scroll area showed nothing.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ssa_desktop.ui import colours, theme

NEEDED = 3.0


@pytest.fixture
def themed(qapp):
    theme.install(qapp, high_contrast=False)
    yield qapp
    theme.uninstall(qapp)


def _table():
    view = QTableView()
    model = QStandardItemModel(4, 3, view)
    for r in range(4):
        for c in range(3):
            model.setItem(r, c, QStandardItem(f"Zeile {r} {c}"))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setTabKeyNavigation(False)
    return view


def _list():
    view = QListWidget()
    view.addItems(["Übersicht", "Personen & Fälle", "Termine"])
    return view


def _combo(editable: bool):
    combo = QComboBox()
    combo.addItems(["—", "Klasse 5a", "Klasse 6b"])
    combo.setEditable(editable)
    return combo


def _scroll_area():
    area = QScrollArea()
    inner = QLabel("Inhalt\n" * 20)
    area.setWidget(inner)
    area.setFocusPolicy(Qt.StrongFocus)
    return area


def _tabs():
    tabs = QTabWidget()
    tabs.addTab(QLabel("eins"), "Stammdaten")
    tabs.addTab(QLabel("zwei"), "Verlauf")
    return tabs.tabBar(), tabs


def _date_edit():
    edit = QDateEdit(QDate(2026, 11, 24))
    edit.setCalendarPopup(True)
    return edit


KINDS = {
    "line edit": lambda: QLineEdit("Text"),
    "empty line edit": lambda: _placeholder_edit(),
    "combo": lambda: _combo(False),
    "editable combo": lambda: _combo(True),
    "button": lambda: QPushButton("Speichern"),
    "check box": lambda: QCheckBox("Kurzkontakt"),
    "radio button": lambda: QRadioButton("Deutsch"),
    "table": _table,
    "list": _list,
    "tab bar": _tabs,
    "date edit": _date_edit,
    "spin box": lambda: QSpinBox(),
    "text edit": lambda: QTextEdit("Notiz"),
    "plain text edit": lambda: QPlainTextEdit("Notiz"),
    "scroll area": _scroll_area,
}


def _placeholder_edit():
    edit = QLineEdit()
    edit.setPlaceholderText("TT.MM.JJJJ")
    return edit


def _window(qtbot, kind):
    made = KINDS[kind]()
    control, shown = made if isinstance(made, tuple) else (made, made)
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(12)
    other = QPushButton("Anderer Knopf", window)
    layout.addWidget(shown)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.resize(420, 260 if kind in ("table", "list", "scroll area", "text edit",
                                       "plain text edit") else 160)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, control, other


def _image(widget):
    widget.repaint()
    return widget.grab().toImage()


def _mark(before, after, area=None):
    """The focus mark: (its colour, the colour it replaced, how many pixels), or None."""
    changed = Counter()
    pairs = Counter()
    rect = area or before.rect()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            a, b = before.pixelColor(x, y).name(), after.pixelColor(x, y).name()
            if a != b:
                changed[b] += 1
                pairs[(b, a)] += 1
    if not changed:
        return None
    colour, count = changed.most_common(1)[0]
    replaced = Counter({a: n for (b, a), n in pairs.items() if b == colour}).most_common(1)[0][0]
    return colour, replaced, count


def _focus(control, other, on: bool):
    (control if on else other).setFocus(Qt.TabFocusReason)


@pytest.mark.parametrize("kind", list(KINDS))
def test_focused_control_has_a_visible_frame(themed, qtbot, kind):
    window, control, other = _window(qtbot, kind)
    _focus(control, other, False)
    qtbot.waitUntil(other.hasFocus)
    before = _image(window)
    _focus(control, other, True)
    qtbot.waitUntil(lambda: control.hasFocus() or control.isAncestorOf(
        themed.focusWidget()))
    after = _image(window)
    # only the neighbourhood of the control: the other button loses its own frame
    geometry = control.geometry() if control.parentWidget() is window else \
        control.parentWidget().geometry()
    mark = _mark(before, after, geometry.adjusted(-4, -4, 4, 4))
    assert mark is not None, f"{kind}: nothing changes when it takes the focus"
    colour, replaced, count = mark
    ratio = colours.contrast_ratio(colour, replaced)
    assert ratio >= NEEDED, f"{kind}: focus mark {colour} on {replaced} is {ratio:.2f}:1"
    # a frame, not a dot: at least the control's perimeter once
    assert count >= geometry.width() + geometry.height(), f"{kind}: {count} px"


@pytest.mark.parametrize("kind", ["table", "list"])
def test_current_cell_of_a_focused_view_is_framed(themed, qtbot, kind):
    """Inside the view: the current row's frame (on the selection and on plain rows)."""
    window, view, other = _window(qtbot, kind)
    view.setCurrentIndex(view.model().index(1, 0))
    for selected in (True, False):
        if not selected:
            view.selectionModel().clearSelection()
        _focus(view, other, False)
        qtbot.waitUntil(other.hasFocus)
        before = _image(view.viewport())
        _focus(view, other, True)
        qtbot.waitUntil(view.hasFocus)
        after = _image(view.viewport())
        mark = _mark(before, after)
        assert mark is not None, f"{kind}: the current row shows no focus"
        colour, replaced, count = mark
        ratio = colours.contrast_ratio(colour, replaced)
        assert ratio >= NEEDED, \
            f"{kind} (selected={selected}): {colour} on {replaced} is {ratio:.2f}:1"
        assert count >= view.visualRect(view.currentIndex()).width()


def test_high_contrast_focus_frame(qapp, qtbot):
    theme.install(qapp, high_contrast=True)
    try:
        window, control, other = _window(qtbot, "line edit")
        other.setFocus(Qt.TabFocusReason)
        before = _image(window)
        control.setFocus(Qt.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        colour, replaced, _count = _mark(before, _image(window),
                                         control.geometry().adjusted(-4, -4, 4, 4))
        assert colours.contrast_ratio(colour, replaced) >= 7.0
    finally:
        theme.uninstall(qapp)


def test_the_frame_is_no_accessible_object(themed, qtbot):
    """Screen readers do not meet the frame: Qt leaves a QFocusFrame out of the tree."""
    from PySide6.QtGui import QAccessible

    window, control, _other = _window(qtbot, "line edit")
    control.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    ring = theme.tracker(themed).ring
    assert ring is not None and ring.isVisible()
    face = QAccessible.queryAccessibleInterface(window)
    children = [face.child(i).object() for i in range(face.childCount())]
    assert ring not in children


BOUNDED = ["line edit", "combo", "editable combo", "date edit", "spin box", "check box",
           "radio button"]


def _darkest(image, rect):
    found = None
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            colour = image.pixelColor(x, y).name()
            if found is None or colours.relative_luminance(colour) < \
                    colours.relative_luminance(found):
                found = colour
    return found


@pytest.mark.parametrize("kind", BOUNDED)
def test_field_and_box_boundaries_reach_three(themed, qtbot, kind):
    """WCAG 1.4.11: the edge that shows where a field or a check box is (Fusion drew it in
    the window colour darkened by 40 %, 2.0–2.3:1)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    window, control, other = _window(qtbot, kind)
    other.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    image = _image(control)
    if isinstance(control, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(control)
        element = QStyle.SE_CheckBoxIndicator if isinstance(control, QCheckBox) \
            else QStyle.SE_RadioButtonIndicator
        edge = control.style().subElementRect(element, option, control)
    else:
        third = control.height() // 3
        edge = QRect(0, third, 3, third)
    darkest = _darkest(image, edge)
    for neighbour in (colours.current().base, colours.current().window):
        ratio = colours.contrast_ratio(darkest, neighbour)
        assert ratio >= NEEDED, f"{kind}: edge {darkest} next to {neighbour}: {ratio:.2f}:1"


def test_the_frame_never_becomes_a_pane_of_a_splitter(themed, qtbot):
    """A splitter takes every new child widget for a pane: the frame lives in the window
    (or a scroll area's viewport) instead, and still surrounds the focused table."""
    from PySide6.QtWidgets import QSplitter

    window = QWidget()
    splitter = QSplitter(window)
    table, other = _table(), _table()
    splitter.addWidget(table)
    splitter.addWidget(other)
    QVBoxLayout(window).addWidget(splitter)
    qtbot.addWidget(window)
    window.resize(600, 300)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other.setFocus(Qt.TabFocusReason)
    table.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    assert splitter.count() == 2
    ring = theme.tracker(themed).ring
    assert ring.parentWidget() is window and ring.isVisible()
    assert ring.geometry().contains(table.geometry().translated(splitter.pos()))
