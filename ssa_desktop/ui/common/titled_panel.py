"""The frame of a panel shown on a page of an area (Datenschutz: Auskunft und Widerspruch,
Sicherungen, Verzeichnis und Datenpanne)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def titled_panel(panel: QWidget, title: str) -> QVBoxLayout:
    """Lay ``panel`` out under ``title`` in bold; the panel is named ``title`` for screen
    readers and has no margins of its own (the page has them). Returns the layout, the
    title already in it."""
    panel.setAccessibleName(title)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(title, panel)
    heading.setStyleSheet("font-weight: 600;")
    layout.addWidget(heading)
    return layout
