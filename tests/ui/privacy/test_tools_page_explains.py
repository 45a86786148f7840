"""Datenschutz → Verzeichnis und Datenpanne is no empty page with two lone buttons
(issue 64, finding 9): each button has a visible explanation of what it does, and a
screen reader hears it as the button's description."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ssa_desktop.ui.privacy.tools_panel import ToolsPanel


def test_each_button_says_what_it_does(ctx, qtbot):
    panel = ToolsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    shown = " ".join(label.text() for label in panel.findChildren(QLabel) if label.isVisible())
    for button, words in ((panel.record_button, "Art. 30"), (panel.breach_button, "72 Stunden")):
        assert words in shown, shown
        assert words in button.accessibleDescription()
