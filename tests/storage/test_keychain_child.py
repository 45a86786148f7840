"""The keychain is asked in a child process (``storage.keychain``, issue 21): real child
processes of ``python -m ssa_desktop --keychain-child`` with a keyring backend chosen by
``PYTHON_KEYRING_BACKEND`` (a JSON-file backend that outlives a process, or keyring's own
fail backend). The real Secret Service: tests/reliability/test_keychain_secret_service.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ssa_desktop.storage import keychain
from ssa_desktop.storage.keychain import ChildKeychain, KeychainError
from ssa_desktop.storage.keystore import SERVICE, DeviceKeyStore, device_file
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_remember_reopen_and_forget_through_the_child(tmp_path, file_keyring):
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    uuid, folder = session.uuid, session.vault.folder
    store = DeviceKeyStore()
    assert store.available()
    assert store.backend_name() == "tests.support.file_keyring.FileKeyring"
    assert not store.is_remembered(uuid)
    assert session.remember_on_device(store)
    session.lock()
    entry = json.loads(file_keyring.read_text("utf-8"))[f"{SERVICE}|{uuid}"]
    assert entry.startswith("geraeteschluessel-v1:")          # a device key, not the data key
    assert device_file(folder, entry.split(":")[1]).exists()

    again = Vault(folder).unlock_remembered(DeviceKeyStore())   # a fresh store: new children
    assert again is not None
    again.lock()
    DeviceKeyStore().forget(uuid, folder)
    assert json.loads(file_keyring.read_text("utf-8")) == {}
    assert Vault(folder).unlock_remembered(DeviceKeyStore()) is None


def test_without_a_keychain_nothing_is_remembered(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.chdir(ROOT)
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    store = DeviceKeyStore()
    assert not store.available()
    assert store.backend_name() == "keyring.backends.fail.Keyring"
    assert not session.remember_on_device(store)
    assert not list((session.vault.folder / "geraete").glob("*.key"))
    assert not store.is_remembered(session.uuid)
    session.lock()


def test_a_child_that_does_not_answer_counts_as_no_keychain(monkeypatch):
    monkeypatch.setattr(keychain, "child_command", lambda: ["sh", "-c", "echo kaputt; exit 3"])
    chain = ChildKeychain()
    assert not chain.available()
    with pytest.raises(KeychainError):
        chain.get_password(SERVICE, "x")


def test_the_child_answers_one_request_in_json_and_never_a_traceback(file_keyring):
    def ask(request: bytes) -> dict:
        done = subprocess.run(keychain.child_command(), input=request, capture_output=True,
                              timeout=60, check=True)
        return json.loads(done.stdout)

    assert ask(b'{"op": "status"}') == {"available": True,
                                        "backend": "tests.support.file_keyring.FileKeyring"}
    assert ask(b'{"op": "get", "service": "s", "username": "u"}')["value"] is None
    assert "error" not in ask(b'{"op": "set", "service": "s", "username": "u", "password": "p"}')
    assert ask(b'{"op": "get", "service": "s", "username": "u"}')["value"] == "p"
    assert ask(b'{"op": "delete", "service": "s", "username": "u"}').get("error") is None
    assert ask(b'{"op": "delete", "service": "s", "username": "u"}')["error"] == \
        "PasswordDeleteError"
    assert ask(b'{"op": "sing"}')["error"] == "unknown request"
    assert ask(b"not json") == {"available": False, "error": "JSONDecodeError"}


def test_the_frozen_build_asks_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert keychain.child_command() == [sys.executable, "--keychain-child"]
