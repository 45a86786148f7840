"""A row deleted by hand leaves its tombstone too, so ``import-json`` of an earlier export
does not bring it back: a goal of a cooperation agreement removed in Vereinbarungen."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import AgreementGoal, CooperationAgreement
from ssa_desktop.services import agreements
from ssa_desktop.services.interchange import export_document
from ssa_desktop.services.interchange_merge import merge_document


def test_a_goal_deleted_by_hand_does_not_come_back_with_an_earlier_export(conn):
    agreement = agreements.save_agreement(conn, CooperationAgreement("school-1", date(2026, 8, 1)))
    kept = agreements.save_goal(conn, AgreementGoal(agreement.id, "Streitschlichtung stärken"))
    gone = agreements.save_goal(conn, AgreementGoal(agreement.id, "Klassenrat in der 7b"))
    earlier = export_document(conn)
    agreements.delete_goal(conn, gone.id)
    result = merge_document(conn, earlier)
    assert [g.id for g in agreements.goals_for_agreement(conn, agreement.id)] == [kept.id]
    assert result.deleted_here == 1 and sum(result.inserted.values()) == 0
