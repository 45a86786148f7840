"""A remembered unlock that the vault itself refuses says why at once, in the real unlock
window (the keychain in a file, a real child process): she is not left to type her
passphrase only to hear the same refusal. Only the keychain's own failures stay quiet (the
passphrase is the way in then)."""

from __future__ import annotations

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_a_vault_of_a_newer_version_is_named_before_she_types(tmp_path, file_keyring, qtbot):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    folder = tmp_path / "tresor"
    session, _key = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    assert session.remember_on_device(DeviceKeyStore())
    session.conn.execute("PRAGMA user_version = 999")  # written by a newer SSA Desktop
    session.lock()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

    dialog = UnlockDialog(folder, try_remembered=True, kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._keychain_pending, timeout=60_000)

    assert dialog.session is None
    assert dialog.error_label.isVisible()
    assert "neueren Version" in dialog.error_label.text()
    assert dialog.passphrase.isEnabled() and dialog.passphrase.text() == ""
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def test_a_keychain_without_her_entry_stays_quiet(tmp_path, file_keyring, qtbot):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()

    dialog = UnlockDialog(folder, try_remembered=True, kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._keychain_pending, timeout=60_000)

    assert dialog.session is None
    assert not dialog.error_label.isVisible()
