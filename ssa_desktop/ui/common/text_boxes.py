"""Text fields with their screen-reader name: a box of several lines that Tab leaves (no
keyboard trap), and a one-line field."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def make_text_box(accessible_name: str, parent: QWidget | None = None) -> QPlainTextEdit:
    """A plain-text box with its screen-reader name; Tab moves on to the next field
    (Tab inside a note is never wanted, and a box that keeps it traps the keyboard)."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(accessible_name)
    box.setTabChangesFocus(True)
    return box


def make_line_edit(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A one-line field with its screen-reader name and, when given, the grey hint it
    shows while empty (``placeholder``)."""
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit
