"""Automatic backups, their rotation and re-applying deletions after a restore (R12,
docs/datenschutz.md "Sicherungen").

- At every unlock ``auto_backup`` writes at most one encrypted backup a day into the
  vault's ``backups/`` folder (the backup function of ``storage.backup``) and removes
  every backup older than ``KEEP_DAYS`` (30 days by default, configurable upwards).
- Every deletion leaves a content-free tombstone (record id, category, day) in the
  vault. ``restore`` reads the current vault's tombstones *before* the swap, adds them
  to the restored copy and deletes every listed record there, so a deleted record never
  comes back and the vault opens only after that.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..domain import clock
from ..domain import options as opts
from ..storage import backup_rotation as rotation
from ..storage import migrations, privacy_repo
from ..storage.backup import export_database
from ..storage.transactions import transaction
from . import settings
from .operations import DataKind, Outcome, outcome, writes

KEEP_DAYS = opts.declare(opts.Option(
    "backups.keep_days", int, 30, "Sicherungen: höchstens so viele Tage aufbewahren",
    legal_basis="R12 · Art. 5 Abs. 1 lit. e, Art. 17 DSGVO, § 84 SGB X",
    minimum=30, maximum=365,
    help="Ältere Sicherungen im Ordner „backups“ werden beim Entsperren gelöscht. Was "
         "gelöscht wurde, bleibt auch nach einer Wiederherstellung gelöscht."))


_AUTO_BACKUP = threading.Lock()


@dataclass
class BackupRun:
    created: Path | None = None          # None: today's backup existed already
    removed: list[Path] = field(default_factory=list)


def keep_days(conn) -> int:
    return settings.get(conn, KEEP_DAYS)


def list_backups(vault_folder: Path) -> list[rotation.BackupFile]:
    return rotation.list_backups(vault_folder)


def rotate(conn, vault_folder: Path, today: date | None = None) -> list[Path]:
    """Remove every backup in the vault's folder older than the configured days."""
    today = today or clock.today()
    old = rotation.expired(rotation.list_backups(vault_folder), today, keep_days(conn))
    return rotation.remove_backups(old)


def auto_backup(conn, data_key: bytes | bytearray, vault_folder: Path,
                today: date | None = None) -> Outcome[BackupRun]:
    """Today's automatic backup (once a day) and the rotation; for the unlock."""
    today = today or clock.today()
    run = BackupRun()
    target = rotation.auto_backup_path(vault_folder, today)
    # One at a time: a lock and a quick unlock start a second run while the first still
    # writes; both would use the same partial file.
    with _AUTO_BACKUP:
        if not target.exists():
            run.created = export_database(conn, data_key, target)
        run.removed = rotate(conn, vault_folder, today)
    return outcome(run, DataKind.VAULT) if run.created or run.removed else Outcome(run)


def backups_holding_until(conn, vault_folder: Path, deleted_on: date) -> date | None:
    """Until when a record deleted on ``deleted_on`` may still be inside a backup: the
    expiry of the newest backup made on or before that day (None: no such backup)."""
    holding = [b for b in rotation.list_backups(vault_folder) if b.day <= deleted_on]
    if not holding:
        return None
    return max(b.day for b in holding) + timedelta(days=keep_days(conn))


# -- tombstones and restore ----------------------------------------------------------------
@writes(DataKind.RETENTION)
def record_deletion(conn, record_ids: list[str], category: str,
                    deleted_on: date | None = None) -> None:
    """Leave a tombstone for each deleted record (call inside the deletion's transaction)."""
    day = (deleted_on or clock.today()).isoformat()
    privacy_repo.add_tombstones(conn, [privacy_repo.Tombstone(r, category, day) for r in record_ids])


@writes(DataKind.RETENTION)
def record_erasure(conn, record_id: str, column: str, category: str,
                   erased_on: date | None = None) -> None:
    """Leave a tombstone for a field erased without deleting its record (e.g. a group's
    participant name list after reporting); a restore erases it again."""
    day = (erased_on or clock.today()).isoformat()
    privacy_repo.add_tombstones(conn, [privacy_repo.Tombstone(
        f"{record_id}{privacy_repo.FIELD_MARK}{column}", category, day)])


def reapply_deletions(conn) -> int:
    """Delete every record listed in the vault's tombstones; the number of rows removed."""
    with transaction(conn):
        return privacy_repo.apply_tombstones(conn)


def deletion_guard(current_conn):
    """A ``prepare`` for ``storage.backup.restore_database``: the current vault's
    tombstones are read now (before the swap) and re-applied to the staged copy."""
    tombstones = privacy_repo.all_tombstones(current_conn)

    def prepare(staged_conn) -> int:
        migrations.upgrade(staged_conn)  # an older backup gains the tombstone table
        with transaction(staged_conn):
            privacy_repo.add_tombstones(staged_conn, tombstones)
            return privacy_repo.apply_tombstones(staged_conn)

    return prepare
