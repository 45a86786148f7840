"""„Every write waits for the deferred page check“ (docs/architecture.md, „The vault“):
after the GUI's unlock the session is read-only until every page's HMAC has been checked.
A write that comes by any path before that — a draft autosaved while she types, a person's
page purging expired working notes as it opens — waits for the check (or runs it, when
nothing has started it yet) instead of failing with „attempt to write a readonly
database“; a damaged page still refuses it with nothing written."""

from __future__ import annotations

from datetime import date

import pytest
import sqlcipher3

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import notes as notes_svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.errors import CorruptDatabase
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import DB_NAME, Vault
from tests.conftest import PASSPHRASE
from tests.storage.helpers import flip_bytes, snapshot


def _count(conn, pseudonym: str) -> int:
    return conn.execute("SELECT count(*) FROM person WHERE pseudonym = ?",
                        (pseudonym,)).fetchone()[0]


def test_a_transaction_before_the_check_runs_it_and_writes(locked_vault):
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    try:
        assert session.integrity_pending
        with pytest.raises(sqlcipher3.OperationalError):  # the connection itself stays guarded
            session.conn.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
        with transaction(session.conn):
            repo.PERSONS.insert(session.conn, Person("K-neu", first_name="Ada"))
        assert not session.integrity_pending
        assert _count(session.conn, "K-neu") == 1
    finally:
        session.lock()


def _purge(conn) -> None:
    assert notes_svc.purge_expired_working_notes(conn, date(2027, 7, 8)) == 0


def _new_draft(conn) -> None:
    notes_svc.save_draft(conn, "d-1", "contact", {"values": {"note": "neu"}})
    assert sorted(d.id for d in notes_svc.pending_drafts(conn)) == ["d-0", "d-1"]


def _draft_typed_on(conn) -> None:
    """Her draft of before the lock, its text changed (its line in the lists stays)."""
    notes_svc.save_draft(conn, "d-0", "contact", {"values": {"note": "weiter getippt"}})
    [draft] = notes_svc.pending_drafts(conn)
    assert notes_svc.draft_data(draft)["values"] == {"note": "weiter getippt"}


@pytest.mark.parametrize("write", [_purge, _new_draft, _draft_typed_on])
def test_the_services_that_write_beside_a_view_work_before_the_check(locked_vault, write):
    """Each one the first write of its session: a draft saved first failed with „attempt
    to write a readonly database“ (a purge before it had hidden that), and the lock's last
    autosave lost her note (the year's journey on a busy machine)."""
    with Vault(locked_vault).unlock(PASSPHRASE) as before:
        notes_svc.save_draft(before.conn, "d-0", "contact", {"values": {"note": "x"}})
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    try:
        assert session.integrity_pending
        write(session.conn)
    finally:
        session.lock()


def test_a_damaged_page_refuses_the_waiting_write_and_changes_nothing(locked_vault):
    db = locked_vault / DB_NAME
    flip_bytes(db, db.stat().st_size - 2000)  # a page the unlock does not read
    before = snapshot(locked_vault)
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    with pytest.raises(CorruptDatabase), transaction(session.conn):
        repo.PERSONS.insert(session.conn, Person("K-neu", first_name="Ada"))
    with pytest.raises(CorruptDatabase):
        session.verify_integrity()   # the quiet lane's check, later, says the same
    session.lock()
    assert snapshot(locked_vault) == before


def test_the_quiet_lanes_check_after_a_write_ran_it_passes_without_a_second_run(locked_vault):
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    runs = []
    session._on_page_check = lambda: runs.append(1)
    try:
        with transaction(session.conn):
            repo.PERSONS.insert(session.conn, Person("K-neu", first_name="Ada"))
        session.verify_integrity()
        session.wait_writable()
        assert runs == [1]
    finally:
        session.lock()
