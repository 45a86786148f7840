"""Measure the disk space a real migration takes, relative to the vault's size.

Makes an old vault (the schema-2 fixture, tests/data/vaults/v2) with ``--contacts``
contacts (notes of real length, their statistics records and time entries), migrates it
with today's code (``Vault.unlock``: pre-migration backup, one transaction) and reports
the vault before, and after the migration the database, its WAL (SQLite keeps the WAL
file at its largest size until the checkpoint at lock) and the backup, as a factor of the
vault before. The sum minus the vault before is what the disk must hold free
(``vault.MIGRATION_SPACE``, docs/handbuch.md).

    python tools/measure_migration_space.py --contacts 40000 --schema 2
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ssa_desktop.domain import clock  # noqa: E402
from ssa_desktop.storage import migrations  # noqa: E402
from ssa_desktop.storage.connection import connect  # noqa: E402
from ssa_desktop.storage.emergency import parse_key  # noqa: E402
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault  # noqa: E402

V2 = ROOT / "tests" / "data" / "vaults" / "v2"
WORDS = ("Gespräch Klasse Mutter Vater Pause Streit Hausaufgaben Lehrerin Schulhof "
         "Freundin Angst Termin Beratung Jugendamt Zeugnis Noten Sport Bus").split()


def make(folder: Path, contacts: int, schema: int) -> dict:
    info = json.loads((V2 / "fixture.json").read_text("utf-8"))
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(V2 / name, folder / name)
    rnd = random.Random(1)
    conn = connect(folder / DB_NAME, parse_key(info["emergency_key"]))
    try:
        conn.execute("BEGIN")
        for n in range(contacts):
            day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
            cid = f"c{n:08d}"
            note = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(40, 160)))
            conn.execute("INSERT INTO contact (id, person_id, school_id, day, duration_min, kind,"
                         " note, created) VALUES (?, 'fixture-person-1', 'fixture-school-1', ?,"
                         " 30, 'EB', ?, ?)", (cid, day, note, day))
            conn.execute("INSERT INTO statistics_record (id, day, school_year, task_area, kind,"
                         " duration_min, school_id, person_token, source_kind, source_id)"
                         " VALUES (?, ?, 2024, 'EFH', 'EB', 30, 'fixture-school-1', 'tok',"
                         " 'contact', ?)", (f"s{n:08d}", day, cid))
            conn.execute("INSERT INTO time_entry (id, day, category, minutes, school_id,"
                         " source_kind, source_id) VALUES (?, ?, 'EFH', 30,"
                         " 'fixture-school-1', 'contact', ?)", (f"t{n:08d}", day, cid))
        conn.execute("COMMIT")
        if schema > 2:
            migrations.upgrade(conn, up_to=schema)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return info


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=20000)
    parser.add_argument("--schema", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, clock.frozen(clock.today()):
        folder = Path(tmp)
        info = make(folder, args.contacts, args.schema)
        before = (folder / DB_NAME).stat().st_size
        session = Vault(folder).unlock(info["passphrase"])
        try:
            db = (folder / DB_NAME).stat().st_size
            wal = Path(f"{folder / DB_NAME}-wal").stat().st_size
            backup = sum(p.stat().st_size for p in (folder / "backups").glob("*"))
        finally:
            session.lock()
        mb = 1024 * 1024
        print(f"schema {args.schema} → {migrations.latest_version()}, {args.contacts} contacts")
        print(f"vault before      {before / mb:8.1f} MB")
        print(f"database after    {db / mb:8.1f} MB ({db / before:.2f} ×)")
        print(f"WAL at its peak   {wal / mb:8.1f} MB ({wal / before:.2f} ×)")
        print(f"backup            {backup / mb:8.1f} MB ({backup / before:.2f} ×)")
        print(f"needed free       {(db + wal + backup - before) / mb:8.1f} MB "
              f"({(db + wal + backup - before) / before:.2f} × the vault)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
