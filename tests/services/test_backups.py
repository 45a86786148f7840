"""Automatic backups, rotation and deletions that survive a restore (R12)."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta

import pytest

from ssa_desktop.domain.entities import Case, Contact, Person
from ssa_desktop.domain.options import OptionError
from ssa_desktop.services import backups, settings, vault_admin
from ssa_desktop.storage import migrations
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup_rotation import backup_folder, list_backups
from ssa_desktop.storage.connection import checkpoint
from ssa_desktop.storage.transactions import transaction

TODAY = date(2026, 11, 22)
SECRET = "Geheimniswort-Zugvogel"


def _case_with_note(conn, pseudonym: str, first: str, note: str):
    person = repo.PERSONS.insert(conn, Person(pseudonym, first_name=first, last_name="Beispiel",
                                              school_id="school-1"))
    case = repo.CASES.insert(conn, Case(person.id, date(2026, 9, 1), school_id="school-1"))
    contact = repo.CONTACTS.insert(conn, Contact(date(2026, 9, 2), "EB", 30, "school-1",
                                                 person.id, case.id, note=note))
    return person, case, contact


def _delete_person(conn, person) -> None:
    """What the retention engine does, reduced to the parts a restore must repeat."""
    with transaction(conn):
        ids = [person.id] + [c.id for c in repo.cases_for_person(conn, person.id)]
        ids += [c.id for c in repo.contacts_for_person(conn, person.id)]
        repo.PERSONS.delete(conn, person.id)  # cascades to cases and contacts
        backups.record_deletion(conn, ids, "case", TODAY)


def test_backup_deletion_restore_keeps_the_deletion(open_vault):
    conn = open_vault.conn
    gone, _, gone_contact = _case_with_note(conn, "L-01", "Lena", SECRET)
    kept, _, kept_contact = _case_with_note(conn, "M-02", "Mia", "bleibt")
    run = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, TODAY).value
    assert run.created is not None and run.created.is_file()

    _delete_person(conn, gone)
    assert repo.PERSONS.get(conn, gone.id) is None

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
    assert conn.execute("SELECT count(*) FROM deletion_tombstone").fetchone()[0] == 3
    checkpoint(conn)
    raw = open_vault.vault.db_path.read_bytes()
    assert SECRET.encode() not in raw  # encrypted anyway; the real test is the row check


def test_restore_of_backup_without_tombstone_table(open_vault, tmp_path):
    """A backup made by an older version (no tombstone table) still gets the deletions."""
    conn = open_vault.conn
    gone, _, _ = _case_with_note(conn, "L-01", "Lena", SECRET)
    target = tmp_path / "alt.ssabak"
    vault_admin.backup_vault(open_vault, target)
    from ssa_desktop.storage.connection import connect
    old = connect(target, open_vault.data_key)
    since = next(v for v, name, _ in migrations.available() if name == "tombstones")
    for version, _, sql in migrations.available():
        if version >= since:  # undo this and every later migration: a backup of before
            for table in re.findall(r"CREATE TABLE (\w+)", sql):
                old.execute(f"DROP TABLE {table}")
    old.execute(f"PRAGMA user_version = {since - 1}")
    old.close()
    _delete_person(conn, gone)
    vault_admin.restore_vault(open_vault, target)
    assert repo.PERSONS.get(open_vault.conn, gone.id) is None


def test_auto_backup_at_most_daily_and_rotation(open_vault):
    folder = open_vault.vault.folder
    conn = open_vault.conn
    first = backups.auto_backup(conn, open_vault.data_key, folder, TODAY).value
    again = backups.auto_backup(conn, open_vault.data_key, folder, TODAY).value
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
    run = backups.auto_backup(conn, open_vault.data_key, folder, TODAY + timedelta(days=1)).value
    assert run.created is not None
    names = sorted(p.name for p in run.removed)
    assert names == ["meine.ssabak", "ssa-sicherung-2026-10-22.ssabak",
                     "ssa-sicherung-2026-10-23.ssabak", "vor-neuem-schluessel-20261001-101500.ssabak"]
    left = sorted(b.path.name for b in list_backups(folder))
    assert left == ["ssa-sicherung-2026-11-22.ssabak", "ssa-sicherung-2026-11-23.ssabak"]


def test_keep_days_only_upwards(conn):
    with pytest.raises(OptionError):
        settings.set_value(conn, backups.KEEP_DAYS, 29)
    settings.set_value(conn, backups.KEEP_DAYS, 60)
    assert backups.keep_days(conn) == 60


def test_backups_holding_until(open_vault):
    conn = open_vault.conn
    folder = open_vault.vault.folder
    assert backups.backups_holding_until(conn, folder, TODAY) is None
    backups.auto_backup(conn, open_vault.data_key, folder, TODAY)
    assert backups.backups_holding_until(conn, folder, TODAY) == TODAY + timedelta(days=30)
    assert backups.backups_holding_until(conn, folder, TODAY - timedelta(days=1)) is None


def test_erased_field_stays_erased_after_restore(open_vault):
    from ssa_desktop.domain.entities import GroupActivity

    conn = open_vault.conn
    group = repo.GROUPS.insert(conn, GroupActivity("Sozialtraining", 2025, school_id="school-1",
                                                   name_list="Lena Beispiel\nMia Muster", note="bleibt"))
    person, _, _ = _case_with_note(conn, "L-01", "Lena", "Text")
    person.guardian_contact = "0761 999"
    repo.PERSONS.update(conn, person)
    made = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder, TODAY).value.created
    with transaction(conn):
        conn.execute("UPDATE group_activity SET name_list = '' WHERE id = ?", (group.id,))
        backups.record_erasure(conn, group.id, "name_list", "group", TODAY)
        conn.execute("UPDATE person SET guardian_contact = '' WHERE id = ?", (person.id,))
        backups.record_erasure(conn, person.id, "guardian_contact", "third_party", TODAY)
        backups.record_deletion(conn, [person.id], "person", TODAY)  # later deleted as well
        repo.PERSONS.delete(conn, person.id)
    vault_admin.restore_vault(open_vault, made)
    restored = repo.GROUPS.get(open_vault.conn, group.id)
    assert restored.name_list == "" and restored.note == "bleibt"
    assert repo.PERSONS.get(open_vault.conn, person.id) is None


def test_two_unlocks_at_once_make_one_backup(open_vault):
    """Lock and unlock in quick succession start two runs while the first still writes."""
    import threading

    folder = open_vault.vault.folder
    conns = [open_vault.new_connection() for _ in range(3)]
    errors, results = [], []

    def run(conn):
        try:
            results.append(backups.auto_backup(conn, open_vault.data_key, folder, TODAY).value)
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
