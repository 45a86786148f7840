"""Kurzkontakte: „Korrektur gespeichert.“ and „Kurzkontakt vom … entfernt …“ stood in the
window's red error line, so a success looked like a refusal (session 26). A success now
stands in the window's plain message line (``MessageLine``, the text colour, as Dokumente
and the Übergabe say what was done), heard by a screen reader as it appears; a refusal
stands in the red line, and only one of the two speaks at a time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities
from ssa_desktop.ui import colours
from tests.conftest import TODAY
from tests.support.questions import press_once_active
from tests.ui.a11y.test_results_announced import _heard

pytestmark = pytest.mark.usefixtures("frozen_clock")
ALT = Qt.KeyboardModifier.AltModifier


def _dialog(conn, short_contacts):
    for back in (1, 2):
        activities.record_short_contact(conn, ShortContact(
            TODAY - dt.timedelta(days=back), school_id="school-1", count=1, duration_min=5))
    return short_contacts()


def _red(line) -> bool:
    return colours.current().error in line.styleSheet()


def test_a_saved_correction_is_said_in_the_plain_line_and_heard(conn, short_contacts):
    dialog = _dialog(conn, short_contacts)
    dialog.count.setValue(3)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Return)   # Enter saves the correction
    assert dialog.message.text() == "Korrektur gespeichert."
    assert dialog.message.isVisible() and not _red(dialog.message)
    assert _heard(dialog.message) == "Korrektur gespeichert."
    assert dialog.error.text() == ""                  # the red line says nothing


def test_a_refusal_after_a_success_is_red_and_the_success_goes(conn, short_contacts):
    dialog = _dialog(conn, short_contacts)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Return)
    assert dialog.message.text() == "Korrektur gespeichert."
    dialog.duration.set_minutes(0)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Return)
    assert "0 Minuten" in dialog.error.text() and _red(dialog.error)
    assert dialog.message.text() == ""                # no success beside a refusal


def test_a_removal_is_said_in_the_plain_line(conn, qtbot, short_contacts):
    dialog = _dialog(conn, short_contacts)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.view.setFocus()
    press_once_active(QMessageBox, Qt.Key.Key_J, [], lambda box: box.text(), ALT)  # &Ja
    QTest.keyClick(dialog.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.message.text().startswith("Kurzkontakt vom ")
    assert "entfernt" in dialog.message.text() and not _red(dialog.message)
    assert dialog.error.text() == ""
