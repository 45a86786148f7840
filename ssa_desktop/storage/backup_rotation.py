"""The vault's backups folder: which backups exist, from when, and rotation (R12: no
backup older than the configured number of days; docs/datenschutz.md "Sicherungen").

A backup's day comes from its file name (``…-2026-11-21.ssabak``,
``…-20261121-143000.ssabak``) and, for a name without a date, from its modification
time. Removed backups are overwritten with zeros before unlinking (they are encrypted
anyway; the overwrite keeps a deleted file from lingering in plain sight of a
recovery tool on file systems that write in place).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from .connection import Connection
from .errors import FileInUse
from .files import fsync_dir, remove_quietly, replace, shred

BACKUP_SUFFIX = ".ssabak"    # every backup file, automatic or made by hand

BACKUP_FOLDER = "backups"
AUTO_PREFIX = "ssa-sicherung-"
# Written by the app before a restore replaces the content (into backups/).
PRE_RESTORE_PREFIX = "vor-wiederherstellung-"
# Written by the unlock before a migration changes the schema (into backups/).
PRE_MIGRATION_PREFIX = "vor-umstellung-"

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})-\d{6}", re.ASCII)
_SCHEMA = re.compile(r"-schema(\d{1,4})\.", re.ASCII)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    day: date
    size: int

    @property
    def automatic(self) -> bool:
        return self.path.name.startswith(AUTO_PREFIX)

    @property
    def kind(self) -> str:
        """What wrote it: "auto" (the daily one), "pre_migration" (the unlock before it
        converted the vault), "pre_restore", or "manual" (by hand, before a new key)."""
        for prefix, kind in ((AUTO_PREFIX, "auto"), (PRE_MIGRATION_PREFIX, "pre_migration"),
                             (PRE_RESTORE_PREFIX, "pre_restore")):
            if self.path.name.startswith(prefix):
                return kind
        return "manual"

    @property
    def schema(self) -> int | None:
        """The schema a pre-migration backup holds (``…-schema<N>.ssabak``), else None."""
        found = _SCHEMA.search(self.path.name) if self.kind == "pre_migration" else None
        return int(found.group(1)) if found else None


def backup_folder(vault_folder: Path) -> Path:
    return Path(vault_folder) / BACKUP_FOLDER


def auto_backup_path(vault_folder: Path, today: date) -> Path:
    return backup_folder(vault_folder) / f"{AUTO_PREFIX}{today.isoformat()}{BACKUP_SUFFIX}"


def adopt_stray_backups(vault_folder: Path) -> list[Path]:
    """Move pre-restore backups an older version left in the vault folder itself into
    ``backups/`` (same file system: a rename), so that the rotation and the deletion
    log's reasoning see them (R12). The moved paths."""
    folder = Path(vault_folder)
    stray = [p for p in folder.glob(f"{PRE_RESTORE_PREFIX}*{BACKUP_SUFFIX}") if p.is_file()]
    if not stray:
        return []
    target = backup_folder(folder)
    target.mkdir(mode=0o700, exist_ok=True)
    moved = []
    for path in stray:
        try:
            replace(path, target / path.name)
        except (OSError, FileInUse):
            continue
        moved.append(target / path.name)
    if moved:
        fsync_dir(target)
        fsync_dir(folder)
    return moved


def _day_of(path: Path) -> date:
    for pattern in (_ISO, _COMPACT):
        match = pattern.search(path.name)
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                pass
    return datetime.fromtimestamp(path.stat().st_mtime).date()


def vault_folder_of(conn: Connection) -> Path | None:
    """The folder of the vault whose database ``conn`` has open (None: in memory)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file).parent if file else None
    return None


def list_backups(vault_folder: Path) -> list[BackupFile]:
    """Backups in the vault's backups folder, newest first (partial files are skipped)."""
    folder = backup_folder(vault_folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.name.endswith(BACKUP_SUFFIX) and not path.name.startswith(".") and path.is_file():
            try:
                found.append(BackupFile(path, _day_of(path), path.stat().st_size))
            except OSError:
                continue
    found.sort(key=lambda b: (b.day, b.path.name), reverse=True)
    return found


def expired(backups: list[BackupFile], today: date, keep_days: int) -> list[BackupFile]:
    """The backups older than ``keep_days`` days (made before today − keep_days)."""
    limit = today - timedelta(days=keep_days)
    return [b for b in backups if b.day < limit]


def _overwrite_and_remove(path: Path) -> None:
    shred(path)


def remove_backups(backups: list[BackupFile]) -> list[Path]:
    removed = []
    for b in backups:
        # a backup another program holds open (Windows) stays for the next rotation
        with contextlib.suppress(OSError):
            _overwrite_and_remove(b.path)
        if not b.path.exists():
            removed.append(b.path)
    if removed:
        fsync_dir(removed[0].parent)
    return removed


def second_place(base: Path, vault_uuid: str) -> Path:
    """The folder in the second backup location (a Träger share, a USB stick) that stands
    for this vault: its ``backups/`` holds the copies, one folder per vault, so that two
    vaults never rotate each other's backups."""
    return Path(base) / f"SSA-Desktop-{vault_uuid}"


def copy_to_second(backup: Path, place: Path) -> Path | None:
    """Copy ``backup`` (encrypted as it is: the copy is the same file) into ``place``'s
    ``backups/`` unless it is there; atomically (temp file, fsync, replace). The copy, or
    None when it existed."""
    import shutil

    from ..domain.writing import Writing
    from .files import atomic_target

    target = backup_folder(place) / backup.name
    if target.exists():
        return None
    with atomic_target(target, what=Writing.BACKUP) as tmp:
        shutil.copyfile(backup, tmp)
    return target


def prepare_staged(staged: Path, data_key: bytes | bytearray, prepare) -> None:
    """Run ``prepare(conn)`` on a staged restore copy (it opens its own transactions and
    returns the number of rows it removed, or None), then rebuild the file (VACUUM with secure_delete) and fold its WAL back in, so that no page of the
    staged file still holds what ``prepare`` removed. Removes the staged file on error."""
    from .connection import apply_pragmas, checkpoint, connect

    conn = connect(staged, data_key)
    try:
        apply_pragmas(conn)
        removed = prepare(conn)
        if removed is None or removed > 0:  # rebuild only when something was removed
            conn.execute("VACUUM")
        checkpoint(conn)
    except BaseException:
        conn.close()
        for path in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            remove_quietly(path)
        raise
    conn.close()
    for suffix in ("-wal", "-shm"):
        remove_quietly(Path(f"{staged}{suffix}"))
