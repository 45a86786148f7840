"""Create, unlock, lock; owner-only files; pragmas; passphrase change; remembered keys."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring.backends.fail
import pytest

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import PLAIN_SQLITE_HEADER
from ssa_desktop.storage.errors import VaultExists, VaultLocked, WrongPassphrase
from ssa_desktop.storage.keystore import SERVICE, DeviceKeyStore
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring

from .helpers import snapshot


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_makes_owner_only_encrypted_files(open_vault, vault_dir):
    conn = open_vault.conn
    repo.PERSONS.insert(conn, Person("K-1", first_name="Ada", school_id="school-1"))
    assert _mode(vault_dir) == 0o700
    names = {p.name for p in vault_dir.iterdir()}
    assert {DB_NAME, KEY_NAME, DB_NAME + "-wal", DB_NAME + "-shm"} <= names
    for name in names:
        assert _mode(vault_dir / name) == 0o600, name
    with open(vault_dir / DB_NAME, "rb") as fh:
        assert fh.read(16) != PLAIN_SQLITE_HEADER


def test_connection_pragmas_in_effect(open_vault):
    conn = open_vault.conn
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    second = open_vault.new_connection()
    try:
        assert second.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert second.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert second.execute("SELECT name FROM school").fetchall() == [
            ("Gemeinschaftsschule Am Park",)]
    finally:
        second.close()


def test_lock_checkpoints_and_zeroes_key(vault_dir):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    for i in range(50):
        repo.PERSONS.insert(session.conn, Person(f"P-{i}", first_name="Ida"))
    wal = vault_dir / (DB_NAME + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    key_buffer = session._key
    session.lock()
    assert not wal.exists() or wal.stat().st_size == 0
    assert session._key is None
    assert key_buffer == bytearray(32)  # the very buffer was overwritten
    assert not session.is_open
    with pytest.raises(VaultLocked):
        session.data_key  # noqa: B018
    with pytest.raises(VaultLocked):
        session.conn  # noqa: B018
    session.lock()  # locking twice is harmless


def test_unlock_reads_what_was_written(vault_dir):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    person = repo.PERSONS.insert(session.conn, Person("K-9", first_name="Mia"))
    uuid = session.uuid
    session.lock()
    again = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        assert again.uuid == uuid
        assert repo.PERSONS.get(again.conn, person.id).first_name == "Mia"
        assert again.check() == []
    finally:
        again.lock()


def test_create_refuses_existing_vault(open_vault, vault_dir):
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists) as err:
        Vault.create(vault_dir, "anders", params=FAST_KDF)
    assert str(err.value)
    assert snapshot(vault_dir).keys() == before.keys()
    assert snapshot(vault_dir)[KEY_NAME] == before[KEY_NAME]


def test_set_passphrase_rewraps_without_touching_database(vault_dir):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    repo.PERSONS.insert(session.conn, Person("K-2", first_name="Noah"))
    session.lock()
    session = Vault(vault_dir).unlock(PASSPHRASE)
    db_before = snapshot(vault_dir)[DB_NAME]
    key_before = snapshot(vault_dir)[KEY_NAME]
    session.set_passphrase("Neue-Passphrase-2026", FAST_KDF)
    assert snapshot(vault_dir)[DB_NAME] == db_before
    assert snapshot(vault_dir)[KEY_NAME] != key_before
    session.lock()
    with pytest.raises(WrongPassphrase):
        Vault(vault_dir).unlock(PASSPHRASE)
    again = Vault(vault_dir).unlock("Neue-Passphrase-2026")
    try:
        assert [p.first_name for p in repo.PERSONS.all(again.conn)] == ["Noah"]
    finally:
        again.lock()


# -- remember on this device -----------------------------------------------------------
def test_remember_stores_a_device_key_never_data_key_or_passphrase(vault_dir):
    backend = MemoryKeyring()
    store = DeviceKeyStore(backend)
    session, emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    repo.PERSONS.insert(session.conn, Person("K-3", first_name="Lea"))
    assert session.remember_on_device(store) is True
    stored = list(backend.store.items())
    assert [k for k, _ in stored] == [(SERVICE, session.uuid)]
    assert all(PASSPHRASE not in value for _, value in stored)
    assert emergency.replace(" ", "").lower() not in stored[0][1].lower()
    session.lock()

    remembered = Vault(vault_dir).unlock_remembered(store)
    assert remembered is not None
    try:
        assert [p.first_name for p in repo.PERSONS.all(remembered.conn)] == ["Lea"]
        remembered.forget_device(store)
    finally:
        remembered.lock()
    assert backend.store == {}
    assert Vault(vault_dir).unlock_remembered(store) is None
    store.forget("unknown")  # forgetting twice never raises


def test_remembered_key_that_no_longer_fits_is_dropped(vault_dir):
    backend = MemoryKeyring()
    store = DeviceKeyStore(backend)
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    uuid = session.uuid
    session.lock()
    backend.set_password(SERVICE, uuid, bytes(32).hex())  # an old-style entry, wrong key
    before = snapshot(vault_dir)
    assert Vault(vault_dir).unlock_remembered(store) is None
    assert backend.store == {}
    assert snapshot(vault_dir) == before


def test_fail_backend_is_not_available_and_nothing_raises(vault_dir):
    store = DeviceKeyStore(keyring.backends.fail.Keyring())
    assert store.available() is False
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    try:
        assert session.remember_on_device(store) is False
        session.forget_device(store)
        assert store.recall(session.uuid, vault_dir) is None
    finally:
        session.lock()
    assert Vault(vault_dir).unlock_remembered(store) is None


# -- keys that opened nothing are overwritten --------------------------------------------
def _capture(monkeypatch, target: str, attr: str):
    """Wrap ``target.attr`` (a key-producing function) to keep every bytearray it returns."""
    import importlib

    module_name, _, cls_name = target.partition(":")
    owner = importlib.import_module(module_name)
    if cls_name:
        owner = getattr(owner, cls_name)
    real = getattr(owner, attr)
    keys: list[bytearray] = []

    def wrapper(*args, **kwargs):
        key = real(*args, **kwargs)
        keys.append(key)
        return key

    monkeypatch.setattr(owner, attr, wrapper)
    return keys


def test_failed_emergency_unlock_zeroes_the_parsed_key(vault_dir, monkeypatch):
    from ssa_desktop.storage.emergency import format_key
    from ssa_desktop.storage.errors import WrongEmergencyKey

    opened, _key = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    opened.lock()
    keys = _capture(monkeypatch, "ssa_desktop.storage.vault", "parse_key")
    with pytest.raises(WrongEmergencyKey):
        Vault(vault_dir).unlock_with_emergency_key(format_key(bytearray(range(1, 33))))
    [key] = keys
    assert len(key) == 32 and key == bytearray(32)


def test_failed_passphrase_unlock_zeroes_the_unwrapped_key(vault_dir, monkeypatch):
    from ssa_desktop.storage.errors import NewerSchema

    opened, _key = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    opened.conn.execute("PRAGMA user_version = 999")  # written by a newer SSA Desktop
    opened.lock()
    keys = _capture(monkeypatch, "ssa_desktop.storage.keyfile:KeyFile", "unwrap")
    with pytest.raises(NewerSchema):
        Vault(vault_dir).unlock(PASSPHRASE)
    [key] = keys
    assert len(key) == 32 and key == bytearray(32)


def test_remembered_key_that_fails_is_zeroed(vault_dir, monkeypatch):
    from ssa_desktop.storage.errors import NewerSchema

    store = DeviceKeyStore(MemoryKeyring())
    opened, _key = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    assert opened.remember_on_device(store)
    opened.conn.execute("PRAGMA user_version = 999")
    opened.lock()
    keys = _capture(monkeypatch, "ssa_desktop.storage.keystore:DeviceKeyStore", "recall")
    with pytest.raises(NewerSchema):
        Vault(vault_dir).unlock_remembered(store)
    [recalled] = keys
    assert len(recalled.data_key) == 32 and recalled.data_key == bytearray(32)


def test_successful_unlock_keeps_the_key(vault_dir, monkeypatch):
    opened, _key = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    opened.lock()
    keys = _capture(monkeypatch, "ssa_desktop.storage.keyfile:KeyFile", "unwrap")
    session = Vault(vault_dir).unlock(PASSPHRASE)
    [key] = keys
    assert any(key) and session.data_key is key
    session.lock()
    assert key == bytearray(32)


def test_restore_zeroes_the_backup_key(vault_dir, tmp_path, monkeypatch):
    from ssa_desktop.services import vault_admin

    opened, emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    backup = vault_admin.backup_vault(opened, tmp_path / "alt.ssabak")
    keys = _capture(monkeypatch, "ssa_desktop.services.vault_admin", "parse_key")
    vault_admin.restore_vault(opened, backup, emergency)
    [key] = keys
    assert len(key) == 32 and key == bytearray(32)
    assert opened.conn.execute("SELECT count(*) FROM meta").fetchone()[0] > 0
    opened.lock()
