"""The migration ledger: every applied migration by name and checksum; a vault whose
ledger or (from before the ledger) schema does not fit the shipped migrations is refused
before anything is written; ``check`` compares the schema with the declared one."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from ssa_desktop.services import vault_admin
from ssa_desktop.storage import migrations
from ssa_desktop.storage.connection import connect
from ssa_desktop.storage.emergency import parse_key
from ssa_desktop.storage.errors import SchemaMismatch
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "vaults"
MANIFEST = Path(migrations.__file__).with_name("ledger.txt")


def test_shipped_migrations_are_the_released_ones():
    """A migration file changed after release (or renumbered) fails here: the manifest
    lists each shipped migration with the sha256 of its bytes; new ones are appended."""
    released = [line.split() for line in MANIFEST.read_text("utf-8").splitlines() if line]
    shipped = [[f"{m.version:04d}", m.name, m.checksum] for m in migrations.shipped()]
    assert shipped[:len(released)] == released
    assert len(shipped) == len(released), "new migration: append it to ledger.txt"
    for version, name, digest in released:
        path = MANIFEST.with_name(f"{version}_{name}.sql")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, path.name


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.name in (DB_NAME, KEY_NAME, f"{DB_NAME}-wal")}


def _copy_fixture(name: str, tmp_path: Path) -> tuple[Path, dict]:
    fixture = FIXTURES / name
    info = json.loads((fixture / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for file in (DB_NAME, KEY_NAME):
        shutil.copyfile(fixture / file, folder / file)
    return folder, info


def _ledger(session) -> list[tuple[int, str, str]]:
    return session.conn.execute(
        "SELECT version, name, checksum FROM migration_ledger ORDER BY version").fetchall()


def test_old_vault_is_adopted_into_the_ledger_by_its_schema(tmp_path):
    folder, info = _copy_fixture("v2", tmp_path)
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert _ledger(session) == [(m.version, m.name, m.checksum)
                                    for m in migrations.shipped()]
        assert len(_ledger(session)) == len(migrations.shipped())
        assert vault_admin.check_vault(session) == []
    finally:
        session.lock()


def test_renumbered_six_is_completed_keeping_its_annual_report(tmp_path, frozen_clock):
    """A vault of the day when "6" was the annual report (before a renumbering): stamped
    6, but the tables of today's 0006 are missing. Completed at the next unlock (after
    the backup): the time-share tables created, her annual report text kept (today's
    0007 declares its table exactly so and skips it), stamped 17 with a whole ledger."""
    folder, info = _copy_fixture("v2", tmp_path)
    conn = connect(folder / DB_NAME, parse_key(info["emergency_key"]))
    try:
        migrations.upgrade(conn, up_to=5)
        conn.execute("DROP TABLE migration_ledger")
        annual = dict((n, sql) for _v, n, sql in migrations.available())["annual_report"]
        for statement in migrations._split(annual):
            conn.execute(statement)
        school = conn.execute("SELECT id FROM school").fetchone()[0]
        conn.execute("INSERT INTO annual_report_text VALUES (?, 2025, 'intro', "
                     "'Ein gutes Jahr.', '2026-07-20')", (school,))
        conn.execute("PRAGMA user_version = 6")
    finally:
        conn.close()
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert session.schema_version() == migrations.latest_version()
        assert len(_ledger(session)) == len(migrations.shipped())
        assert vault_admin.check_vault(session) == []
        assert session.conn.execute("SELECT text FROM annual_report_text").fetchall() == [
            ("Ein gutes Jahr.",)]
        assert "Tabelle time_session ergänzt" in " ".join(session.notices)
    finally:
        session.lock()
    assert [b.name for b in (folder / "backups").glob("vor-umstellung-*")] == [
        "vor-umstellung-2026-11-25-schema6.ssabak"]


LATEST = migrations.latest_version()
TAMPER = {
    "changed": ("UPDATE migration_ledger SET checksum = '00' WHERE version = 3",
                "Umstellung 3 „retention“ wurde nach der Auslieferung verändert"),
    "unknown": ("UPDATE migration_ledger SET name = 'annual_report_v0' WHERE version = 6",
                "Umstellung 6 „annual_report_v0“ ist diesem Programm unbekannt"),
    "out_of_order": ("UPDATE migration_ledger SET name = CASE version WHEN 6 THEN "
                     "'annual_report' ELSE 'timeshare' END WHERE version IN (6, 7)",
                     "Umstellung „annual_report“ steht an Stelle 6, ausgeliefert an Stelle 7"),
    "missing": (f"DELETE FROM migration_ledger WHERE version = {LATEST}",
                f"Schemastand {LATEST}, aber {LATEST - 1} Umstellungen verzeichnet"),
    # a gap: 5 is missing, the count agrees with user_version; accepting it would skip the last
    "gap": (f"DELETE FROM migration_ledger WHERE version = 5; PRAGMA user_version = {LATEST - 1}",
            "Umstellung „timeshare“ steht an Stelle 5, ausgeliefert an Stelle 6"),
}


@pytest.mark.parametrize("case", sorted(TAMPER))
def test_a_vault_whose_ledger_does_not_fit_is_refused_unchanged(case, vault_dir):
    session, emergency_key = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    conn = connect(vault_dir / DB_NAME, parse_key(emergency_key))
    try:
        for statement in TAMPER[case][0].split("; "):
            conn.execute(statement)
    finally:
        conn.close()
    before = _fingerprint(vault_dir)
    with pytest.raises(SchemaMismatch) as err:
        Vault(vault_dir).unlock(PASSPHRASE)
    assert TAMPER[case][1] in str(err.value)
    assert _fingerprint(vault_dir) == before


def test_a_new_vault_records_every_migration(open_vault):
    assert [row[:2] for row in _ledger(open_vault)] == [
        (m.version, m.name) for m in migrations.shipped()]


def test_check_names_every_drift_from_the_declared_schema(open_vault, capsys, monkeypatch):
    """``check`` (CLI) on a vault whose ledger fits but whose schema drifted: each missing
    table, column, index or trigger and each undeclared table is a finding by name —
    never „keine Probleme“."""
    from ssa_desktop import cli

    conn = open_vault.conn
    conn.execute("DROP INDEX absence_days")
    conn.execute("DROP TRIGGER person_ai")
    conn.execute("DROP TABLE stopwatch")
    conn.execute("ALTER TABLE school_holiday DROP COLUMN label")
    conn.execute("CREATE TABLE annual_report_v0 (x)")
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["check", "--vault", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "keine Probleme" not in out + err
    for finding in ("Schema: Tabelle stopwatch fehlt", "Schema: Spalte school_holiday.label fehlt",
                    "Schema: Index absence_days fehlt", "Schema: Trigger person_ai fehlt",
                    "Schema: Tabelle annual_report_v0 ist nicht vorgesehen"):
        assert finding in out + err, finding
    assert "Traceback" not in err


def _raw(folder: Path, key: str, sql: str):
    conn = connect(folder, parse_key(key))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_backup_is_written_before_a_migration_and_restores_the_old_data(
        tmp_path, capsys, monkeypatch, frozen_clock):
    """Migrating an old vault first writes the vault's own backup of the old state into
    ``backups/``; the CLI's ``restore`` brings its data back (upgraded again)."""
    from ssa_desktop import cli

    folder, info = _copy_fixture("v2", tmp_path)
    session = Vault(folder).unlock(info["passphrase"])
    session.conn.execute("DELETE FROM draft")   # a change after the migration
    session.lock()
    backups = sorted((folder / "backups").glob("*.ssabak"))
    assert [b.name for b in backups] == ["vor-umstellung-2026-11-25-schema2.ssabak"]
    assert _raw(backups[0], info["emergency_key"], "PRAGMA user_version") == [(2,)]
    monkeypatch.setenv("SSA_PASSPHRASE", info["passphrase"])
    assert cli.main(["restore", "--vault", str(folder), str(backups[0])]) == 0
    assert "Wiederhergestellt" in capsys.readouterr().out
    session = Vault(folder).unlock(info["passphrase"])
    try:
        conn = session.conn
        assert session.schema_version() == migrations.latest_version()
        for table, count in info["counts"].items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
    finally:
        session.lock()


def test_no_backup_when_nothing_is_migrated(open_vault):
    folder = open_vault.vault.folder
    open_vault.lock()
    Vault(folder).unlock(PASSPHRASE).lock()
    assert not list((folder / "backups").glob("vor-umstellung-*"))


def test_the_upgrade_itself_refuses_a_ledger_that_does_not_fit(open_vault):
    """Issue 65: a restore upgrades the staged backup with ``migrations.upgrade`` alone
    (``retention.deletion_guard``), without the unlock's check before it; a backup with a
    gap in its ledger is refused there too, nothing written (removing ``verify`` from
    ``upgrade`` survived every test)."""
    conn = open_vault.conn
    last = len(migrations.shipped())
    conn.execute("DELETE FROM migration_ledger WHERE version = 5")
    conn.execute(f"PRAGMA user_version = {last - 1}")
    with pytest.raises(SchemaMismatch, match="„timeshare“ steht an Stelle 5"):
        migrations.upgrade(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == last - 1
    assert conn.execute("SELECT count(*) FROM migration_ledger").fetchone()[0] == last - 1


def test_a_gap_is_one_finding_not_one_for_every_later_migration():
    """Out of order or a gap: every later line is off too, so only the first is named
    (the ``break``; without it four findings for one missing line)."""
    import sqlite3

    from ssa_desktop.storage.migrations import ledger

    shipped = [ledger.Shipped(n, f"m{n}", f"c{n}") for n in range(1, 6)]
    conn = sqlite3.connect(":memory:")
    conn.execute(ledger.LEDGER_DDL)
    conn.executemany(f"INSERT INTO {ledger.LEDGER_TABLE} VALUES (?, ?, ?)",
                     [(s.version, s.name, s.checksum) for s in shipped if s.version != 2])
    conn.execute("PRAGMA user_version = 4")
    assert ledger.ledger_problems(conn, shipped) == [
        "Umstellung „m3“ steht an Stelle 2, ausgeliefert an Stelle 3"]
    conn.close()
