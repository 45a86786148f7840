"""The Schuljahreswechsel plan reads every contact of the ending school year on the
session's own connection (the assistant builds it on the GUI thread when it opens by
itself at the unlock). The pages it read must not stay in that connection's page cache:
nothing else on the session's connection reads them again, and on the 10-year vault they
were about 2 MB of the GUI's peak (docs/performance.md, "weight, fifth round")."""

from __future__ import annotations

import ctypes
from datetime import date, timedelta

import sqlcipher3

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities as act
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction


def _sqlite_memory_used() -> int:
    """Bytes SQLite (inside sqlcipher3) holds for the whole process right now."""
    lib = ctypes.CDLL(sqlcipher3._sqlite3.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return int(lib.sqlite3_memory_used())


def test_the_plan_gives_back_the_pages_it_read(conn):
    note = "Gespräch über die Pause, den Schulweg und die Klasse. " * 10
    with transaction(conn):
        pupils = [repo.PERSONS.insert(conn, Person(f"P-{i}", first_name="Vor", last_name="Nach",
                                                   grade=7, class_label="7b",
                                                   school_id="school-1",
                                                   created="2025-03-01T10:00:00"))
                  for i in range(60)]
        for i in range(1500):
            act.record_contact(conn, Contact(date(2025, 9, 1) + timedelta(days=i % 300), "EB",
                                             30, school_id="school-1",
                                             person_id=pupils[i % 60].id, observation=note))
    conn.execute("PRAGMA shrink_memory")
    before = _sqlite_memory_used()
    with clock.frozen(date(2026, 8, 3)):
        plan = svc.plan_for(conn, "school-1")
    assert len(plan.rows) == 60
    grown = _sqlite_memory_used() - before
    assert grown < 256 * 1024, f"{grown} bytes stayed in SQLite's caches"
