"""A drop-down list opened by keys, as she opens it: Alt+↓ on the focused combo box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def open_list(qtbot, combo: QComboBox) -> QWidget:
    """Alt+↓ on ``combo``: its list opens; returns the widget that has the keys now (the
    list inside the popup frame), where a test presses the next real key."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    QTest.keyClick(combo, Qt.Key_Down, Qt.AltModifier)
    assert QApplication.activePopupWidget() is not None  # its list is open
    return QApplication.focusWidget()
