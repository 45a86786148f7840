"""A handed-over school leaves (docs/handover.md, „Nach der Übergabe“): after the confirmed
handover of the Grundschule Lindenweg on 16.06.2027, the Schuljahreswechsel on
03.08.2027 neither waits for it nor carries its 50 % into 2027/28 (offered at 0 % when
she opens it herself); 2026/27, the year it belonged to, keeps its figures."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.services import school_year_change, schools, setup, timeshare
from ssa_desktop.storage import repositories as repo
from tests.support.handed_over import HANDED, hand_over_second_school

CHANGE_DAY = date(2027, 8, 3)


@pytest.fixture
def handed_over(conn, tmp_path):
    return hand_over_second_school(conn, tmp_path / "uebergabe")


def test_the_handover_day_is_known(conn, handed_over):
    assert schools.handed_over(conn) == {"school-2": HANDED}


def test_the_year_change_neither_waits_for_it_nor_carries_its_share(conn, handed_over):
    assert [p.school_name for p in school_year_change.pending(conn, CHANGE_DAY)] == [
        repo.SCHOOLS.get(conn, "school-1").name]
    assert school_year_change.school_ids(conn, CHANGE_DAY) == ["school-1"]
    plan = school_year_change.plan_for(conn, "school-2", CHANGE_DAY)
    assert [(s.last, s.percent) for s in plan.shares] == [(50.0, 0.0)]   # offered at 0 %
    assert plan.targets is None
    school_year_change.apply(conn, plan, CHANGE_DAY)
    kept = school_year_change.plan_for(conn, "school-1", CHANGE_DAY)
    assert [(s.last, s.percent) for s in kept.shares] == [(50.0, 50.0)]
    school_year_change.apply(conn, kept, CHANGE_DAY)
    overview = {s.school_id: s.percent for row in setup.post_overview(conn, 2027)
                for s in row.shares}
    assert overview == {"school-1": 50.0}


def test_its_past_year_keeps_its_figures(conn, handed_over):
    report = timeshare.compute(conn, 2026, today=date(2027, 8, 3))
    assert "school-2" in [f.school_id for f in report.schools]
    assert schools.active_in(schools.handed_over(conn), "school-2", 2026)
    assert not schools.active_in(schools.handed_over(conn), "school-2", 2027)
