"""A drop-down list with its screen-reader name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


def make_combo(accessible_name: str, parent: QWidget | None = None) -> QComboBox:
    """An empty ``QComboBox`` named ``accessible_name`` for screen readers; the caller
    adds its entries."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    return combo
