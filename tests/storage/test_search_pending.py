"""The contacts noted for the search index (storage/search_pending.py) are told apart from
a vault before the note table by the vault's schema, not by the words of SQLite's
message: a real vault of schema 12, migrated step by step, has nothing noted up to
schema 18 and its commits and searches go on; a current vault tells a noted contact; a
package file (no note table, today's schema) commits with nothing noted; a note table
that cannot be read says so instead of seeming to have nothing noted."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
import sqlcipher3

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services.activities import record_contact
from ssa_desktop.storage import migrations, search_pending
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import apply_pragmas, connect
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import DB_NAME
from tests.storage.test_migrations import FIXTURES


def _schema_12(tmp_path):
    """The committed vault of schema 12 (written by the code of that version), opened
    with its raw key and not migrated."""
    info = json.loads((FIXTURES / "v12" / "fixture.json").read_text("utf-8"))
    assert info["schema_version"] == 12
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        shutil.copyfile(FIXTURES / "v12" / name, tmp_path / name)
    conn = connect(tmp_path / DB_NAME, bytes.fromhex(info["emergency_key"]))
    apply_pragmas(conn)
    return conn


def test_an_old_vault_has_nothing_noted_until_the_migration_makes_the_table(tmp_path):
    conn = _schema_12(tmp_path)
    try:
        assert search_pending.any_noted(conn) is False
        # every migration's commit asks (transactions.transaction) before the table exists
        assert migrations.upgrade(conn, up_to=18) == [13, 14, 15, 16, 17, 18]
        assert search_pending.any_noted(conn) is False
        assert sorted(h.id for h in repo.search(conn, "Pau")) == [
            "fixture-contact-1", "fixture-contact-2"]
        assert migrations.upgrade(conn)[0] == 19
        assert search_pending.any_noted(conn) is False
        with transaction(conn):
            saved = record_contact(conn, Contact(date(2026, 9, 1), "EB", 30,
                                                 person_id="fixture-person-1",
                                                 note="Streit um das Fahrrad"))
            assert search_pending.any_noted(conn) is True
        assert search_pending.any_noted(conn) is False
        assert [h.id for h in repo.search(conn, "Fahrrad")] == [saved.id]
    finally:
        conn.close()


def test_a_current_vault_tells_a_noted_contact(conn, pupil):
    assert search_pending.any_noted(conn) is False
    with transaction(conn):
        record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id,
                                     note="Streit am Kickertisch"))
        assert search_pending.any_noted(conn) is True
    assert search_pending.any_noted(conn) is False


def test_a_school_package_without_the_note_table_commits_with_nothing_noted(tmp_path):
    """A school package is a database of today's schema version whose search index and
    its notes were dropped (``drop_search_index``): its writes commit (``transaction``
    asks at every COMMIT)."""
    from ssa_desktop.storage import handover_repo, handover_school_repo

    pkg = handover_repo.create(tmp_path / "p.ssapaket", bytes(range(32)), {"package_kind": "test"})
    handover_school_repo.drop_search_index(pkg)
    try:
        assert pkg.execute("SELECT count(*) FROM sqlite_schema WHERE name ="
                           " 'fts_contact_pending'").fetchone() == (0,)
        assert search_pending.any_noted(pkg) is False
        with transaction(pkg):
            pkg.execute("INSERT INTO meta(key, value) VALUES ('probe', '1')")
    finally:
        pkg.close()


def test_a_note_table_that_cannot_be_read_is_not_taken_for_no_notes(conn):
    conn.execute("DROP TABLE fts_contact_pending")   # in its place, one that fails to read
    conn.execute("CREATE VIEW fts_contact_pending AS SELECT rid FROM gone")
    with pytest.raises(sqlcipher3.OperationalError, match="gone"):
        search_pending.any_noted(conn)
