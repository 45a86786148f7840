"""A time booked with the stopwatch (Strg+T) while the Wochenraster is on screen shows in
its cell, the week's sum and the day's total at once, with the same minutes the
Auswertung counts — she does not book it twice. The cell says in its tooltip (and to a
screen reader) how much of it the stopwatch booked. Real keys, real vault."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.worktime import Period
from ssa_desktop.services import timeshare
from ssa_desktop.ui.time.stop_dialog import StopDialog
from tests.support.main_windows import active_main_window
from tests.ui.time.conftest import BERLIN

WEDNESDAY = date(2025, 11, 12)   # the frozen day, 10:00 (tests/ui/time/conftest.py)
WEEK = Period("week", date(2025, 11, 10), date(2025, 11, 16), "KW 46")

pytestmark = pytest.mark.usefixtures("frozen", "post")


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def _keys(text: str) -> None:
    for key in text:
        QTest.keyClick(QApplication.focusWidget(), key)


def test_a_stopwatch_booking_shows_in_the_open_grid(window, ctx, qtbot):
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_7, Qt.ControlModifier)
    area = window.show_area("time")
    qtbot.waitUntil(lambda: area.report is not None)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)              # Wochenraster
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 2))                          # Wednesday, first row
    _keys("30")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)         # typed: 30 min.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_T, Qt.ControlModifier)   # start 10:00
    clock.set_clock(clock.fixed(datetime(2025, 11, 12, 10, 25, tzinfo=BERLIN)))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_T, Qt.ControlModifier)   # stop 10:25
    dialog = window.stopwatch_button.dialog
    assert isinstance(dialog, StopDialog) and dialog.minutes.value() == 25
    QTest.keyClick(dialog.category, Qt.Key_Return)                    # Buchen (first row)
    qtbot.waitUntil(lambda: window.stopwatch_button.dialog is None)

    rows = len(model.grid.categories)
    shown = {(r, c): model.index(r, c).data() for r, c in ((0, 2), (0, 7), (rows + 1, 2),
                                                           (rows + 1, 7))}
    assert shown == {(0, 2): "55", (0, 7): "55", (rows + 1, 2): "55", (rows + 1, 7): "55"}
    counted = timeshare.compute(ctx.conn, 2025, "school-1", WEEK).scope.minutes
    assert counted == {model.grid.categories[0].code: 55}             # the Auswertung: 55
    tip = model.index(0, 2).data(Qt.ToolTipRole)
    assert "davon 25 Min. mit der Stoppuhr" in tip
    assert "davon 25 Min. mit der Stoppuhr" in model.index(0, 2).data(Qt.AccessibleDescriptionRole)
