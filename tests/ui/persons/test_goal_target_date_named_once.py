"""Ziel mit Skala: „Zieldatum“ stands once (it stood as the row's label and again in the
box „Zieldatum festlegen“ beside it); Alt+G sets the box, which a reader hears by its
whole name, and Alt+U then reaches the date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from ssa_desktop.ui.common.labels import spoken_label

ALT = Qt.KeyboardModifier.AltModifier


def test_target_date_is_shown_once_and_reached_by_alt_u(qtbot, new_goal):
    dialog = new_goal
    shown = [spoken_label(w.text()) for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
             if w.isVisible()]
    assert sum("Zieldatum" in text for text in shown) == 1, shown
    assert dialog.has_target.accessibleName() == "Zieldatum festlegen"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, ALT)   # clicked a moment later
    qtbot.waitUntil(dialog.has_target.isChecked)                      # (animateClick)
    assert QApplication.focusWidget() is dialog.has_target
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, ALT)
    assert dialog.target.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is dialog.target)
