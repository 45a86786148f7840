"""Abwesenheiten by keyboard: what she entered or deleted is said in the message line
(neutral, not in the error colour), an absence in another school year than the list shows
is said to be there (it vanished without a word), and the list keeps her place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import worktime
from ssa_desktop.ui import colours
from tests.ui.time.shared import open_area


def _enter(view, first: str, last: str) -> None:
    """Erster Tag, Tab, Letzter Tag, Tab to Schule, Tab, Space on „Eintragen“."""
    view.first.setFocus()
    QTest.keyClick(view.first, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(view.first, first)
    QTest.keyClick(view.first, Qt.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), last)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)          # to Schule
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)          # to „Eintragen“
    assert QApplication.focusWidget().accessibleName() == "Abwesenheit eintragen"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Space)


def test_an_absence_entered_and_deleted_is_said(ctx, qtbot, post, frozen):
    area = open_area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_F, Qt.AltModifier)            # „Abwesenheiten und &Ferien“
    view = area.absences
    _enter(view, "3.11.2025", "4.11.2025")
    assert view.message.text() == ("Abwesenheit (Urlaub) vom 03.11.2025 bis 04.11.2025 "
                                   "eingetragen.")
    assert colours.current().error not in view.message.styleSheet()
    assert view.absences.currentRow() == 0
    # a day outside the school year shown: entered, and said where it is
    _enter(view, "1.9.2026", "2.9.2026")
    assert [a.first_day for a in worktime.absences(ctx.conn, date(2026, 8, 1),
                                                   date(2027, 7, 31))] == [date(2026, 9, 1)]
    assert view.message.text() == ("Abwesenheit (Urlaub) vom 01.09.2026 bis 02.09.2026 "
                                   "eingetragen. Sie gehört zum Schuljahr 2026/27; die Liste "
                                   "zeigt 2025/26.")
    _enter(view, "10.11.2025", "10.11.2025")
    _enter(view, "11.11.2025", "11.11.2025")
    assert view.absences.rowCount() == 3
    # the middle one deleted: the list stays at its place (the next row), and says it
    view.absences.setFocus()
    view.absences.setCurrentCell(1, 0)
    QTest.keyClick(view.absences, Qt.Key_Tab)                       # „Ausgewählte löschen“
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert view.message.text() == ("Abwesenheit (Urlaub) vom 10.11.2025 bis 10.11.2025 "
                                   "gelöscht.")
    assert view.absences.rowCount() == 2
    assert view.absences.currentRow() == 1
    assert view.absences.item(1, 1).text() == "11.11.2025"


def test_a_refused_absence_is_said_in_the_error_colour(ctx, qtbot, post, frozen):
    area = open_area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_F, Qt.AltModifier)
    view = area.absences
    _enter(view, "3.11.2025", "4.11.2025")
    _enter(view, "4.11.2025", "5.11.2025")
    assert "überschneiden" in view.message.text()
    assert colours.current().error in view.message.styleSheet()
