"""A Kurzkontakt entered by mistake (twice, or at the wrong school) is removed – with its
anonymous statistics record and its time entry, leaving a tombstone "short_contact" – as
a network activity or a session is (``activities.remove_short_contact``). Before, there
was no way: one entered twice stayed in the KVJS figures and the working time for good
(„Anzahl“ goes no lower than 1)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities, statistics
from ssa_desktop.services.interchange import export_document
from ssa_desktop.services.interchange_merge import merge_document
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import retention_log_repo

DAY = date(2026, 11, 20)


def _three(conn) -> list[ShortContact]:
    """10 min × 2, the same again by mistake, and 5 min × 1 – newest last."""
    return [activities.record_short_contact(conn, ShortContact(
        DAY, school_id="school-1", gender=g, grade=7, count=n, duration_min=m))
        for g, n, m in (("w", 2, 10), ("w", 2, 10), ("m", 1, 5))]


def _figures(conn) -> tuple[int, int]:
    """(Kurzkontakte, Arbeitszeit Einzelfallhilfe in minutes) of 2026/27 at school-1."""
    figures = statistics.compute(conn, 2026, statistics.Scope("school", "school-1"))
    return figures["efh_short_contacts"], figures["time_minutes_by_category"]["EFH"]


def test_removing_takes_its_statistics_record_and_time_entry_and_leaves_a_tombstone(conn):
    first, twice, other = _three(conn)
    with clock.frozen(DAY):
        assert activities.remove_short_contact(conn, twice.id) == ""
    assert {s.id for s in activities.short_contacts(conn)} == {first.id, other.id}
    assert {s.source_id for s in repo.STATISTICS.select(
        conn, "record_type = 'short_contact'")} == {first.id, other.id}
    assert {e.source_id for e in repo.TIME_ENTRIES.select(
        conn, "source_kind = 'short_contact'")} == {first.id, other.id}
    assert retention_log_repo.tombstones(conn) == [(twice.id, "short_contact", "2026-11-20")]


def test_the_kvjs_figures_right_after_removal(conn):
    _first, twice, _other = _three(conn)
    assert _figures(conn) == (2 + 2 + 1, 20 + 20 + 5)
    activities.remove_short_contact(conn, twice.id)
    assert _figures(conn) == (2 + 1, 20 + 5)


def test_one_gone_already_changes_nothing(conn):
    _three(conn)
    assert activities.remove_short_contact(conn, "not-there") == ""
    assert repo.SHORT_CONTACTS.count(conn) == 3 and repo.STATISTICS.count(conn) == 3
    assert retention_log_repo.tombstones(conn) == []


def test_an_earlier_export_imported_again_does_not_bring_it_back(conn):
    first, twice, other = _three(conn)
    earlier = export_document(conn)
    activities.remove_short_contact(conn, twice.id)
    merge_document(conn, earlier)
    assert {s.id for s in activities.short_contacts(conn)} == {first.id, other.id}
    assert repo.STATISTICS.select(conn, "source_id = ?", (twice.id,)) == []
    assert repo.TIME_ENTRIES.select(conn, "source_id = ?", (twice.id,)) == []
    assert _figures(conn) == (3, 25)


def test_in_a_delivered_year_the_warning_is_returned(conn):
    _first, twice, _other = _three(conn)
    statistics.mark_delivered(conn, 2026, statistics.Scope("school", "school-1"))
    assert "schon als abgegeben markiert" in activities.remove_short_contact(conn, twice.id)
