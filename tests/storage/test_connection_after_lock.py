"""A worker's connection asked for while the vault is being locked (the unlock's queued
upkeep when she locks at once): the lock overwrites the key in place, so a connect that
read the key before and opens after must not go on with the zeroed key ("file is not a
database", logged as an unexpected error) nor hand out a connection of a locked vault:
it is ``VaultLocked``, a refusal in her words."""

from __future__ import annotations

import pytest

from ssa_desktop.storage import vault as vault_module
from ssa_desktop.storage.errors import VaultLocked


def test_a_lock_between_reading_the_key_and_opening_is_vault_locked(open_vault, monkeypatch):
    real_connect = vault_module.connect

    def connect_after_a_lock(path, key, **kwargs):
        open_vault.lock()            # the GUI thread locks just now
        return real_connect(path, key, **kwargs)

    monkeypatch.setattr(vault_module, "connect", connect_after_a_lock)
    with pytest.raises(VaultLocked):
        open_vault.new_connection()
    assert not open_vault.is_open


def test_a_connection_asked_for_after_the_lock_is_vault_locked(open_vault):
    open_vault.lock()
    with pytest.raises(VaultLocked):
        open_vault.new_connection(for_writing=True)
