"""A backup's check counts the rows it copies: a write by another connection (the GUI
thread saving while the unlock's backup runs on a worker) between counting and copying
must not make a whole backup look incomplete, and the copy is whole as of one moment."""

from __future__ import annotations

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import backup as backup_mod
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup import export_database, verify_database
from ssa_desktop.storage.connection import connect


def test_a_write_beside_the_backup_does_not_fail_it(open_vault, tmp_path, monkeypatch):
    conn = open_vault.conn
    repo.PERSONS.insert(conn, Person("K-1", first_name="Anna", school_id="school-1"))
    other = connect(open_vault.vault.db_path, open_vault.data_key)
    counted = backup_mod._table_counts

    def count_then_another_saves(c, schema="main"):
        counts = counted(c, schema)
        # the order forced: the other connection saves right after the counting
        repo.PERSONS.insert(other, Person("K-2", first_name="Ben", school_id="school-1"))
        return counts

    monkeypatch.setattr(backup_mod, "_table_counts", count_then_another_saves)
    try:
        target = export_database(conn, open_vault.data_key, tmp_path / "a.ssabak")
    finally:
        other.close()
    # the backup holds the moment it counted: Anna, not Ben's later save
    verify_database(target, open_vault.data_key, expect_counts={"person": 1})
    assert len(repo.PERSONS.all(conn)) == 2
