"""A text box of several lines that Tab leaves (no keyboard trap)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


def make_text_box(accessible_name: str, parent: QWidget | None = None) -> QPlainTextEdit:
    """A plain-text box with its screen-reader name; Tab moves on to the next field
    (Tab inside a note is never wanted, and a box that keeps it traps the keyboard)."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(accessible_name)
    box.setTabChangesFocus(True)
    return box
