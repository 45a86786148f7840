"""Gruppen & Projekte: a long refusal in the sessions' message line (a duration over a day
with its reason, a day outside the school year with both its bounds) was cut to one line
ending in „…“ — whole only in its tool tip and for a screen reader. The line now wraps
(``MessageLine``, below the list, which gives up the lines): the whole refusal is in sight
— at 200 % the page scrolls to it, her field still in sight —, in the error colour,
heard, and no button of the area moves for it. Screenshots: SSA_SHOTS=folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import activities
from ssa_desktop.services import groups as svc
from ssa_desktop.ui import colours
from tests.conftest import TODAY
from tests.support.main_windows import shown_main_window
from tests.ui.a11y.test_results_announced import _heard
from tests.ui.shell.test_fits_small_screen import shown_size
from tests.ui.shell.whole import screen as screen  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("frozen_clock")

YEAR = SchoolYear.of(TODAY)


def _refused_on_screen(qtbot, ctx, tmp_path, screen):
    group = activities.save_group(ctx.conn, GroupActivity(
        "Streitschlichter", YEAR.start_year, school_id="school-1", participants_m=6))
    for day in (6, 13):
        svc.add_session(ctx.conn, group.id, YEAR.start.replace(month=10, day=day), 90)
    win = shown_main_window(ctx, qtbot, tmp_path, screen)
    area = win.show_area("groups")
    area.open_record(group.id)
    spin = area.session_duration.spin
    spin.setFocus()   # (at 200 % the area scrolls to it)
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "1441")
    before = _buttons(area)
    QTest.keyClick(spin, Qt.Key.Key_Return)   # refused: longer than a day
    QApplication.processEvents()
    return win, area, before


def _buttons(area) -> dict[str, tuple[int, int]]:
    """Where each button lies in the area (laid out; the page may scroll)."""
    QApplication.processEvents()
    return {b.text(): (b.mapTo(area, b.rect().topLeft()).x(), b.mapTo(area, b.rect().topLeft()).y())
            for b in area.findChildren(QPushButton) if b.isVisible()}


def test_a_long_refusal_is_whole_on_screen_and_moves_no_button(qtbot, ctx, tmp_path,
                                                                screen):
    win, area, before = _refused_on_screen(qtbot, ctx, tmp_path, screen)
    line = area.session_error
    refusal = ("Die Sitzung ist mit 1.441 Minuten länger als ein Tag – bitte die Dauer "
               "prüfen (höchstens 1.440 Minuten).")
    assert line.text() == refusal and _heard(line) == refusal
    if folder := os.environ.get("SSA_SHOTS"):
        win.grab().save(str(Path(folder) / f"groups-session-refusal-{screen[0]}.png"))
    # whole: as many lines as its width needs, all of them in its height (no „…“)
    assert line.wordWrap()
    assert line.heightForWidth(line.width()) <= line.height()
    one_line = QFontMetrics(line.font()).horizontalAdvance(refusal)
    assert line.width() >= one_line or line.height() > QFontMetrics(line.font()).height()
    assert colours.current().error in line.styleSheet()
    assert _buttons(area) == before
    # in sight, and her field too (at 200 % the page scrolled to the line)
    assert shown_size(line) == (line.width(), line.height())
    spin = area.session_duration.spin
    assert spin.hasFocus() and shown_size(spin) == (spin.width(), spin.height())
