"""A second backup location (IT's ``SecondBackupFolder`` or her setting: a Träger share,
a USB stick): the daily backup is copied there as it is (encrypted), one folder per vault,
under the same R12 rotation; a location out of reach is said and the backup beside the
vault is made all the same. Real vault, real files."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.services import backups
from ssa_desktop.storage.backup_rotation import backup_folder, list_backups
from ssa_desktop.storage.machine_policy import POLICY_KEY, machine_policy
from ssa_desktop.storage.sync_roots import DictRegistry
from ssa_desktop.ui.settings_store import SettingsStore

TODAY = date(2026, 11, 22)


def test_the_daily_backup_is_copied_to_the_second_location(open_vault, tmp_path):
    conn, folder = open_vault.conn, open_vault.vault.folder
    second = backups.second_place(tmp_path / "USB-Stick", open_vault.uuid)
    run = backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second)
    assert run.created is not None and run.copied is not None and run.second_failed == ""
    assert run.copied.parent == backup_folder(second)
    assert run.copied.read_bytes() == run.created.read_bytes()   # the same encrypted file
    assert not run.copied.read_bytes().startswith(b"SQLite format 3")
    # the copy alone opens with the vault's key: a restore from it needs no vault folder
    assert [b.day for b in list_backups(second)] == [TODAY]
    again = backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second)
    assert again.created is None and again.copied is None
    # a second location set later gets today's backup on the next unlock
    later = backups.second_place(tmp_path / "Traeger-Freigabe", open_vault.uuid)
    assert backups.auto_backup(conn, open_vault.data_key, folder, TODAY,
                               second=later).copied is not None


def test_the_second_location_is_rotated_like_the_first(open_vault, tmp_path):
    conn, folder = open_vault.conn, open_vault.vault.folder
    second = backups.second_place(tmp_path / "USB-Stick", open_vault.uuid)
    backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second)
    later = TODAY + timedelta(days=backups.keep_days(conn) + 1)
    run = backups.auto_backup(conn, open_vault.data_key, folder, later, second=second)
    assert [b.day for b in list_backups(second)] == [later]
    assert len(run.removed) == 2   # the old one beside the vault and its copy


def test_a_second_location_out_of_reach_is_said_and_the_backup_made(open_vault, tmp_path):
    conn, folder = open_vault.conn, open_vault.vault.folder
    not_a_folder = tmp_path / "stick-abgezogen"
    not_a_folder.write_text("kein Ordner", "utf-8")
    run = backups.auto_backup(conn, open_vault.data_key, folder, TODAY,
                              second=backups.second_place(not_a_folder, open_vault.uuid))
    assert run.created is not None and run.created.exists()
    assert run.copied is None and run.second_failed


def test_the_setting_and_the_policy_name_the_second_location(tmp_path):
    ini = tmp_path / "ssa.ini"
    none_set = machine_policy(platform="win32", registry=DictRegistry({}))
    store = SettingsStore(ini, policy=none_set)
    assert store.second_backup_folder is None                     # the default
    store.second_backup_folder = r"E:\SSA-Sicherung"
    store.sync()
    assert SettingsStore(ini, policy=none_set).second_backup_folder is not None
    assert not store.second_backup_folder_set_by_it
    by_it = machine_policy(platform="win32", env={"USERNAME": "anna"},
                           registry=DictRegistry({POLICY_KEY: {
                               "SecondBackupFolder": r"\\fs01\sicherung$\%USERNAME%"}}))
    store = SettingsStore(ini, policy=by_it)
    assert str(store.second_backup_folder) == r"\\fs01\sicherung$\anna"
    assert store.second_backup_folder_set_by_it


def test_restore_from_the_copy_with_the_vault_gone(open_vault, tmp_path):
    """The vault folder is gone with her profile: the copy in the second location holds
    the data (encrypted with the vault's key, opened here with it)."""
    conn, folder = open_vault.conn, open_vault.vault.folder
    second = backups.second_place(tmp_path / "USB-Stick", open_vault.uuid)
    run = backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second)
    from ssa_desktop.storage.connection import connect

    copy = connect(run.copied, bytes(open_vault.data_key))
    try:
        assert copy.execute("SELECT value FROM meta WHERE key = 'vault_uuid'").fetchone()[0] \
            == open_vault.uuid
    finally:
        copy.close()
