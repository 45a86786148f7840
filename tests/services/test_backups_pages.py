"""After a restore that re-applies deletions, no page of the database file or its WAL
holds the deleted text: every page decrypted with the data key (SQLCipher 4 page
format: AES-256-CBC, the IV in the first 16 of the 80 reserved bytes at the end of each
page, the first 16 bytes of page 1 are the salt)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import Case, Contact, Person, School
from ssa_desktop.services import backups, vault_admin
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.sqlcipher_pages import all_pages

DAY = date(2026, 11, 22)


def _all_plaintext(session) -> bytes:
    return b"".join(p.plain for p in all_pages(session.vault.db_path, bytes(session.data_key)))


def _delete(conn, people) -> None:
    """The pupils have left; the retention engine deletes them (R2) and leaves tombstones."""
    keys = []
    for p in people:
        current = repo.PERSONS.get(conn, p.id)
        if current is not None:
            current.leaving_date = date(2026, 10, 31)
            repo.PERSONS.update(conn, current)
            keys.append(("person", p.id))
    assert svc.apply(conn, keys, today=DAY).deleted == len(keys)


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
    made = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, DAY).created
    _delete(conn, [gone])
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

        _delete(conn, [people[i] for i in sorted(before)])
        made = backups.auto_backup(conn, session.data_key, folder, DAY).created
        _delete(conn, [people[i] for i in sorted(after)])
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
