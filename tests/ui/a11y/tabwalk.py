"""Walk Tab through a window with real key events, as a keyboard user does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget


def _inside_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def focusable(window: QWidget) -> list[QWidget]:
    """Every visible, enabled widget of ``window`` that Tab should reach."""
    out = []
    for widget in window.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled() and widget.window() is window
                and widget.focusPolicy() & Qt.TabFocus and widget.focusProxy() is None
                and not _inside_view(widget)):
            out.append(widget)
    return out


def walk(window: QWidget, start: QWidget, *, key=Qt.Key_Tab) -> list[QWidget]:
    """The focus after each Tab from ``start`` until it comes back to ``start`` (or
    after three rounds of every focusable widget: a trap). Tab from link to link inside
    a text browser keeps the focus on it: the walk ends only once the focus has left."""
    start.setFocus(Qt.TabFocusReason)
    seen = []
    limit = 3 * len(focusable(window)) + 10
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget() or window, key)
        focus = QApplication.focusWidget()
        seen.append(focus)
        if focus is start and any(w is not start for w in seen):
            break
    return seen


def dead_stops(seen: list[QWidget | None]) -> list[str]:
    """Where the walk left the focus on something she cannot see: nothing, a hidden
    widget or one of 0 width or height (the hidden "Vorname" field of a trap)."""
    found = []
    for widget in seen:
        if widget is None:
            found.append("no focus")
        elif not widget.isVisible() or widget.width() == 0 or widget.height() == 0:
            found.append(f"{widget.accessibleName() or type(widget).__name__} "
                         f"{widget.width()}×{widget.height()} visible={widget.isVisible()}")
    return sorted(set(found))


def _top_left(widget: QWidget, window: QWidget) -> QPoint:
    """Where she sees the widget: a field inside a scroll area is read where the area
    is (its place in the scrolled content may lie below the buttons)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(
                parent, QAbstractItemView):
            widget = parent
        parent = parent.parentWidget()
    return widget.mapTo(window, QPoint(0, 0))


def visual_breaks(sequence: list[QWidget], window: QWidget) -> list[str]:
    """Steps of ``sequence`` that go back against the reading order (up to an earlier
    row, or left within a row); the last step (the wrap to the start) is not one."""
    breaks = []
    for a, b in zip(sequence, sequence[1:-1], strict=False):
        pa, pb = _top_left(a, window), _top_left(b, window)
        same_row = abs(pa.y() - pb.y()) < min(a.height(), b.height()) / 2
        if (same_row and pb.x() < pa.x()) or (not same_row and pb.y() < pa.y()):
            breaks.append(f"{a.accessibleName() or type(a).__name__} → "
                          f"{b.accessibleName() or type(b).__name__}")
    return breaks


def focus_names(start: QWidget, count: int, *, key=Qt.Key_Tab) -> list[str]:
    """The names of the widgets ``count`` presses of ``key`` reach from ``start`` (a
    widget without a name by its class)."""
    start.setFocus(Qt.TabFocusReason)
    names = []
    for _ in range(count):
        QTest.keyClick(QApplication.focusWidget(), key)
        focus = QApplication.focusWidget()
        names.append(focus.accessibleName() or type(focus).__name__)
    return names
