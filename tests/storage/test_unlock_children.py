"""How many child processes an unlock starts (issue 29): every start of the program's own
executable is a process AppLocker/WDAC must allow and an antivirus scanner may inspect.
At most one per unlock: the remembered unlock asks the keychain and unwraps the device's
key file in ONE child (``unwrap_child``'s "remembered" request), which also tells
whether a keychain is there, so nothing after the unlock asks again. Real children
(``python -m ssa_desktop``), counted through a wrapper around ``subprocess.Popen``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ssa_desktop.services import session as service
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

CHILD_FLAGS = ("--unwrap-child", "--keychain-child")


@pytest.fixture
def started(monkeypatch) -> list[list[str]]:
    """The command line of every child process started from here on (subprocess.run
    goes through Popen too)."""
    seen: list[list[str]] = []
    real = subprocess.Popen

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, args, *more, **kwargs):
            seen.append([str(a) for a in args])
            super().__init__(args, *more, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", Counting)
    return seen


def _children(started: list[list[str]]) -> list[str]:
    return [next(a for a in args if a in CHILD_FLAGS) for args in started
            if any(a in CHILD_FLAGS for a in args)]


@pytest.fixture
def remembered(tmp_path, file_keyring) -> tuple[Path, str]:
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    assert session.remember_on_device(DeviceKeyStore())
    folder, uuid = session.vault.folder, session.uuid
    session.lock()
    return folder, uuid


def test_a_remembered_unlock_starts_one_child(remembered, started):
    folder, uuid = remembered
    store = DeviceKeyStore()
    session = service.unlock_remembered(Vault(folder), store, defer_integrity=True,
                                        in_child=True)
    try:
        assert session is not None and session.uuid == uuid
        # what the unlock window and the tasks after the unlock ask next: already answered
        assert store.available() and store.is_remembered(uuid)
        assert store.backend_name() == "tests.support.file_keyring.FileKeyring"
    finally:
        session.lock()
    assert _children(started) == ["--unwrap-child"]


def test_a_passphrase_unlock_starts_one_child(remembered, started):
    folder, _uuid = remembered
    session = service.unlock(Vault(folder), PASSPHRASE, defer_integrity=True, in_child=True)
    session.lock()
    assert _children(started) == ["--unwrap-child"]


def test_the_keychain_question_before_a_passphrase_unlock_is_that_one_child(tmp_path,
                                                                          file_keyring,
                                                                          started):
    # nothing remembered: the same single request says so and that a keychain is there
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    folder, uuid = session.vault.folder, session.uuid
    session.lock()
    store = DeviceKeyStore()
    assert service.unlock_remembered(Vault(folder), store, in_child=True) is None
    assert store.available() and not store.is_remembered(uuid)
    assert _children(started) == ["--unwrap-child"]


def test_a_revoked_device_key_opens_nothing_in_one_child(remembered, started):
    folder, uuid = remembered
    for key_file in (folder / "geraete").glob("*.key"):
        key_file.unlink()                       # revoked from another device
    store = DeviceKeyStore()
    assert service.unlock_remembered(Vault(folder), store, in_child=True) is None
    assert _children(started) == ["--unwrap-child"]


def test_without_a_keychain_one_child_says_so(tmp_path, file_keyring, monkeypatch, started):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    folder = session.vault.folder
    session.lock()
    store = DeviceKeyStore()
    assert service.unlock_remembered(Vault(folder), store, in_child=True) is None
    assert not store.available()
    assert store.backend_name() == "keyring.backends.fail.Keyring"
    assert _children(started) == ["--unwrap-child"]


# -- the unlock window, as she uses it ---------------------------------------------------------
def test_the_unlock_window_opens_a_remembered_vault_with_one_child(remembered, started, qtbot):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    folder, uuid = remembered
    dialog = UnlockDialog(folder, try_remembered=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
    try:
        assert dialog.store.is_remembered(uuid)     # the tasks after the unlock: no child
    finally:
        dialog.session.lock()
    assert _children(started) == ["--unwrap-child"]


def test_the_unlock_window_with_the_passphrase(tmp_path, file_keyring, started, qtbot):
    """Nothing remembered: the keychain question while she types (one child, which
    shows "Auf diesem Gerät merken"), then the unwrap of her passphrase (one child)."""
    from PySide6.QtCore import Qt

    from ssa_desktop.ui.vault.unlock import UnlockDialog

    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    folder, uuid = session.vault.folder, session.uuid
    session.lock()
    dialog = UnlockDialog(folder, try_remembered=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._keychain_pending, timeout=60_000)
    assert not dialog.remember.isHidden()             # a keychain is there
    assert _children(started) == ["--unwrap-child"]
    dialog.passphrase.setText(PASSPHRASE)             # (not ASCII: no key events)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
    try:
        assert not dialog.store.is_remembered(uuid)   # known from the first child
    finally:
        dialog.session.lock()
    assert _children(started) == ["--unwrap-child", "--unwrap-child"]
