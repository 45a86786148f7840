"""Statistik → „Zielerreichung“: the chosen year's goal outcomes per Schulart, small cells
as „< 3“, reached by keyboard (Ctrl+Tab through the tabs), a table a screen reader reads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case, Person
from ssa_desktop.services import goals, persons
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.statistics.area import StatisticsArea
from tests.kvjs import fixture


def _goals(conn) -> None:
    """Three goals at the Gemeinschaftsschule in 2025/26: all rated twice, two improved,
    one reached (GAS −1 → 0)."""
    for i, (scale, baseline, levels) in enumerate([(g.GAS, -1, [-1, 0]), (g.GENERIC, 2, [3, 3]),
                                                   (g.GENERIC, 3, [3, 2])]):
        person = repo.PERSONS.insert(conn, Person(f"Z-{i}", grade=7, school_id="school-1"))
        case = persons.save_case(conn, Case(person.id, date(2025, 9, 1), title="Fall"))
        goal = goals.save_goal(conn, g.CaseGoal(case.id, "Ziel", scale=scale, baseline=baseline, created="2024-08-01 08:00:00"))
        for month, level in zip((10, 11), levels, strict=True):
            goals.rate(conn, goal.id, level, date(2025, month, 2))
        persons.close_case(conn, case.id, date(2026, 1, 15), "partly")


def test_the_outcome_tab_shows_the_year_per_schulart(ctx, qtbot):
    fixture.build(ctx.conn)
    _goals(ctx.conn)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    with clock.frozen(date(2026, 10, 5)):
        area.show()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    area.tabs.setFocus()
    while area.tabs.currentWidget() is not area.goal_outcomes:
        QTest.keyClick(area.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    table = area.goal_outcomes.table
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header == ["Schulart", "Ziele gesetzt", "mindestens zweimal eingeschätzt",
                      "um mindestens eine Stufe verbessert", "erreicht"]
    cells = [[table.item(r, c).text() for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    assert cells == [["Gemeinschaftsschule", "3", "3", "< 3", "< 3"],
                     ["Zusammen", "3", "3", "< 3", "< 3"]]
    assert "2025/26" in area.goal_outcomes.heading.text()
    # another year without goals says so
    area.year_box.setCurrentIndex(area.year_box.findData(2024))
    area._year_chosen(area.year_box.currentIndex())
    assert area.goal_outcomes.table.rowCount() == 0
    assert "keine Ziele" in area.goal_outcomes.heading.text()
