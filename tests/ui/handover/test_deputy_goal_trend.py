"""Issue 63 in the deputy's window: a tab „Zielverlauf“ shows the trend of the goals handed
to her – the post holder's own widget (``TrendView``, not a copy): the chart, the table a
screen reader reads cell by cell (QAccessible) with who rated each point, and the change.
Her rating, saved with a contact, is in the trend at once, marked as hers. Real keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.ui.common.goal_trend import TrendView
from tests.ui.handover.deputy_fixture import (
    WORKDAY,
    colleagues_package,
    gone,
    open_deputy_window,
    shown_entry_dialog,
)

RATED = date(2026, 11, 16)   # the post holder's rating before the Vertretung


def _open(ctx, qtbot, package):
    return open_deputy_window(ctx, qtbot, package)


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    package = colleagues_package(folder, goal="Jeden Tag in die Schule", rated=RATED)
    with clock.frozen(WORKDAY):
        win = _open(ctx, qtbot, package)
        yield win
        win.close()


def read_table(table) -> tuple[list[str], list[list[str]]]:
    """Headers and rows as a screen reader gets them from the table's accessible cells."""
    face = QAccessible.queryAccessibleInterface(table)
    children = [face.child(k) for k in range(face.childCount())]
    headers = [c.text(QAccessible.Text.Name) for c in children
               if c.role() == QAccessible.Role.ColumnHeader]
    cells = [c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.Cell]
    width = len(headers)
    return headers, [cells[r:r + width] for r in range(0, len(cells), width)]


def test_the_trend_tab_shows_the_handed_goal_and_her_rating_marked_as_hers(window, qtbot):
    with clock.frozen(WORKDAY):
        window.persons.setFocus()
        QTest.keyClick(window.persons, Qt.Key_V, Qt.AltModifier)     # Ziel&verlauf
        assert window.tabs.currentWidget() is window.goals_page
        assert QApplication.focusWidget() is window.goal_choice
        assert window.goal_choice.currentText() == (
            "K-17 · Konflikt Klasse 8a · Jeden Tag in die Schule")
        view = window.goal_trend
        assert type(view) is TrendView           # the post holder's widget itself
        assert view.chart.points == [("Beginn", 0), ("16.11.2026", 1)]
        headers, rows = read_table(view.table)
        assert headers == ["Datum", "Stufe", "Bedeutung", "Eingetragen von"]
        assert rows == [["Ausgangswert (12.09.2026)", "−2", "viel weniger als erwartet",
                         "Stelleninhaberin"],
                        ["16.11.2026", "−1", "weniger als erwartet", "Stelleninhaberin"]]
        # her contact with a rating (Kontakt &erfassen for the goal's person, Strg+1, ↓↓↓)
        QTest.keyClick(window.goal_choice, Qt.Key_E, Qt.AltModifier)
        dialog = shown_entry_dialog(window, qtbot)
        assert dialog.person_id() == window.overview.goals[0].person_id
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_1, Qt.ControlModifier)
        box = QApplication.focusWidget()
        for _ in range(3):     # — → −2 → −1 → 0
            QTest.keyClick(box, Qt.Key_Down)
        QTest.keyClick(box, Qt.Key_Return, Qt.ControlModifier)
        qtbot.waitUntil(lambda: gone(dialog))
        _headers, rows = read_table(view.table)
        assert rows[-1] == ["03.12.2026", "0", "kommt an 4 von 5 Tagen",
                            "Jana Berger (Vertretung)"]
        assert view.summary.text() == ("Veränderung seit dem Ausgangswert: +2 Stufen, "
                                       "erreicht.")


def test_without_handed_goals_the_tab_says_so(ctx, qtbot, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    package = colleagues_package(folder)
    with clock.frozen(WORKDAY):
        win = _open(ctx, qtbot, package)
        try:
            win.tabs.setCurrentWidget(win.goals_page)
            assert win.no_goals.isVisibleTo(win)
            assert not win.goal_trend.isVisibleTo(win)
            assert win.goal_choice.count() == 0
        finally:
            win.close()

