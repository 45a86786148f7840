"""A row of buttons under a list or a form: left-aligned, the spare width after them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """``buttons`` side by side in this order (the Tab order), then a stretch."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def end_button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons at the foot of a dialog: the spare width first, so that ``buttons`` sit
    at the right, side by side in this order (the Tab order)."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
