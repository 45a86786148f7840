"""Automatic backups, their rotation and re-applying deletions after a restore (R12,
docs/datenschutz.md "Sicherungen", docs/retention.md "R12").

- At every unlock ``auto_backup`` writes at most one encrypted backup a day into the
  vault's ``backups/`` folder (the backup function of ``storage.backup``) and removes
  every backup older than the rule table's R12 period (option ``retention.R12.days``:
  30 days by default and at most; shorter down to 7 days).
- Every deletion leaves a content-free tombstone (``services.retention``). ``restore``
  reads the current vault's tombstones *before* the swap, adds them to the restored
  copy and deletes every listed record there (``retention.reapply_deletions``), so a
  deleted record never comes back and the vault opens only after that.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..domain import clock
from ..domain import retention as rt
from ..storage import backup_rotation as rotation
from ..storage import documents_repo
from ..storage.backup import export_database
from ..storage.connection import Connection
from . import settings
from .operations import DataKind, writes

# The one R12 option: the rule table's period (rotation, deletion log, Art. 30 print).
KEEP_DAYS = rt.rule_table()["R12"].period("days").option
BackupFile = rotation.BackupFile   # a backup's path, day and size (for the UI's types)


_AUTO_BACKUP = threading.Lock()


@dataclass
class BackupRun:
    created: Path | None = None          # None: today's backup existed already
    removed: list[Path] = field(default_factory=list)
    copied: Path | None = None           # today's copy in the second location
    second_failed: str = ""              # why the second location got no copy (German)
    second_settled: bool = False         # a post handover's owed deletion there was done


def keep_days(conn: Connection) -> int:
    return settings.get(conn, KEEP_DAYS)


def list_backups(vault_folder: Path) -> list[rotation.BackupFile]:
    return rotation.list_backups(vault_folder)


def rotate(conn: Connection, vault_folder: Path, today: date | None = None) -> list[Path]:
    """Remove every backup in the vault's folder older than the configured days (a
    pre-restore backup left beside the database by an older version is moved into
    ``backups/`` first)."""
    today = today or clock.today()
    rotation.adopt_stray_backups(vault_folder)
    old = rotation.expired(rotation.list_backups(vault_folder), today, keep_days(conn))
    documents_repo.sweep(conn)   # and the files of documents gone or never committed
    return rotation.remove_backups(old)


def rotate_at_open(conn: Connection, vault_folder: Path) -> list[str]:
    """What every command that opens the vault runs (CLI and GUI alike): the
    R12 rotation, so that "no backup older than n days" does not depend on the GUI
    being opened. The notices for the user (empty: nothing removed)."""
    removed = rotate(conn, vault_folder)
    if not removed:
        return []
    return [f"{len(removed)} Sicherung(en) älter als {keep_days(conn)} Tage gelöscht (R12)."]


def second_place(base: Path, vault_uuid: str) -> Path:
    """This vault's folder in the second backup location (``auto_backup``'s ``second``)."""
    return rotation.second_place(base, vault_uuid)


def copies_in_second_place(base: Path | None) -> list[rotation.BackupFile]:
    """The backups in the second backup location ``base`` (every vault's folder there),
    newest first; [] when none is set or it is out of reach. At the start, when her vault
    folder is gone, the newest is offered for ``vault_admin.restore_into_new_folder``."""
    if base is None:
        return []
    try:
        places = sorted(Path(base).glob(rotation.second_place(Path(), "*").name))
        found = [copy for place in places for copy in rotation.list_backups(place)]
    except OSError:   # a share out of reach, a stick pulled out
        return []
    found.sort(key=lambda b: (b.day, b.path.name), reverse=True)
    return found


def pre_restore_folder(vault_folder: Path) -> Path:
    """Where the backup of the state before a restore goes: the vault's backups folder,
    under the rotation and counted by the deletion log (never beside the database)."""
    return rotation.backup_folder(vault_folder)


# Left in the vault's backups folder by the post's handover until the second location no
# longer holds a backup under the old key (``settle_second_after_handover``).
OWED_MARK = ".zweiter-ort-nach-uebergabe"


def owe_second_after_handover(vault_folder: Path) -> None:
    """The post's handover re-keyed the vault: the second location's backups under the old
    key are owed their deletion until ``settle_second_after_handover`` has run there."""
    mark = rotation.backup_folder(vault_folder) / OWED_MARK
    mark.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    mark.write_text("", "utf-8")


def settle_second_after_handover(conn: Connection, vault_folder: Path,
                                 second: Path) -> tuple[int, int] | None:
    """After the post's handover: every backup at the second location that is not the same
    file as one of the vault folder's (these are all under the new key) was made under the
    old key and is shredded like the vault folder's (``rotation.remove_backups``); the
    documents' files there follow (``mirror_files`` replaces every re-encrypted one). Nothing
    owed: nothing done (None); else the removed files' count and bytes. OSError when out of
    reach or a copy there stays (then it stays owed)."""
    import filecmp

    mark = rotation.backup_folder(vault_folder) / OWED_MARK
    if not mark.exists():
        return None
    if not Path(second).parent.is_dir():   # the share or stick itself (its folder may be new)
        raise FileNotFoundError(2, "nicht erreichbar", str(Path(second).parent))
    ours = {b.path.name: b.path for b in rotation.list_backups(vault_folder)}
    old = [b for b in rotation.list_backups(second)
           if b.path.name not in ours or not filecmp.cmp(b.path, ours[b.path.name], shallow=False)]
    removed = rotation.remove_backups(old)
    if len(removed) < len(old):
        raise OSError(f"{len(old) - len(removed)} Sicherung(en) dort ließen sich nicht löschen")
    documents_repo.mirror_files(conn, second / documents_repo.FOLDER)
    mark.unlink()
    return len(removed), sum(b.size for b in old)


def made_today(vault_folder: Path, today: date | None = None) -> bool:
    """Whether today's automatic backup exists (the unlock's upkeep then makes none)."""
    return rotation.auto_backup_path(vault_folder, today or clock.today()).exists()


@writes(DataKind.BACKUPS)  # declared even on a day it finds today's backup already made
def auto_backup(conn: Connection, data_key: bytes | bytearray, vault_folder: Path,
                today: date | None = None, *, second: Path | None = None) -> BackupRun:
    """Today's automatic backup (once a day) and the rotation; for the unlock.
    ``second`` (``rotation.second_place``: IT's ``SecondBackupFolder`` or her setting):
    today's backup is copied there too, and the same R12 rotation runs there, so that a
    backup does not share the vault's fate (a profile Windows deletes, a lost disk). A
    second location out of reach (a USB stick not plugged in) is said in
    ``second_failed``; the backup beside the vault is made all the same. The document
    files go there too (``documents_repo.mirror_files``): the backup holds only their keys."""
    today = today or clock.today()
    run = BackupRun()
    target = rotation.auto_backup_path(vault_folder, today)
    # One at a time: a lock and a quick unlock start a second run while the first still
    # writes; both would use the same partial file.
    with _AUTO_BACKUP:
        if not target.exists():
            run.created = export_database(conn, data_key, target)
        run.removed = rotate(conn, vault_folder, today)
        if second is not None:
            _copy_to_second(conn, target, second, today, run)
    return run


def _copy_to_second(conn: Connection, backup: Path, second: Path, today: date,
                    run: BackupRun) -> None:
    from ..domain.errors import UserError
    from ..domain.os_reasons import os_reason

    try:
        # a handover's deletion there still owed (the location was out of reach) comes first:
        # today's copy there may have the new backup's name but the old key
        settled = settle_second_after_handover(conn, backup.parent.parent, second)
        if settled is not None:
            run.second_settled = True
        run.copied = rotation.copy_to_second(backup, second)
        # the backup holds the documents' keys, not their files: these go beside it
        documents_repo.mirror_files(conn, second / documents_repo.FOLDER)
        old = rotation.expired(rotation.list_backups(second), today, keep_days(conn))
        run.removed += rotation.remove_backups(old)
    except UserError as err:
        run.second_failed = str(err)
    except OSError as err:
        run.second_failed = f"„{second}“: {os_reason(err)}"


def backups_holding_until(conn: Connection, vault_folder: Path | None, deleted_on: date) -> date | None:
    """Until when a record deleted on ``deleted_on`` may still be inside a backup: the
    expiry of the newest backup made on or before that day (None: no such backup)."""
    if vault_folder is None:
        return None
    holding = [b for b in rotation.list_backups(vault_folder) if b.day <= deleted_on]
    if not holding:
        return None
    return max(b.day for b in holding) + timedelta(days=keep_days(conn))
