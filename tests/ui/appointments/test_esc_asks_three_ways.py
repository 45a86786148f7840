"""Neuer Termin with her keys (session 26, helper P3): she typed a room and pressed Esc –
the Termin dialog asked two ways („Verwerfen / Abbrechen“) while every other form asks
three ways with the shared question (``unsaved.ask_unsaved``): „Speichern / Verwerfen /
Weiter bearbeiten“. „Speichern“ saves what the dialog shows – or, invalid, refuses with
the dialog's own message and keeps her input; „Weiter bearbeiten“ (the question's
default: Enter) puts her back in the field she was typing in. Real keys, real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from tests.conftest import TODAY
from tests.support.main_windows import make_active
from tests.support.questions import press_once_active, words_of

pytestmark = pytest.mark.usefixtures("frozen_clock")
ALT = Qt.KeyboardModifier.AltModifier
QUESTION = "Der Termin ist noch nicht gespeichert."


def _dialog(qtbot, ctx) -> AppointmentDialog:
    dialog = AppointmentDialog(ctx, day=TODAY, start="14:00")
    qtbot.addWidget(dialog, before_close_func=QDialog.reject)  # at the end: no question
    dialog.show()
    make_active(qtbot, dialog)
    return dialog


def _esc_answered(qtbot, field, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Esc in ``field``; the question answered with ``key``: its text and its answers."""
    seen: list[tuple[str, list[str]]] = []
    press_once_active(QMessageBox, key, seen,
                      lambda box: (box.text(), sorted(words_of(b) for b in box.buttons())),
                      modifier)
    QTest.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def _typed_room(qtbot, ctx, room="Raum 12") -> AppointmentDialog:
    dialog = _dialog(qtbot, ctx)
    dialog.room.setFocus()
    QTest.keyClicks(dialog.room, room)
    return dialog


def test_esc_asks_three_ways_and_speichern_saves_what_is_shown(qtbot, ctx):
    dialog = _typed_room(qtbot, ctx)
    text, answers = _esc_answered(qtbot, dialog.room, Qt.Key.Key_S, ALT)   # &Speichern
    assert text == QUESTION
    assert answers == ["Speichern", "Verwerfen", "Weiter bearbeiten"]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == AppointmentDialog.DialogCode.Accepted
    [saved] = svc.appointments_on(ctx.conn, TODAY)
    assert (saved.start, saved.end, saved.room, saved.note) == ("14:00", "14:30", "Raum 12", "")


def test_speichern_of_an_invalid_date_refuses_and_keeps_her_input(qtbot, ctx):
    dialog = _typed_room(qtbot, ctx)
    dialog.day.setFocus()
    dialog.day.selectAll()
    QTest.keyClicks(dialog.day, "31.02.2026")
    _esc_answered(qtbot, dialog.day, Qt.Key.Key_S, ALT)
    assert dialog.isVisible()
    assert dialog.day.text() == "31.02.2026" and dialog.room.text() == "Raum 12"
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == dialog.day.toolTip() != ""       # the dialog's own message
    assert dialog.focusWidget() is dialog.day          # the field refused, to correct
    assert svc.appointments_on(ctx.conn, TODAY) == []


def test_verwerfen_closes_and_saves_nothing(qtbot, ctx):
    dialog = _typed_room(qtbot, ctx)
    _esc_answered(qtbot, dialog.room, Qt.Key.Key_V, ALT)                  # &Verwerfen
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == AppointmentDialog.DialogCode.Rejected
    assert svc.appointments_on(ctx.conn, TODAY) == []


def test_enter_keeps_editing_in_the_field_she_was_typing_in(qtbot, ctx):
    dialog = _typed_room(qtbot, ctx)
    dialog.note.setFocus()
    QTest.keyClicks(dialog.note, "Mutter kommt mit")
    _esc_answered(qtbot, dialog.note, Qt.Key.Key_Return)       # „Weiter bearbeiten“
    assert dialog.isVisible() and dialog.note.text() == "Mutter kommt mit"
    assert dialog.focusWidget() is dialog.note               # she types on where she was
    assert svc.appointments_on(ctx.conn, TODAY) == []


def test_unchanged_esc_closes_at_once(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    QTest.keyClick(dialog.person, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
