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
from tests.ui.a11y.tabwalk import focus_names
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


ABSENCES = ["Art der Abwesenheit", "Erster Tag", "Letzter Tag", "Schule",
            "Abwesenheit eintragen", "Abwesenheiten", "Ausgewählte löschen",
            "Bezeichnung der Ferien", "Erster Ferientag", "Letzter Ferientag",
            "Ferien eintragen", "Schulferien", "Ausgewählte löschen", "QCheckBox"]


def test_tab_from_the_tab_bar_reaches_a_tab_built_later_in_its_order(ctx, qtbot, post, frozen):
    """Tab from the tab bar goes into the page shown (built when first shown), through it
    in the order it was built, then on to the area's first control (nothing that takes
    the focus follows the tabs); Shift+Tab the same way back."""
    area = _area(ctx, qtbot)
    area.activateWindow()  # the tabs' Alt+letter are shortcuts of the active window
    qtbot.waitUntil(area.isActiveWindow)
    bar = area.tabs.tabBar()
    bar.setFocus(Qt.TabFocusReason)
    QTest.keyClick(bar, Qt.Key_Tab, Qt.ControlModifier)              # Strg+Tab: Wochenraster
    assert _built(area) == [True, True, False, False]
    # the grid's table moves cell by cell: the walk stops before it
    assert focus_names(bar, 6) == ["Schule", "Woche mit dem Tag", "Vorwoche",
                                   "Nächste Woche",
                                   "Kategorie hinzufügen",
                                   "Einträge der Vorwoche übernehmen"]
    assert focus_names(area.grid.school, 1, key=Qt.Key_Backtab) == ["QTabBar"]
    QTest.keyClick(area.tabs, Qt.Key_F, Qt.AltModifier)              # "Abwesenheiten und &Ferien"
    assert _built(area) == [True, True, True, False]
    walk = focus_names(bar, len(ABSENCES) + 1)
    assert walk == [*ABSENCES, "Schuljahr"]
    assert focus_names(area.year, len(ABSENCES) + 1, key=Qt.Key_Backtab) == [
        *reversed(ABSENCES), "QTabBar"]
