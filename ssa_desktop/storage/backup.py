"""Encrypted backups: sqlcipher_export into a temp file, fsync, verify, atomic rename.

A backup is a standard SQLCipher 4 file encrypted with the vault's data key, so the
passphrase (through the vault's key file) and the emergency key both open it.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import sqlcipher3

from .connection import connect
from .emergency import sqlcipher_raw_key
from .errors import CorruptDatabase, NewerSchema, StorageFull, VaultError
from .files import fsync_dir, fsync_file, make_private_dir, make_private_file, remove_quietly

BACKUP_SUFFIX = ".ssabak"


def export_database(conn: sqlcipher3.Connection, data_key: bytes | bytearray, target: Path,
                    *, verify: bool = True) -> Path:
    """Write a complete encrypted copy of ``conn``'s database to ``target`` atomically."""
    target = Path(target)
    make_private_dir(target.parent)
    tmp = target.with_name(f".{target.name}.partial")
    remove_quietly(tmp)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    try:
        conn.execute("ATTACH DATABASE ? AS export_target KEY ?", (str(tmp), sqlcipher_raw_key(data_key)))
        try:
            conn.execute("SELECT sqlcipher_export('export_target')").fetchall()
            conn.execute(f"PRAGMA export_target.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE export_target")
        make_private_file(tmp)
        fsync_file(tmp)
        if verify:
            verify_database(tmp, data_key)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as err:
        remove_quietly(tmp)
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull() from err
        raise
    except sqlcipher3.DatabaseError as err:
        remove_quietly(tmp)
        if "full" in str(err).lower():
            raise StorageFull() from err
        raise
    except BaseException:
        remove_quietly(tmp)
        raise
    return target


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


def restore_database(open_vault, backup: Path, backup_key: bytes | bytearray | None = None,
                     *, prepare=None) -> None:
    """Replace the vault's database with ``backup`` (re-encrypted under the current key).

    ``backup_key`` is needed only for a backup made before the last "new emergency key".
    The vault stays usable: the current database is replaced only after the restored copy
    has been written and verified. ``prepare(conn)`` runs on the staged copy before the
    swap (re-applying deletions, ``storage.backup_rotation.prepare_staged``).
    """
    from . import migrations

    backup = Path(backup)
    if not backup.is_file():
        raise VaultError(f"Die Sicherungsdatei {backup.name} wurde nicht gefunden.")
    key = backup_key if backup_key is not None else open_vault.data_key
    try:
        source = connect(backup, key)
    except sqlcipher3.DatabaseError:
        raise CorruptDatabase("Die Sicherung lässt sich mit dem Schlüssel dieses Tresors nicht öffnen "
                              "(falls seitdem ein neuer Notfallschlüssel erzeugt wurde: den alten "
                              "Notfallschlüssel angeben).") from None
    vault = open_vault.vault
    staged = vault.folder / (vault.db_path.name + ".restore")
    try:
        version = source.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.latest_version():
            raise NewerSchema()
        if version == 0:  # an empty file opens as an empty database: never swap that in
            raise CorruptDatabase("Die Datei ist keine Sicherung von SSA Desktop.")
        verify_database(backup, key)
        export_database(source, open_vault.data_key, staged)
    finally:
        source.close()
    if prepare is not None:
        from .backup_rotation import prepare_staged

        prepare_staged(staged, open_vault.data_key, prepare)
    open_vault._swap_database(staged)
