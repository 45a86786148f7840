"""Quick entry asks or refuses in her words; what she typed is never changed silently
(issue: 2099, 0 minutes and "2000 → 200" were saved without a question)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from ssa_desktop.storage import repositories as repo
from tests.support import questions

from .test_quick_entry import _forget_typed, _key, _tab_to, _type
from .test_selectors import _open, _pick_person


def _duration(dialog, text: str) -> None:
    _tab_to(dialog, dialog.duration.spin)
    QTest.keyClick(dialog.duration.spin, Qt.Key_A, Qt.ControlModifier)
    _type(text)


def test_typing_2000_minutes_keeps_2000_and_is_refused(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    _pick_person(dialog)
    _duration(dialog, "2000")
    assert dialog.duration.minutes() == 2000  # not silently 200
    _key(Qt.Key_Return)
    assert dialog.result() != QDialog.Accepted and repo.CONTACTS.count(conn) == 0
    assert "2000 Minuten" in dialog.error.text()


def test_zero_minutes_and_a_date_in_2099_are_refused(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    _pick_person(dialog)
    _duration(dialog, "0")
    _key(Qt.Key_Return)
    assert "0 Minuten" in dialog.error.text() and repo.CONTACTS.count(conn) == 0
    _duration(dialog, "30")
    dialog.date_field.set_date(date(2099, 1, 1))
    _key(Qt.Key_Return)
    assert "Zukunft" in dialog.error.text() and repo.CONTACTS.count(conn) == 0


@pytest.mark.parametrize(("answer", "saved"), [("Ja, so speichern", True), ("Korrigieren", False)])
def test_four_hours_are_asked_about(qtbot, ctx, conn, pupil, answer, saved):
    dialog = _open(qtbot, ctx)
    _pick_person(dialog)
    _duration(dialog, "240")
    seen: list[str] = []
    questions.answer(seen, questions.clicking(answer))
    _key(Qt.Key_Return)
    assert "Stimmt die Dauer?" in seen[0]
    assert (repo.CONTACTS.count(conn) == 1) is saved
    if saved:
        assert repo.CONTACTS.get(conn, dialog.saved_contact_id).duration_min == 240
    else:
        _forget_typed(dialog)
