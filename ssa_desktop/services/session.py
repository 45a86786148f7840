"""The vault session for the GUI: open, unlock, recover, re-key, check.

A light service (only the storage layer and the passphrase rule are imported, never
reportlab) so that the unlock dialog starts fast. The widgets use these functions and
the names re-exported here instead of reaching into ``storage``; the CLI applies the
same rules (``vault_admin``).

- ``recover`` (emergency key → new passphrase) refuses a weak passphrase exactly as
  ``ssa-desktop create`` and ``passphrase`` do.
- ``check`` is the one "Tresor prüfen" (at unlock in the status bar and in the
  settings); it runs on the calling worker's own connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from ..storage import unwrap_child
from ..storage.connection import Connection
from ..storage.errors import (
    ForeignKeyFile,
    KeyFileDamaged,
    KeyFileMissing,
    NotAVault,
    StorageFull,
    VaultError,
    VaultInUse,
    VaultLocked,
    WeakPassphrase,
    WrongEmergencyKey,
    WrongPassphrase,
    is_storage_full,
)
from ..storage.keyfile import KdfParams
from ..storage.keystore import DeviceKeyStore
from ..storage.location import (
    AMBER,
    default_vault_folder,
    holds_vault,
    location_findings,
    takes_new_folder,
)
from ..storage.unwrap_child import UnlockChild, UnwrapFailed
from ..storage.vault import OpenVault, Vault
from . import vault_admin
from .one_writer import VaultLockHold, claim_vault, name_this_program
from .operations import DataKind, writes

__all__ = [
    "AMBER", "DeviceKeyStore", "ForeignKeyFile", "KdfParams", "KeyFileDamaged", "KeyFileMissing", "NotAVault",
    "OpenVault", "StorageFull", "UnwrapFailed", "Vault", "VaultError", "VaultInUse", "VaultLocked",
    "VaultLockHold", "claim_vault", "name_this_program",
    "WeakPassphrase",
    "WrongEmergencyKey", "WrongPassphrase", "backup", "check", "default_vault_folder",
    "holds_vault", "is_storage_full", "location_findings", "open_vault", "recover", "rekey",
    "takes_new_folder", "UnlockChild", "unlock", "unlock_remembered", "verify_integrity",
    "worker_view",
]


def open_vault(folder: Path | str) -> Vault:
    """The vault in ``folder`` (nothing is read until it is unlocked)."""
    return Vault(Path(folder))


def unlock(vault: Vault, passphrase: str, *, defer_integrity: bool = False,
           in_child: bool = False, unlock_child: UnlockChild | None = None,
           on_migration_step: Callable[[int, int], None] | None = None) -> OpenVault:
    """Open with the passphrase. The GUI defers the full page check (``defer_integrity``)
    and runs ``verify_integrity`` while the main window is built; writes wait for it.
    ``in_child`` (the GUI): the key is derived and unwrapped in a short-lived child
    process (``storage.unwrap_child``), so that this process never loads Argon2 and
    ``cryptography`` nor keeps Argon2's memory in its peak. ``on_migration_step(done,
    total)``: told before each migration the first unlock after an update applies."""
    unwrap = (unlock_child.unwrap if unlock_child is not None   # the window's one child
              else unwrap_child.unwrap if in_child else None)
    return vault.unlock(passphrase, defer_integrity=defer_integrity, unwrap=unwrap,
                        on_migration_step=on_migration_step)


def unlock_remembered(vault: Vault, store: DeviceKeyStore, *, defer_integrity: bool = False,
                      in_child: bool = False,
                      unlock_child: UnlockChild | None = None,
                      on_migration_step: Callable[[int, int], None] | None = None
                      ) -> OpenVault | None:
    """Open with the key remembered on this device, or None. ``in_child`` (the GUI): the
    keychain's entry is read and the device's key file opened in ONE child process, which
    also tells ``store`` whether there is a keychain (one process start per unlock);
    ``unlock_child`` keeps that child, when nothing was remembered, for ``unlock`` with
    her passphrase. ``on_migration_step``: as for ``unlock``."""
    return vault.unlock_remembered(store, defer_integrity=defer_integrity,
                                   in_child=in_child or unlock_child is not None,
                                   unlock_child=unlock_child,
                                   on_migration_step=on_migration_step)


def verify_integrity(session: OpenVault) -> None:
    """The deferred full page check of a GUI unlock (on a worker thread)."""
    session.verify_integrity()


def recover(vault: Vault, emergency_key: str, new_passphrase: str, *,
            params: KdfParams | None = None) -> OpenVault:
    """Open with the emergency key and set a new passphrase (the key file was lost or
    the passphrase forgotten). A weak passphrase is refused before anything opens."""
    vault_admin.require_strong(new_passphrase)
    session = vault.unlock_with_emergency_key(emergency_key)
    try:
        session.set_passphrase(new_passphrase, params)
    except BaseException:
        session.lock()
        raise
    return session


@writes(DataKind.VAULT)
def rekey(session: OpenVault, passphrase: str, *, progress: Callable[[int, str], None],
          store: DeviceKeyStore | None = None) -> str:
    """New emergency key: backup, re-encryption, swap (on the session's own connection;
    the caller keeps every other user off it). Returns the new key for display."""
    backup_dir = session.vault.folder / "backups"
    return session.rekey(passphrase, backup_dir=backup_dir, progress=progress, store=store)


@contextlib.contextmanager
def worker_view(session: OpenVault, conn: Connection) -> Iterator[OpenVault]:
    """An OpenVault view on a worker's own connection, for use cases that take an
    OpenVault but must not touch the GUI thread's connection. It holds its own copy of
    the key (a lock meanwhile overwrites the session's key, and a backup must not be
    encrypted with zeros); the copy is overwritten when the work ends. The connection
    stays with its owner."""
    key = bytearray(session.data_key)
    view = OpenVault(session.vault, conn, key, session.uuid)
    try:
        yield view
    finally:
        view._conn = None
        view._key = None
        for i in range(len(key)):
            key[i] = 0


def check(session: OpenVault, conn: Connection, *, pages: bool = True) -> list[str]:
    """Tresor prüfen: integrity of pages, structure and links, schema version, vault
    identity and key file (empty list: all good). The check after an unlock passes
    ``pages=False``: every page's HMAC was checked by the unlock itself or by its deferred
    page check, which runs before it on the same quiet lane."""
    with worker_view(session, conn) as view:
        return vault_admin.check_vault(view, pages=pages)


def backup(session: OpenVault, conn: Connection, out: Path) -> Path:
    """A verified encrypted backup written from a worker's own connection."""
    with worker_view(session, conn) as view:
        return vault_admin.backup_vault(view, out)
