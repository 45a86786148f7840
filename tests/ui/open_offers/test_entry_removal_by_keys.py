"""Offene Angebote: Entf on an entry asks first (Alt+J „Ja“), then the entry goes with its
statistics record and time entry; the entry that followed is current and chosen, the
keyboard stays in the list, and the status line says what went – beside the warning of a
delivered school year –, as Gruppen' sessions and Termine do. Before, after the removal no
row was current (↓ began again at the top), the focus was wherever and the status line
said nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import OpenOfferSession
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import open_offers as svc
from ssa_desktop.services import statistics
from ssa_desktop.ui.open_offers.area import OpenOffersArea
from tests.conftest import TODAY
from tests.support.removals import (
    calls_of,
    chosen_rows,
    delete_answered,
    records_of,
    removed_by_yes,
)
from tests.support.shown import show_active

pytestmark = pytest.mark.usefixtures("frozen_clock")

YEAR = SchoolYear.of(TODAY)
ALT = Qt.KeyboardModifier.AltModifier


def _entries_in_hand(qtbot, ctx) -> tuple[OpenOffersArea, list[str]]:
    """Three entries, newest first in the list (20., 13., 6. October); the second
    (13.10.) current in her list."""
    ids = [svc.record(ctx.conn, OpenOfferSession(
        "Pausenangebot", YEAR.start.replace(month=10, day=day), 30, visitors=visitors,
        school_id="school-1")).id for day, visitors in ((6, 10), (13, 12), (20, 7))]
    area = show_active(qtbot, OpenOffersArea(ctx), size=(1200, 800))
    assert [s.id for s in area.session_model.rows] == ids[::-1]
    area.session_view.setFocus()
    QTest.keyClick(area.session_view, Qt.Key.Key_Home)
    QTest.keyClick(area.session_view, Qt.Key.Key_Down)      # 13.10.
    assert area.session_view.currentIndex().row() == 1
    return area, ids


def test_delete_asks_removes_keeps_her_place_and_says_so(qtbot, ctx):
    area, ids = _entries_in_hand(qtbot, ctx)
    asked, said = removed_by_yes(qtbot, ctx, area.session_view, 2)   # Alt+J „Ja“
    day = f"13.10.{YEAR.start_year}"
    assert asked == [f"„Pausenangebot“ vom {day} löschen? Er verschwindet auch aus "
                     "Statistik und Arbeitszeit."]
    assert [s.id for s in svc.sessions(ctx.conn)] == [ids[2], ids[0]]
    assert records_of(ctx.conn, ids[1]) == ([], [])   # statistics, time entry
    # her place: the entry that followed (6.10.), current and chosen, the list in her hand
    assert area.session_view.currentIndex().row() == 1 and chosen_rows(area.session_view) == [1]
    assert area.session_model.rows[1].id == ids[0]
    assert area.window().focusWidget() is area.session_view
    assert said[-1] == (f"„Pausenangebot“ vom {day} gelöscht, auch aus Statistik und "
                        "Arbeitszeit.")
    QTest.keyClick(area.session_view, Qt.Key.Key_Up)   # ↓/↑ go on from there
    assert area.session_view.currentIndex().row() == 0


def test_a_removal_loads_the_list_once(qtbot, ctx, monkeypatch):
    """Session 27: the removal loaded the list, and the run's news (the entries changed)
    had loaded it a moment before – twice on the GUI thread. Now the news's load is the
    one, and her place is given back after it."""
    area, ids = _entries_in_hand(qtbot, ctx)
    loads = calls_of(monkeypatch, svc, "sessions")
    delete_answered(qtbot, area.session_view)
    qtbot.waitUntil(lambda: area.session_model.rowCount() == 2)
    assert len(loads) == 1
    assert area.session_view.currentIndex().row() == 1 and chosen_rows(area.session_view) == [1]
    assert area.session_model.rows[1].id == ids[0]


def test_the_last_entry_removed_leaves_her_on_the_one_before(qtbot, ctx):
    area, ids = _entries_in_hand(qtbot, ctx)
    QTest.keyClick(area.session_view, Qt.Key.Key_Down)      # 6.10., the last row
    removed_by_yes(qtbot, ctx, area.session_view, 2)
    assert area.session_view.currentIndex().row() == 1 and chosen_rows(area.session_view) == [1]
    assert area.session_model.rows[1].id == ids[1]
    assert area.window().focusWidget() is area.session_view


def test_no_keeps_the_entry_and_her_place(qtbot, ctx):
    area, _ids = _entries_in_hand(qtbot, ctx)
    delete_answered(qtbot, area.session_view, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert len(svc.sessions(ctx.conn)) == 3
    assert area.session_view.currentIndex().row() == 1


def test_in_a_delivered_year_the_status_line_keeps_the_warning(qtbot, ctx):
    area, _ids = _entries_in_hand(qtbot, ctx)
    statistics.mark_delivered(ctx.conn, YEAR.start_year, statistics.Scope("school", "school-1"))
    _asked, said = removed_by_yes(qtbot, ctx, area.session_view, 2)
    assert "gelöscht" in said[-1] and "schon als abgegeben markiert" in said[-1]
