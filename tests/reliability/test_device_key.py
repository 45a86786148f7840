"""Design question of issue 7: "Auf diesem Gerät merken" keeps a device key in the keychain
that wraps the data key. The keychain alone opens neither the vault nor a backup, forgetting
revokes a copied device key without a re-key, and entries of older versions (the data key
itself) are replaced at the next start."""

from __future__ import annotations

import pytest

from ssa_desktop.services.vault_admin import backup_vault
from ssa_desktop.storage.backup import verify_database
from ssa_desktop.storage.errors import CorruptDatabase
from ssa_desktop.storage.keystore import SERVICE, DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def remembered(vault_dir, tmp_path):
    backend = MemoryKeyring()
    store = DeviceKeyStore(backend)
    session, emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    backup = backup_vault(session, tmp_path / "stick" / "s.ssabak")
    assert session.remember_on_device(store)
    session.lock()
    return vault_dir, backend, store, emergency, backup


def _keychain_secret(backend, vault_dir) -> bytes:
    """Every 32-byte value the keychain entry holds (what a keychain dump yields)."""
    [value] = backend.store.values()
    return bytes.fromhex(value.rsplit(":", 1)[-1])


def test_the_keychain_alone_opens_no_backup(remembered):
    vault_dir, backend, _store, emergency, backup = remembered
    secret = _keychain_secret(backend, vault_dir)
    assert secret.hex().upper() != emergency.replace(" ", "")
    with pytest.raises(CorruptDatabase):
        verify_database(backup, secret)


def test_forgetting_revokes_a_copied_device_key(remembered):
    vault_dir, backend, store, _emergency, _backup = remembered
    stolen = dict(backend.store)  # someone copied the keychain entry
    with Vault(vault_dir).unlock_remembered(store) as session:
        session.forget_device(store)
    assert backend.store == {}
    backend.store.update(stolen)  # … and puts it back later
    assert Vault(vault_dir).unlock_remembered(store) is None


def test_an_old_entry_holding_the_data_key_is_replaced(vault_dir):
    backend = MemoryKeyring()
    store = DeviceKeyStore(backend)
    session, emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    uuid = session.uuid
    session.lock()
    old_value = emergency.replace(" ", "").lower()
    backend.set_password(SERVICE, uuid, old_value)  # written by an earlier version
    opened = Vault(vault_dir).unlock_remembered(store)
    assert opened is not None
    opened.lock()
    assert backend.store[(SERVICE, uuid)] != old_value
    assert old_value not in backend.store[(SERVICE, uuid)]
    Vault(vault_dir).unlock_remembered(store).lock()  # the device key works from now on
