"""Small layout chores several screens share."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def wrap_layout(layout: QLayout) -> QWidget:
    """``layout`` in a widget of its own without margins (a form row of several fields)."""
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


def empty_layout(layout: QLayout) -> None:
    """Take every item out of ``layout``; its widgets are deleted."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def widget_at(layout: QLayout | None, index: int) -> QWidget | None:
    """The widget at ``index`` in ``layout`` (None for a spacer, a nested layout or no
    item there)."""
    item = layout.itemAt(index) if layout is not None else None
    return item.widget() if item is not None else None
