"""Issue 7 item 14: another vault's key file, opened with that vault's passphrase, is
named as such and not called a damaged vault."""

from __future__ import annotations

import shutil

import pytest

from ssa_desktop.storage.errors import ForeignKeyFile
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import snapshot


def test_another_vaults_key_file_is_named(tmp_path):
    mine, _ = Vault.create(tmp_path / "mein", PASSPHRASE, params=FAST_KDF)
    mine.lock()
    other, _ = Vault.create(tmp_path / "fremd", "Anderer-Tresor-Birke-93", params=FAST_KDF)
    other_uuid = other.uuid
    other.lock()
    shutil.copyfile(tmp_path / "fremd" / "vault.key", tmp_path / "mein" / "vault.key")
    before = snapshot(tmp_path / "mein")
    with pytest.raises(ForeignKeyFile) as err:
        Vault(tmp_path / "mein").unlock("Anderer-Tresor-Birke-93")
    assert "anderen Tresor" in str(err.value) and other_uuid in str(err.value)
    assert "beschädigt oder unvollständig" not in str(err.value)
    assert snapshot(tmp_path / "mein") == before


def test_unlock_dialog_names_it_and_offers_the_emergency_key(qtbot, tmp_path):
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    Vault.create(tmp_path / "mein", PASSPHRASE, params=FAST_KDF)[0].lock()
    Vault.create(tmp_path / "fremd", "Anderer-Tresor-Birke-93", params=FAST_KDF)[0].lock()
    shutil.copyfile(tmp_path / "fremd" / "vault.key", tmp_path / "mein" / "vault.key")
    dialog = UnlockDialog(Vault(tmp_path / "mein"), store=DeviceKeyStore(fail.Keyring()),
                          kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.edit.setText("Anderer-Tresor-Birke-93")
    dialog.try_unlock()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    assert "anderen Tresor" in dialog.error_label.text()
    assert dialog.emergency_button.isDefault()
