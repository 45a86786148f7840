"""Vernetzung → Vernetzungsaktivitäten: an activity entered by mistake (wrong day, minutes
or partner, or one an earlier import took in without minutes) is removed by its Alt
letter (or Entf in the list) after a question, with its statistics record and time
entry; its values stand in the form to be corrected and entered again, the list keeps her
place and the status line says what happened. Before, the tab only recorded: nothing she
typed wrong could be corrected, and a held row blocked her export for good."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ssa_desktop.domain.entities import NetworkActivity, Partner
from ssa_desktop.services import admission, network
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.network.area import NetworkArea
from tests.support.clocks import clock_stands_at
from tests.support.questions import esc, press_once_active
from tests.support.removals import delete_answered, removed_by_yes, statuses

TODAY = date(2026, 11, 21)
ALT = Qt.KeyboardModifier.AltModifier
_clock_on_today = clock_stands_at(TODAY)


def _recorded(ctx) -> list[NetworkActivity]:
    partner = network.save_partner(ctx.conn, Partner("Jugendamt ASD", "JA"))
    made = [network.record_network_activity(ctx.conn, NetworkActivity(
        kind, date(2026, 11, day), minutes, school_id="school-1", partner_id=partner.id,
        note=f"Notiz {day}")) for kind, day, minutes in
        (("GRE", 3, 60), ("RT", 10, 900), ("KOG", 17, 45))]
    return made   # the list shows them newest first: 17th, 10th, 3rd


def _activities(ctx, qtbot):
    area = NetworkArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    with qtbot.waitActive(area):
        area.show()
        area.activateWindow()
    QTest.keyClick(area.tabs, Qt.Key.Key_A, ALT)            # Vernetzungs&aktivitäten
    tab = area.activities
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Home)                # 17th
    QTest.keyClick(tab.view, Qt.Key.Key_Down)                # 10th: the 900 minutes
    return area, tab


def test_alt_f_asks_removes_and_puts_its_values_in_the_form(ctx, qtbot):
    wrong = _recorded(ctx)[1]
    area, tab = _activities(ctx, qtbot)
    said = statuses(ctx)
    asked: list[str] = []
    press_once_active(QMessageBox, Qt.Key.Key_J, asked, lambda box: box.text(), ALT)  # &Ja
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)   # Aktivität ent&fernen
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert "10.11.2026" in asked[0] and "Statistik" in asked[0]
    assert repo.NETWORK_ACTIVITIES.get(ctx.conn, wrong.id) is None
    assert repo.STATISTICS.select(ctx.conn, "source_id = ?", (wrong.id,)) == []
    # her place: the row that followed it, the list in her hand
    assert tab.view.currentIndex().row() == 1
    assert tab.model.item(1, 0).text() == "03.11.2026"
    assert said[-1].startswith("Vernetzungsaktivität vom 10.11.2026 entfernt")
    # its values in the form: she corrects the minutes and enters it again
    assert (tab.kind.code(), tab.day.value(), tab.duration.minutes(), tab.note.text()) == \
        ("RT", date(2026, 11, 10), 900, "Notiz 10")
    assert tab.partner.currentData() == wrong.partner_id
    tab.duration.set_minutes(90)
    tab.save()
    assert sorted(a.duration_min for a in repo.NETWORK_ACTIVITIES.all(ctx.conn)) == [45, 60, 90]
    assert area  # kept alive


def test_the_question_answered_no_removes_nothing(ctx, qtbot):
    _recorded(ctx)
    _area, tab = _activities(ctx, qtbot)
    delete_answered(qtbot, tab.view, Qt.Key.Key_Escape,
                    Qt.KeyboardModifier.NoModifier)   # Entf asks the same; Esc: Nein
    assert repo.NETWORK_ACTIVITIES.count(ctx.conn) == 3 and tab.model.rowCount() == 3
    assert tab.view.currentIndex().row() == 1
    assert esc  # the question's Esc is „Nein“


def test_a_held_activity_without_minutes_is_removed_and_the_check_names_it_no_more(ctx, qtbot):
    held = repo.NETWORK_ACTIVITIES.insert(ctx.conn, NetworkActivity(   # an old import's
        "AK", date(2026, 10, 7), 0, school_id="school-1"))
    assert admission.held_form_problems(ctx.conn)
    area = NetworkArea(ctx)
    qtbot.addWidget(area)
    with qtbot.waitActive(area):
        area.show()
        area.activateWindow()
    QTest.keyClick(area.tabs, Qt.Key.Key_A, ALT)
    tab = area.activities
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Home)
    asked: list[str] = []
    press_once_active(QMessageBox, Qt.Key.Key_J, asked, lambda box: box.text(), ALT)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert repo.NETWORK_ACTIVITIES.get(ctx.conn, held.id) is None
    assert admission.held_form_problems(ctx.conn) == []


def test_in_a_delivered_year_the_status_line_keeps_the_warning(ctx, qtbot):
    """The removal's own line does not hide the warning that the year was delivered."""
    from ssa_desktop.services import statistics

    _recorded(ctx)
    statistics.mark_delivered(ctx.conn, 2026, statistics.Scope("school", "school-1"))
    _area, tab = _activities(ctx, qtbot)
    _asked, said = removed_by_yes(qtbot, ctx, tab.view, 2)
    assert "entfernt" in said[-1] and "schon als abgegeben markiert" in said[-1]
