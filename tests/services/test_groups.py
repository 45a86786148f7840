"""Gruppen & Projekte: sessions leave statistics records and time entries (real vault)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import AgreementGoal, CooperationAgreement, GroupActivity
from ssa_desktop.services import agreements, groups
from ssa_desktop.storage import repositories as repo
from tests.support.examples import examples
from tests.support.vaults import fresh_vault


def _group(conn, **kw):
    values = dict(title="Soziales Lernen 5a", school_year=2026, kind="class",
                  school_id="school-1", classes="5a", participants_m=12, participants_w=11,
                  participants_d=1)
    values.update(kw)
    return groups.save_group(conn, GroupActivity(**values))


def _records(conn, session_ids):
    stats = [s for s in repo.STATISTICS.all(conn) if s.source_id in session_ids]
    times = [t for t in repo.TIME_ENTRIES.all(conn) if t.source_id in session_ids]
    return stats, times


def test_sessions_create_statistics_and_time(conn):
    g = _group(conn)
    s1 = groups.add_session(conn, g.id, date(2026, 9, 15), 90, "Kennenlernen")
    s2 = groups.add_session(conn, g.id, date(2026, 9, 22), 45)
    stats, times = _records(conn, {s1.id, s2.id})
    assert sorted(s.duration_min for s in stats) == [45, 90]
    assert all(s.task_area == "GRP" and s.group_kind == "class" for s in stats)
    assert all((s.participants_m, s.participants_w, s.participants_d) == (12, 11, 1)
               for s in stats)
    assert len({s.group_token for s in stats}) == 1 and stats[0].group_token
    assert all(s.school_year == 2026 and s.school_id == "school-1" for s in stats)
    assert sorted(t.minutes for t in times) == [45, 90]
    assert {t.category for t in times} == {"GRP"}
    assert groups.totals(conn, g.id) == (2, 135)
    row = groups.list_groups(conn, school_year=2026)[0]
    assert (row.sessions, row.minutes, row.participants) == (2, 135, 24)


def test_changed_participants_update_session_records(conn):
    g = _group(conn)
    s = groups.add_session(conn, g.id, date(2026, 9, 15), 90)
    g.participants_w = 5
    groups.save_group(conn, g)
    stats, _ = _records(conn, {s.id})
    assert (stats[0].participants_w, stats[0].group_participants) == (5, 18)


def test_remove_session_removes_its_records(conn):
    g = _group(conn)
    s = groups.add_session(conn, g.id, date(2026, 9, 15), 90)
    keep = groups.add_session(conn, g.id, date(2026, 9, 16), 30)
    groups.remove_session(conn, s.id)
    stats, times = _records(conn, {s.id, keep.id})
    assert [x.source_id for x in stats] == [keep.id]
    assert [x.source_id for x in times] == [keep.id]
    groups.delete_group(conn, g.id)
    assert _records(conn, {keep.id}) == ([], [])


def test_session_outside_school_year_refused(conn):
    g = _group(conn)
    with pytest.raises(ValueError, match="Schuljahr 2026/27"):
        groups.add_session(conn, g.id, date(2026, 7, 20), 60)
    assert groups.totals(conn, g.id) == (0, 0)


def test_reported_group_loses_its_name_list(conn):
    g = _group(conn, name_list="Anna B.\nBen C.")
    assert groups.get_group(conn, g.id).name_list
    g.reported = True
    groups.save_group(conn, g)
    stored = groups.get_group(conn, g.id)
    assert stored.reported and stored.name_list == ""
    assert groups.list_groups(conn)[0].has_name_list is False


def test_filters(conn):
    _group(conn)
    _group(conn, title="Mädchengruppe", kind="group", school_year=2025)
    assert [r.title for r in groups.list_groups(conn, kind="group")] == ["Mädchengruppe"]
    assert [r.title for r in groups.list_groups(conn, school_year=2026)] == ["Soziales Lernen 5a"]
    assert groups.list_groups(conn, school_id="other") == []
    with pytest.raises(ValueError, match="Titel"):
        _group(conn, title="  ")


def test_goals_for_school_respect_validity(conn):
    a = repo.AGREEMENTS.insert(conn, CooperationAgreement("school-1", date(2026, 8, 1),
                                                          date(2027, 7, 31)))
    old = repo.AGREEMENTS.insert(conn, CooperationAgreement("school-1", date(2025, 8, 1),
                                                            date(2026, 7, 31)))
    g1 = repo.AGREEMENT_GOALS.insert(conn, AgreementGoal(a.id, "Gewaltfreie Konfliktlösung",
                                                         "Projekttage Kl. 5/6", position=1))
    repo.AGREEMENT_GOALS.insert(conn, AgreementGoal(old.id, "Altes Ziel"))
    assert [g.id for g in agreements.goals_for_school(conn, "school-1", on=date(2026, 11, 1))] == [g1.id]
    assert [g.goal for g in agreements.goals_for_school(conn, "school-1", on=date(2026, 3, 1))] == ["Altes Ziel"]
    assert agreements.goals_for_school_year(conn, "school-1", 2026)[0].id == g1.id
    assert agreements.goal_label(conn, g1.id) == "Gewaltfreie Konfliktlösung ↔ Projekttage Kl. 5/6"


@settings(max_examples=examples(15), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=1, max_value=240), min_size=0, max_size=6))
def test_totals_equal_time_entries(durations):
    with fresh_vault() as session:
        conn = session.conn
        g = _group(conn)
        ids = {groups.add_session(conn, g.id, date(2026, 10, 1), m).id for m in durations}
        _, times = _records(conn, ids)
        assert groups.totals(conn, g.id) == (len(durations), sum(durations))
        assert sum(t.minutes for t in times) == sum(durations)
        groups.delete_group(conn, g.id)
