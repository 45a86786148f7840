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


def test_the_vault_comes_back_from_the_second_location_when_its_folder_is_gone(open_vault,
                                                                                tmp_path):
    import shutil

    from ssa_desktop.services.vault_admin import restore_into_new_folder
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.services.test_interchange import populate_sample

    populate_sample(open_vault.conn)
    conn, folder = open_vault.conn, open_vault.vault.folder
    counts, key = repo.table_counts(conn), open_vault.emergency_key()
    second = backups.second_place(tmp_path / "USB-Stick", open_vault.uuid)
    copy = backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second).copied
    open_vault.lock()
    shutil.rmtree(folder)   # the temporary profile was deleted at logoff
    back = restore_into_new_folder(copy, tmp_path / "neu", key, PASSPHRASE, params=FAST_KDF)
    try:
        assert repo.table_counts(back.conn) == counts and counts["person"] > 0
        assert back.check() == []
    finally:
        back.lock()
    Vault(tmp_path / "neu").unlock(PASSPHRASE).lock()


def test_the_documents_come_back_from_the_second_location_and_a_deleted_one_leaves_it(
        open_vault, tmp_path):
    """The daily backup holds the database (with the documents' keys), not their files:
    the files are copied to the second location too (only the missing ones, encrypted as
    they are), a deleted document's file leaves it, and a restore from the copy brings
    them into the new folder, whole."""
    import shutil

    from ssa_desktop.domain import documents as d
    from ssa_desktop.services import documents
    from ssa_desktop.services.vault_admin import restore_into_new_folder
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.retention.fixtures import full_person
    from tests.support import document_files as f

    conn, folder = open_vault.conn, open_vault.vault.folder
    fx = full_person(conn, 1, leaving=None, school_id="school-1")
    owner = d.Owner("person", fx.person.id)
    pdf, jpeg, png = f.pdf(), f.image("JPEG"), f.image("PNG")
    one = documents.add_document(conn, owner, "consent", "Einwilligung", TODAY, pdf)
    two = documents.add_document(conn, owner, "letter", "Brief", TODAY, jpeg)
    gone = documents.add_document(conn, owner, "other", "Entwurf", TODAY, png)
    base = tmp_path / "USB-Stick"
    second = backups.second_place(base, open_vault.uuid)
    backups.auto_backup(conn, open_vault.data_key, folder, TODAY - timedelta(days=1),
                        second=second)
    on_stick = second / "dokumente"
    assert sorted(p.name for p in on_stick.iterdir()) == sorted(
        f"{x.id}.ssadoc" for x in (one, two, gone))
    assert (on_stick / f"{one.id}.ssadoc").read_bytes() == \
        (folder / "dokumente" / f"{one.id}.ssadoc").read_bytes()   # encrypted as it is

    documents.delete_document(conn, gone.id)
    key = open_vault.emergency_key()
    copy = backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second).copied
    assert copy is not None
    assert sorted(p.name for p in on_stick.iterdir()) == sorted(
        f"{x.id}.ssadoc" for x in (one, two))   # the deleted one's file does not linger
    open_vault.lock()
    shutil.rmtree(folder)   # the temporary profile was deleted at logoff

    back = restore_into_new_folder(copy, tmp_path / "neu", key, PASSPHRASE, params=FAST_KDF)
    try:
        assert back.check() == []
        assert documents.read_content(back.conn, documents.get_document(back.conn, one.id)) == pdf
        assert documents.read_content(back.conn, documents.get_document(back.conn, two.id)) == jpeg
        assert not list((tmp_path / "neu" / "dokumente").glob("*.partial"))
    finally:
        back.lock()


def _written(folder, before: dict) -> int:
    """The bytes written under ``folder`` since ``before`` (``_files``): every file that is
    new or was replaced (a copy is written to a temp file and moved in: a new inode)."""
    return sum(size for name, (ino, size) in _files(folder).items() if before.get(name, (None,))[0] != ino)


def _files(folder) -> dict:
    return {str(p): (p.stat().st_ino, p.stat().st_size) for p in folder.rglob("*") if p.is_file()}


def test_a_day_after_the_first_writes_only_its_backup_and_new_documents_there(open_vault,
                                                                              tmp_path):
    """Issue 61: backups must not grow by the whole document store each day. Counted in
    bytes written at the second location, not in time."""
    from ssa_desktop.domain import documents as d
    from ssa_desktop.services import documents
    from tests.retention.fixtures import full_person
    from tests.support import document_files as f

    conn, folder = open_vault.conn, open_vault.vault.folder
    owner = d.Owner("person", full_person(conn, 1, leaving=None, school_id="school-1").person.id)
    for i in range(3):
        documents.add_document(conn, owner, "other", f"Scan {i}", TODAY, f.pdf(text=f"Scan {i}"))
    second = backups.second_place(tmp_path / "USB-Stick", open_vault.uuid)
    first = backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second)
    store = sum(p.stat().st_size for p in (folder / "dokumente").iterdir())
    assert _written(second, {}) == first.copied.stat().st_size + store   # the store once

    before = _files(second)
    day = backups.auto_backup(conn, open_vault.data_key, folder, TODAY + timedelta(days=1),
                              second=second)
    assert _written(second, before) == day.copied.stat().st_size   # its backup, no document

    new = documents.add_document(conn, owner, "letter", "Brief", TODAY, f.image("JPEG"))
    before = _files(second)
    day = backups.auto_backup(conn, open_vault.data_key, folder, TODAY + timedelta(days=2),
                              second=second)
    assert _written(second, before) == day.copied.stat().st_size + \
        (folder / "dokumente" / f"{new.id}.ssadoc").stat().st_size


def test_after_the_post_handover_the_second_location_gets_the_re_encrypted_files(
        open_vault, tmp_path):
    """The post's handover encrypts every document's file again under a new key
    (``documents.rekey_files``), under the same name. The copies at the second location
    must follow: the next backup there holds only the new keys, and a restore from it
    has to open every document."""
    import shutil

    from ssa_desktop.domain import documents as d
    from ssa_desktop.services import documents
    from ssa_desktop.services.vault_admin import restore_into_new_folder
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.retention.fixtures import full_person
    from tests.support import document_files as f

    conn, folder = open_vault.conn, open_vault.vault.folder
    owner = d.Owner("person", full_person(conn, 1, leaving=None, school_id="school-1").person.id)
    pdf = f.pdf(text="Schweigepflichtentbindung")
    doc = documents.add_document(conn, owner, "release", "SPE", TODAY, pdf)
    second = backups.second_place(tmp_path / "USB-Stick", open_vault.uuid)
    backups.auto_backup(conn, open_vault.data_key, folder, TODAY, second=second)
    assert documents.rekey_files(conn) == 1
    key = open_vault.emergency_key()
    copy = backups.auto_backup(conn, open_vault.data_key, folder, TODAY + timedelta(days=1),
                               second=second).copied
    name = f"{doc.id}.ssadoc"
    assert (second / "dokumente" / name).read_bytes() == (folder / "dokumente" / name).read_bytes()
    open_vault.lock()
    shutil.rmtree(folder)   # the laptop is lost after the handover
    back = restore_into_new_folder(copy, tmp_path / "neu", key, PASSPHRASE, params=FAST_KDF)
    try:
        assert documents.read_content(back.conn, documents.get_document(back.conn, doc.id)) == pdf
        assert back.check() == []
    finally:
        back.lock()
