"""A label that names a group of check boxes ("&Beteiligte") moves the keyboard into the
group with its Alt+letter and toggles nothing (it toggled the first box)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import shown_main_window


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    return shown_main_window(ctx, qtbot, tmp_path)


def test_alt_b_in_quick_entry_moves_into_beteiligte_without_toggling(window, qtbot):
    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    boxes = list(dialog.participants.boxes.values())
    first = next(b for b in boxes if b.isVisible() and b.isEnabled())
    before = [b.isChecked() for b in boxes]
    dialog.picker.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_B, Qt.AltModifier)
    assert QApplication.focusWidget() is first
    assert not first.isDown()  # Qt's mnemonic on a button starts an animated click
    assert [b.isChecked() for b in boxes] == before


def test_the_first_box_of_a_group_is_named_by_its_own_text(window, qtbot):
    """A reader on „Schüler:in“ says „Schüler:in check box“: the group's label
    („Beteiligte“) labels no box (Orca named the first box „Beteiligte“ by that
    relation); Alt+B still moves into the group (above)."""
    from PySide6.QtGui import QAccessible

    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = next(iter(dialog.participants.boxes.values()))
    iface = QAccessible.queryAccessibleInterface(first)
    labels = [other.text(QAccessible.Text.Name) for other, _relation
              in iface.relations(QAccessible.RelationFlag.Label)]
    assert labels == [], labels
