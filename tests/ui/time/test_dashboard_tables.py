"""The Auswertung's three tables from a real report of two schools: a light per target,
area rows bold with their categories muted, one row per school and a bold total."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from ssa_desktop.domain.worktime import week_period
from ssa_desktop.services import activities, timeshare, worktime
from ssa_desktop.services import setup as setup_service
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.time.dashboard import Dashboard

MONDAY = date(2025, 11, 10)


@pytest.fixture
def report(conn):
    repo.SCHOOLS.insert(conn, e.School("Realschule Nord", code="RS-2", school_type="RS", id="school-2"))
    post = setup_service.save_post(conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(conn, post.id, "school-1", 2025, 40)
    setup_service.set_post_share(conn, post.id, "school-2", 2025, 35)
    activities.record_contact(conn, e.Contact(MONDAY, "EB", 600, school_id="school-1"))
    worktime.set_cell(conn, MONDAY, "DOK", "school-1", 400)
    with clock.frozen(date(2025, 11, 20)):
        return timeshare.compute(conn, "2025/26", None, week_period(MONDAY))


def test_tables_of_two_schools(qtbot, conn, report):
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    codes = [c.code for c in timeshare.indirect_categories(conn)]
    dashboard.show_report(report, codes)
    hours = dashboard.hours.text()
    assert "<b>Saldo</b> -12,58 Std." in hours and "ganzer Zeitraum" not in hours
    assert dashboard.problems.isHidden() == (not report.problems)

    targets = dashboard.targets
    assert targets.rowCount() == len(report.scope.evaluations)
    first = report.scope.evaluations[0]
    assert targets.item(0, 0).data(Qt.UserRole) == first.light and not targets.item(0, 0).icon().isNull()
    assert targets.item(0, 3).toolTip() == first.target.wording

    areas = dashboard.areas
    assert areas.rowCount() == 5 + len([c for c in codes if c != "VNZ"])
    assert areas.item(0, 0).font().bold() and areas.item(0, 1).font().bold()
    assert not areas.item(5, 0).font().bold() and areas.item(5, 0).text().startswith("   ")
    assert areas.item(5, 2).toolTip().startswith("Wochenraster und Stoppuhr: ")

    schools = dashboard.schools
    names = [schools.item(r, 0).text() for r in range(schools.rowCount())]
    assert len(names) == 3 and names[-1] == "gesamt"
    assert schools.item(2, 0).font().bold() and not schools.item(0, 0).font().bold()
    assert schools.item(2, 1).text() == "29,25 Std." and not schools.item(2, 4).icon().isNull()
    assert schools.item(2, 4).toolTip() != ""
    assert schools.item(2, 5).text().endswith(" %")


def test_one_school_has_no_total_row(qtbot, conn, report):
    report.schools = report.schools[:1]
    report.scope.soll_min = report.scope.ist_min - 30
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    dashboard.show_report(report, [])
    assert dashboard.schools.rowCount() == 1 and dashboard.schools.item(0, 0).text() != "gesamt"
    assert dashboard.areas.rowCount() == 5
    assert "<b>Saldo</b> +" in dashboard.hours.text()
