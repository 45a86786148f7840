"""Partners, networking activities (statistics record + time entry) and agreements."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import (
    AgreementGoal,
    CooperationAgreement,
    NetworkActivity,
    Partner,
)
from ssa_desktop.services import agreements, network
from ssa_desktop.storage import repositories as repo


def test_network_activity_leaves_stat_and_time_entry(conn):
    partner = network.save_partner(conn, Partner("Psychologische Beratungsstelle", "BST",
                                                 contact_person="Frau Ott", email="ott@example.org"))
    act = network.record_network_activity(conn, NetworkActivity(
        "RT", date(2026, 11, 20), 90, school_id="school-1", partner_id=partner.id))
    [stat] = repo.STATISTICS.select(conn, "source_id = ?", (act.id,))
    assert (stat.task_area, stat.network_kind, stat.duration_min, stat.school_year) == \
        ("VNZ", "RT", 90, 2026)
    assert (stat.record_type, stat.partner_type) == ("network", "BST")
    [entry] = repo.TIME_ENTRIES.select(conn, "source_id = ?", (act.id,))
    assert (entry.category, entry.minutes) == ("VNZ", 90)
    [row] = network.network_activities(conn)
    assert row.partner_name == "Psychologische Beratungsstelle"


def test_activity_validation_writes_nothing(conn):
    with pytest.raises(network.NetworkError):
        network.record_network_activity(conn, NetworkActivity("RT", date(2026, 11, 20), 0))
    with pytest.raises(network.NetworkError):
        network.record_network_activity(conn, NetworkActivity("XX", date(2026, 11, 20), 30))
    assert repo.STATISTICS.count(conn) == 0 and repo.TIME_ENTRIES.count(conn) == 0


def test_partner_filter(conn):
    network.save_partner(conn, Partner("Polizeiposten Nord", "POL"))
    network.save_partner(conn, Partner("Jugendamt ASD", "JA", contact_person="Herr Nord"))
    network.save_partner(conn, Partner("TSV 1860", "VER"))
    assert [p.name for p in network.partners(conn, "nord")] == ["Jugendamt ASD", "Polizeiposten Nord"]
    with pytest.raises(network.NetworkError):
        network.save_partner(conn, Partner("  "))


def test_agreement_goals_editable_and_template(conn):
    agr = agreements.save_agreement(conn, CooperationAgreement(
        "school-1", date(2026, 8, 1), date(2027, 7, 31), evaluation_dates="15.06.2027, 20.11.2026"))
    assert agr.evaluation_dates == "2026-11-20 2027-06-15"
    added = agreements.apply_templates(conn, agr.id, [0, 2])
    assert len(added) == 2
    assert agreements.apply_templates(conn, agr.id, [0]) == []  # not twice
    own = agreements.save_goal(conn, AgreementGoal(agr.id, "Eltern kennen das Angebot", "Elternabend"))
    goals = agreements.goals_for_agreement(conn, agr.id)
    assert [g.id for g in goals][-1] == own.id and [g.position for g in goals] == [0, 1, 2]
    agreements.move_goal(conn, own.id, -2)
    assert agreements.goals_for_agreement(conn, agr.id)[0].id == own.id
    own.offer = "Elternabend im Herbst"
    agreements.save_goal(conn, own)
    agreements.delete_goal(conn, added[0].id)
    goals = agreements.goals_for_agreement(conn, agr.id)
    assert [g.offer for g in goals][0] == "Elternabend im Herbst" and len(goals) == 2
    assert [g.id for g in agreements.goals_for_school(conn, "school-1", on=date(2026, 12, 1))] == \
        [g.id for g in goals]
    assert agreements.goals_for_school(conn, "school-1", on=date(2027, 8, 1)) == []
    assert [e.day for e in agreements.upcoming_evaluations(conn, date(2026, 11, 1))] == [date(2026, 11, 20)]


def test_agreement_bad_dates(conn):
    with pytest.raises(agreements.AgreementError):
        agreements.save_agreement(conn, CooperationAgreement("school-1", date(2026, 8, 1), date(2026, 7, 1)))
    with pytest.raises(agreements.AgreementError, match="Auswertungsgespräch"):
        agreements.save_agreement(conn, CooperationAgreement("school-1", date(2026, 8, 1),
                                                             evaluation_dates="32.13.2026"))
