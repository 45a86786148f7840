"""Typed working time for the services' memory tests."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.domain import entities as e
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction


def fill_typed_weeks(conn, weeks: int) -> None:
    """Exactly ``weeks`` weeks of 2025/26 from 4 August of typed minutes (the vault's time
    entries before are removed): every working day, both schools, four categories —
    many rows per day, the same few categories."""
    with transaction(conn):
        conn.execute("DELETE FROM time_entry")
        start = date(2025, 8, 4)
        for n in range(weeks * 7):
            day = start + timedelta(days=n)
            if day.weekday() >= 5:
                continue
            for school in ("school-1", "school-2"):
                for category in ("EFH", "DOK", "SON", "GRP"):
                    repo.TIME_ENTRIES.insert(conn, e.TimeEntry(day, category, 30,
                                                               school_id=school,
                                                               source_kind="grid"))
