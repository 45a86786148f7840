"""Gruppen & Projekte: Entf on a session asks first, as Offene Angebote does (its
statistics record and time entry go with it); Ja removes it, the session that followed is
current and chosen, the status line says what happened; Nein (Esc) keeps it. The list
chooses one session at a time, as Offene Angebote'. Before, Entf removed the session at
once without a question, no row was current afterwards and the status line kept an old
text; the list let her choose several and removed only one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import activities
from ssa_desktop.services import groups as svc
from ssa_desktop.ui.groups.area import GroupsArea
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


def _sessions_in_hand(qtbot, ctx) -> tuple[GroupsArea, str, list[str]]:
    """Three sessions (6., 13., 20. October); the second current in her list."""
    group = activities.save_group(ctx.conn, GroupActivity(
        "Streitschlichter", YEAR.start_year, school_id="school-1", participants_m=6))
    ids = [svc.add_session(ctx.conn, group.id, YEAR.start.replace(month=10, day=day), minutes).id
           for day, minutes in ((6, 90), (13, 900), (20, 45))]
    area = show_active(qtbot, GroupsArea(ctx), size=(1200, 800))
    area.open_record(group.id)
    assert area.session_model.rowCount() == 3
    area.session_view.setFocus()
    QTest.keyClick(area.session_view, Qt.Key.Key_Home)
    QTest.keyClick(area.session_view, Qt.Key.Key_Down)      # 13.10.: the 900 minutes
    return area, group.id, ids


def test_delete_asks_removes_and_keeps_her_place(qtbot, ctx):
    area, group_id, ids = _sessions_in_hand(qtbot, ctx)
    asked, said = removed_by_yes(qtbot, ctx, area.session_view, 2)   # Alt+J „Ja“
    day = f"13.10.{YEAR.start_year}"
    assert asked == [f"Die Sitzung vom {day} (900 Min.) entfernen? Sie verschwindet auch "
                     "aus Statistik und Arbeitszeit."]
    assert [s.id for s in svc.sessions(ctx.conn, group_id)] == [ids[0], ids[2]]
    assert records_of(ctx.conn, ids[1]) == ([], [])   # statistics, time entry
    # her place: the session that followed, current and chosen, the list in her hand
    assert area.session_view.currentIndex().row() == 1 and chosen_rows(area.session_view) == [1]
    assert area.session_model.index(1, 0).data() == f"20.10.{YEAR.start_year}"
    assert area.window().focusWidget() is area.session_view   # the list in her hand
    assert said[-1] == (f"Sitzung vom {day} entfernt, auch aus Statistik und Arbeitszeit.")


def test_a_removal_loads_the_lists_once(qtbot, ctx, monkeypatch):
    """Session 27: the removal loaded the sessions and the group list, and the run's news
    (the groups changed) had loaded both a moment before – twice on the GUI thread. Now
    the news's load is the one, and her place is given back after it."""
    area, _group_id, _ids = _sessions_in_hand(qtbot, ctx)
    sessions = calls_of(monkeypatch, svc, "sessions")
    groups = calls_of(monkeypatch, svc, "list_groups")
    delete_answered(qtbot, area.session_view)
    qtbot.waitUntil(lambda: area.session_model.rowCount() == 2)
    assert (len(sessions), len(groups)) == (1, 1)
    assert area.session_view.currentIndex().row() == 1 and chosen_rows(area.session_view) == [1]
    assert area.session_model.index(1, 0).data() == f"20.10.{YEAR.start_year}"


def test_no_keeps_the_session(qtbot, ctx):
    area, group_id, _ids = _sessions_in_hand(qtbot, ctx)
    delete_answered(qtbot, area.session_view, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert len(svc.sessions(ctx.conn, group_id)) == 3
    assert area.session_view.currentIndex().row() == 1


def test_the_list_chooses_one_session_at_a_time(qtbot, ctx):
    area, _group_id, _ids = _sessions_in_hand(qtbot, ctx)
    assert area.session_view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    QTest.keyClick(area.session_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert chosen_rows(area.session_view) == [2]   # Umschalt+↓ moves, it does not choose a second


def test_in_a_delivered_year_the_status_line_keeps_the_warning(qtbot, ctx):
    """The removal's own line does not hide the warning that the year was delivered (it
    did: the runner said the warning, the removal's line replaced it at once)."""
    from ssa_desktop.services import statistics

    area, _group_id, _ids = _sessions_in_hand(qtbot, ctx)
    statistics.mark_delivered(ctx.conn, YEAR.start_year, statistics.Scope("school", "school-1"))
    _asked, said = removed_by_yes(qtbot, ctx, area.session_view, 2)
    assert "entfernt" in said[-1] and "schon als abgegeben markiert" in said[-1]
