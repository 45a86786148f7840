"""Issue 22: the raw scan covers every file in the vault folder, not only the database –
database, WAL, -shm, key file, device files, backups, anything a process left. A deleted
child's marker words are in no file once the backups holding them have rotated; before,
only in backups/ (R12) and nowhere else."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.domain import clock
from ssa_desktop.services import backups
from ssa_desktop.services import retention as svc
from ssa_desktop.storage.backup_rotation import BACKUP_FOLDER
from ssa_desktop.storage.connection import checkpoint
from ssa_desktop.storage.keystore import DeviceKeyStore
from tests.retention.fixtures import full_person
from tests.support.memory_keyring import MemoryKeyring
from tests.support.sqlcipher_pages import files_scanned, folder_hits

DAY = date(2026, 9, 1)


def test_a_deleted_childs_words_leave_every_file_of_the_vault_folder(open_vault):
    conn, folder, key = open_vault.conn, open_vault.vault.folder, bytes(open_vault.data_key)
    assert open_vault.remember_on_device(DeviceKeyStore(MemoryKeyring()))
    gone = full_person(conn, 1, leaving=date(2026, 7, 31))
    kept = full_person(conn, 2, leaving=None)
    backups.auto_backup(conn, open_vault.data_key, folder, DAY - timedelta(days=1))
    with clock.frozen(DAY):
        report = svc.apply(conn, [("person", gone.person.id)], today=DAY)
    assert report.deleted == 1
    checkpoint(conn)
    words = gone.words
    hits = folder_hits(folder, key, words)
    assert hits and all(name.startswith(BACKUP_FOLDER + "/") for name, _how, _w in hits)
    assert folder_hits(folder, key, kept.words[:3])  # the scan does find live words
    backups.rotate(conn, folder, DAY + timedelta(days=31))
    assert folder_hits(folder, key, words) == []
    stores = files_scanned(folder)
    assert stores >= 4  # database, key file, device file, WAL/-shm or backup
    print(f"marker words × stores: {len(words)} × {stores}")
