"""Strg+2 and she types the pseudonym, as the handbook says („Tippen Sie einfach los – die
Liste filtert nach dem Pseudonym“): the keyboard went to „Namen anzeigen“, the first
button in the focus chain, her letters went nowhere – and a space there showed every real
name. The search field is now the area's first control. Real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_strg_2_then_typing_filters_the_list(ctx, qtbot, tmp_path, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)
    persons = window.show_area("persons")
    QTest.keyClicks(QApplication.focusWidget(), "K-17 ")
    assert persons.list.search.text() == "K-17 "
    assert not persons.list.names_button.isChecked()    # no real name came on screen
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert persons.showing_page() and persons.current_person_id() == pupil.id
