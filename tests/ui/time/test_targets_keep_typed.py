"""Zielwerte: what she typed and has not saved yet stays when the area is filled again
(she went elsewhere, something was documented meanwhile, she comes back)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import timeshare, worktime
from tests.ui.time.test_targets_by_keyboard import targets_shown


def test_typed_targets_survive_a_refresh_of_the_area(ctx, qtbot, tmp_path, post, frozen):
    agreement, window, area = targets_shown(ctx, qtbot, tmp_path)
    low = area.targets.table.cellWidget(0, 2)                      # Direkte Arbeit: Untergrenze
    low.setFocus()
    QTest.keyClick(low, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(low, "55")
    assert low.value() == 55
    window.show_area("overview")
    # meanwhile a time entry is written (a contact, the stopwatch): the area is stale
    ctx.apply(worktime.set_cell, date(2025, 11, 10), "IND", "school-1", 30)
    window.show_area("time")
    qtbot.waitUntil(lambda: not area._dirty)
    assert area.targets.table.cellWidget(0, 2).value() == 55        # was 60 again
    QTest.keyClick(area.targets.save, Qt.Key_Space)
    assert timeshare.agreement_targets(ctx.conn, agreement.id)[0].low == 55
    assert area.targets.message.text() == "Zielwerte gespeichert."
