"""The quick entry's red line says why a field refused what she typed, and goes once she
has corrected it; while another field is still refused, that field's reason stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

from .test_quick_entry import _forget_typed, _key, _tab_to, _type

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _retype(word: str) -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    _type(word)
    _key(Qt.Key_Tab)


def test_the_refusal_goes_once_the_field_is_corrected(qtbot, ctx, conn, pupil):
    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog, before_close_func=_forget_typed)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    _tab_to(dialog, dialog.place_combo)
    _retype("Mond")
    assert dialog.error.isVisible() and "Mond" in dialog.error.text()
    _tab_to(dialog, dialog.interpreting_combo)
    _retype("Sonne")
    assert "Sonne" in dialog.error.text()
    _tab_to(dialog, dialog.place_combo)
    _retype("Haus")                      # Ort corrected: Sprachmittlung is still refused
    assert dialog.place_combo.code() == "home_visit"
    assert "Sonne" in dialog.error.text() and "Mond" not in dialog.error.text()
    _tab_to(dialog, dialog.interpreting_combo)
    _retype("Dolm")
    assert not dialog.error.isVisible(), dialog.error.text()
