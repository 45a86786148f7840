"""Larger text for headings, relative to the font she set on her desktop."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def enlarge_font(widget: QWidget, factor: float,
                 weight: QFont.Weight | None = None) -> None:
    """``widget``'s font ``factor`` times as large, in ``weight`` when given."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)
