"""Automatic backups, rotation and deletions that survive a restore (R12): the
retention engine deletes, its tombstones travel into the restored copy."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from ssa_desktop.domain.entities import Case, Contact, GroupActivity, Person
from ssa_desktop.domain.options import OptionError
from ssa_desktop.services import backups, settings, vault_admin
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import migrations, retention_log_repo
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup_rotation import backup_folder, list_backups
from ssa_desktop.storage.connection import checkpoint
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import Vault

TODAY = date(2026, 11, 22)
SECRET = "Geheimniswort-Zugvogel"
V1 = Path(__file__).resolve().parents[1] / "data" / "vaults" / "v1"


def _case_with_note(conn, pseudonym: str, first: str, note: str):
    person = repo.PERSONS.insert(conn, Person(pseudonym, first_name=first, last_name="Beispiel",
                                              school_id="school-1"))
    case = repo.CASES.insert(conn, Case(person.id, date(2026, 9, 1), school_id="school-1"))
    contact = repo.CONTACTS.insert(conn, Contact(date(2026, 9, 2), "EB", 30, "school-1",
                                                 person.id, case.id, note=note))
    return person, case, contact


def _delete_person(conn, person) -> None:
    """The pupil has left; the retention engine deletes what R2 says is due."""
    person.leaving_date = date(2026, 10, 31)
    repo.PERSONS.update(conn, person)
    report = svc.apply(conn, [("person", person.id)], today=TODAY)
    assert report.deleted == 1


def test_backup_deletion_restore_keeps_the_deletion(open_vault):
    conn = open_vault.conn
    gone, _, gone_contact = _case_with_note(conn, "L-01", "Lena", SECRET)
    kept, _, kept_contact = _case_with_note(conn, "M-02", "Mia", "bleibt")
    run = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, TODAY)
    assert run.created is not None and run.created.is_file()

    _delete_person(conn, gone)
    assert repo.PERSONS.get(conn, gone.id) is None
    # The deletion log names the last day today's backup (which holds the data) exists.
    assert [e.backup_expiry for e in svc.deletion_log(conn)] == ["2026-12-22"]

    vault_admin.restore_vault(open_vault, run.created)
    conn = open_vault.conn
    assert repo.PERSONS.get(conn, gone.id) is None
    assert repo.CONTACTS.get(conn, gone_contact.id) is None
    assert repo.PERSONS.get(conn, kept.id) is not None
    assert repo.CONTACTS.get(conn, kept_contact.id).note == "bleibt"
    assert [h for h in repo.search(conn, "Lena")] == []
    assert conn.execute("SELECT count(*) FROM fts_contact WHERE fts_contact MATCH ?",
                        (SECRET.split("-")[0],)).fetchone()[0] == 0
    # The tombstones travel into the restored vault: a later restore repeats them too.
    assert svc.deleted_ids_since(conn) == [(gone.id, "person", TODAY.isoformat())]
    checkpoint(conn)
    raw = open_vault.vault.db_path.read_bytes()
    assert SECRET.encode() not in raw  # encrypted anyway; the real test is the row check


def test_deletion_without_a_backup_names_no_backup_expiry(open_vault):
    conn = open_vault.conn
    gone, _, _ = _case_with_note(conn, "L-01", "Lena", SECRET)
    _delete_person(conn, gone)
    assert [e.backup_expiry for e in svc.deletion_log(conn)] == [None]


def test_restore_of_a_schema_1_backup_re_applies_the_deletions(tmp_path):
    """A backup made by the first release (no retention tables) of this very vault: the
    real v1 fixture is the backup, an upgraded copy of it is the current vault (a backup
    of another vault is refused, issue 7). The backup is upgraded and the current
    tombstones re-applied."""
    fixture = json.loads((V1 / "fixture.json").read_text("utf-8"))
    backup = tmp_path / "alt.ssabak"
    shutil.copyfile(V1 / "vault.ssadb", backup)
    shutil.copyfile(V1 / "vault.ssadb-wal", tmp_path / "alt.ssabak-wal")
    shutil.copytree(V1, tmp_path / "tresor")
    open_vault = Vault(tmp_path / "tresor").unlock(fixture["passphrase"])
    try:
        conn = open_vault.conn
        with transaction(conn):
            retention_log_repo.insert_tombstone(conn, "fixture-person-1", "person", TODAY)
        vault_admin.restore_vault(open_vault, backup)
        conn = open_vault.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert repo.PERSONS.get(conn, "fixture-person-1") is None
        assert repo.PERSONS.get(conn, "fixture-person-2") is not None
        assert [h for h in repo.search(conn, "Lina")] == []
        assert svc.deleted_ids_since(conn) == [("fixture-person-1", "person", TODAY.isoformat())]
    finally:
        open_vault.lock()


def test_auto_backup_at_most_daily_and_rotation(open_vault):
    folder = open_vault.vault.folder
    conn = open_vault.conn
    first = backups.auto_backup(conn, open_vault.data_key, folder, TODAY)
    again = backups.auto_backup(conn, open_vault.data_key, folder, TODAY)
    assert first.created is not None and again.created is None
    assert len(list_backups(folder)) == 1

    # Backups of 31 and 30 days ago: the older one goes, the 30-day one stays.
    for days in (31, 30):
        old = backup_folder(folder) / f"ssa-sicherung-{(TODAY - timedelta(days=days)).isoformat()}.ssabak"
        old.write_bytes(b"x" * 10)
    manual = backup_folder(folder) / "vor-neuem-schluessel-20261001-101500.ssabak"
    manual.write_bytes(b"y")
    undated = backup_folder(folder) / "meine.ssabak"
    undated.write_bytes(b"z")
    stamp = (date(2026, 10, 1) - date(1970, 1, 1)).days * 86400 + 43200
    os.utime(undated, (stamp, stamp))
    run = backups.auto_backup(conn, open_vault.data_key, folder, TODAY + timedelta(days=1))
    assert run.created is not None
    names = sorted(p.name for p in run.removed)
    assert names == ["meine.ssabak", "ssa-sicherung-2026-10-22.ssabak",
                     "ssa-sicherung-2026-10-23.ssabak", "vor-neuem-schluessel-20261001-101500.ssabak"]
    left = sorted(b.path.name for b in list_backups(folder))
    assert left == ["ssa-sicherung-2026-11-22.ssabak", "ssa-sicherung-2026-11-23.ssabak"]


def test_r12_is_a_maximum_of_30_days_and_may_be_shorter(open_vault):
    """One option for the rotation and the rule table (``retention.R12.days``)."""
    conn, folder = open_vault.conn, open_vault.vault.folder
    assert backups.KEEP_DAYS.name == "retention.R12.days" and backups.keep_days(conn) == 30
    for wrong in (31, 6):
        with pytest.raises(OptionError):
            settings.set_value(conn, backups.KEEP_DAYS, wrong)
    svc.set_period(conn, backups.KEEP_DAYS, 14)  # the Datenschutz rule page's path: logged
    assert backups.keep_days(conn) == 14
    assert [c[:3] for c in settings.changes(conn)] == [("retention.R12.days", "30", "14")]
    for days in (15, 14):
        (backup_folder(folder) / f"ssa-sicherung-{(TODAY - timedelta(days=days)).isoformat()}"
                                 ".ssabak").parent.mkdir(exist_ok=True)
        (backup_folder(folder) / f"ssa-sicherung-{(TODAY - timedelta(days=days)).isoformat()}"
                                 ".ssabak").write_bytes(b"x")
    assert [p.name for p in backups.rotate(conn, folder, TODAY)] == ["ssa-sicherung-2026-11-07.ssabak"]


def test_backups_holding_until(open_vault):
    conn = open_vault.conn
    folder = open_vault.vault.folder
    assert backups.backups_holding_until(conn, folder, TODAY) is None
    backups.auto_backup(conn, open_vault.data_key, folder, TODAY)
    assert backups.backups_holding_until(conn, folder, TODAY) == TODAY + timedelta(days=30)
    assert backups.backups_holding_until(conn, folder, TODAY - timedelta(days=1)) is None


def test_erased_fields_stay_erased_after_restore(open_vault):
    """R9 (parents' contact data) and R4 (name list after reporting) empty a field and
    keep the record: their tombstones '<id>#<column>' empty it again after a restore."""
    conn = open_vault.conn
    group = repo.GROUPS.insert(conn, GroupActivity("Sozialtraining", 2024, school_id="school-1",
                                                   name_list="Lena Beispiel\nMia Muster",
                                                   note="bleibt", reported=True))
    person = repo.PERSONS.insert(conn, Person("P-9", guardian_contact="Wacholderweg 7"))
    repo.CASES.insert(conn, Case(person.id, date(2025, 9, 1), status="closed",
                                 closed=date(2025, 10, 1)))
    made = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, TODAY).created
    svc.apply(conn, [("guardian_contact", person.id), ("name_list", group.id)], today=TODAY)
    assert sorted(r for r, _k, _d in svc.deleted_ids_since(conn)) == sorted(
        [f"{person.id}#guardian_address", f"{person.id}#guardian_contact",
         f"{group.id}#name_list"])
    vault_admin.restore_vault(open_vault, made)
    restored = repo.GROUPS.get(open_vault.conn, group.id)
    assert restored.name_list == "" and restored.note == "bleibt"
    assert repo.PERSONS.get(open_vault.conn, person.id).guardian_contact == ""


def test_two_unlocks_at_once_make_one_backup(open_vault):
    """Lock and unlock in quick succession start two runs while the first still writes."""
    import threading

    folder = open_vault.vault.folder
    conns = [open_vault.new_connection() for _ in range(3)]
    errors, results = [], []

    def run(conn):
        try:
            results.append(backups.auto_backup(conn, open_vault.data_key, folder, TODAY))
        except Exception as err:  # noqa: BLE001 - collected for the assertion
            errors.append(err)

    threads = [threading.Thread(target=run, args=(c,)) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in conns:
        c.close()
    assert errors == []
    assert sum(1 for r in results if r.created) == 1
    assert [b.path.name for b in list_backups(folder)] == ["ssa-sicherung-2026-11-22.ssabak"]


def test_an_empty_file_is_refused_and_changes_nothing(open_vault, tmp_path):
    """An empty file opens as an empty database; the deletion guard's upgrade would
    have made a valid-looking vault of it and swapped it in (everything gone)."""
    from ssa_desktop.storage.backup import NotABackup

    person, _, _ = _case_with_note(open_vault.conn, "L-01", "Lena", SECRET)
    empty = tmp_path / "leer.ssabak"
    empty.write_bytes(b"")
    with pytest.raises(NotABackup, match="leer .* keine Sicherung"):
        vault_admin.restore_vault(open_vault, empty)
    assert repo.PERSONS.get(open_vault.conn, person.id) is not None
