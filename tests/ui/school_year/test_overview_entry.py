"""Where the Schuljahreswechsel starts on the Übersicht (since commit ce8c7a6) and that the
handbook says so: the header button "Schuljahres&wechsel …" opens it at any time (from
1 July for the coming year); the tile shows only while a school's change is pending
(from 1 August until applied). Real key events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.ui.overview.area import OverviewArea
from ssa_desktop.ui.school_year.dialog import SchoolYearDialog

from .test_school_year_dialog import _pupils

HANDBOOK = (Path(__file__).resolve().parents[3] / "docs" / "handbuch.md").read_text("utf-8")


def _area(ctx, qtbot, today):
    clock.set_clock(clock.fixed(today))   # the conftest's _system_clock puts it back
    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    area.resize(1366, 728)
    area.show()
    qtbot.waitExposed(area)
    area.refresh()
    return area


def _open_dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, SchoolYearDialog) and w.isVisible()]


def test_in_july_no_tile_but_the_header_button_prepares_the_coming_year(ctx, qtbot):
    _pupils(ctx.conn)
    day = date(2026, 7, 6)
    with clock.frozen(day):
        area = _area(ctx, qtbot, day)
        assert not area.school_year.isVisible()
        assert area.school_year_button.isVisible()
        area.school_year_button.setFocus()
        QTest.keyClick(area.school_year_button, Qt.Key_Space)
        qtbot.waitUntil(lambda: bool(_open_dialogs()))
        (dialog,) = _open_dialogs()
        assert dialog.plan.target.label == "2026/27"
        dialog.reject()


def test_from_1_august_the_tile_shows_until_applied(ctx, qtbot):
    _pupils(ctx.conn)
    day = date(2026, 8, 3)
    with clock.frozen(day):
        area = _area(ctx, qtbot, day)
        assert area.school_year.isVisible()
        assert area.school_year.model.rowCount() == 1


def test_with_no_change_pending_only_the_header_button(ctx, qtbot):
    _pupils(ctx.conn)  # entered in March 2026: nobody to move into 2025/26
    day = date(2026, 3, 15)
    with clock.frozen(day):
        area = _area(ctx, qtbot, day)
        assert not area.school_year.isVisible() and area.school_year_button.isVisible()


def test_the_handbook_says_where_it_starts():
    assert "Übersicht (Kachel „Schuljahreswechsel“) jederzeit" not in HANDBOOK
    section = HANDBOOK.split("### Schuljahreswechsel", 1)[1].split("\n## ", 1)[0]
    flat = " ".join(section.split())
    assert "Jederzeit öffnen Sie ihn in der Übersicht oben rechts mit **Schuljahreswechsel …**" \
        in flat
    assert "Die Kachel „Schuljahreswechsel“ erscheint in der Übersicht nur, solange der " \
           "Wechsel einer Schule aussteht (ab 1. August, bis er übernommen ist)" in flat
    overview = " ".join(" ".join(HANDBOOK.split()).split("Die Übersicht zeigt:", 1)[1]
                        .split(" ## ", 1)[0].split())
    assert "**Schuljahreswechsel:** nur solange der Wechsel einer Schule ins neue Schuljahr " \
           "aussteht" in overview
