"""Issue 7 item 7: after lock no Python object refers to the typed passphrase, the typed
emergency key or the new passphrase (checked with ``gc.get_referrers``), and the data key
bytes are overwritten."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import OpenVault, Vault
from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog, UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE

NEW = "Regenschirm-Amsel-fliegt-nach-Lindau-93"


@pytest.fixture
def vault(tmp_path):
    session, key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    return Vault(tmp_path / "tresor"), key


def _referrers(captured: list, index: int) -> list:
    gc.unfreeze()  # what the suite froze (tests/conftest.py) is searched too
    gc.collect()
    return [r for r in gc.get_referrers(captured[index]) if r is not captured]


def _wait_settled(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    for _ in range(3):
        QTest.qWait(20)


def test_unlock_dialog_keeps_no_reference_to_the_passphrase(qtbot, vault, monkeypatch):
    vault, _ = vault
    captured: list = []
    real_unlock = Vault.unlock

    def spy(self, passphrase, **options):
        captured.append(passphrase)
        return real_unlock(self, passphrase, **options)

    monkeypatch.setattr(Vault, "unlock", spy)
    dialog = UnlockDialog(vault, store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.passphrase.edit, "falsch-falsch-falsch")
    QTest.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    _wait_settled(qtbot, dialog)
    assert dialog.session is None
    dialog.passphrase.edit.setText(PASSPHRASE)  # "ü": QTest.keyClicks takes ASCII only
    QTest.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10_000)
    session: OpenVault = dialog.session
    key = session.data_key
    session.lock()
    assert bytes(key) == bytes(32)
    dialog.close()
    assert len(captured) == 2
    assert _referrers(captured, 0) == []  # the wrong one, after its error was shown
    assert _referrers(captured, 1) == []


def test_emergency_dialog_keeps_no_reference_to_key_or_new_passphrase(qtbot, vault,
                                                                      monkeypatch):
    vault, emergency = vault
    captured: list = []
    real_emergency, real_set = Vault.unlock_with_emergency_key, OpenVault.set_passphrase

    def spy_key(self, text):
        captured.append(text)
        return real_emergency(self, text)

    def spy_set(self, passphrase, params=None):
        captured.append(passphrase)
        return real_set(self, passphrase, params)

    monkeypatch.setattr(Vault, "unlock_with_emergency_key", spy_key)
    monkeypatch.setattr(OpenVault, "set_passphrase", spy_set)
    dialog = EmergencyUnlockDialog(vault, kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_edit.setText(emergency.lower())
    QTest.keyClicks(dialog.new1.edit, NEW)
    QTest.keyClicks(dialog.new2.edit, NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10_000)
    dialog.session.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed is deleted
    assert len(captured) == 2
    assert _referrers(captured, 0) == []
    assert _referrers(captured, 1) == []
