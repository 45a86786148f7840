"""Migrations: real old vault files are upgraded; statements split correctly; a failing
migration is rolled back whole."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import apsw
import pytest

from ssa_desktop.storage import migrations
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.errors import MigrationFailed
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "vaults"
FIXTURE_DIRS = sorted(p for p in FIXTURES.iterdir() if p.is_dir())


def test_there_is_at_least_one_old_vault():
    assert [p.name for p in FIXTURE_DIRS][:1] == ["v1"]


def _raw_version(db: Path, hex_key: str) -> int:
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        conn.execute("PRAGMA cipher = 'sqlcipher'")
        conn.execute("PRAGMA legacy = 4")
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURE_DIRS, ids=lambda p: p.name)
def test_old_vault_is_upgraded_with_its_data(fixture, tmp_path):
    info = json.loads((fixture / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(fixture / name, folder / name)
    assert _raw_version(folder / DB_NAME, info["emergency_key"]) == info["schema_version"]
    assert info["schema_version"] <= migrations.latest_version()

    session = Vault(folder).unlock(info["passphrase"])
    try:
        conn = session.conn
        assert session.uuid == info["vault_uuid"]
        assert session.schema_version() == migrations.latest_version()
        for table, count in info["counts"].items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
        for pid, name in info["person_names"].items():
            assert repo.PERSONS.get(conn, pid).display_name == name
        for cid, minutes in info["contact_minutes"].items():
            assert repo.CONTACTS.get(conn, cid).duration_min == minutes
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"draft", "setting"} <= tables
        repo.set_setting(conn, "probe", "1")  # tables of later versions are usable
        first_name = next(iter(info["person_names"].values())).split()[0]
        assert any(h.kind == "person" for h in repo.search(conn, first_name))
        assert session.check() == []
    finally:
        session.lock()
    # the upgrade was committed to the file
    assert _raw_version(folder / DB_NAME, info["emergency_key"]) == migrations.latest_version()
    # the committed fixture itself is untouched
    assert _raw_version(fixture / DB_NAME, info["emergency_key"]) == info["schema_version"]


def test_stepwise_upgrade_applies_each_version_once(vault_dir):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    try:
        assert migrations.upgrade(session.conn) == []
    finally:
        session.lock()
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    assert migrations.upgrade(conn, up_to=1) == [1]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    rest = list(range(2, migrations.latest_version() + 1))
    assert migrations.upgrade(conn) == rest
    assert migrations.upgrade(conn) == []
    conn.close()


def test_available_is_numbered_without_gaps():
    versions = [v for v, _, _ in migrations.available()]
    assert versions == list(range(1, len(versions) + 1))
    assert migrations.latest_version() == versions[-1]


def test_split_keeps_trigger_bodies_whole():
    sql = migrations.available()[0][2]
    statements = migrations._split(sql)
    triggers = [s for s in statements if s.lstrip().upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == sql.count("CREATE TRIGGER") == 12
    for statement in statements:
        assert sqlite3.complete_statement(statement), statement
    for trigger in triggers:
        assert trigger.rstrip().endswith("END;")
        assert trigger.count("INSERT INTO") in (1, 2)


def test_split_small_cases():
    sql = """-- a comment before anything
CREATE TABLE a (x);
CREATE TRIGGER t AFTER INSERT ON a BEGIN
    INSERT INTO a VALUES (1);
    INSERT INTO a VALUES (2);
END;
-- between statements
INSERT INTO a VALUES ('semi;colon');
"""
    parts = migrations._split(sql)
    assert len(parts) == 3
    assert parts[0] == "CREATE TABLE a (x);"
    assert parts[1].startswith("CREATE TRIGGER t") and parts[1].endswith("END;")
    assert "'semi;colon'" in parts[2]
    with pytest.raises(RuntimeError):
        migrations._split("CREATE TABLE b (x)")


def _with_broken_migration(monkeypatch) -> int:
    real = migrations.available()
    latest = real[-1][0]
    broken = (latest + 1, "broken",
              "CREATE TABLE broken_new (x);\nINSERT INTO broken_new VALUES (1);\n"
              "INSERT INTO no_such_table VALUES (1);\n")
    monkeypatch.setattr(migrations, "available", lambda: [*real, broken])
    return latest


def test_failing_migration_rolls_back(open_vault, monkeypatch):
    latest = _with_broken_migration(monkeypatch)
    conn = open_vault.conn
    with pytest.raises(Exception, match="no_such_table"):
        migrations.upgrade(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'broken_new'"
                        ).fetchone()[0] == 0


def test_failing_migration_at_unlock_leaves_vault_usable(vault_dir, monkeypatch):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    latest = _with_broken_migration(monkeypatch)
    with pytest.raises(MigrationFailed) as err:
        Vault(vault_dir).unlock(PASSPHRASE)
    assert "zurückgenommen" in str(err.value)
    monkeypatch.undo()
    again = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        assert again.schema_version() == latest
        assert again.check() == []
    finally:
        again.lock()


def test_a_migration_adding_a_column_runs_again_on_a_schema_that_has_it(open_vault, monkeypatch):
    """A field is added by SQL alone: ``ALTER TABLE … ADD COLUMN`` is skipped where the
    column exists (a vault whose version was set back, a package of an older version),
    the rest of the migration runs."""
    real = migrations.available()
    latest = real[-1][0]
    adds = (latest + 1, "adds_a_field",
            "ALTER TABLE school ADD COLUMN motto TEXT NOT NULL DEFAULT '';\n"
            'alter table "school" add "motto2" TEXT;\n'
            "UPDATE school SET motto = 'Mut';\n")
    monkeypatch.setattr(migrations, "available", lambda: [*real, adds])
    conn = open_vault.conn
    assert migrations.upgrade(conn) == [latest + 1]
    conn.execute(f"PRAGMA user_version = {latest}")
    conn.execute("DELETE FROM migration_ledger WHERE version > ?", (latest,))
    assert migrations.upgrade(conn) == [latest + 1]   # again: no "duplicate column"
    columns = [r[1] for r in conn.execute("PRAGMA table_info(school)")]
    assert columns.count("motto") == 1 and columns.count("motto2") == 1
    assert conn.execute("SELECT DISTINCT motto FROM school").fetchall() == [("Mut",)]
