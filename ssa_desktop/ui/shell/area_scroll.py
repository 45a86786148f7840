"""The areas' stack in a scroll area: an area larger than the window scrolls.

At 200 % scaling a 1920×1080 screen is 960×540 logical pixels; an area whose smallest
layout is wider or taller than that would push the window (and its status bar and
buttons) off the screen. Inside ``area_scroll`` the window keeps a small minimum and the
area scrolls instead; on 1280×720 and larger every area fits without it
(tests/ui/shell/test_fits_small_screen.py). The scroll area takes no focus of its own
(its controls do), and the control that gets the focus is scrolled into sight.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWidget

from ..common.current_stack import CurrentPageStack
from ..common.fit_scroll import FollowingScroll

SIDEBAR_WIDTH = 200     # px at the normal text size
SIDEBAR_EXTRA = 56      # item padding and margins, frame, a little air


class AreaStack(CurrentPageStack):
    """The areas' stack: as large as the area shown (a plain QStackedWidget needs what its
    largest area needs)."""

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 (Qt naming)
        return -1  # the scroll area gives the visible height, not a preferred one


class AreaScroll(FollowingScroll):
    """Scrolls the area stack; out of the Tab chain; keeps the focused control in sight."""

    def __init__(self, stack: AreaStack, parent: QWidget | None = None):
        super().__init__(stack, parent)
        self.setObjectName("areaScroll")


def area_scroll(stack: AreaStack) -> AreaScroll:
    """``stack`` inside a scroll area (see the module text)."""
    return AreaScroll(stack)


def sidebar_width(sidebar: QListWidget) -> int:
    """The width of the area list: 200 px, or more where larger text needs it (every
    area's name whole, never scrolled sideways)."""
    metrics = sidebar.fontMetrics()
    widest = max((metrics.horizontalAdvance(sidebar.item(row).text())
                  for row in range(sidebar.count())), default=0)
    return max(SIDEBAR_WIDTH, widest + SIDEBAR_EXTRA)
