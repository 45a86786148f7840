"""The areas' stack in a scroll area: an area larger than the window scrolls.

At 200 % scaling a 1920×1080 screen is 960×540 logical pixels; an area whose smallest
layout is wider or taller than that would push the window (and its status bar and
buttons) off the screen. Inside ``area_scroll`` the window keeps a small minimum and the
area scrolls instead; on 1280×720 and larger every area fits without it
(tests/ui/shell/test_fits_small_screen.py). The scroll area takes no focus of its own
(its controls do), and the control that gets the focus is scrolled into sight.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStackedWidget, QWidget


class AreaStack(QStackedWidget):
    """A stack that is as large as its current page needs (a plain QStackedWidget needs
    what its largest page needs)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        page = self.currentWidget()
        if page is None:
            return QSize(0, 0)
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 (Qt naming)
        return -1  # the scroll area gives the visible height, not a preferred one


class AreaScroll(QScrollArea):
    """Scrolls the area stack; out of the Tab chain; keeps the focused control in sight."""

    def __init__(self, stack: AreaStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("areaScroll")
        self.setFrameShape(QFrame.NoFrame)
        self.setFocusPolicy(Qt.NoFocus)
        self.setWidgetResizable(True)
        self.setWidget(stack)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        stack = self.widget()
        if new is None or stack is None or not stack.isAncestorOf(new):
            return
        if self.horizontalScrollBar().maximum() or self.verticalScrollBar().maximum():
            self.ensureWidgetVisible(new, 20, 20)


def area_scroll(stack: AreaStack) -> AreaScroll:
    """``stack`` inside a scroll area (see the module text)."""
    return AreaScroll(stack)
