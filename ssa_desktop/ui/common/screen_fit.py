"""Windows never larger than the screen they open on.

A dialog asks for a comfortable first size (``resize_within_screen(self, 1000, 640)``);
on a small screen – 1280×720 logical, or 960×540 logical at 200 % scaling – it gets the
free part of the screen without the window frame instead, and its contents scroll
(tables, text, scroll areas) rather than lying beyond the screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# the window frame around a dialog (title bar, borders), logical pixels
FRAME = QSize(16, 40)


def free_size(widget: QWidget | None = None) -> QSize:
    """The room for a window's contents on the screen of ``widget`` (its parent's, else
    the primary screen): the free part of the screen (without the taskbar) less the
    window frame."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1280, 688)
    free = screen.availableGeometry().size()
    return QSize(max(200, free.width() - FRAME.width()),
                 max(200, free.height() - FRAME.height()))


def within_screen(widget: QWidget | None, width: int, height: int) -> QSize:
    """``width``×``height``, made smaller where the screen is smaller."""
    return QSize(width, height).boundedTo(free_size(widget))


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height`` or the screen's free size if smaller."""
    parent = widget.parentWidget()
    widget.resize(within_screen(parent if parent is not None else widget, width, height))
