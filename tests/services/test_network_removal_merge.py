"""A network activity removed by hand (``network.remove_network_activity``, tombstone
"network") stays removed on every way into the vault: merging her export written before
the removal brings back neither the activity nor its statistics record nor its time
entry – the KVJS figures count what she entered again, once."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import NetworkActivity
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_merge as ixm
from ssa_desktop.services import network
from ssa_desktop.storage import repositories as repo

DAY = date(2026, 11, 20)


def test_an_export_from_before_the_removal_brings_nothing_of_it_back(conn):
    wrong = network.record_network_activity(conn, NetworkActivity(
        "RT", DAY, 900, school_id="school-1", note="Runde"))
    with clock.frozen(DAY):
        before = ix.export_document(conn)
        network.remove_network_activity(conn, wrong.id)
        again = network.record_network_activity(conn, NetworkActivity(
            "RT", DAY, 90, school_id="school-1", note="Runde"))
        result = ixm.merge_document(conn, before, {"*": ixm.KEEP_MINE})
    assert [a.id for a in repo.NETWORK_ACTIVITIES.all(conn)] == [again.id]
    assert [s.source_id for s in repo.STATISTICS.select(conn, "record_type = 'network'")] \
        == [again.id]
    assert [e.source_id for e in repo.TIME_ENTRIES.select(conn, "source_kind = 'network'")] \
        == [again.id]
    assert result.deleted_here >= 3
