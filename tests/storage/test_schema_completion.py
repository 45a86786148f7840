"""A vault from before the migration ledger whose schema drifted from its number (the
migrations were renumbered after it was made) is completed at its next unlock where
that loses no row — restrictions and tombstones of older tables carried over — after
the pre-migration backup; otherwise it is refused with its files byte-identical.
The fixtures were made by the historical code (tests/data/renumbered/v6 and v17: see
their README)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.services import vault_admin
from ssa_desktop.storage.connection import connect
from ssa_desktop.storage.emergency import parse_key
from ssa_desktop.storage.errors import SchemaMismatch
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "renumbered"
TIMESHARE = ("absence", "agreement_target", "school_holiday", "stopwatch", "time_session")


def _copy(name: str, tmp_path: Path) -> tuple[Path, dict]:
    fixture = FIXTURES / name
    folder = tmp_path / "tresor"
    folder.mkdir()
    for file in (DB_NAME, KEY_NAME):
        shutil.copyfile(fixture / file, folder / file)
    return folder, json.loads((fixture / "fixture.json").read_text("utf-8"))


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.mark.parametrize(("fixture", "schema"), [("v6", 6), ("v17", 17)])
def test_a_renumbered_vault_is_completed_without_lifting_a_restriction(
        fixture, schema, tmp_path, frozen_clock):
    folder, info = _copy(fixture, tmp_path)
    session = Vault(folder).unlock(info["passphrase"])
    try:
        conn = session.conn
        assert session.schema_version() == 23
        assert vault_admin.check_vault(session) == []
        assert set(TIMESHARE) | {"annual_report_text"} <= _tables(conn)
        assert not {"person_restriction", "deletion_tombstone"} & _tables(conn)
        assert conn.execute("SELECT record_id, record_kind, reason, since FROM "
                            "retention_restriction ORDER BY record_id").fetchall() == [
            ("fixture-person-1", "person", "request", "2026-11-20"),
            ("fixture-person-2", "person", "objection", "2026-11-21")]
        assert conn.execute("SELECT record_id, category, deleted FROM tombstone").fetchall() == [
            ("fixture-deleted-contact-1", "contact", "2026-11-19")]
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3
        notice = " ".join(session.notices)
        assert "vervollständigt" in notice
        assert "Tabelle absence ergänzt" in notice
        assert "2 × Einschränkung (Art. 18 DSGVO) aus person_restriction übernommen" in notice
        assert "1 × Löschvermerk aus deletion_tombstone übernommen" in notice
    finally:
        session.lock()
    backups = sorted((folder / "backups").glob("vor-umstellung-*"))
    assert [b.name for b in backups] == [f"vor-umstellung-2026-11-25-schema{schema}.ssabak"]
    key = parse_key(info["emergency_key"])
    old = connect(backups[0], key)
    try:  # the backup is the state before: the older tables with their rows
        assert old.execute("SELECT count(*) FROM person_restriction").fetchone()[0] == 2
        assert old.execute("PRAGMA user_version").fetchone()[0] == schema
    finally:
        old.close()


def test_a_completed_vault_opens_again_without_a_second_backup(tmp_path, frozen_clock):
    folder, info = _copy("v6", tmp_path)
    Vault(folder).unlock(info["passphrase"]).lock()
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert not session.notices
        assert len(list((folder / "backups").glob("vor-umstellung-*"))) == 1
    finally:
        session.lock()


def _tamper(folder: Path, info: dict, *statements: str) -> None:
    conn = connect(folder / DB_NAME, parse_key(info["emergency_key"]))
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


REFUSED = {
    "unknown table with rows": (
        ("CREATE TABLE old_flags (person_id TEXT)",
         "INSERT INTO old_flags VALUES ('fixture-person-3')"),
        "Tabelle old_flags ist nicht vorgesehen und enthält 1 Zeilen"),
    "column only a rebuild declares": (
        ("ALTER TABLE privacy_request DROP COLUMN decisions",),
        "Spalte privacy_request.decisions fehlt und kann nicht ergänzt werden"),
    "search index": (
        ("DROP TABLE fts_partner",),
        "Suchindex fts_partner fehlt"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_drift_that_would_lose_rows_is_refused_with_the_files_unchanged(
        case, tmp_path, capsys, monkeypatch):
    """Through the CLI's ``check``: refused (exit code, German sentence naming the
    drift, no traceback), nothing written, no backup."""
    folder, info = _copy("v6", tmp_path)
    statements, finding = REFUSED[case]
    _tamper(folder, info, *statements)
    before = _fingerprint(folder)
    monkeypatch.setenv("SSA_PASSPHRASE", info["passphrase"])
    code = cli.main(["check", "--vault", str(folder)])
    out, err = capsys.readouterr()
    assert code != 0
    assert finding in out + err
    assert "nicht verändert" in out + err
    assert "Traceback" not in err
    assert _fingerprint(folder) == before
    with pytest.raises(SchemaMismatch):
        Vault(folder).unlock(info["passphrase"])
    assert _fingerprint(folder) == before


def test_a_known_restriction_already_there_is_kept_as_it_is(tmp_path, frozen_clock):
    """A person restricted in both tables keeps today's row (never lifted, never
    weakened): the older row is only carried where today's table has none."""
    folder, info = _copy("v6", tmp_path)
    _tamper(folder, info, "INSERT INTO retention_restriction VALUES "
            "('fixture-person-2', 'person', 'sgb8_9b', '2026-11-01')")
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert session.conn.execute(
            "SELECT reason, since FROM retention_restriction WHERE record_id = "
            "'fixture-person-2'").fetchall() == [("sgb8_9b", "2026-11-01")]
    finally:
        session.lock()


def test_check_names_what_was_completed_and_the_vault_exports(tmp_path, capsys, monkeypatch,
                                                              frozen_clock):
    """The CLI on the renumbered vault: ``check`` (read-only) says it must be migrated
    and changes nothing; ``export-json``, which failed with „Unerwarteter Fehler
    (OperationalError)“ on such a vault, completes it (a notice on stderr) and works;
    ``check`` then finds nothing left; the export carries both restrictions."""
    folder, info = _copy("v17", tmp_path)
    monkeypatch.setenv("SSA_PASSPHRASE", info["passphrase"])
    before = _fingerprint(folder)
    assert cli.main(["check", "--vault", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "muss auf den Stand" in out and "vervollständigt" not in err
    assert "Traceback" not in err
    assert _fingerprint(folder) == before
    target = tmp_path / "export.json"
    assert cli.main(["export-json", "--vault", str(folder), "--out", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "vervollständigt" in err and "Tabelle time_session ergänzt" in err
    assert "Fehler" not in err
    assert cli.main(["check", "--vault", str(folder)]) == 0
    assert cli.main(["info", "--vault", str(folder)]) == 0
    exported = json.loads(target.read_text("utf-8"))
    assert sorted(r["record_id"] for r in exported["tables"]["retention_restriction"]) == [
        "fixture-person-1", "fixture-person-2"]
