"""Successor for the whole post (docs/handover.md): the guided handover
in Einstellungen → Sicherheit. The successor chooses a new passphrase, the vault is
re-encrypted under a new data key (the existing re-key: backup, export, verify, swap),
every document's file under a new key of its own (``documents.rekey_files``); then a fresh backup is written under the new key and every other backup in the vault's
``backups/`` folder – all made under the old key, the one of the re-key included – is
shredded by the backups' normal deletion (overwritten, synchronised, removed; one
deletion-log entry), so neither the old emergency sheet nor the old passphrase opens
any file of the vault folder any more. Every remembered device is revoked; the
deletion log, the disclosure log and the data-breach figures stay as they are. A
protocol for the Träger (PDF, without names) records what was done.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..domain import clock, strict_json
from ..storage import backup_rotation as rotation
from ..storage import handover_repo as q
from ..storage import repositories as repo
from ..storage import retention_log_repo
from ..storage.backup import export_database
from ..storage.errors import WeakPassphrase
from ..storage.keystore import DeviceKeyStore, revoke_all_devices
from ..storage.transactions import transaction
from ..storage.vault import OpenVault
from . import backups as backup_service
from . import breach, documents, retention, vault_admin
from .operations import DataKind, writes

META_KEY = "post_handovers"
AFTER_PREFIX = "nach-uebergabe-"   # the fresh backup under the successor's key


@dataclass
class PostHandover:
    handed_over: str            # ISO time
    vault_uuid: str
    key_text: str               # the new emergency key: shown once, never stored here
    devices_revoked: int
    deletion_log_entries: int
    disclosure_entries: int
    breach_figures_kept: bool
    backup_before: str          # file name of the backup under the old key (shredded)
    backup_after: str = ""      # the fresh backup under the new key
    backups_removed: int = 0    # backups under the old key shredded
    second_place: str = ""      # German: the second location's deletion is still owed

    def record(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k != "key_text"}


@writes(DataKind.VAULT)
def hand_over_post(session: OpenVault, old_passphrase: str, new_passphrase: str, *,
                   progress: Callable[[int, str], None], store: DeviceKeyStore | None = None,
                   params=None, second: Path | None = None) -> PostHandover:
    """Run the handover on the session's own connection (the caller keeps every other
    user off it, as for a new emergency key). Refuses a weak or unchanged passphrase
    before anything changes; a wrong current passphrase is refused by the re-key.
    ``second`` (``backups.second_place``): its backups under the old key go too, and the
    new backup is copied there; out of reach, that is said and done at the next copy."""
    vault_admin.require_strong(new_passphrase)
    if new_passphrase == old_passphrase:
        raise WeakPassphrase("Die Nachfolge wählt eine eigene, neue Passphrase; sie muss sich "
                             "von der bisherigen unterscheiden.")
    # one exclusive step: no background task opens the vault between the new emergency
    # key, the successor's passphrase and the new backup
    with session.exclusive():
        return _hand_over(session, old_passphrase, new_passphrase, progress, store, params,
                          second)


def _hand_over(session: OpenVault, old_passphrase: str, new_passphrase: str, progress,
               store: DeviceKeyStore | None, params, second: Path | None) -> PostHandover:
    folder = session.vault.folder
    backups = folder / "backups"
    before = set(backups.glob("*.ssabak")) if backups.is_dir() else set()
    # store=None: the re-key must not re-remember this device under the new key
    key_text = session.rekey(old_passphrase, backup_dir=backups, progress=progress,
                             store=None, params=params)
    # every device's wrapped key, this one's too (counted here: setting the passphrase
    # revokes every device as well, and would leave nothing to count)
    revoked = revoke_all_devices(folder)
    progress(90, "Passphrase der Nachfolge wird gesetzt …")
    session.set_passphrase(new_passphrase, params)
    if store is not None and store.available():
        store.forget(session.uuid, folder)  # and this device's keychain entry
    conn = session.conn
    progress(91, "Dokumente werden neu verschlüsselt …")
    documents.rekey_files(conn)   # the old document keys (in old backups) open no file
    made = sorted(set(backups.glob("*.ssabak")) - before) if backups.is_dir() else []
    kept_log = len(retention_log_repo.log_entries(conn))
    after, removed, size = _replace_backups(session, folder, progress)
    owed = ""
    if second is not None:
        owed, more, more_size = _replace_at_second(conn, folder, after, second)
        removed, size = removed + more, size + more_size
    result = PostHandover(
        clock.now().isoformat(timespec="seconds"), session.uuid, key_text, revoked,
        kept_log, repo.DISCLOSURES.count(conn),
        breach.load_facts(folder) is not None, made[-1].name if made else "",
        after.name, removed, owed)
    history = strict_json.loads(repo.get_meta(conn, META_KEY, "[]") or "[]")
    history.append(result.record())
    with transaction(conn):
        if removed:
            retention.log_backups_shredded(
                conn, session.uuid, removed, size, clock.today(), "Übergabe der Stelle",
                "Sicherungen unter dem bisherigen Schlüssel")
        q.set_meta(conn, META_KEY, json.dumps(history, ensure_ascii=False, sort_keys=True))
    progress(100, "Fertig.")
    return result


def _replace_backups(session: OpenVault, folder: Path, progress) -> tuple[Path, int, int]:
    """A fresh, verified backup under the new key; then every other backup of the
    vault folder (all under the old key; stray pre-restore backups moved in first) is
    shredded like an expired one. Returns (new backup, files removed, their bytes). If
    the new backup cannot be written the error stands and nothing is removed."""
    progress(93, "Sicherung unter dem neuen Schlüssel …")
    rotation.adopt_stray_backups(folder)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    after = export_database(session.conn, session.data_key,
                            rotation.backup_folder(folder) / f"{AFTER_PREFIX}{stamp}"
                            f"{rotation.BACKUP_SUFFIX}")
    progress(96, "Sicherungen unter dem bisherigen Schlüssel werden gelöscht …")
    old = [b for b in rotation.list_backups(folder) if b.path != after]
    removed = rotation.remove_backups(old)
    size = sum(b.size for b in old if b.path in removed)
    return after, len(removed), size


def _replace_at_second(conn, folder: Path, after: Path, second: Path) -> tuple[str, int, int]:
    """The second location's backups under the old key are shredded the same way
    (``backups.settle_second_after_handover``) and the new backup is copied there. Out of
    reach: owed (a mark in the vault's backups folder) until the next daily copy there;
    the German sentence saying so, else ""."""
    from ..domain.errors import UserError
    from ..domain.os_reasons import os_reason

    backup_service.owe_second_after_handover(folder)
    try:
        count, size = backup_service.settle_second_after_handover(conn, folder, second) or (0, 0)
        rotation.copy_to_second(after, second)
    except (OSError, UserError) as err:
        reason = os_reason(err) if isinstance(err, OSError) else str(err)
        return (f"Der zweite Sicherungsort „{second}“ ist nicht erreichbar ({reason}): die "
                "Sicherungen dort unter dem bisherigen Schlüssel werden beim nächsten "
                "Kopieren dorthin gelöscht; bis dahin öffnet sie der bisherige Schlüssel "
                "noch.", 0, 0)
    return "", count, size


def write_protocol(path: Path | str, result: PostHandover) -> Path:
    from ..reports.post_handover import write_post_handover_protocol

    return write_post_handover_protocol(path, result.record())
