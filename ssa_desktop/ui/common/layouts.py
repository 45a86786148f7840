"""Small layout chores several screens share."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def wrap_layout(layout: QLayout) -> QWidget:
    """``layout`` in a widget of its own without margins (a form row of several fields)."""
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget

