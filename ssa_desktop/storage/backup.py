"""Encrypted backups: sqlcipher_export into a temp file, fsync, verify, atomic rename.

A backup is a standard SQLCipher 4 file encrypted with the vault's data key, so the
passphrase (through the vault's key file) and the emergency key both open it.

Before a restore swaps anything, the file must prove that it is a backup of *this* vault:
non-empty and whole pages (no plain SQLite), a key that authenticates its pages, intact
pages and structure, our schema (meta table, a version this program knows) and this
vault's UUID; the restored copy must hold the backup's row counts. The SQLCipher salt (the
first 16 bytes) of every backup written is recorded in the vault, so that a backup made
before a key change is told apart from any other file that the key does not open.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3

from ..domain.writing import Writing
from .backup_rotation import prepare_staged
from .claims import claimed
from .connection import Connection, connect
from .emergency import sqlcipher_raw_key
from .errors import CorruptDatabase, NewerBackup, StorageFull, VaultError
from .file_format import PAGE_SIZE, PLAIN_SQLITE_HEADER, SALT_BYTES, key_fits
from .files import (
    create_private_file,
    ensure_folder,
    fsync_dir,
    fsync_file,
    hold,
    remove_quietly,
    replace,
    write_failed,
)
from .inspection import clean_stale_partials
from .transactions import transaction

SALTS_META = "backup_salts"
MAX_SALTS = 500


class BackupKeyNeeded(VaultError):
    """The backup was made by this vault before the last 'new emergency key'."""

    default_message = ("Diese Sicherung wurde vor dem letzten Wechsel des Notfallschlüssels "
                       "erstellt und lässt sich mit dem aktuellen Schlüssel nicht öffnen. Bitte "
                       "geben Sie den damals gültigen Notfallschlüssel an.")


class NotABackup(VaultError):
    """The file is not a backup of this vault (empty, cut off, foreign or random)."""


def _is_full(err: sqlcipher3.DatabaseError) -> bool:
    return "full" in str(err).lower()


def export_database(conn: Connection, data_key: bytes | bytearray, target: Path,
                    *, verify: bool = True) -> Path:
    """Write a complete encrypted copy of ``conn``'s database to ``target`` atomically.
    Missing folders are created owner-only; an existing folder keeps its mode.

    With ``verify`` (a backup) the copy is checked against ``conn``'s row counts and its
    salt is recorded in ``conn``'s vault (``record_backup``); staged copies of a re-key or a
    restore pass ``verify=False`` and are checked by their caller."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.partial")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    counts: dict[str, int] | None = None
    with claimed(target, what=Writing.BACKUP):   # one writer per file (storage/claims.py)
        try:
            ensure_folder(target.parent)
            clean_stale_partials(target.parent)
            remove_quietly(tmp)
            create_private_file(tmp)
            conn.execute("ATTACH DATABASE ? AS export_target KEY ?", (str(tmp), sqlcipher_raw_key(data_key)))
            try:
                # one read snapshot for the counting and the copy: a save by another
                # connection in between (the GUI thread beside the unlock's backup) is in
                # neither, so a whole copy is never taken for an incomplete one
                conn.execute("BEGIN")
                try:
                    counts = _table_counts(conn) if verify else None
                    conn.execute("SELECT sqlcipher_export('export_target')").fetchall()
                except BaseException:
                    if conn.in_transaction:  # a full disk may have ended it already
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
                conn.execute(f"PRAGMA export_target.user_version = {int(version)}")
            finally:
                conn.execute("DETACH DATABASE export_target")
            fsync_file(tmp)
            if verify:
                verify_database(tmp, data_key, expect_counts=counts)
            replace(tmp, target)
            fsync_dir(target.parent)
            if verify:
                record_backup(conn, target)
        except OSError as err:
            remove_quietly(tmp)
            raise write_failed(target, err) from err
        except sqlcipher3.DatabaseError as err:
            remove_quietly(tmp)
            if _is_full(err):
                raise StorageFull() from err
            raise
        except BaseException:
            remove_quietly(tmp)
            raise
    return target


def record_backup(conn: Connection, path: Path) -> None:
    """Remember the backup's salt, so that a later key change can still recognise it.
    Best effort: the record only sharpens a later message, the backup is written."""
    with open(path, "rb") as fh:
        salt = fh.read(SALT_BYTES).hex()
    with contextlib.suppress(sqlcipher3.DatabaseError, VaultError), transaction(conn):
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (SALTS_META,)).fetchone()
        salts = [s for s in (row[0] if row else "").split() if s != salt][-(MAX_SALTS - 1):]
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     (SALTS_META, " ".join([*salts, salt])))


def _recorded(conn: Connection, path: Path) -> bool:
    with open(path, "rb") as fh:
        salt = fh.read(SALT_BYTES).hex()
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SALTS_META,)).fetchone()
    return bool(row) and salt in row[0].split()


def verify_database(path: Path, data_key: bytes | bytearray,
                    expect_counts: dict[str, int] | None = None) -> None:
    """Open ``path`` with the key and run the integrity checks; raise CorruptDatabase."""
    try:
        conn = connect(path, data_key)
    except sqlcipher3.DatabaseError:
        raise CorruptDatabase("Die Sicherung lässt sich mit diesem Schlüssel nicht öffnen.") from None
    try:
        bad = list(conn.execute("PRAGMA cipher_integrity_check"))
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if bad or ok != "ok":
            raise CorruptDatabase("Die Sicherung ist beschädigt.")
        for table, count in (expect_counts or {}).items():
            got = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
            if got != count:
                raise CorruptDatabase(f"Die Sicherung ist unvollständig (Tabelle {table}).")
    except sqlcipher3.DatabaseError:
        raise CorruptDatabase("Die Sicherung ist beschädigt.") from None
    finally:
        conn.close()


def _table_counts(conn: Connection, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"  # noqa: S608
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'fts_%'")]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]  # noqa: S608
            for name in names}


def _refuse(backup: Path, reason: str) -> NotABackup:
    return NotABackup(f"Die Datei {backup.name} {reason} Der Tresor wurde nicht verändert.")


def check_backup_file(backup: Path) -> None:
    """Refuse by size and header alone: empty, cut off, plain SQLite."""
    size = backup.stat().st_size
    if size == 0:
        raise _refuse(backup, "ist leer (0 Byte) und keine Sicherung – vermutlich ist beim "
                              "Kopieren etwas schiefgegangen.")
    if size % PAGE_SIZE:
        raise _refuse(backup, "ist unvollständig (abgeschnitten) oder keine Sicherung von "
                              "SSA Desktop.")
    with open(backup, "rb") as fh:
        if fh.read(16) == PLAIN_SQLITE_HEADER:
            raise _refuse(backup, "ist eine unverschlüsselte Datenbank und keine Sicherung "
                                  "von SSA Desktop.")


def check_backup_key(open_vault, backup: Path, key: bytes | bytearray, key_given: bool) -> None:
    """Refuse a file the key does not open, saying which of the possible reasons holds."""
    if key_fits(backup, key):
        return
    if key_given:
        raise _refuse(backup, "lässt sich auch mit diesem Notfallschlüssel nicht öffnen: der "
                              "Schlüssel gehört nicht zu dieser Sicherung, oder die Datei ist "
                              "keine Sicherung von SSA Desktop.")
    if _recorded(open_vault.conn, backup):
        raise BackupKeyNeeded()
    raise _refuse(backup, "ist keine Sicherung dieses Tresors: der Schlüssel des Tresors passt "
                          "zu keiner ihrer Seiten. Sie gehört zu einem anderen Tresor, ist "
                          "beschädigt oder ist gar keine Sicherung. (Nur falls sie vor einem "
                          "Wechsel des Notfallschlüssels mit einer älteren Version erstellt "
                          "wurde, öffnet sie der damalige Notfallschlüssel.)")


def check_backup_content(source: Connection, backup: Path, vault_uuid: str) -> None:
    """Intact pages and structure, our schema and this vault's identity."""
    from . import migrations

    try:
        # its format version first: a newer build's backup is newer, not damaged
        version = source.execute("PRAGMA user_version").fetchone()[0]
        newer = migrations.newer_than_known(source)
        if newer:
            raise NewerBackup(*newer)
        if list(source.execute("PRAGMA cipher_integrity_check")) or \
                source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _refuse(backup, "ist beschädigt (Prüfsummen oder Struktur stimmen nicht).")
        has_meta = source.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                  " AND name = 'meta'").fetchone()[0]
        row = source.execute("SELECT value FROM meta WHERE key = 'vault_uuid'").fetchone() \
            if has_meta else None
    except sqlcipher3.DatabaseError:
        raise _refuse(backup, "ist beschädigt und lässt sich nicht vollständig lesen.") from None
    if version < 1 or not row:
        raise _refuse(backup, "ist keine Sicherung von SSA Desktop (die Tabellen des Tresors "
                              "fehlen).")
    migrations.verify(source)  # its ledger or schema fits its version
    if row[0] != vault_uuid:
        raise _refuse(backup, f"ist die Sicherung eines anderen Tresors (Kennung {row[0]}, "
                              f"dieser Tresor: {vault_uuid}). Sie wird nicht in diesen Tresor "
                              "übernommen.")


def prepare_restore(open_vault, backup: Path, backup_key: bytes | bytearray | None = None) -> Path:
    """Check ``backup`` and write it, re-encrypted under the vault's key, beside the
    database; return the staged file for ``OpenVault.swap_database``.

    ``backup_key`` is needed only for a backup made before the last "new emergency key".
    Nothing is swapped until the backup has proved to be one of this vault's (see the
    module docstring) and the staged copy holds its row counts.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise VaultError(f"Die Sicherungsdatei {backup.name} wurde nicht gefunden.")
    check_backup_file(backup)
    if backup_key is not None and not key_fits(backup, backup_key) \
            and key_fits(backup, open_vault.data_key):
        backup_key = None  # an old key given for a backup the current key opens
    key = backup_key if backup_key is not None else open_vault.data_key
    check_backup_key(open_vault, backup, key, backup_key is not None)
    try:
        source = connect(backup, key)
    except sqlcipher3.DatabaseError:
        raise _refuse(backup, "ist beschädigt: ihre erste Seite lässt sich nicht lesen.") from None
    vault = open_vault.vault
    staged = vault.folder / (vault.db_path.name + ".restore")
    try:
        check_backup_content(source, backup, open_vault.uuid)
        counts = _table_counts(source)
        export_database(source, open_vault.data_key, staged, verify=False)
        hold(staged)  # while this process works on it, an unlock elsewhere keeps it
    finally:
        source.close()
    try:
        verify_database(staged, open_vault.data_key, expect_counts=counts)
    except BaseException:
        remove_quietly(staged)
        raise
    return staged


def restore_database(open_vault, backup: Path, backup_key: bytes | bytearray | None = None,
                     *, prepare=None) -> None:
    """Replace the vault's database with ``backup`` (see ``prepare_restore``).

    The vault stays usable: the current database is replaced only after the restored copy
    has been written and verified. ``prepare(conn)`` runs on the staged copy before the
    swap (re-applying deletions, ``storage.backup_rotation.prepare_staged``).
    """
    staged = prepare_restore(open_vault, backup, backup_key)
    if prepare is not None:

        prepare_staged(staged, open_vault.data_key, prepare)
    open_vault.swap_database(staged)
