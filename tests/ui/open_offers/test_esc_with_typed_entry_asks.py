"""Esc in the entry of Offene Angebote with typed, unsaved words asks before they go
(Speichern, Verwerfen, Weiter bearbeiten; Esc on the question keeps them): it emptied the
entry at once, offer and note gone. With nothing typed Esc resets without a question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.open_offers.area import OpenOffersArea
from tests.support.questions import answer, clicking, esc, esc_asks_first
from tests.support.shown import show_active

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _typed(qtbot, ctx) -> OpenOffersArea:
    area = show_active(qtbot, OpenOffersArea(ctx), size=(1200, 800))
    area.title_edit.setFocus()
    QTest.keyClicks(area.title_edit, "Pausenangebot")
    area.note_edit.setFocus()
    QTest.keyClicks(area.note_edit, "Viel los heute")
    return area


def test_esc_with_a_typed_entry_asks_and_keeps_it(qtbot, ctx):
    area = _typed(qtbot, ctx)
    esc_asks_first(qtbot)   # „Weiter bearbeiten“: her Esc on the question
    assert (area.title_edit.text(), area.note_edit.text()) == ("Pausenangebot", "Viel los heute")
    assert area.focusWidget() is area.note_edit  # she types on where she was


def test_esc_then_verwerfen_empties_the_entry(qtbot, ctx):
    area = _typed(qtbot, ctx)
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert (area.title_edit.text(), area.note_edit.text()) == ("", "")
    assert area.focusWidget() is area.title_edit


def test_esc_with_nothing_typed_asks_nothing(qtbot, ctx):
    area = show_active(qtbot, OpenOffersArea(ctx), size=(1200, 800))
    area.note_edit.setFocus()
    asked: list[str] = []
    answer(asked, esc)
    QTest.keyClick(area.note_edit, Qt.Key.Key_Escape)
    assert asked == []
    assert area.focusWidget() is area.title_edit
