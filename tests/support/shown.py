"""A window shown and active as she has it in front of her (its Alt shortcuts work)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def show_active(qtbot, widget: W, size: tuple[int, int] | None = None) -> W:
    """``widget`` (an area, a dialog) handed to ``qtbot``, at ``size``, shown and active."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget
