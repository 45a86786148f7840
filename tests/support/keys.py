"""Keys as her keyboard gives them, to the widget that has the focus (real key events)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def key(which: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key (with ``modifier``, e.g. Alt) to the focused widget."""
    QTest.keyClick(QApplication.focusWidget(), which, modifier)


def type_lines(text: str) -> None:
    """``text`` typed into the focused box line by line, Return between the lines."""
    for n, line in enumerate(text.split("\n")):
        if n:
            key(Qt.Key.Key_Return)
        QTest.keyClicks(QApplication.focusWidget(), line)
