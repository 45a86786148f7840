"""Kurzkontakte with her keys (session 22, helper Y2): she typed a correction (the number)
and went to the next entry with Down in the list – her correction was gone without a word,
as Esc's was before. Now moving to another row asks the Esc question „Speichern /
Verwerfen / Weiter bearbeiten“: „Weiter bearbeiten“ (the default) keeps her on the edited
row with her text and the focus where it was, „Speichern“ saves and moves, „Verwerfen“
moves; the lock still closes the window without asking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.common import unsaved
from tests.conftest import TODAY
from tests.support.questions import answer, clicking, esc

pytestmark = pytest.mark.usefixtures("frozen_clock")

QUESTION = "Die Korrektur des Kurzkontakts ist noch nicht gespeichert."


def _typed_then_down(conn, short_contacts):
    """Two entries (newest first: today's count 1, yesterday's count 5); she types 3 into
    the first one's Anzahl and goes back to the list (the test presses Down there)."""
    older = activities.record_short_contact(conn, ShortContact(
        TODAY - dt.timedelta(days=1), school_id="school-1", gender="w", count=5))
    newest = activities.record_short_contact(conn, ShortContact(
        TODAY, school_id="school-1", gender="m", count=1))
    dialog = short_contacts()
    assert [sc.id for sc in dialog.model.rows] == [newest.id, older.id]
    dialog.view.setFocus()
    assert dialog.selected().id == newest.id
    dialog.count.setFocus()
    dialog.count.selectAll()
    QTest.keyClicks(dialog.count, "3")
    assert dialog.count.value() == 3
    dialog.view.setFocus()
    return dialog, newest, older


def test_down_in_the_list_asks_and_weiter_bearbeiten_keeps_her_correction(
        conn, qtbot, short_contacts):
    dialog, newest, _older = _typed_then_down(conn, short_contacts)
    asked: list[str] = []
    answer(asked, esc)                                   # „Weiter bearbeiten“, the default
    QTest.keyClick(dialog.view, Qt.Key.Key_Down)
    assert asked == [QUESTION]
    # back on the edited row once the list's own move is done
    qtbot.waitUntil(lambda: dialog.view.selectionModel().isRowSelected(0))
    assert dialog.selected().id == newest.id             # still on the edited row
    assert dialog.count.value() == 3                     # with her text
    assert dialog.focusWidget() is dialog.view           # the focus where it was
    assert repo.SHORT_CONTACTS.get(conn, newest.id).count == 1


def test_speichern_saves_then_moves(conn, qtbot, short_contacts):
    dialog, newest, older = _typed_then_down(conn, short_contacts)
    asked: list[str] = []
    answer(asked, clicking("Speichern"))
    QTest.keyClick(dialog.view, Qt.Key.Key_Down)
    assert asked == [QUESTION]
    assert repo.SHORT_CONTACTS.get(conn, newest.id).count == 3
    assert dialog.selected().id == older.id
    assert dialog.count.value() == 5
    QTest.keyClick(dialog.view, Qt.Key.Key_Up)           # nothing changed: no question
    assert asked == [QUESTION]
    qtbot.waitUntil(lambda: dialog.view.selectionModel().isRowSelected(0))
    assert dialog.selected().id == newest.id and dialog.count.value() == 3


def test_verwerfen_moves_without_saving(conn, short_contacts):
    dialog, newest, older = _typed_then_down(conn, short_contacts)
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    QTest.keyClick(dialog.view, Qt.Key.Key_Down)
    assert asked == [QUESTION]
    assert dialog.selected().id == older.id and dialog.count.value() == 5
    assert repo.SHORT_CONTACTS.get(conn, newest.id).count == 1


def test_a_click_on_another_row_asks_too(conn, qtbot, short_contacts):
    dialog, newest, _older = _typed_then_down(conn, short_contacts)
    asked: list[str] = []
    answer(asked, esc)
    second = dialog.view.visualRect(dialog.model.index(1, 0)).center()
    QTest.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert asked == [QUESTION]
    qtbot.waitUntil(lambda: dialog.view.selectionModel().isRowSelected(0))
    assert dialog.selected().id == newest.id and dialog.count.value() == 3


def test_the_lock_closes_it_without_asking(ctx, conn, short_contacts, monkeypatch):
    dialog, _newest, _older = _typed_then_down(conn, short_contacts)
    asked: list[str] = []
    monkeypatch.setattr(unsaved, "ask_unsaved",
                        lambda _parent, text: asked.append(text) or unsaved.STAY)
    ctx.lock()
    assert not dialog.isVisible()
    assert asked == []


def test_speichern_refused_keeps_her_on_the_row_with_the_reason(conn, qtbot, short_contacts):
    dialog, newest, _older = _typed_then_down(conn, short_contacts)
    dialog.duration.set_minutes(0)                       # refused on saving: 0 Minuten
    asked: list[str] = []
    answer(asked, clicking("Speichern"))
    QTest.keyClick(dialog.view, Qt.Key.Key_Down)
    assert asked == [QUESTION]
    qtbot.waitUntil(lambda: dialog.view.selectionModel().isRowSelected(0))
    assert dialog.selected().id == newest.id and dialog.count.value() == 3
    assert "0 Minuten" in dialog.error.text()
    assert repo.SHORT_CONTACTS.get(conn, newest.id).count == 1
