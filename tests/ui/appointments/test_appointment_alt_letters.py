"""Termine with her keys (session 22, tester Y): „Löschen“ and „Zettel für alle von heute“
– the morning's slips for the day, printed every school day – had no Alt+letter while
every other button of the area had one. Now Alt+L and Alt+F, each once in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_delete_and_the_day_s_slips_have_their_alt_letter(ctx, qtbot, tmp_path, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("appointments")
    assert letter(area.delete_button.text()) == "l"
    assert letter(area.slips_today_button.text()) == "f"
    assert clashes(window) == {}
    area.week_button.click()
    assert clashes(window) == {}
    area.day_button.click()
    area.new_button.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    # no appointment with a pupil today: the area says so (the key reached the button)
    qtbot.waitUntil(lambda: "keine Termine mit Schüler:innen" in area.message.text())


def test_alt_a_puts_her_into_the_date_field(ctx, qtbot, tmp_path, pupil):
    """Issue 65: „Datum“ had no letter (each of d, a, t, u, m was taken): „D&atum“, and
    „Abgesagt“ moved to „Ab&gesagt“."""
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("appointments")
    assert letter(area.cancelled_button.text()) == "g"
    assert clashes(window) == {}
    area.new_button.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    focus = QApplication.focusWidget()
    assert focus is area.date_field or area.date_field.isAncestorOf(focus)
