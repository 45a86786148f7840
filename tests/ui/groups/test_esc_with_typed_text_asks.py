"""Esc in a group's form with typed, unsaved words asks before they go (Speichern,
Verwerfen, Weiter bearbeiten; Esc on the question keeps them): it reverted the form at
once and her typed note was gone. With nothing typed Esc asks nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import groups as svc
from ssa_desktop.ui.groups.area import GroupsArea
from tests.conftest import TODAY
from tests.support.questions import answer, clicking, esc, esc_asks_first
from tests.support.shown import show_active

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _typed(qtbot, ctx) -> GroupsArea:
    """Her group open, „ Wichtig“ typed into its note, not saved."""
    svc.save_group(ctx.conn, GroupActivity(
        title="Klassenrat 7c", school_year=SchoolYear.of(TODAY).start_year,
        school_id="school-1", kind="class", participants_m=3, note="Rückmeldung"))
    area = show_active(qtbot, GroupsArea(ctx), size=(1200, 800))
    area.list_view.setFocus()
    QTest.keyClick(area.list_view, Qt.Key.Key_Down)
    area.note_edit.setFocus()
    QTest.keyClick(area.note_edit, Qt.Key.Key_End)
    QTest.keyClicks(area.note_edit, " Wichtig")
    return area


def test_esc_with_typed_text_asks_and_keeps_it(qtbot, ctx):
    area = _typed(qtbot, ctx)
    esc_asks_first(qtbot)   # „Weiter bearbeiten“: her Esc on the question
    assert area.note_edit.text() == "Rückmeldung Wichtig"
    assert area.focusWidget() is area.note_edit  # she types on where she was


def test_esc_then_verwerfen_reverts(qtbot, ctx):
    area = _typed(qtbot, ctx)
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert area.note_edit.text() == "Rückmeldung"


def test_esc_with_nothing_typed_asks_nothing(qtbot, ctx):
    area = _typed(qtbot, ctx)
    area.note_edit.setText("Rückmeldung")  # back to what is saved
    asked: list[str] = []
    answer(asked, esc)
    QTest.keyClick(area.note_edit, Qt.Key.Key_Escape)
    assert asked == []
    assert area.note_edit.text() == "Rückmeldung"
