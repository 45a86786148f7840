"""Issue 7 items 2 and 3: deleted and renamed text leaves every page of the database
file and of the WAL (decrypted with the data key by an independent reader); annotations
and drafts go with their owner; the disclosure log outlives the person (R10)."""

from __future__ import annotations

import json
from datetime import date

from ssa_desktop.domain.entities import (
    Annotation,
    Contact,
    Disclosure,
    Draft,
    GroupActivity,
    Partner,
    Person,
)
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import checkpoint
from tests.support.sqlcipher_pages import db_pages, pages_holding


def _key(session) -> bytes:
    return bytes(session.data_key)


def test_reader_decrypts_page_one_to_the_sqlite_header(open_vault):
    first = next(db_pages(open_vault.vault.db_path, _key(open_vault)))
    # bytes 16.. of the SQLite header: page size 4096 (big endian), reserve 80 at offset 20
    assert first.plain[0:2] == (4096).to_bytes(2, "big")
    assert first.plain[20 - 16] == 80


def test_reader_finds_live_text_in_wal_and_file(open_vault, conn):
    repo.PARTNERS.insert(conn, Partner("Quittengelee Beratung", note="Wolkenkratzerzimmer"))
    path, key = open_vault.vault.db_path, _key(open_vault)
    assert ("wal" in {s for s, _, _ in pages_holding(path, key, ["Wolkenkratzerzimmer"])})
    checkpoint(conn)
    assert ("db" in {s for s, _, _ in pages_holding(path, key, ["Wolkenkratzerzimmer"])})


def test_deleted_and_renamed_words_leave_every_page(open_vault, conn):
    words = ["Zauberlehrling", "Pfefferminzbonbon", "Kastanienallee", "Ottilie", "Brombeerhecke"]
    repo.PARTNERS.insert(conn, Partner("Zauberlehrling e.V.", note="Pfefferminzbonbon",
                                       id="partner-x"))
    repo.GROUPS.insert(conn, GroupActivity("Kastanienallee AG", 2025, note="Brombeerhecke",
                                           id="group-x"))
    person = repo.PERSONS.insert(conn, Person("P-1", first_name="Ottilie", last_name="Rot"))
    checkpoint(conn)
    key, path = _key(open_vault), open_vault.vault.db_path
    assert {w for _, _, w in pages_holding(path, key, words)} == set(words)

    conn.execute("DELETE FROM partner WHERE id = 'partner-x'")
    conn.execute("DELETE FROM group_activity WHERE id = 'group-x'")
    conn.execute("UPDATE person SET first_name = 'Frieda' WHERE id = ?", (person.id,))
    checkpoint(conn)
    assert pages_holding(path, key, words) == []
    assert repo.search(conn, "Frieda")


def test_fts_secure_delete_is_on_for_every_index(conn):
    for table in ("fts_person", "fts_contact", "fts_group", "fts_partner"):
        row = conn.execute(f"SELECT v FROM {table}_config WHERE k = 'secure-delete'").fetchone()
        assert row == (1,), table


def test_annotations_and_drafts_go_with_their_owner(conn, pupil):
    contact = repo.CONTACTS.insert(conn, Contact(date(2026, 3, 2), "EB", 30, person_id=pupil.id))
    repo.ANNOTATIONS.insert(conn, Annotation("contact", contact.id, "note", "alt", "neu"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"person_id": pupil.id}), ref="x"))
    repo.DRAFTS.insert(conn, Draft("contact", "kein json", ref="quick_entry"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"person_id": "other"})))
    conn.execute("DELETE FROM person WHERE id = ?", (pupil.id,))
    assert repo.ANNOTATIONS.count(conn) == 0
    assert [d.payload for d in repo.DRAFTS.all(conn, order="rowid")] == [
        "kein json", json.dumps({"person_id": "other"})]


def test_disclosure_log_outlives_the_person(conn, pupil):
    repo.DISCLOSURES.insert(conn, Disclosure(pupil.id, date(2026, 1, 5), "Jugendamt",
                                             ("case",), "§ 8a Abs. 1 SGB VIII", id="d-1"))
    conn.execute("DELETE FROM person WHERE id = ?", (pupil.id,))
    row = conn.execute("SELECT person_id, recipient, person_deleted FROM disclosure").fetchone()
    assert row[0] is None and row[1] == "Jugendamt" and row[2]


def test_secure_delete_holds_after_reopening(open_vault, tmp_path):
    """The option is read from the index's config by a fresh connection too."""
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    folder = open_vault.vault.folder
    open_vault.lock()
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        conn = session.conn
        repo.PARTNERS.insert(conn, Partner("Holunderbeere", note="Schlehdornweg", id="p-y"))
        checkpoint(conn)
        conn.execute("DELETE FROM partner WHERE id = 'p-y'")
        checkpoint(conn)
        assert pages_holding(session.vault.db_path, _key(session),
                             ["Holunderbeere", "Schlehdornweg"]) == []
    finally:
        session.lock()


def test_decrypted_pages_form_a_plain_database(open_vault, conn, pupil, tmp_path):
    """The reader agrees with SQLCipher: its pages, reassembled, open in stdlib sqlite3."""
    import sqlite3

    from tests.support.sqlcipher_pages import write_plain_copy

    checkpoint(conn)
    plain = write_plain_copy(open_vault.vault.db_path, _key(open_vault), tmp_path / "p.db")
    other = sqlite3.connect(plain)
    try:
        assert other.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert other.execute("SELECT pseudonym, first_name FROM person").fetchall() == [
            ("K-17", "Kim")]
    finally:
        other.close()
