"""The search indexes the contacts noted for its index first (storage/search_pending.py).
On a read-only connection that write is refused, and the search finds what is indexed:
told by SQLite's error code (SQLITE_READONLY), not by a word in its English message."""

from __future__ import annotations

from datetime import date

import pytest
import sqlcipher3

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services.activities import record_contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction


def _found(conn, word: str) -> list[str]:
    return [h.id for h in repo.search(conn, word) if h.kind == "contact"]


def _noted(conn) -> int:
    return conn.execute("SELECT count(*) FROM fts_contact_pending").fetchone()[0]


def _contact(pupil) -> Contact:
    return Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id, note="Streit am Kickertisch")


def test_a_read_only_connection_searches_what_is_indexed(conn, pupil):
    with transaction(conn):
        saved = record_contact(conn, _contact(pupil))   # noted, indexed at the commit
        conn.execute("PRAGMA query_only = ON")   # as the session before its page check passed
        try:
            assert _found(conn, "Kickertisch") == []
            assert _noted(conn) == 1
        finally:
            conn.execute("PRAGMA query_only = OFF")
    assert _found(conn, "Kickertisch") == [saved.id]
    assert _noted(conn) == 0


def test_another_failure_of_the_index_write_is_raised_whatever_its_words(conn, pupil):
    """A failure that is no read-only refusal is not swallowed, even if its message
    happens to contain "readonly" (here a table of that name that is not there)."""
    with transaction(conn):
        saved = record_contact(conn, _contact(pupil))   # noted, indexed at the commit
        conn.execute("CREATE TEMP TRIGGER fails AFTER DELETE ON main.fts_contact_pending"
                     " BEGIN INSERT INTO readonly_archive VALUES (old.rid); END")
        try:
            with pytest.raises(sqlcipher3.OperationalError, match="no such table"):
                repo.search(conn, "Kickertisch")
        finally:
            conn.execute("DROP TRIGGER temp.fails")
    assert _found(conn, "Kickertisch") == [saved.id]
