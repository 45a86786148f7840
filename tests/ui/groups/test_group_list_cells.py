"""The group list on a full school year: each row's texts are made once per load.

Sizing the columns to their contents asks ``data()`` for about nine roles of every cell
of every row; building the row's texts on each of those calls made the first show of
Gruppen & Projekte take 176 ms on the 10-year data set (target 50 ms)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import groups as svc
from ssa_desktop.ui.common.column_fit import ColumnFit
from ssa_desktop.ui.groups import area as groups_area
from ssa_desktop.ui.groups.area import GroupsArea
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")

YEAR = SchoolYear.of(TODAY)
GROUPS = 30


def _counted(monkeypatch, module, name: str) -> list[int]:
    """Count the calls of ``module.name`` (the real function still runs)."""
    calls = [0]
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _fill(conn) -> None:
    for i in range(GROUPS):
        svc.save_group(conn, GroupActivity(
            title=f"Soziales Lernen {i:02d}", kind="class", school_id="school-1",
            school_year=YEAR.start_year, classes="5a", participants_m=3, participants_w=4,
            name_list="Ali, Bea" if i == 0 else "", reported=i == 1))


def test_sizing_and_painting_the_list_formats_each_row_once(qtbot, ctx, monkeypatch):
    _fill(ctx.conn)
    area = GroupsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    qtbot.waitUntil(lambda: area.list_model.rowCount() == GROUPS)
    formatted = _counted(monkeypatch, groups_area, "fmt_hours")
    area.reload_list()  # a load: the rows again, the columns fitted again, painted
    area.list_view.findChild(ColumnFit).apply()
    area.list_view.viewport().repaint()
    # one per row and one for the totals under the list; before: one per cell and role
    # asked (211 here)
    assert formatted[0] <= GROUPS + 1


def test_the_list_shows_the_same_cells(qtbot, ctx):
    _fill(ctx.conn)
    area = GroupsArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.list_model.rowCount() == GROUPS)
    model = area.list_model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    first, second = rows["Soziales Lernen 00"], rows["Soziales Lernen 01"]
    assert [model.index(first, c).data() for c in range(8)] == [
        "Soziales Lernen 00", "Klassenprojekt", "5a", YEAR.label, "7", "0", "0,00",
        "Namensliste!"]
    assert model.index(second, 7).data() == "ja"
    assert model.index(first, 0).data(Qt.ToolTipRole) == "Soziales Lernen 00"
    assert model.index(first, 0).data(Qt.UserRole) == model.rows[first].id
    assert model.index(first, 7).data(Qt.ForegroundRole) is not None  # the warning colour
    assert model.index(second, 7).data(Qt.ForegroundRole) is None
    assert model.index(first, 4).data(Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)
    assert model.index(first, 0).data(Qt.TextAlignmentRole) is None
    assert model.index(first, 1).data(Qt.ToolTipRole) is None
    assert model.index(-1, 0).data() is None
