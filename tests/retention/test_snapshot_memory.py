"""What the Datenschutz snapshot holds per record: its lists are kept compactly (each
distinct rule, state, due day and reason once, a record id as bytes, a list row as a
number), and the engine runs page by page while it loads, so neither what it keeps nor
its peak grows by an ``Assessment`` object, its id string and the record's facts per
record. On ten years of data (13,968 items) the old snapshot kept 3.0 MB and peaked at
4.6 MB (``tracemalloc``)."""

from __future__ import annotations

import gc
import tracemalloc
from datetime import date

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction

TODAY = date(2026, 9, 1)


def _pupils(conn, start: int, n: int) -> None:
    """Pupils who left long ago: one item due each (R2), four leaving days among them."""
    with transaction(conn):
        for i in range(start, start + n):
            repo.PERSONS.insert(conn, Person(
                f"P-{i:05d}", first_name=f"Vorname{i:05d}", last_name=f"Nachname{i:05d}",
                school_id="school-1", birth_year=2005, leaving_date=date(2018 + i % 4, 7, 31)))


def _snapshot_memory(conn) -> tuple[int, int, int]:
    """(bytes the snapshot keeps, its peak, its items), ``tracemalloc``; the statements
    and settings are read once before."""
    svc.snapshot(conn, today=TODAY)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        snap = svc.snapshot(conn, today=TODAY)
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return held - base, peak - base, len(snap.assessments)


def test_the_snapshot_keeps_and_peaks_at_little_per_record(conn):
    """Per record added (the difference of two vault sizes: what every load has once,
    such as the first rows' names, cancels out). Before: 198 bytes kept and 620 at the
    peak per record (the pupils' facts and assessments all at once); now 50 and 52."""
    _pupils(conn, 0, 400)
    held_small, peak_small, items_small = _snapshot_memory(conn)
    _pupils(conn, 400, 1600)
    held_large, peak_large, items_large = _snapshot_memory(conn)
    added = items_large - items_small
    assert added == 1600
    kept, peak = (held_large - held_small) / added, (peak_large - peak_small) / added
    assert kept < 80, f"{kept:.0f} bytes kept per record"
    assert peak < 120, f"{peak:.0f} bytes at the peak per record"
