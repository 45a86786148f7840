"""The Schuljahreswechsel assistant is not modal: between its proposal and „Übernehmen“
she can restrict a pupil (Art. 18 DSGVO) in Datenschutz. The change then leaves the
restricted pupil as she is – as a fresh proposal would, which never lists her – on the
real vault."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.services import retention
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import school_year_repo
from tests.services.test_school_year_change import _pupil

TODAY = date(2026, 8, 3)


def test_a_pupil_restricted_after_the_proposal_is_left_as_she_is(conn):
    kept = _pupil(conn, "A-1", 7, "7b")
    restricted = _pupil(conn, "C-3", 5, "5c")      # no activity: proposed „nicht bekannt“
    with clock.frozen(TODAY):
        plan = svc.plan_for(conn, "school-1")
        assert {r.person_id: r.status for r in plan.rows}[restricted.id] == syc.UNKNOWN
        retention.restrict(conn, restricted.id, today=TODAY)
        summary = svc.apply(conn, plan, TODAY)
    after = repo.PERSONS.get(conn, restricted.id)
    assert (after.grade, after.class_label, after.leaving_date) == (5, "5c", None)
    assert restricted.id not in school_year_repo.unknown_ids(conn)
    assert repo.PERSONS.get(conn, kept.id).grade == 8
    # the record of the change counts only the pupils it changed
    assert summary == syc.summarise([r for r in plan.rows if r.person_id == kept.id])
