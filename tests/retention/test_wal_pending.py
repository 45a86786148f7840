"""A deletion while another connection reads: the TRUNCATE checkpoint cannot move the
zeroed pages into the file then, so the deleted text still lies in the database file.
The deletion says so in its verification, remembers it, and the next unlock (or the next
deletion) finishes it; nothing readable stays once it could."""

from __future__ import annotations

from datetime import date

from ssa_desktop.services import retention as svc
from tests.retention.fixtures import full_person
from tests.support.readers import hurry_busy_waits
from tests.support.sqlcipher_pages import pages_holding

TODAY = date(2026, 9, 1)


def _reader(open_vault):
    """Another connection with an open read snapshot (a worker reading a list)."""
    other = open_vault.new_connection()
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM person").fetchone()
    return other


def test_a_deletion_beside_a_reader_is_finished_when_the_reader_is_gone(open_vault, conn,
                                                                       monkeypatch):
    hurry_busy_waits(monkeypatch, conn)
    gone = full_person(conn, 1, leaving=date(2026, 7, 31), school_id="school-1")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    key, path = bytes(open_vault.data_key), open_vault.vault.db_path
    reader = _reader(open_vault)
    try:
        report = svc.apply(conn, [("person", gone.person.id)], today=TODAY)
        assert report.deleted == 1
        assert "WAL nicht geleert" in report.entries[0].verification
        assert svc.pages_pending(conn)
        # the deleted text is still in the database file: the zeroed pages wait in the WAL
        assert {s for s, _, _ in pages_holding(path, key, gone.words)} == {"db"}
        assert svc.finish_pending_pages(conn) is False   # the reader is still there
        assert svc.pages_pending(conn)
    finally:
        reader.rollback()
        reader.close()
    assert svc.finish_pending_pages(conn) is True
    assert not svc.pages_pending(conn)
    assert pages_holding(path, key, gone.words) == []
    assert svc.finish_pending_pages(conn) is True        # nothing pending: nothing to do


def test_an_undisturbed_deletion_leaves_nothing_pending(open_vault, conn):
    gone = full_person(conn, 2, leaving=date(2026, 7, 31), school_id="school-1")
    report = svc.apply(conn, [("person", gone.person.id)], today=TODAY)
    assert report.entries[0].verification.startswith("0 Zeilen verblieben; WAL geleert")
    assert not svc.pages_pending(conn)


def test_the_next_unlock_finishes_what_a_deletion_owed(open_vault, conn, capsys, monkeypatch):
    hurry_busy_waits(monkeypatch, conn)
    from ssa_desktop import cli
    from tests.conftest import PASSPHRASE

    gone = full_person(conn, 3, leaving=date(2026, 7, 31), school_id="school-1")
    reader = _reader(open_vault)
    try:
        svc.apply(conn, [("person", gone.person.id)], today=TODAY)
    finally:
        reader.rollback()
        reader.close()
    assert svc.pages_pending(conn)
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["retention", "--vault", str(folder), "--dry-run", "--today", "2026-09-01"]) == 0
    err = capsys.readouterr().err
    assert "frühere Löschung ist jetzt vollständig aus der Tresordatei entfernt" in err
