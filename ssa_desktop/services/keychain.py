"""The keychain child process (``ssa-desktop --keychain-child``): the entry the CLI starts
for ``storage.keychain``, which answers one question about the OS keychain and ends; and
forgetting the remembered unlock without opening a vault (``forget-device``)."""

from __future__ import annotations

from pathlib import Path

from ..storage.keychain import CHILD_FLAG, KeychainError
from ..storage.keychain_backend import serve
from ..storage.keyfile import KeyFile
from ..storage.keystore import DeviceKeyStore
from ..storage.vault import Vault

__all__ = ["CHILD_FLAG", "KeychainError", "forget_all_devices", "forget_device", "serve"]


def forget_device(folder: Path, store: DeviceKeyStore) -> bool:
    """Forget this device's remembered unlock of the vault in ``folder`` (the keychain
    entry and the wrapped key file); True if it was remembered. The vault's id comes
    from its key file (no passphrase needed); a missing or damaged key file raises
    ``VaultError``."""
    vault_uuid = KeyFile.load(Vault(folder).key_path).vault_uuid
    remembered = store.is_remembered(vault_uuid)
    store.forget(vault_uuid, Path(folder))
    return remembered


def forget_all_devices(store: DeviceKeyStore) -> int:
    """Delete every keychain entry of the program (every vault); how many.
    ``KeychainError`` where the keychain cannot list its entries."""
    return store.forget_all()
