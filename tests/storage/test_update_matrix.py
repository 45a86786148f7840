"""The update matrix: every committed old vault (tests/data/vaults/v<N>, written by the code
of schema N) is opened by today's code, and every row and every field the old version wrote
is compared with what the upgraded vault holds, read straight from the file the old version
left (SQLite, read-only, on the copy before the unlock). No export made by the historical
code exists for these files, so the old file itself is the reference. Not compared: what
the product derives and rebuilds (the search index's FTS5 tables, rebuilt by migration 13;
statistics records of a vault before schema 4, recomputed by migration 4 and proved by
tests/storage/test_statistics_v2_migration.py). Every other difference is listed below with
the migration that makes it and the test that proves where the value went."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import apsw
import pytest

from ssa_desktop.storage import migrations
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "vaults"
FIXTURE_DIRS = sorted(p for p in FIXTURES.iterdir() if p.is_dir())
STATISTICS_V2 = 4  # the schema whose migration recomputes statistics_record

# (fixture, table, column): what a migration moved away on purpose, and where it went
MOVED = {
    ("v2", "cp_procedure", "retention_decision"):
        "migration 11 moves the § 8a decision into retention_decision "
        "(tests/storage/test_r5_one_store_migration.py)",
}

Rows = dict[str, dict[tuple, dict[str, object]]]


def _tables(rows) -> list[str]:
    return [r[0] for r in rows if not r[0].startswith(("sqlite_", "fts_"))]


def _dump(execute) -> Rows:
    """Every row of every table (not the search index), by primary key, as column → value."""
    found: Rows = {}
    for table in _tables(execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")):
        info = execute(f'PRAGMA table_info("{table}")')
        columns = [r[1] for r in info]
        key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or ["rowid"]
        found[table] = {
            tuple(row[:len(key)]): dict(zip(columns, row[len(key):], strict=True))
            for row in execute(f'SELECT {", ".join(key)}, * FROM "{table}"')}
    return found


def _old_rows(db: Path, hex_key: str) -> Rows:
    conn = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        conn.execute("PRAGMA cipher = 'sqlcipher'")
        conn.execute("PRAGMA legacy = 4")
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        return _dump(lambda sql: list(conn.execute(sql)))
    finally:
        conn.close()


def _differences(name: str, old: Rows, new: Rows, schema: int) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for table, rows in old.items():
        if table == "statistics_record" and schema < STATISTICS_V2:
            continue
        if table not in new:
            found.add((table, "table gone"))
            continue
        for key, row in rows.items():
            now = new[table].get(key)
            if now is None:
                found.add((table, repr(key), "row gone"))
                continue
            for column, value in row.items():
                if column not in now:
                    found.add((name, table, column))
                elif now[column] != value:
                    found.add((table, repr(key), column, f"{value!r} → {now[column]!r}"))
    return found


@pytest.mark.parametrize("fixture", FIXTURE_DIRS, ids=lambda p: p.name)
def test_every_field_an_old_version_wrote_is_there_after_the_update(fixture, tmp_path):
    info = json.loads((fixture / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(fixture / name, folder / name)
    old = _old_rows(folder / DB_NAME, info["emergency_key"])
    assert sum(map(len, old.values())) >= 10  # the fixture holds data to compare

    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert session.schema_version() == migrations.latest_version()
        new = _dump(lambda sql: session.conn.execute(sql).fetchall())
    finally:
        session.lock()

    expected = {key for key in MOVED if key[0] == fixture.name}
    assert _differences(fixture.name, old, new, info["schema_version"]) == expected


def test_the_matrix_covers_the_oldest_and_the_newest_committed_schema():
    schemas = sorted(json.loads((d / "fixture.json").read_text("utf-8"))["schema_version"]
                     for d in FIXTURE_DIRS)
    assert schemas == [1, 2, 12]
