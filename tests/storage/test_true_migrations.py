"""Migrations that say only what is true. A vault of the ledger era whose schema drifted
from its number is completed before the chain (like one from before the ledger) or
refused with its files byte-identical; a chain that fails leaves the vault at its old
schema, because the whole chain is one transaction, and the message says so.

The old vaults are made from the schema-2 fixture (tests/data/vaults/v2, made by the
historical code) brought to an earlier schema by the shipped migrations."""

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
from ssa_desktop.storage.errors import MigrationFailed, SchemaMismatch
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault
from tests.reliability.test_disk_full import can_mount  # noqa: F401 - a fixture

V2 = Path(__file__).resolve().parents[1] / "data" / "vaults" / "v2"
LATEST = migrations.latest_version()


def _old_vault(tmp_path: Path, schema: int, *tamper: str) -> tuple[Path, dict]:
    """The v2 fixture migrated to ``schema`` with the ledger, then ``tamper`` run."""
    info = json.loads((V2 / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(V2 / name, folder / name)
    conn = connect(folder / DB_NAME, parse_key(info["emergency_key"]))
    try:
        migrations.upgrade(conn, up_to=schema)
        for statement in tamper:
            conn.execute(statement)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return folder, info


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file()}


def _raw(folder: Path, info: dict, sql: str) -> list:
    conn = connect(folder / DB_NAME, parse_key(info["emergency_key"]))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(("tamper", "done"), [
    ("DROP TRIGGER contact_ai", "Trigger contact_ai ergänzt"),
    ("DROP TABLE stopwatch", "Tabelle stopwatch ergänzt"),
    ("DROP INDEX absence_days", "Index absence_days ergänzt"),
    ("ALTER TABLE contact DROP COLUMN place", "Spalte contact.place ergänzt"),
])
def test_a_drifted_ledger_era_vault_is_completed_before_the_chain(
        tamper, done, tmp_path, frozen_clock):
    """Schema 17 with a trigger, table, index or column missing: before, migration 19's
    DROP TRIGGER failed and left it at 18, or it was stamped 19 and export failed."""
    folder, info = _old_vault(tmp_path, 17, tamper)
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert session.schema_version() == LATEST
        assert vault_admin.check_vault(session) == []
        assert done in " ".join(session.notices)
    finally:
        session.lock()
    assert [b.name for b in (folder / "backups").glob("vor-umstellung-*")] == [
        "vor-umstellung-2026-11-25-schema17.ssabak"]


def test_a_drift_that_cannot_be_completed_is_refused_byte_identical(tmp_path):
    """A column only a table rebuild declares cannot be added: refused, nothing written."""
    folder, info = _old_vault(tmp_path, 17, "ALTER TABLE school_holiday DROP COLUMN label")
    before = _fingerprint(folder)
    with pytest.raises(SchemaMismatch) as err:
        Vault(folder).unlock(info["passphrase"])
    assert "Spalte school_holiday.label fehlt und kann nicht ergänzt werden" in str(err.value)
    assert _fingerprint(folder) == before


# A trigger that has its declared name but a body of its own (schema_of sees names only):
# migration 11 cannot drop cp_procedure.retention_decision while it refers to it.
FOREIGN_TRIGGER = ("DROP TRIGGER person_ad",
                   "CREATE TRIGGER person_ad AFTER DELETE ON person BEGIN "
                   "SELECT retention_decision FROM cp_procedure; END")


def test_a_failed_chain_leaves_the_vault_at_its_old_schema(tmp_path, frozen_clock):
    """Schema 9: migration 10 went through, 11 failed. Before, 10 stayed committed (the
    vault stuck between two builds) while the message said „vollständig
    zurückgenommen“; now the chain is one transaction."""
    folder, info = _old_vault(tmp_path, 9, *FOREIGN_TRIGGER)
    with pytest.raises(MigrationFailed) as err:
        Vault(folder).unlock(info["passphrase"])
    message = str(err.value)
    assert "Stand 9" in message and "vor-umstellung-2026-11-25-schema9.ssabak" in message
    assert _raw(folder, info, "PRAGMA user_version") == [(9,)]
    assert _raw(folder, info, "SELECT count(*) FROM migration_ledger") == [(9,)]
    assert _raw(folder, info, "SELECT count(*) FROM contact") == [(3,)]


def test_procedures_a_schema_2_build_did_not_count_are_counted_after_the_migration(
        tmp_path, frozen_clock):
    """The first builds (schema 2) wrote no statistics record for a § 8a procedure. The
    import of such a vault's export derives it (``derive_missing_statistics``); the
    migration did not, so § 8a, its outcome and the Jugendamt counted 0. Now the
    migration derives it with the same function."""
    from ssa_desktop.services import statistics

    folder, info = _old_vault(tmp_path, 2,
                              "DELETE FROM statistics_record WHERE source_kind = 'cp_procedure'")
    session = Vault(folder).unlock(info["passphrase"])
    try:
        figures = statistics.compute(session.conn, 2024,
                                     statistics.Scope("school", "fixture-school-1"))
        assert figures["cp_8a_procedures"] == 1
        assert figures["cp_8a_jugendamt_informed"] == 1
        assert figures["cp_8a_by_outcome"] == {"found": 0, "need": 0, "none": 0, "open": 1}
        assert session.conn.execute(
            "SELECT day, school_year, gender, grade, person_kind FROM statistics_record "
            "WHERE record_type = 'cp_8a'").fetchall() == [("2025-03-10", 2024, "w", 7, "pupil")]
        assert session.conn.execute("SELECT count(*) FROM statistics_record").fetchone() == (8,)
    finally:
        session.lock()


V12 = V2.parent / "v12"


@pytest.mark.parametrize(("command", "says"), [
    ("check", "Der Tresor hat den Stand 12 und muss auf den Stand {latest} umgestellt werden"),
    ("info", "Schema-Version:    12 (aktuell {latest}) – muss umgestellt werden"),
])
def test_check_and_info_open_an_old_vault_read_only(command, says, tmp_path, capsys,
                                                    monkeypatch, frozen_clock):
    """Before, ``check`` and ``info`` took a backup, migrated, rewrote the key file and
    stamped themselves as its writer: the installed older build could not open it."""
    from ssa_desktop import cli

    info = json.loads((V12 / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(V12 / name, folder / name)
    key_before = (folder / KEY_NAME).read_bytes()
    writer = _raw(folder, info, "SELECT value FROM meta WHERE key = 'last_written_with'")
    monkeypatch.setenv("SSA_PASSPHRASE", info["passphrase"])
    assert cli.main([command, "--vault", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert says.format(latest=LATEST) in out + err
    assert "umgestellt … Schritt" not in err
    assert _raw(folder, info, "PRAGMA user_version") == [(12,)]
    assert _raw(folder, info, "SELECT value FROM meta WHERE key = 'last_written_with'") == writer
    assert (folder / KEY_NAME).read_bytes() == key_before
    assert not (folder / "backups").exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted([DB_NAME, KEY_NAME])


def test_restore_takes_the_way_back_from_a_vault_a_newer_build_migrated(
        tmp_path, capsys, monkeypatch, frozen_clock):
    """A newer build (schema 20 here) migrated her vault; this build cannot open it, but
    its ``restore`` of the pre-migration backup (a schema it knows) works: the newer state
    is backed up first, then the backup is restored and migrated to this build's schema.
    Before, ``restore`` unlocked first and was refused as newer."""
    from ssa_desktop import cli

    folder, info = _old_vault(tmp_path, 2)
    Vault(folder).unlock(info["passphrase"]).lock()   # this build: schema 2 → today's
    backup = folder / "backups" / "vor-umstellung-2026-11-25-schema2.ssabak"
    newer = LATEST + 1
    conn = connect(folder / DB_NAME, parse_key(info["emergency_key"]))
    try:   # what a newer build's migration leaves
        conn.execute("CREATE TABLE later_feature (id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO migration_ledger VALUES (?, 'later_feature', '00')", (newer,))
        conn.execute("UPDATE meta SET value = '9.9.0' WHERE key = 'last_written_with'")
        conn.execute(f"PRAGMA user_version = {newer}")
    finally:
        conn.close()
    monkeypatch.setenv("SSA_PASSPHRASE", info["passphrase"])
    assert cli.main(["restore", "--vault", str(folder), str(backup)]) == 0
    out, err = capsys.readouterr()
    assert "Wiederhergestellt" in out and "Traceback" not in err
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert session.schema_version() == LATEST
        assert vault_admin.check_vault(session) == []
        for table, count in info["counts"].items():
            assert session.conn.execute(
                f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
    finally:
        session.lock()
    safety = sorted((folder / "backups").glob("vor-wiederherstellung-*"))
    assert len(safety) == 1
    assert _raw_file(safety[0], info, "PRAGMA user_version") == [(newer,)]


def _raw_file(path: Path, info: dict, sql: str) -> list:
    conn = connect(path, parse_key(info["emergency_key"]))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _migrate_on_a_small_disk(tmp_path: Path, free_factor: float, slack: int = 0):
    """The v12 fixture on a tmpfs that leaves ``free_factor`` × its size (+ ``slack``
    bytes) free, migrated by ``export-json`` (a command that writes); the database's
    sha256 before and after."""
    from tests.reliability.test_disk_full import _cli, _in_small_disk

    size = (V12 / DB_NAME).stat().st_size
    info = json.loads((V12 / "fixture.json").read_text("utf-8"))
    script = (f'mkdir tresor && cp "{V12 / DB_NAME}" "{V12 / KEY_NAME}" tresor/ && '
              "sha256sum tresor/vault.ssadb && "
              "head -c $(( $(df --output=avail -B1 . | tail -1) - "
              f"{int(size * free_factor) + slack} )) /dev/zero > fill; "
              f"SSA_PASSPHRASE='{info['passphrase']}' "
              + _cli("export-json", "--vault", "tresor", "--out", "export.json")
              + "; echo exit=$?; sha256sum tresor/vault.ssadb; ls tresor")
    return _in_small_disk("8m", script, tmp_path)


@pytest.mark.usefixtures("can_mount")
def test_a_migration_without_the_space_it_needs_is_refused_before_anything_is_written(
        tmp_path):
    """1.2 × the vault free (the handbook said the vault's size is enough): before, the
    backup filled the disk and the vault stayed half-migrated; now refused first."""
    done = _migrate_on_a_small_disk(tmp_path, 1.2)
    lines = done.stdout.splitlines()
    assert "exit=1" in lines, done.stdout + done.stderr
    assert "nicht genug Platz" in done.stderr and "Es wurde nichts geschrieben" in done.stderr
    assert "Unerwarteter" not in done.stderr and "umgestellt … Schritt" not in done.stderr
    assert lines[0].split()[0] == lines[lines.index("exit=1") + 1].split()[0]   # unchanged
    assert "backups" not in lines


@pytest.mark.usefixtures("can_mount")
def test_the_measured_space_is_enough(tmp_path):
    """The factor the check asks for (docs/handbuch.md) is what a real migration takes."""
    # slack: the -shm and -wal files SQLite makes when it opens the vault (64 KiB)
    done = _migrate_on_a_small_disk(tmp_path, migrations.SPACE_REBUILD, 64 * 1024)
    assert "exit=0" in done.stdout.splitlines(), done.stdout + done.stderr
    assert "Platz" not in done.stderr
