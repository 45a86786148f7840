"""The first unlock of an old 10-year vault after an update.

The vault is made by the oldest benchmark generator (commit ``OLDEST``, schema 2) with
its own code, taken from the repository's history (``git archive``), and cached in
``benchmarks/data/vault-10y-schema2/`` (the smoke run: a 1-year set in its temp folder).
Each repetition copies it and unlocks the copy with today's code: key, page check, the
pre-migration backup (``vor-umstellung-…``) and migrations 3 to today's. References
measured in the same run on the same file: a plain file copy and ``VACUUM INTO`` of the
old database (what writing the backup alone costs); the ratios say how much the
conversion costs beyond rewriting the file once.
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import generate
from harness import Result

from ssa_desktop.storage.backup import export_database
from ssa_desktop.storage.connection import connect
from ssa_desktop.storage.keyfile import KeyFile
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

ROOT = Path(__file__).resolve().parent
OLDEST = "a676fa52"   # the first benchmark generator: 0001_initial and 0002_drafts
TARGET_S = 30.0       # her first unlock after an update, with the steps shown


def _smoke(bench) -> bool:
    return bench.folder.parent.name.startswith("ssa-bench-smoke-")   # run.py --smoke


def _old_vault(bench) -> Path:
    """The vault of schema 2 written by the generator of ``OLDEST`` (cached)."""
    smoke = _smoke(bench)
    folder = bench.work / "old-vault" if smoke else generate.DATA_DIR / "vault-10y-schema2"
    if (folder / generate.MANIFEST).exists():
        return folder
    code = bench.work / f"code-{OLDEST}"
    code.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT.parent), "archive", OLDEST],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(code, filter="data")
    size = ["--years", "1", "--scale", "0.05"] if smoke else []
    subprocess.run([sys.executable, str(code / "benchmarks" / "generate.py"), "--out",
                    str(folder), *size], cwd=code, check=True, capture_output=True)
    shutil.rmtree(code, ignore_errors=True)
    return folder


def _once(bench, old: Path, key: bytearray, n: int) -> tuple[float, float, float]:
    """(file copy, VACUUM INTO, unlock with migration) of one copy, in seconds."""
    target = bench.work / f"migrate-{n}"
    target.mkdir()
    start = time.perf_counter()
    shutil.copyfile(old / DB_NAME, target / DB_NAME)
    copied = time.perf_counter() - start
    shutil.copyfile(old / KEY_NAME, target / KEY_NAME)
    conn = connect(target / DB_NAME, key)
    try:
        start = time.perf_counter()
        export_database(conn, key, bench.work / f"vacuum-{n}.ssadb", verify=False)
        vacuumed = time.perf_counter() - start
    finally:
        conn.close()
    start = time.perf_counter()
    session = Vault(target).unlock(generate.PASSPHRASE)
    migrated = time.perf_counter() - start
    session.lock()
    shutil.rmtree(target, ignore_errors=True)
    (bench.work / f"vacuum-{n}.ssadb").unlink(missing_ok=True)
    return copied, vacuumed, migrated


def run(bench) -> list[Result]:
    old = _old_vault(bench)
    key = KeyFile.unwrap(KeyFile.load(old / KEY_NAME), generate.PASSPHRASE)
    samples = [_once(bench, old, key, n) for n in range(min(bench.reps, 3))]
    copied, vacuumed, migrated = (statistics.median(s) for s in zip(*samples, strict=True))
    size = (old / DB_NAME).stat().st_size / 1e6
    what = f"10-year vault of schema 2 ({size:.0f} MB, generator {OLDEST})"
    return [
        Result("migration_from_oldest_s", migrated, "s", TARGET_S,
               f"first unlock of the {what} by today's code: backup and migrations 3 to "
               "today's"),
        Result("migration_vs_vacuum_into_ratio", migrated / vacuumed, "x", 20.0,
               f"that unlock / VACUUM INTO of the same file ({vacuumed:.2f} s)"),
        Result("migration_vs_file_copy_ratio", migrated / copied, "x", 1000.0,
               f"that unlock / a plain copy of the same file ({copied:.3f} s)"),
    ]
