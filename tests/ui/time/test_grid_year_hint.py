"""The Wochenraster's red hint of a missing post is about the school year it concerns:
the year of the week shown. A post with a share in 2025/26 only: on 31 July 2026 the old
year shows its school and no hint; on 1 August the new year says it lacks a Stellenumfang
and names itself, and the old year chosen shows its school again without the new year's
hint. Real keys, a frozen clock. With SSA_SHOTS=/folder the new year's grid is saved as
i45-grid-hint.png (QT_SCALE_FACTOR=2 for the 200 % shot)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from tests.ui.time.shared import open_area

SCHOOL = "Gemeinschaftsschule Am Park"
NEW_YEAR_HINT = ("Für das Schuljahr 2026/27 ist kein Stellenumfang eingetragen "
                 "(Einstellungen → Schulen & Stelle).")


def _grid(ctx, qtbot):
    area = open_area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)          # "&Wochenraster"
    assert area.tabs.currentWidget() is area.grid
    return area, area.grid


def _shot(area) -> None:
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        scale = area.devicePixelRatioF()
        area.resize(*((640, 360) if scale > 1 else (1280, 720)))
        suffix = f"-{round(scale * 100)}pct" if scale != 1 else ""
        area.grab().save(str(Path(folder) / f"i45-grid-hint{suffix}.png"))


def _schools(grid) -> list[str]:
    return [grid.school.itemText(i) for i in range(grid.school.count())]


def test_on_31_july_the_old_year_has_its_school_and_no_hint(ctx, qtbot, post):
    with clock.frozen(date(2026, 7, 31)):
        area, grid = _grid(ctx, qtbot)
        assert area.school_year.label == "2025/26"
        assert _schools(grid) == [SCHOOL]
        assert grid.model.rowCount() > 2 and grid.message.text() == ""


def test_on_1_august_the_hint_is_the_new_years_and_the_old_year_has_none(ctx, qtbot, post):
    with clock.frozen(date(2026, 8, 1)):
        area, grid = _grid(ctx, qtbot)
        assert area.school_year.label == "2026/27"
        assert _schools(grid) == [] and grid.model.rowCount() == 0
        assert grid.message.text() == NEW_YEAR_HINT
        _shot(area)
        # she chooses the old school year (the years are listed newest first)
        area.year.setFocus()
        QTest.keyClick(area.year, Qt.Key_Down)
        assert area.school_year.label == "2025/26"
        assert grid.day.value() == date(2026, 7, 31)        # its last week, not today's
        assert _schools(grid) == [SCHOOL]
        assert grid.model.rowCount() > 2 and grid.message.text() == ""
        # the next week lies in 2026/27: the hint comes back, naming that year
        grid.following.setFocus()
        QTest.keyClick(grid.following, Qt.Key_Space)
        assert grid.day.value() == date(2026, 8, 7)
        assert grid.message.text() == NEW_YEAR_HINT
