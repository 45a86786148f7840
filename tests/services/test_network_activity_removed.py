"""A network activity entered by mistake (wrong day, minutes or partner, or one an earlier
import took in without minutes) is removed – with its anonymous statistics record and its
time entry, leaving a tombstone – and entered again, as a group or open-offer session is
(``network.remove_network_activity``). Before, Vernetzung only recorded: nothing she typed
wrong could be corrected."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import NetworkActivity, Partner
from ssa_desktop.services import network, statistics
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import retention_log_repo

DAY = date(2026, 11, 20)


def _two(conn):
    partner = network.save_partner(conn, Partner("Jugendamt ASD", "JA"))
    wrong = network.record_network_activity(conn, NetworkActivity(
        "RT", DAY, 900, school_id="school-1", partner_id=partner.id))
    right = network.record_network_activity(conn, NetworkActivity(
        "GRE", DAY, 60, school_id="school-1"))
    return wrong, right


def test_removing_takes_its_statistics_record_and_time_entry_and_leaves_a_tombstone(conn):
    wrong, right = _two(conn)
    with clock.frozen(DAY):
        network.remove_network_activity(conn, wrong.id)
    assert [r.id for r in network.network_activities(conn)] == [right.id]
    assert [s.source_id for s in repo.STATISTICS.select(conn, "record_type = 'network'")] \
        == [right.id]
    assert [e.source_id for e in repo.TIME_ENTRIES.select(conn, "source_kind = 'network'")] \
        == [right.id]
    assert (wrong.id, "network", DAY.isoformat()) in retention_log_repo.tombstones(conn)


def _vnz(conn) -> tuple:
    figures = statistics.compute(conn, 2026, statistics.Scope("school", "school-1"))
    return figures["vnz_activities"], figures["vnz_minutes"], figures["vnz_by_kind"]["RT"]


def test_the_kvjs_figures_count_what_she_entered_again(conn):
    wrong, _right = _two(conn)
    assert _vnz(conn) == (2, 960, 1)
    network.remove_network_activity(conn, wrong.id)
    assert _vnz(conn) == (1, 60, 0)
    network.record_network_activity(conn, NetworkActivity("RT", DAY, 90, school_id="school-1",
                                                          partner_id=wrong.partner_id))
    assert _vnz(conn) == (2, 150, 1)


def test_one_gone_already_changes_nothing(conn):
    _wrong, right = _two(conn)
    network.remove_network_activity(conn, "not-there")
    assert repo.NETWORK_ACTIVITIES.count(conn) == 2 and repo.STATISTICS.count(conn) == 2
    assert retention_log_repo.tombstones(conn) == []
    assert right.id
