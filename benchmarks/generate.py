"""Generate (or reuse) the 10-year benchmark data set.

    python benchmarks/generate.py            # reuse benchmarks/data/vault-10y if current
    python benchmarks/generate.py --force    # rebuild

The vault is made by ``ssa_desktop.demo.fill_demo`` with the "benchmark"
profile (2 schools, ~1,500 pupils, ~2,000 cases, ~25,000 contacts with notes of
~500 characters, ~1,500 group activities, ~10,000 manual time entries, one pupil with
exactly 200 contacts) and a fixed "today", so every run sees the same data. Beside it
a plain (unencrypted) stdlib-sqlite3 copy with the same schema is written for the
SQLCipher-vs-SQLite comparison. Both hold invented data only and are gitignored.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from ssa_desktop import demo  # noqa: E402
from ssa_desktop.services import search  # noqa: E402
from ssa_desktop.storage import migrations  # noqa: E402
from ssa_desktop.storage import repositories as repo  # noqa: E402
from ssa_desktop.storage.keyfile import KdfParams  # noqa: E402
from ssa_desktop.storage.vault import Vault  # noqa: E402

DATA_DIR = ROOT / "data"
PASSPHRASE = "Benchmark-Lindenpark-2026"
# Cheap but real Argon2id: the unlock benchmark excludes key derivation anyway.
KDF = KdfParams(time_cost=1, memory_kib=16384, parallelism=1)
TODAY = date(2026, 7, 20)  # end of the tenth school year: ten full years
SEED = 2026
BENCH_VERSION = 3  # 2: the search index as the upkeep after an unlock leaves it;
# 3: made again, as runs before it wrote into the cached set (run.check_data_set_unchanged)
MANIFEST = "benchmark.json"
PLAIN_NAME = "plain.sqlite"


def _manifest(years: int, scale: float) -> dict:
    return {"generator": demo.GENERATOR_VERSION, "bench": BENCH_VERSION, "years": years,
            "scale": scale, "seed": SEED, "today": TODAY.isoformat(),
            "schema": migrations.latest_version()}


def make_plain_copy(session, target: Path) -> None:
    """A stdlib-sqlite3 database with the same schema (migration files) and the same rows."""
    if target.exists():
        target.unlink()
    plain = sqlite3.connect(str(target), isolation_level=None)
    try:
        plain.execute("PRAGMA journal_mode = WAL")
        plain.execute("PRAGMA foreign_keys = ON")
        migrations.upgrade(plain)
        plain.execute("BEGIN")
        for table in repo.ALL_TABLES:
            rows = session.conn.execute(table.sql_select).fetchall()
            plain.executemany(table.sql_insert, rows)
        plain.execute("COMMIT")
        search.tidy_index(plain)  # as in the vault (below)
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()


def ensure(folder: Path | None = None, *, years: int = 10, scale: float = 1.0,
           force: bool = False, quiet: bool = False) -> tuple[Path, dict]:
    """Return (vault folder, manifest); generate when missing, outdated or ``force``."""
    folder = Path(folder) if folder else DATA_DIR / f"vault-{years}y"
    wanted = _manifest(years, scale)
    manifest_path = folder / MANIFEST
    if not force and manifest_path.exists():
        found = json.loads(manifest_path.read_text("utf-8"))
        if {k: found.get(k) for k in wanted} == wanted:
            if not quiet:
                print(f"Benchmark-Daten vorhanden: {folder} (Generator {wanted['generator']})")
            return folder, found
    if folder.exists():
        shutil.rmtree(folder)
    start = time.perf_counter()
    session, _ = Vault.create(folder, PASSPHRASE, params=KDF)
    try:
        counts = demo.fill_demo(session.conn, years=years, today=TODAY, seed=SEED, scale=scale,
                                profile="benchmark")
        # as the worker's vault is after an unlock: its upkeep merges a full-text index
        # of more than search.MERGE_ABOVE segments into one (the filling leaves 10-20)
        search.tidy_index(session.conn)
        filled = time.perf_counter() - start
        make_plain_copy(session, folder / PLAIN_NAME)
    finally:
        session.lock()
    took = time.perf_counter() - start
    found = dict(wanted, counts=counts, fill_seconds=round(filled, 2),
                 total_seconds=round(took, 2))
    manifest_path.write_text(json.dumps(found, indent=2), "utf-8")
    if not quiet:
        print(f"Benchmark-Daten erzeugt in {folder}: {filled:.1f} s Tresor, "
              f"{took:.1f} s mit Klartext-Vergleichskopie")
        for name in ("person", "case_file", "contact", "group_activity", "time_entry",
                     "statistics_record"):
            print(f"  {name:<18} {counts[name]:>7}")
    return folder, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if current")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=None, help="vault folder")
    args = parser.parse_args(argv)
    ensure(args.out, years=args.years, scale=args.scale, force=args.force)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
