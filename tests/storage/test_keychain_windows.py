"""The Windows Credential Manager, simulated: the device key stays on this machine
(local-machine persistence, not keyring's roaming default) and ``forget-device --all``
removes every entry (the uninstaller)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.Windows import WinVaultKeyring

from ssa_desktop.cli_commands import device
from ssa_desktop.storage import keychain, keychain_backend
from ssa_desktop.storage.keychain import CRED_PERSIST_LOCAL_MACHINE
from ssa_desktop.storage.keychain_backend import configure_backend, forget_all
from ssa_desktop.storage.keystore import SERVICE, DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.cli_runs import run_cli
from tests.support.memory_keyring import MemoryKeyring


def persistence(backend):
    """What ``backend.persist`` answers on Windows (reading it here needs pywin32 for the
    default, "enterprise")."""
    return vars(backend).get("_persist", "enterprise")


class FakeCredentialManager(WinVaultKeyring):
    """keyring's real Windows backend, with the Credential Manager calls answered here."""

    priority = 5

    def __init__(self):
        super().__init__()
        self.credentials: dict[str, dict] = {}

    def _read_credential(self, target):
        found = self.credentials.get(target)
        if found is None:
            return None
        from keyring.backends.Windows import DecodingCredential

        return DecodingCredential(found)

    def _set_password(self, target, username, password):
        self.credentials[target] = {"UserName": username,
                                    "CredentialBlob": password.encode("utf-16"),
                                    "Persist": persistence(self)}

    def _delete_password(self, target):
        self.credentials.pop(target, None)

    def targets(self, pattern):
        assert pattern.startswith("*")
        return [t for t in self.credentials if t.endswith(pattern[1:])]


def test_windows_backend_gets_local_machine_persistence():
    backend = configure_backend(FakeCredentialManager(), platform="win32")
    assert persistence(backend) == CRED_PERSIST_LOCAL_MACHINE == 2


def test_other_systems_are_left_alone():
    backend = configure_backend(FakeCredentialManager(), platform="linux")
    assert "_persist" not in vars(backend)
    memory = configure_backend(MemoryKeyring(), platform="win32")  # no persist: untouched
    assert not hasattr(memory, "persist")


def test_a_chain_of_backends_is_configured_too():
    class Chain:
        def __init__(self, *backends):
            self.backends = list(backends)

    chain = Chain(MemoryKeyring(), FakeCredentialManager())
    configure_backend(chain, platform="win32")
    assert persistence(chain.backends[1]) == CRED_PERSIST_LOCAL_MACHINE


def test_the_child_stores_the_device_key_with_local_machine_persistence(monkeypatch):
    """The code path of the keychain child (``answer``) on a simulated Windows."""
    backend = FakeCredentialManager()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setattr(keychain_backend.sys, "platform", "win32")
    reply = keychain_backend.answer({"op": "set", "service": SERVICE, "username": "u-1",
                             "password": "geraeteschluessel"})
    assert "error" not in reply
    assert backend.credentials[SERVICE]["Persist"] == CRED_PERSIST_LOCAL_MACHINE


def test_forget_all_deletes_every_target_of_the_program():
    backend = FakeCredentialManager()
    backend.persist = CRED_PERSIST_LOCAL_MACHINE
    backend.set_password(SERVICE, "vault-a", "x")
    backend.set_password(SERVICE, "vault-b", "y")   # keyring moves vault-a to a compound name
    backend._set_password("git:https://example.org", "anna", "z")  # not ours
    assert set(backend.credentials) == {SERVICE, f"vault-a@{SERVICE}", "git:https://example.org"}
    assert forget_all(backend, SERVICE, windows_targets=backend.targets) == 2
    assert set(backend.credentials) == {"git:https://example.org"}


def test_forget_all_in_the_secret_service():
    class Item:
        def __init__(self, store, key):
            self.store, self.key = store, key

        def delete(self):
            del self.store[self.key]

    class Collection:
        def __init__(self):
            self.items = {1: {"service": SERVICE}, 2: {"service": SERVICE}, 3: {"service": "x"}}

        def search_items(self, attributes):
            return [Item(self.items, k) for k, v in list(self.items.items())
                    if v["service"] == attributes["service"]]

    class SecretService:
        def __init__(self):
            self.collection = Collection()

        def get_preferred_collection(self):
            return self.collection

    backend = SecretService()
    assert forget_all(backend, SERVICE) == 2
    assert list(backend.collection.items) == [3]
    with pytest.raises(keychain.KeychainError):
        forget_all(MemoryKeyring(), SERVICE)


# -- the command the uninstaller runs --------------------------------------------------
def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def test_forget_device_all(capsys, monkeypatch):
    backend = FakeCredentialManager()
    backend.set_password(SERVICE, "vault-a", "x")
    monkeypatch.setattr(keychain_backend, "_windows_targets", backend.targets)
    monkeypatch.setattr(device, "make_store", lambda: DeviceKeyStore(backend))
    code, out, err = run(capsys, "forget-device", "--all")
    assert code == 0, err
    assert "gelöscht: 1" in out and backend.credentials == {}
    code, out, _ = run(capsys, "forget-device", "--all")  # nothing left: still a success
    assert code == 0 and "gelöscht: 0" in out


def test_forget_device_for_one_vault(capsys, monkeypatch, tmp_path):
    store = DeviceKeyStore(MemoryKeyring())
    monkeypatch.setattr(device, "make_store", lambda: store)
    session, _key = Vault.create(tmp_path / "t", PASSPHRASE, params=FAST_KDF)
    assert session.remember_on_device(store)
    uuid, folder = session.uuid, session.vault.folder
    session.lock()
    assert list((folder / "geraete").glob("*.key"))
    code, out, err = run(capsys, "forget-device", "--vault", folder)
    assert code == 0, err
    assert "vergessen" in out and not store.is_remembered(uuid)
    assert not list((folder / "geraete").glob("*.key"))


def test_forget_device_needs_vault_or_all(capsys, monkeypatch):
    monkeypatch.setattr(device, "make_store", lambda: DeviceKeyStore(MemoryKeyring()))
    code, _out, err = run(capsys, "forget-device")
    assert code == 2 and "--all" in err


def test_forget_device_without_a_vault_says_so(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(device, "make_store", lambda: DeviceKeyStore(MemoryKeyring()))
    code, _out, err = run(capsys, "forget-device", "--vault", tmp_path / "leer")
    assert code == 1 and "kein lesbarer Tresor" in err and "Traceback" not in err


# -- a chain of keychains (KDE: KWallet first, the Secret Service second) -------------
class FakeSecretService:
    """The part of keyring's Secret Service backend ``forget_all`` uses."""

    priority = 5

    def __init__(self, services):
        self.items = dict(enumerate(services))

    def get_preferred_collection(self):
        return self

    def search_items(self, attributes):
        items = self.items

        class Item:
            def __init__(self, key):
                self.key = key

            def delete(self):
                del items[self.key]

        return [Item(k) for k, v in list(items.items()) if v == attributes["service"]]


def fake_kwallet(entries):
    """keyring's KWallet backend with the wallet's D-Bus interface answered here."""
    from keyring.backends.kwallet import DBusKeyring

    class Wallet:
        def __init__(self):
            self.folders = {f: dict(e) for f, e in entries.items()}

        def isOpen(self, handle):
            return handle == 7

        def entryList(self, handle, folder, appid):
            assert handle == 7
            return list(self.folders.get(folder, {}))

        def removeEntry(self, handle, folder, key, appid):
            assert handle == 7
            del self.folders[folder][key]
            return 0

    backend = DBusKeyring()
    backend.iface, backend.handle = Wallet(), 7
    return backend


class Chain:
    """keyring's ChainerBackend as ``forget_all`` sees it: the backends it asks in turn."""

    priority = 10

    def __init__(self, backends):
        self.backends = backends


def test_forget_all_deletes_in_every_keychain_of_a_chain():
    kwallet = fake_kwallet({SERVICE: {"uuid-1": "k1", "uuid-2": "k2"}, "Git": {"anna": "x"}})
    secret = FakeSecretService([SERVICE, "x"])
    assert forget_all(Chain([kwallet, secret]), SERVICE) == 3
    assert kwallet.iface.folders == {SERVICE: {}, "Git": {"anna": "x"}}
    assert list(secret.items.values()) == ["x"]


def test_a_keychain_of_the_chain_that_cannot_list_is_an_error_not_a_success():
    hidden = MemoryKeyring()
    hidden.set_password(SERVICE, "uuid-1", "geraeteschluessel")
    secret = FakeSecretService([SERVICE])
    with pytest.raises(keychain.KeychainError):
        forget_all(Chain([hidden, secret]), SERVICE)
    assert secret.items == {}   # what could be deleted is deleted


def test_forget_device_all_says_what_is_left_to_delete_by_hand(capsys, monkeypatch):
    hidden = MemoryKeyring()
    hidden.set_password(SERVICE, "uuid-1", "geraeteschluessel")
    chain = Chain([hidden, FakeSecretService([SERVICE])])
    monkeypatch.setattr(device, "make_store", lambda: DeviceKeyStore(chain))
    code, out, err = run(capsys, "forget-device", "--all")
    assert code == 1 and "gelöscht" not in out
    assert "Schlüsselbundverwaltung löschen" in err and "Traceback" not in err
