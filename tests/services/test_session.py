"""The light session service of the GUI on real vaults."""

from __future__ import annotations

import pytest

from ssa_desktop.services import session as svc
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def locked(open_vault):
    key = open_vault.emergency_key()
    open_vault.lock()
    return open_vault.vault, key


def test_recover_refuses_a_weak_passphrase_before_opening_anything(locked):
    vault, key = locked
    before = vault.key_path.read_bytes()
    with pytest.raises(svc.WeakPassphrase, match="zu schwach"):
        svc.recover(vault, key, "passwort123", params=FAST_KDF)
    assert vault.key_path.read_bytes() == before
    svc.unlock(vault, PASSPHRASE).lock()  # the old passphrase still opens it


def test_recover_sets_the_new_passphrase(locked):
    vault, key = locked
    session = svc.recover(vault, key, "Wiesenweg-Kompass-Laterne-93", params=FAST_KDF)
    session.lock()
    with pytest.raises(svc.WrongPassphrase):
        svc.unlock(vault, PASSPHRASE)
    svc.unlock(svc.open_vault(vault.folder), "Wiesenweg-Kompass-Laterne-93").lock()


def test_recover_with_a_wrong_key_changes_nothing(locked):
    vault, _key = locked
    before = vault.key_path.read_bytes()
    with pytest.raises(svc.VaultError):
        svc.recover(vault, "00" * 32, "Wiesenweg-Kompass-Laterne-93", params=FAST_KDF)
    assert vault.key_path.read_bytes() == before


def test_check_on_a_worker_connection(open_vault):
    conn = open_vault.new_connection()
    try:
        assert svc.check(open_vault, conn) == []
        open_vault.vault.pending_key_path.write_bytes(b"{}")
        [problem] = svc.check(open_vault, conn)
        assert "vault.key.pending" in problem
    finally:
        conn.close()
        open_vault.vault.pending_key_path.unlink()
