"""A Kurzkontakt without a school (entered before the vault had one, or from a file) in
Kurzkontakte (session 22, reviewer R): its form showed the first school of the list, so
Esc asked „Die Korrektur … ist noch nicht gespeichert“ though she changed nothing, and a
correction of its number saved that school she never chose. No school is shown now, and
kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY
from tests.support.questions import answer, esc

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _dialog(conn, short_contacts):
    sc = activities.record_short_contact(conn, ShortContact(TODAY, school_id=None,
                                                            gender="m", count=1))
    dialog = short_contacts()
    dialog.view.selectRow(0)
    assert dialog.school.count() > 0   # the vault has a school, she chose none
    return dialog, sc


def test_unchanged_esc_closes_without_a_question(conn, short_contacts):
    dialog, _sc = _dialog(conn, short_contacts)
    asked: list[str] = []
    answer(asked, esc)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_a_correction_keeps_it_without_a_school(conn, short_contacts):
    dialog, sc = _dialog(conn, short_contacts)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Up)
    dialog.save_button.setFocus()   # Space on the focused button (a mnemonic needs an active window)
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.message.text() == "Korrektur gespeichert."
    saved = repo.SHORT_CONTACTS.get(conn, sc.id)
    assert (saved.count, saved.school_id) == (2, None)
