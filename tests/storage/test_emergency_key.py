"""The emergency key opens the vault here and in an independent SQLCipher implementation;
"new emergency key" re-encrypts everything and an interrupted re-key is repaired."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import apsw
import pytest

from ssa_desktop.domain.entities import Contact, Person, School
from ssa_desktop.services.activities import record_contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup import export_database
from ssa_desktop.storage.emergency import format_key, parse_key
from ssa_desktop.storage.errors import (
    CorruptDatabase,
    InvalidEmergencyKey,
    WrongEmergencyKey,
    WrongPassphrase,
)
from ssa_desktop.storage.keyfile import KeyFile
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, PENDING_KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring

from .helpers import snapshot


def _apsw_open(path: Path, hex_key: str) -> apsw.Connection:
    """Open a vault database the way docs/emergency-key.md tells the Träger to."""
    conn = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")
    conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    return conn


def _hex(emergency_text: str) -> str:
    return emergency_text.replace(" ", "")


def _fill(conn) -> dict[str, str]:
    repo.SCHOOLS.insert(conn, School("Realschule Am Bach", code="RS-2", school_type="RS",
                                     id="school-2"))
    person = repo.PERSONS.insert(conn, Person("K-42", first_name="Jonas", last_name="Weber",
                                              school_id="school-2", grade=8))
    contact = record_contact(conn, Contact(date(2026, 3, 12), "EB", 45, person_id=person.id,
                                           topics=("FAM", "SCH"), note="Gespräch über Noten"))
    return {"person": person.id, "contact": contact.id}


@pytest.fixture
def filled(vault_dir):
    session, emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    ids = _fill(session.conn)
    session.lock()
    return vault_dir, emergency, ids


def test_emergency_key_format():
    key = bytes(range(32))
    text = format_key(key)
    groups = text.split(" ")
    assert len(groups) == 8 and all(len(g) == 8 for g in groups)
    assert text == text.upper()
    assert parse_key(text) == bytearray(key)


def test_apsw_sqlite3mc_reads_our_data(filled):
    folder, emergency, ids = filled
    conn = _apsw_open(folder / DB_NAME, _hex(emergency))
    try:
        assert conn.execute("SELECT name FROM school WHERE id = 'school-2'").fetchall() == [
            ("Realschule Am Bach",)]
        assert conn.execute("SELECT first_name, last_name FROM person WHERE id = ?",
                            (ids["person"],)).fetchall() == [("Jonas", "Weber")]
        assert conn.execute("SELECT person_id, duration_min, note FROM contact").fetchall() == [
            (ids["person"], 45, "Gespräch über Noten")]
        assert conn.execute("SELECT count(*) FROM statistics_record WHERE source_id = ?",
                            (ids["contact"],)).fetchone()[0] == 1
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_apsw_with_a_wrong_key_reads_nothing(filled):
    folder, _, _ = filled
    conn = _apsw_open(folder / DB_NAME, "00" * 32)
    try:
        with pytest.raises(apsw.Error):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("spelling", [
    lambda t: t,
    lambda t: t.lower(),
    lambda t: t.replace(" ", ""),
    lambda t: t.replace(" ", "-"),
    lambda t: f"x'{t.replace(' ', '').lower()}'",
    lambda t: f"  X'{t}'\n",
    lambda t: "\n".join(t.split(" ")),
])
def test_unlock_with_emergency_key_spellings(filled, spelling):
    folder, emergency, ids = filled
    session = Vault(folder).unlock_with_emergency_key(spelling(emergency))
    try:
        assert repo.PERSONS.get(session.conn, ids["person"]).first_name == "Jonas"
    finally:
        session.lock()


@pytest.mark.parametrize("text", ["", "123", "Z" * 64, "0" * 63, "0" * 65, "x'00'"])
def test_invalid_emergency_key(filled, text):
    folder, _, _ = filled
    before = snapshot(folder)
    with pytest.raises(InvalidEmergencyKey) as err:
        Vault(folder).unlock_with_emergency_key(text)
    assert "Notfallschlüssel" in str(err.value)
    assert snapshot(folder) == before


def test_wrong_emergency_key(filled):
    folder, emergency, _ = filled
    before = snapshot(folder)
    wrong = ("0" if emergency[0] != "0" else "1") + emergency[1:]
    with pytest.raises(WrongEmergencyKey) as err:
        Vault(folder).unlock_with_emergency_key(wrong)
    assert "Notfallschlüssel" in str(err.value)
    assert snapshot(folder) == before


# -- new emergency key (rekey) -----------------------------------------------------------
def test_rekey(filled, tmp_path):
    folder, old_emergency, ids = filled
    backend = MemoryKeyring()
    store = DeviceKeyStore(backend)
    session = Vault(folder).unlock(PASSPHRASE)
    assert session.remember_on_device(store)
    counts_before = repo.table_counts(session.conn)
    steps: list[int] = []
    backups = tmp_path / "sicherungen"
    new_emergency = session.rekey(PASSPHRASE, backup_dir=backups, store=store,
                                  progress=lambda pct, text: steps.append(pct))
    try:
        assert _hex(new_emergency) != _hex(old_emergency)
        assert session.emergency_key() == new_emergency
        assert steps == sorted(steps) and steps[-1] == 100
        assert repo.table_counts(session.conn) == counts_before
        assert repo.PERSONS.get(session.conn, ids["person"]).last_name == "Weber"
        assert session.check() == []
        # the device key now wraps the new key (the keychain never holds the key itself)
        assert store.recall(session.uuid, folder).data_key == bytes.fromhex(_hex(new_emergency))
        assert _hex(new_emergency).lower() not in backend.store[("SSA Desktop Tresor", session.uuid)]
    finally:
        session.lock()
    assert sorted(p.name for p in folder.iterdir()) == sorted([DB_NAME, KEY_NAME, "geraete"])
    assert len(list((folder / "geraete").iterdir())) == 1  # the old wrapped key is revoked

    with pytest.raises(WrongEmergencyKey):
        Vault(folder).unlock_with_emergency_key(old_emergency)
    Vault(folder).unlock_with_emergency_key(new_emergency).lock()
    again = Vault(folder).unlock(PASSPHRASE)
    again.lock()
    remembered = Vault(folder).unlock_remembered(store)
    assert remembered is not None
    remembered.lock()

    conn = _apsw_open(folder / DB_NAME, _hex(new_emergency))
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    conn.close()

    # the backup made before the switch is encrypted with the OLD key
    (backup,) = list(backups.iterdir())
    conn = _apsw_open(backup, _hex(old_emergency))
    assert conn.execute("SELECT first_name FROM person WHERE id = ?",
                        (ids["person"],)).fetchall() == [("Jonas",)]
    conn.close()
    conn = _apsw_open(backup, _hex(new_emergency))
    with pytest.raises(apsw.Error):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.close()


def test_rekey_with_wrong_passphrase_changes_nothing(filled):
    folder, emergency, _ = filled
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        key_before = snapshot(folder)[KEY_NAME]
        with pytest.raises(WrongPassphrase):
            session.rekey("falsch")
        assert snapshot(folder)[KEY_NAME] == key_before
        assert session.emergency_key() == emergency
        assert repo.PERSONS.count(session.conn) == 1
    finally:
        session.lock()


def _crash_after_swap(folder: Path) -> str:
    """Do rekey's steps by hand up to the database swap, then 'crash'.

    Returns the new emergency key. Leaves: new database, old key file, pending key file.
    """
    session = Vault(folder).unlock(PASSPHRASE)
    new_key = bytearray(os.urandom(32))
    staged = folder / (DB_NAME + ".rekey")
    export_database(session.conn, new_key, staged, verify=True)
    old_keyfile = KeyFile.load(folder / KEY_NAME)
    KeyFile.wrap(new_key, PASSPHRASE, session.uuid, old_keyfile.params).save(
        folder / PENDING_KEY_NAME)
    session.lock()
    os.replace(staged, folder / DB_NAME)
    return format_key(new_key)


def test_interrupted_rekey_is_repaired_at_unlock(filled):
    folder, old_emergency, ids = filled
    new_emergency = _crash_after_swap(folder)
    assert (folder / PENDING_KEY_NAME).exists()
    with pytest.raises(WrongEmergencyKey):
        Vault(folder).unlock_with_emergency_key(old_emergency)

    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert session.emergency_key() == new_emergency
        assert repo.PERSONS.get(session.conn, ids["person"]).first_name == "Jonas"
    finally:
        session.lock()
    assert not (folder / PENDING_KEY_NAME).exists()
    # the promoted key file now opens the vault on its own
    Vault(folder).unlock(PASSPHRASE).lock()
    Vault(folder).unlock_with_emergency_key(new_emergency).lock()


def test_interrupted_rekey_with_wrong_passphrase_stays_untouched(filled):
    folder, _, _ = filled
    _crash_after_swap(folder)
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        Vault(folder).unlock("falsch")
    assert snapshot(folder) == before


def test_corrupt_database_without_pending_key_still_raises(filled):
    folder, _, _ = filled
    (folder / DB_NAME).write_bytes(os.urandom(8192))
    with pytest.raises(CorruptDatabase):
        Vault(folder).unlock(PASSPHRASE)


def test_rekey_stopped_before_the_swap_leaves_old_key_valid_and_cleans_up(filled):
    folder, old_emergency, ids = filled
    session = Vault(folder).unlock(PASSPHRASE)
    new_key = bytearray(os.urandom(32))
    export_database(session.conn, new_key, folder / (DB_NAME + ".rekey"), verify=False)
    KeyFile.wrap(new_key, PASSPHRASE, session.uuid, FAST_KDF).save(folder / PENDING_KEY_NAME)
    session.lock()  # "crash": the database was never swapped

    again = Vault(folder).unlock(PASSPHRASE)
    try:
        assert again.emergency_key() == old_emergency
        assert repo.PERSONS.get(again.conn, ids["person"]).first_name == "Jonas"
    finally:
        again.lock()
    assert sorted(p.name for p in folder.iterdir()) == sorted([DB_NAME, KEY_NAME])
