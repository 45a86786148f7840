"""Encrypted backups: verified, atomic, restorable; old backups need the old key."""

from __future__ import annotations

import errno

import pytest
import sqlcipher3

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import backup as backup_mod
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup import (
    BackupKeyNeeded,
    export_database,
    restore_database,
    verify_database,
)
from ssa_desktop.storage.emergency import parse_key
from ssa_desktop.storage.errors import CorruptDatabase, StorageFull, VaultError
from ssa_desktop.storage.vault import DB_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

from .helpers import flip_bytes


def _names(conn) -> list[str]:
    return [p.first_name for p in repo.PERSONS.all(conn, order="first_name")]


def test_backup_is_complete_and_verified(open_vault, tmp_path):
    conn = open_vault.conn
    for name in ("Anna", "Ben", "Cem"):
        repo.PERSONS.insert(conn, Person(f"K-{name}", first_name=name, school_id="school-1"))
    target = tmp_path / "sicherungen" / "a.ssabak"
    assert export_database(conn, open_vault.data_key, target) == target
    assert (target.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["a.ssabak"]
    verify_database(target, open_vault.data_key, expect_counts=repo.table_counts(conn))
    with pytest.raises(CorruptDatabase):
        verify_database(target, open_vault.data_key, expect_counts={"person": 4})
    with pytest.raises(CorruptDatabase):
        verify_database(target, bytes(32))
    raw = sqlcipher3.connect(str(target))
    raw.set_key("x'" + bytes(open_vault.data_key).hex() + "'")
    assert raw.execute("PRAGMA user_version").fetchone()[0] == open_vault.schema_version()
    raw.close()


def test_damaged_backup_fails_verification(open_vault, tmp_path):
    for i in range(30):
        repo.PERSONS.insert(open_vault.conn, Person(f"K-{i}", note="y" * 500))
    target = export_database(open_vault.conn, open_vault.data_key, tmp_path / "b.ssabak")
    flip_bytes(target, target.stat().st_size // 2)
    with pytest.raises(CorruptDatabase) as err:
        verify_database(target, open_vault.data_key)
    assert "Sicherung" in str(err.value)


def test_failed_verification_leaves_no_file(open_vault, tmp_path, monkeypatch):
    def broken(path, key, expect_counts=None):
        raise CorruptDatabase("Die Sicherung ist beschädigt.")

    monkeypatch.setattr(backup_mod, "verify_database", broken)
    folder = tmp_path / "sicherungen"
    with pytest.raises(CorruptDatabase):
        export_database(open_vault.conn, open_vault.data_key, folder / "c.ssabak")
    assert list(folder.iterdir()) == []


def test_full_disk_leaves_no_partial_file(open_vault, tmp_path, monkeypatch):
    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod, "fsync_file", full)
    folder = tmp_path / "sicherungen"
    with pytest.raises(StorageFull) as err:
        export_database(open_vault.conn, open_vault.data_key, folder / "d.ssabak")
    assert "Platz" in str(err.value)
    assert list(folder.iterdir()) == []


def test_existing_backup_survives_a_failed_overwrite(open_vault, tmp_path, monkeypatch):
    target = tmp_path / "e.ssabak"
    export_database(open_vault.conn, open_vault.data_key, target)
    good = target.read_bytes()
    repo.PERSONS.insert(open_vault.conn, Person("K-neu"))
    monkeypatch.setattr(backup_mod, "fsync_file",
                        lambda path: (_ for _ in ()).throw(OSError(errno.EIO, "I/O")))
    with pytest.raises(VaultError) as err:  # a German sentence naming the target, no temp name
        export_database(open_vault.conn, open_vault.data_key, target)
    assert "e.ssabak konnte nicht geschrieben werden" in str(err.value)
    assert ".partial" not in str(err.value)
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.ssabak", "tresor"]


def test_read_only_target_folder_leaves_nothing(open_vault, tmp_path, monkeypatch):
    import os

    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    if os.geteuid() == 0:
        # root ignores directory permissions: refuse the final rename the way a
        # read-only folder would, after the temp file was written
        def refuse(src, dst):
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))

        monkeypatch.setattr(os, "replace", refuse)
    else:
        folder.chmod(0o500)
    try:
        with pytest.raises((OSError, sqlcipher3.DatabaseError, VaultError)):
            export_database(open_vault.conn, open_vault.data_key, folder / "f.ssabak")
        monkeypatch.undo()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_restore_brings_back_old_content(open_vault, tmp_path):
    conn = open_vault.conn
    repo.PERSONS.insert(conn, Person("K-1", first_name="Alt"))
    backup = export_database(conn, open_vault.data_key, tmp_path / "g.ssabak")
    conn.execute("DELETE FROM person")
    repo.PERSONS.insert(conn, Person("K-2", first_name="Neu"))
    assert _names(conn) == ["Neu"]
    restore_database(open_vault, backup)
    assert _names(open_vault.conn) == ["Alt"]
    assert open_vault.check() == []
    assert not (open_vault.vault.folder / (DB_NAME + ".restore")).exists()
    open_vault.lock()
    again = Vault(open_vault.vault.folder).unlock(PASSPHRASE)
    assert _names(again.conn) == ["Alt"]
    again.lock()


def test_restore_of_missing_backup_changes_nothing(open_vault, tmp_path):
    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Bleibt"))
    with pytest.raises(VaultError) as err:
        restore_database(open_vault, tmp_path / "gibtsnicht.ssabak")
    assert "nicht gefunden" in str(err.value)
    assert _names(open_vault.conn) == ["Bleibt"]


def test_backup_from_before_rekey_needs_old_key(vault_dir, tmp_path):
    session, old_emergency = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    repo.PERSONS.insert(session.conn, Person("K-1", first_name="Vorher"))
    backup = export_database(session.conn, session.data_key, tmp_path / "h.ssabak")
    session.rekey(PASSPHRASE)
    session.conn.execute("DELETE FROM person")
    repo.PERSONS.insert(session.conn, Person("K-2", first_name="Nachher"))
    try:
        with pytest.raises(BackupKeyNeeded) as err:  # recognised by its recorded salt
            restore_database(session, backup)
        assert "damals gültigen Notfallschlüssel" in str(err.value)
        assert _names(session.conn) == ["Nachher"]
        restore_database(session, backup, backup_key=parse_key(old_emergency))
        assert _names(session.conn) == ["Vorher"]
        new_emergency = session.emergency_key()
    finally:
        session.lock()
    # the restored database is encrypted with the CURRENT key, not the backup's
    Vault(vault_dir).unlock_with_emergency_key(new_emergency).lock()
    reopened = Vault(vault_dir).unlock(PASSPHRASE)
    assert _names(reopened.conn) == ["Vorher"]
    reopened.lock()
