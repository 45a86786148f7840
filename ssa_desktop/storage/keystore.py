"""'Remember on this device': a device key in the OS keychain that unwraps the data key.

The keychain never holds the data key (which is also the emergency key and opens every
backup) and never the passphrase. It holds a random 256-bit *device key* and a device id;
the data key, wrapped with AES-256-GCM under the device key, lies in the vault folder as
``geraete/<device id>.key`` (associated data: vault UUID and device id). So

- whoever reads the keychain alone (a synced or backed-up keychain, another program of the
  same user) learns nothing that opens a backup or the vault;
- "forget this device" deletes the wrapped file as well: a device key copied earlier is
  useless from then on, without re-encrypting the vault (docs/architecture.md);
- several devices that share a vault folder each have their own file.

Entries written by older versions held the data key itself (64 hex digits); ``recall``
still reads them and ``Vault.unlock_remembered`` replaces them with a device key at once.

Everything goes through ``keyring``, asked in a child process (``keychain``: the GUI never
loads it); where no backend works (a headless Linux, the fail
backend, a locked or missing secret service) ``available()`` is False and the option is
hidden. Entries are stored under the vault's UUID.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import strict_json
from .errors import VaultError
from .files import atomic_write_bytes, ensure_folder, remove_quietly, shred
from .keychain import (
    _ENTRY,
    ENTRY_PREFIX,
    ChildKeychain,
    KeychainError,
)

if TYPE_CHECKING:
    from .keychain_backend import InProcessKeychain

SERVICE = "SSA Desktop Tresor"
DEVICE_FOLDER = "geraete"
FILE_FORMAT = "ssa-desktop-device-key"
_LEGACY = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class Recalled:
    """A data key recalled from this device; ``legacy`` if the keychain held it directly."""

    data_key: bytearray
    legacy: bool


def device_file(folder: Path, device_id: str) -> Path:
    return Path(folder) / DEVICE_FOLDER / f"{device_id}.key"


def revoke_all_devices(folder: Path) -> int:
    """Remove every device's wrapped key file (``geraete/*.key``, overwritten first): no
    device key, wherever its keychain entry was copied to, opens the vault from this
    folder any more. After a passphrase change and a handover of the post. How many were removed."""
    removed = 0
    devices = Path(folder) / DEVICE_FOLDER
    if devices.is_dir():
        for path in devices.glob("*.key"):
            shred(path)
            removed += not path.exists()
    return removed


def _associated(vault_uuid: str, device_id: str) -> bytes:
    return f"{FILE_FORMAT}|{vault_uuid}|{device_id}".encode()


OpenDeviceFile = Callable[[bytes, bytearray, str, str], "bytearray | None"]


def open_device_file(raw: bytes, device_key: bytes | bytearray, vault_uuid: str,
                     device_id: str) -> bytearray | None:
    """The data key in a device's wrapped key file (``raw``), or None when the file is
    damaged, another vault's, or the device key does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        doc = strict_json.loads(raw)
        if doc.get("format") != FILE_FORMAT or doc.get("vault_uuid") != vault_uuid:
            return None
        data_key = AESGCM(bytes(device_key)).decrypt(
            base64.b64decode(doc["nonce"]), base64.b64decode(doc["wrapped_key"]),
            _associated(vault_uuid, device_id))
    except (ValueError, KeyError, TypeError, AttributeError, InvalidTag):
        return None  # damaged, or another vault's
    return bytearray(data_key)


def open_entry(value: str, vault_uuid: str, folder: Path, *,
               open_file: OpenDeviceFile | None = None) -> Recalled | None:
    """The data key a keychain entry opens: an older version's entry is the key itself
    (``legacy``); a device key opens this device's wrapped key file (None if revoked)."""
    if _LEGACY.match(value):
        return Recalled(bytearray(bytes.fromhex(value)), legacy=True)
    match = _ENTRY.match(value)
    if not match:
        return None
    device_id, device_key = match.group(1), bytearray(bytes.fromhex(match.group(2)))
    try:
        raw = device_file(folder, device_id).read_bytes()
    except OSError:
        return None  # revoked (file deleted)
    try:
        data_key = (open_file or open_device_file)(raw, device_key, vault_uuid, device_id)
    finally:
        for i in range(len(device_key)):
            device_key[i] = 0
    return None if data_key is None else Recalled(data_key, legacy=False)


class DeviceKeyStore:
    """The device's keychain: the active ``keyring`` backend asked in a child process, or
    the ``keyring`` backend object given (tests)."""

    def __init__(self, backend=None):
        if backend is None:
            self.keychain: ChildKeychain | InProcessKeychain = ChildKeychain()
        else:  # the child's side loads only for a backend given (tests, the child)
            from .keychain_backend import InProcessKeychain

            self.keychain = InProcessKeychain(backend)
        # what the unlock's own request found, for the first question after it (the
        # tasks after the unlock): no second child process for the same answer
        self._remembered: dict[str, bool] = {}

    def available(self) -> bool:
        return self.keychain.available()

    def backend_name(self) -> str:
        """The backend's module and class, e.g. ``keyring.backends.SecretService.Keyring``."""
        return self.keychain.backend_name()

    def _entry(self, vault_uuid: str) -> str | None:
        try:
            return self.keychain.get_password(SERVICE, vault_uuid)
        except KeychainError:
            return None

    def remember(self, vault_uuid: str, data_key: bytes | bytearray, folder: Path) -> bool:
        """Wrap ``data_key`` under a new device key into the vault folder and put the device
        key into the keychain; an earlier entry of this device is replaced and revoked.
        False without a keychain: the replace request itself says so (one child, no status
        question first), and the file written for it is removed again."""
        if self.keychain.known_unavailable():
            return False
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._remembered.pop(vault_uuid, None)
        device_key, device_id = os.urandom(32), os.urandom(8).hex()
        nonce = os.urandom(12)
        wrapped = AESGCM(device_key).encrypt(nonce, bytes(data_key),
                                             _associated(vault_uuid, device_id))
        path = device_file(folder, device_id)
        doc = {"format": FILE_FORMAT, "version": 1, "vault_uuid": vault_uuid,
               "device_id": device_id, "nonce": base64.b64encode(nonce).decode(),
               "wrapped_key": base64.b64encode(wrapped).decode()}
        try:
            ensure_folder(path.parent)
            atomic_write_bytes(path, json.dumps(doc, indent=2).encode())
        except (OSError, VaultError):
            return False
        try:  # the previous entry is read in the keychain's child: only its id comes back
            previous = self.keychain.replace(SERVICE, vault_uuid,
                                             f"{ENTRY_PREFIX}{device_id}:{device_key.hex()}")
        except KeychainError:
            with contextlib.suppress(OSError, VaultError):  # a scanner on the fresh file
                remove_quietly(path)
            return False
        if previous and previous != device_id:
            remove_quietly(device_file(folder, previous))
        return True

    def recall(self, vault_uuid: str, folder: Path, *,
               open_file: OpenDeviceFile | None = None) -> Recalled | None:
        """The data key this device remembers for the vault, or None. ``open_file``
        decrypts the device's wrapped key file (default: in this process,
        ``open_device_file``; the GUI: in a child process, ``unwrap_child``)."""
        value = self._entry(vault_uuid)
        if not value:
            return None
        return open_entry(value, vault_uuid, folder, open_file=open_file)

    def note_recalled(self, vault_uuid: str, *, available: bool, backend: str,
                      remembered: bool) -> None:
        """What the unlock's own child process found out (``unwrap_child.recall_in_child``):
        whether there is a keychain and whether it remembers the vault."""
        if isinstance(self.keychain, ChildKeychain):
            self.keychain.note_status(available, backend)
        self._remembered[vault_uuid] = remembered

    def forget(self, vault_uuid: str, folder: Path | None = None) -> None:
        """Delete the keychain entry and, with ``folder``, this device's wrapped key file
        (a copy of the device key made earlier then opens nothing)."""
        self._remembered.pop(vault_uuid, None)
        device_id = None
        with contextlib.suppress(KeychainError):  # deleted in the keychain's child
            device_id = self.keychain.forget(SERVICE, vault_uuid)
        if folder is not None and device_id:
            remove_quietly(device_file(folder, device_id))

    def forget_all(self) -> int:
        """Delete every entry of this program in the keychain (every vault; the
        uninstaller). The wrapped key files stay in the vault folders, useless without
        the device key. How many entries were deleted; KeychainError where the keychain
        cannot list them."""
        return self.keychain.forget_all(SERVICE)

    def is_remembered(self, vault_uuid: str) -> bool:
        known = self._remembered.pop(vault_uuid, None)
        if known is not None:
            return known
        try:  # a yes/no from the keychain's child: the device key stays there
            return self.keychain.has(SERVICE, vault_uuid)
        except KeychainError:
            return False
