"""A window's contents in a scroll area, so that the window fits a small screen.

1280×720 and 1366×768 at 200 % scaling are 640×360 and 683×384 logical pixels. A form
whose smallest layout is larger than that would push its buttons beyond the screen's
edge; inside a ``FitScroll`` it scrolls instead. The scroll area asks for its contents'
whole size (on a large screen nothing changes), needs little itself, takes no Tab stop
(its controls do) and scrolls the control that gets the focus into sight — by Tab, by a
mnemonic or by a click.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from .lifetime import connect_for
from .screen_fit import resize_within_screen

# what the scroll area needs at least: a line of a field and a scroll bar
SMALLEST = QSize(160, 60)


class FollowingScroll(QScrollArea):
    """Scrolls ``body``; out of the Tab chain; keeps the focused control in sight."""

    def __init__(self, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setWidget(body)
        app = QApplication.instance()
        if isinstance(app, QApplication):   # the application outlives every dialog
            connect_for(self, app.focusChanged, self._focus_changed)
        self.horizontalScrollBar().rangeChanged.connect(self._range_changed)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def _focus_changed(self, _old, new) -> None:
        body = self.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        # a scroll area inside this one (a pane of the area) shows it first, then this one
        # shows where it now lies: Qt scrolls only the innermost, and not for a click or
        # a mnemonic, which left the focus above the window's top edge at 200 %
        self._follow(new)

    def _follow(self, new: QWidget) -> None:
        for inner in _scroll_areas_between(new, self):
            show_whole(inner, new)
        if self.horizontalScrollBar().maximum() or self.verticalScrollBar().maximum():
            self.show_whole(new)

    def _range_changed(self, _low: int, _high: int) -> None:
        """The body was laid out anew (an area just switched to, whose first control
        got the focus before): the focused control is brought into sight again."""
        widget, body = QApplication.focusWidget(), self.widget()
        if widget is not None and body is not None and body.isAncestorOf(widget):
            self._follow(widget)

    def show_whole(self, widget: QWidget, margin: int = 8) -> None:
        """Scroll so that all of ``widget`` is in sight (its start where it is larger than
        the view). Qt's ensureWidgetVisible is content with a line edit's text cursor,
        which left most of a field beyond the edge."""
        show_whole(self, widget, margin)


def _scroll_areas_between(widget: QWidget, outer: QScrollArea) -> list[QScrollArea]:
    """The scroll areas around ``widget`` inside ``outer``, innermost first."""
    found: list[QScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None and parent is not outer:
        if isinstance(parent, QScrollArea) and (body := parent.widget()) is not None \
                and body.isAncestorOf(widget):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def bring_into_sight(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` (the area's, a pane's), innermost
    first, up or down so that all its height is in sight: a message line just given its
    text. Not sideways: a line as wide as its box scrolled to its start and took the
    button she pressed, at the box's right end, out of sight (an area wider than 640)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and (body := parent.widget()) is not None \
                and body.isAncestorOf(widget):
            across = parent.horizontalScrollBar().value()
            show_whole(parent, widget)
            parent.horizontalScrollBar().setValue(across)
        parent = parent.parentWidget()


def show_whole(scroll: QScrollArea, widget: QWidget, margin: int = 8) -> None:
    """Scroll ``scroll`` so that all of ``widget`` is in sight (its start where it is
    larger than the view)."""
    body = scroll.widget()
    if body is None:
        return
    top_left = widget.mapTo(body, QPoint(0, 0))
    for bar, start, length, view in (
            (scroll.horizontalScrollBar(), top_left.x(), widget.width(),
             scroll.viewport().width()),
            (scroll.verticalScrollBar(), top_left.y(), widget.height(),
             scroll.viewport().height())):
        value = bar.value()
        air = min(margin, max(0, (view - length) // 2))  # whole where it just fits
        if start + length + air > value + view:
            value = start + length + air - view
        if start - air < value:
            value = start - air
        bar.setValue(value)


class FitScroll(FollowingScroll):
    """A ``FollowingScroll`` that asks for its body's whole size and needs little."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        # room for the vertical scroll bar: where the window is cut in height, the bar took
        # its width from the body and a second bar scrolled it sideways (Stelle, Laufzettel)
        bar = self.verticalScrollBar().sizeHint().width()
        return body.sizeHint().expandedTo(body.minimumSizeHint()) + QSize(frame + bar, frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return SMALLEST


def scrolling(layout: QLayout) -> FitScroll:
    """``layout`` in a widget of its own inside a ``FitScroll``."""
    body = QWidget()
    body.setLayout(layout)
    return FitScroll(body)


def whole_window_scrolls(window: QWidget,
                         footer: Sequence[QWidget | QLayout] = ()) -> FitScroll:
    """Move ``window``'s layout (made before) into a ``FitScroll`` filling the window: on
    a small screen all of it scrolls, buttons included — but ``footer`` (a running
    save's progress, its status line, the buttons) stays below it, always in sight."""
    layout = window.layout()
    assert layout is not None, "the window's layout is made before"
    scroll = scrolling(layout)
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    if footer:
        below = QVBoxLayout()
        margins = layout.contentsMargins()
        below.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        for part in footer:
            if isinstance(part, QWidget):
                below.addWidget(part)
            else:
                below.addLayout(part)
        outer.addLayout(below)
    # it opens as large as it asks for, within the screen: Qt's first size (two thirds of
    # the screen) scrolled the Stelle's dialog sideways on a 1280×720 screen
    hint = window.sizeHint()
    resize_within_screen(window, hint.width(), hint.height())
    # narrower than the screen lets it be, its rows that wrap (check boxes, hints) take
    # more lines: as high as they need then (the disclosure's categories scrolled it)
    body = layout.parentWidget()  # the scroll area's body (``scrolling``)
    assert body is not None
    around = hint - body.sizeHint()  # the scroll area's frame and bar
    bar = scroll.verticalScrollBar().sizeHint().width()  # no bar where all of it fits
    high = body.heightForWidth(window.width() - around.width() + bar)
    if high > body.sizeHint().height():
        resize_within_screen(window, window.width(), high + around.height())
    return scroll
