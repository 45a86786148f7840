"""A row of fields, each after its label, left to right."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QBoxLayout, QWidget

from .forms import buddy_label


def add_labelled(row: QBoxLayout, fields: Iterable[tuple[str | None, QWidget]]) -> None:
    """Add each (label text, widget) to ``row``: the label (its Alt+letter reaches the
    widget), then the widget; a text of ``None`` adds the widget alone."""
    for text, widget in fields:
        if text is not None:
            row.addWidget(buddy_label(text, widget))
        row.addWidget(widget)
