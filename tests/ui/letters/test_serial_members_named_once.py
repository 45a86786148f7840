"""Serienbrief: „Mitglieder“ is shown once (it stood as the box's title and again as a
label inside it), Alt+M still takes her to the list, and a reader hears the list by its
name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from ssa_desktop.ui.common.labels import spoken_label
from tests.ui.letters.test_serial_dialog import _dialog, group  # noqa: F401 (fixture)


def _shown_texts(dialog) -> list[str]:
    texts = [spoken_label(box.title()) for box in dialog.findChildren(QGroupBox)
             if box.isVisible()]
    texts += [spoken_label(label.text()) for label in dialog.findChildren(QLabel)
              if label.isVisible()]
    return texts


def test_members_is_shown_once_and_alt_m_reaches_the_named_list(qtbot, ctx, group):  # noqa: F811
    dialog = _dialog(qtbot, ctx, group)
    assert _shown_texts(dialog).count("Mitglieder") == 1
    dialog.salutation.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.members
    assert dialog.members.accessibleName() == "Mitglieder"
