"""After a restore that re-applies deletions, no page of the database file or its WAL
holds the deleted text: every page decrypted with the data key (SQLCipher 4 page
format: AES-256-CBC, the IV in the first 16 of the 80 reserved bytes at the end of each
page, the first 16 bytes of page 1 are the salt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import Case, Contact, Person, School
from ssa_desktop.services import backups, vault_admin
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

PAGE, RESERVE = 4096, 80
DAY = date(2026, 11, 22)


def _plain_pages(data: bytes, key: bytes, first_is_page_one: bool) -> list[bytes]:
    pages = []
    for index in range(len(data) // PAGE):
        page = data[index * PAGE:(index + 1) * PAGE]
        start = 16 if (first_is_page_one and index == 0) else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(dec.update(page[start:PAGE - RESERVE]) + dec.finalize())
    return pages


def _wal_pages(path: Path, key: bytes) -> list[bytes]:
    if not path.exists() or path.stat().st_size <= 32:
        return []
    raw = path.read_bytes()[32:]
    frames = [raw[i + 24:i + 24 + PAGE] for i in range(0, len(raw) - 24, 24 + PAGE)]
    return _plain_pages(b"".join(f for f in frames if len(f) == PAGE), key, False)


def _all_plaintext(session) -> bytes:
    key = bytes(session.data_key)
    db = session.vault.db_path
    pages = _plain_pages(db.read_bytes(), key, True)
    pages += _wal_pages(Path(f"{db}-wal"), key)
    return b"".join(pages)


def _person(conn, n: int, word: str):
    p = repo.PERSONS.insert(conn, Person(f"P-{n:02d}", first_name=f"Vorname{word}",
                                         school_id="school-1"))
    c = repo.CASES.insert(conn, Case(p.id, date(2026, 9, 1), school_id="school-1"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 2), "EB", 30, "school-1", p.id, c.id,
                                       note=f"Notiz {word} Ende"))
    return p


def test_pages_hold_no_deleted_text_after_restore(open_vault):
    conn = open_vault.conn
    gone = _person(conn, 1, "Wolkenkratzerfenster")
    _person(conn, 2, "Bleibtextbaum")
    made = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, DAY).value.created
    with transaction(conn):
        repo.PERSONS.delete(conn, gone.id)
        backups.record_deletion(conn, [gone.id], "person", DAY)
    vault_admin.restore_vault(open_vault, made)
    plain = _all_plaintext(open_vault)
    assert b"Bleibtextbaum" in plain          # the decryption works: kept text is found
    assert b"Wolkenkratzerfenster" not in plain
    assert "Wolkenkratzerfenster".encode("utf-16-le") not in plain


WORDS = [f"Fundwort{chr(65 + i)}{chr(97 + i)}xq" for i in range(6)]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.sets(st.integers(0, 5)), after=st.sets(st.integers(0, 5)))
def test_backup_deletion_restore_property(tmp_path_factory, before, after):
    """Any deletions before and after the backup: after the restore exactly the deleted
    persons are gone, every other person is there with its contact."""
    folder = tmp_path_factory.mktemp("v") / "tresor"
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    try:
        conn = session.conn
        repo.SCHOOLS.insert(conn, School("Schule", id="school-1"))
        people = [_person(conn, i, WORDS[i]) for i in range(6)]

        def delete(indexes):
            with transaction(conn):
                for i in indexes:
                    if repo.PERSONS.get(conn, people[i].id) is not None:
                        repo.PERSONS.delete(conn, people[i].id)
                backups.record_deletion(conn, [people[i].id for i in indexes], "person", DAY)

        delete(before)
        made = backups.auto_backup(conn, session.data_key, folder, DAY).value.created
        delete(after)
        vault_admin.restore_vault(session, made)
        conn = session.conn
        deleted = before | after
        for i, p in enumerate(people):
            there = repo.PERSONS.get(conn, p.id) is not None
            assert there == (i not in deleted)
            notes = [c.note for c in repo.contacts_for_person(conn, p.id)]
            assert notes == ([] if i in deleted else [f"Notiz {WORDS[i]} Ende"])
        plain = _all_plaintext(session)
        for i, word in enumerate(WORDS):
            assert (word.encode() in plain) == (i not in deleted)
    finally:
        session.lock()
