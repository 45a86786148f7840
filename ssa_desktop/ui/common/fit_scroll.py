"""A window's contents in a scroll area, so that the window fits a small screen.

1280×720 and 1366×768 at 200 % scaling are 640×360 and 683×384 logical pixels. A form
whose smallest layout is larger than that would push its buttons beyond the screen's
edge; inside a ``FitScroll`` it scrolls instead. The scroll area asks for its contents'
whole size (on a large screen nothing changes), needs little itself, takes no Tab stop
(its controls do) and scrolls the control that gets the focus into sight — by Tab, by a
mnemonic or by a click.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

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
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        body = self.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        if self.horizontalScrollBar().maximum() or self.verticalScrollBar().maximum():
            self.show_whole(new)

    def show_whole(self, widget: QWidget, margin: int = 8) -> None:
        """Scroll so that all of ``widget`` is in sight (its start where it is larger than
        the view). Qt's ensureWidgetVisible is content with a line edit's text cursor,
        which left most of a field beyond the edge."""
        body = self.widget()
        if body is None:
            return
        top_left = widget.mapTo(body, QPoint(0, 0))
        for bar, start, length, view in (
                (self.horizontalScrollBar(), top_left.x(), widget.width(),
                 self.viewport().width()),
                (self.verticalScrollBar(), top_left.y(), widget.height(),
                 self.viewport().height())):
            value = bar.value()
            if start + length + margin > value + view:
                value = start + length + margin - view
            if start - margin < value:
                value = start - margin
            bar.setValue(value)


class FitScroll(FollowingScroll):
    """A ``FollowingScroll`` that asks for its body's whole size and needs little."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return body.sizeHint().expandedTo(body.minimumSizeHint()) + QSize(frame, frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return SMALLEST


def scrolling(layout: QLayout) -> FitScroll:
    """``layout`` in a widget of its own inside a ``FitScroll``."""
    body = QWidget()
    body.setLayout(layout)
    return FitScroll(body)


def whole_window_scrolls(window: QWidget) -> FitScroll:
    """Move ``window``'s layout (made before) into a ``FitScroll`` filling the window: on
    a small screen all of it scrolls, buttons included."""
    layout = window.layout()
    assert layout is not None, "the window's layout is made before"
    scroll = scrolling(layout)
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
