"""Arbeitszeit builds only the Auswertung with the area (issue 21: its first show was
48–58 ms); Wochenraster, Abwesenheiten and Zielwerte are built when first shown and then
show the chosen year's schools and what is stored; a lock empties what was built."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.worktime import Absence
from ssa_desktop.services import worktime
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.time.grid import WeekGridView
from tests.conftest import PASSPHRASE
from tests.ui.time.shared import open_area as _area

BERLIN = ZoneInfo("Europe/Berlin")


def _built(area) -> list[bool]:
    return [area.tabs.is_built(i) for i in range(area.tabs.count())]


def test_only_the_auswertung_is_built_and_a_tab_shown_later_has_the_stored_state(
        ctx, qtbot, post, frozen):
    area = _area(ctx, qtbot)
    assert [area.tabs.tabText(i) for i in range(4)] == [
        "&Auswertung", "&Wochenraster", "Abwesenheiten und &Ferien", "Zi&elwerte"]
    assert _built(area) == [True, False, False, False]
    assert area.findChildren(WeekGridView) == []
    # stored while the tab was never shown: sick on Monday and Tuesday
    ctx.apply(worktime.add_absence, Absence("sick", date(2025, 11, 10), date(2025, 11, 11)))
    QTest.keyClick(area.tabs, Qt.Key_F, Qt.AltModifier)              # "Abwesenheiten und &Ferien"
    assert _built(area) == [True, False, True, False]
    view = area.tabs.currentWidget()
    assert view is area.absences and view.isVisible()
    assert view.school.itemText(1) == "Gemeinschaftsschule Am Park"
    assert view.absences.rowCount() == 1 and view.absences.item(0, 0).text() == "krank"
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)              # "&Wochenraster"
    grid = area.tabs.currentWidget()
    assert grid is area.grid and grid.isVisible() and area.tabs.currentIndex() == 1
    assert grid.school.currentText() == "Gemeinschaftsschule Am Park"
    assert grid.model.rowCount() == 8 + 2                           # categories, sums
    assert _built(area) == [True, True, True, False]


def test_a_lock_empties_the_built_tabs_and_the_unlock_fills_them_again(
        ctx, qtbot, post, frozen, open_vault):
    area = _area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)
    assert area.grid.model.rowCount() == 8 + 2
    folder = open_vault.vault.folder
    ctx.lock()
    assert area.grid.school.count() == 0 and area.grid.model.rowCount() == 0
    assert _built(area) == [True, True, False, False]                # nothing built at lock
    session = Vault(folder).unlock(PASSPHRASE)
    ctx.set_session(session)
    area.hide()
    area.show()                                                      # as the window does
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    assert area.grid.school.currentText() == "Gemeinschaftsschule Am Park"
    assert area.grid.model.rowCount() == 8 + 2
    session.lock()
