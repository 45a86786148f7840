"""Offene Angebote on a full school year: each row's texts are made once per load, each
goal's label read once.

Sizing the columns to their contents asks ``data()`` for about nine roles of every cell
of every row; building the row's texts on each of those calls made the first show of
Offene Angebote take 79 ms on the 10-year data set (target 50 ms)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from ssa_desktop.domain.entities import AgreementGoal, CooperationAgreement, OpenOfferSession
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import open_offers as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.common.column_fit import ColumnFit
from ssa_desktop.ui.open_offers import area as offers_area
from ssa_desktop.ui.open_offers.area import OpenOffersArea
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")

YEAR = SchoolYear.of(TODAY)
SESSIONS = 30


def _counted(monkeypatch, target, name: str) -> list[int]:
    """Count the calls of ``target.name`` (the real function still runs)."""
    calls = [0]
    real = getattr(target, name)

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, counting)
    return calls


def _fill(conn) -> str:
    agreement = repo.AGREEMENTS.insert(conn, CooperationAgreement("school-1", YEAR.start))
    goal = repo.AGREEMENT_GOALS.insert(conn, AgreementGoal(
        agreement.id, "Schüler:innen beteiligen sich am Schulleben", "Pausenangebot"))
    first = YEAR.start + timedelta(days=40)
    for i in range(SESSIONS):
        svc.record(conn, OpenOfferSession(
            "Pausenangebot", first + timedelta(days=i), 30, visitors=10 + i,
            school_id="school-1", visitors_m=4 if i == 0 else None,
            visitors_w=6 if i == 0 else None, visitors_d=0 if i == 0 else None,
            goal_id=goal.id if i % 2 == 0 else None, note=f"Notiz {i}"))
    return goal.id


def _area(qtbot, ctx) -> OpenOffersArea:
    area = OpenOffersArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.year_filter.setCurrentIndex(area.year_filter.findData(YEAR.start_year))
    qtbot.waitUntil(lambda: area.session_model.rowCount() == SESSIONS)
    return area


def test_sizing_and_painting_the_list_formats_each_row_once(qtbot, ctx, monkeypatch):
    _fill(ctx.conn)
    area = _area(qtbot, ctx)
    dates = _counted(monkeypatch, offers_area, "fmt_date")
    goals = _counted(monkeypatch, offers_area.agreements, "goal_label")
    area.reload()  # a load: the rows again, the columns fitted again, painted
    for view in (area.session_view, area.month_view):
        fit = view.findChild(ColumnFit)
        if fit is not None:
            fit.apply()
        view.viewport().repaint()
    assert dates[0] <= SESSIONS  # before: one per cell and role asked (over 200 here)
    assert goals[0] == 1  # one goal, before: read again for each of its 15 sessions


def test_the_lists_show_the_same_cells(qtbot, ctx):
    goal_id = _fill(ctx.conn)
    area = _area(qtbot, ctx)
    model = area.session_model
    days = [s.day for s in model.rows]
    first = days.index(YEAR.start + timedelta(days=40))
    assert [model.index(first, c).data() for c in range(7)] == [
        model.rows[first].day.strftime("%d.%m.%Y"), "Pausenangebot", "30 Min.", "10",
        "4 / 6 / 0", model.goal_labels[goal_id], "Notiz 0"]
    assert "Schulleben" in model.goal_labels[goal_id]
    second = days.index(YEAR.start + timedelta(days=41))
    assert model.index(second, 4).data() == "" and model.index(second, 5).data() == ""
    assert model.index(first, 5).data(Qt.ToolTipRole) == model.goal_labels[goal_id]
    assert model.index(second, 5).data(Qt.ToolTipRole) is None
    assert model.index(first, 0).data(Qt.UserRole) == model.rows[first].id
    right = int(Qt.AlignRight | Qt.AlignVCenter)
    assert [model.index(first, c).data(Qt.TextAlignmentRole) for c in range(7)] == [
        None, None, right, right, right, None, None]
    assert model.index(-1, 0).data() is None
    months = area.month_model
    assert [months.index(0, c).data() for c in range(4)] == [
        svc.month_label(months.rows[0].month), str(months.rows[0].sessions),
        months.index(0, 2).data(), str(months.rows[0].visitors)]
    assert months.index(0, 1).data(Qt.TextAlignmentRole) == right
    assert months.index(0, 0).data(Qt.TextAlignmentRole) is None
    assert months.index(-1, 0).data() is None
