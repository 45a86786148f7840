"""'Remember on this device': the data key (never the passphrase) in the OS keychain.

Everything goes through ``keyring``; where no backend works (a headless Linux, the fail
backend, a locked or missing secret service) ``available()`` is False and the option
is hidden. Entries are stored under the vault's UUID.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "SSA Desktop Tresor"


class DeviceKeyStore:
    """Thin wrapper over a keyring backend (the active one unless given)."""

    def __init__(self, backend=None):
        self._backend = backend

    @property
    def backend(self):
        return self._backend or keyring.get_keyring()

    def available(self) -> bool:
        backend = self.backend
        if isinstance(backend, fail.Keyring):
            return False
        try:
            return float(getattr(backend, "priority", 0)) > 0
        except Exception:
            return False

    def remember(self, vault_uuid: str, data_key: bytes | bytearray) -> bool:
        try:
            self.backend.set_password(SERVICE, vault_uuid, bytes(data_key).hex())
            return True
        except keyring.errors.KeyringError:
            return False

    def recall(self, vault_uuid: str) -> bytearray | None:
        try:
            value = self.backend.get_password(SERVICE, vault_uuid)
        except keyring.errors.KeyringError:
            return None
        if not value:
            return None
        try:
            return bytearray(bytes.fromhex(value))
        except ValueError:
            return None

    def forget(self, vault_uuid: str) -> None:
        try:
            self.backend.delete_password(SERVICE, vault_uuid)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError:
            pass

    def is_remembered(self, vault_uuid: str) -> bool:
        return self.recall(vault_uuid) is not None
