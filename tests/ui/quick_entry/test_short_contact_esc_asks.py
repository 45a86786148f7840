"""Kurzkontakte with her keys (session 22, tester Y): she corrected a short contact (the
number, the duration) and pressed Esc – the correction was gone without a word, while
every other form asks before her edits are lost. Now Esc asks „Speichern / Verwerfen /
Weiter bearbeiten“ („Weiter bearbeiten“ is the default and the question's Esc); without
a change Esc closes at once, and the lock closes it without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY
from tests.support.questions import answer, clicking, esc

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _dialog(conn, short_contacts):
    first = activities.record_short_contact(conn, ShortContact(TODAY, school_id="school-1",
                                                               gender="m", count=1))
    dialog = short_contacts()
    dialog.view.selectRow(0)
    return dialog, first


def test_esc_after_a_correction_asks_before_it_is_lost(conn, short_contacts):
    dialog, first = _dialog(conn, short_contacts)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Up)           # 1 → 2
    assert dialog.count.value() == 2
    asked: list[str] = []
    answer(asked, esc)                                      # „Weiter bearbeiten“
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert asked == ["Die Korrektur des Kurzkontakts ist noch nicht gespeichert."]
    assert dialog.isVisible() and dialog.count.value() == 2
    answer(asked, clicking("Speichern"))
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert repo.SHORT_CONTACTS.get(conn, first.id).count == 2


def test_discarded_or_unchanged_it_closes(conn, short_contacts):
    dialog, first = _dialog(conn, short_contacts)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Up)
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()
    assert repo.SHORT_CONTACTS.get(conn, first.id).count == 1


def test_unchanged_esc_closes_at_once(conn, short_contacts):
    dialog, _first = _dialog(conn, short_contacts)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
