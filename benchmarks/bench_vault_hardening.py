"""What the vault hardening of issue 7 costs at unlock: the file inspection before SQLite
(size, header, page HMACs of the first pages), the probe of a crash-left WAL on copies,
and the WAL frame scan.

Targets: the inspection adds at most 20 ms to a normal unlock; after a crash, unlocking
the 10-year vault with a full WAL (1,000 frames) takes at most 3 s including the probe
copy; scanning 1,000 WAL frames at most 0.5 s.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from harness import Result, timed

from ssa_desktop.storage.file_format import database_file_problem, key_fits, scan_wal
from ssa_desktop.storage.vault import DB_NAME, Vault


def _crash_state(bench, frames: int = 1000) -> Path:
    """A copy of the vault plus the WAL a writer left behind (copied while it was open):
    about ``frames`` frames, the size at which SQLite checkpoints by default."""
    folder = bench.working_copy()
    session = Vault(folder)._open(bytearray(bench.key))
    conn = session.conn
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    rows = iter(conn.execute("SELECT id FROM contact ORDER BY rowid").fetchall())
    wal = folder / f"{DB_NAME}-wal"
    while not wal.exists() or wal.stat().st_size < frames * (24 + 4096):
        conn.execute("UPDATE contact SET note = note || ' ' WHERE id = ?", next(rows))
    crashed = folder.parent / f"{folder.name}-crashed"
    crashed.mkdir()
    for name in (DB_NAME, f"{DB_NAME}-wal", "vault.key"):
        shutil.copy2(folder / name, crashed / name)
    session._conn.close()  # no checkpoint: the copy above is the crash state
    session._conn = None
    return crashed


def run(bench) -> list[Result]:
    db = bench.folder / DB_NAME
    inspect = timed(lambda: (database_file_problem(db), key_fits(db, bench.key)), bench.reps)
    crashed = _crash_state(bench)
    wal = crashed / f"{DB_NAME}-wal"
    frames = scan_wal(wal).frames
    scan = timed(lambda: scan_wal(wal), bench.reps)
    samples = []
    for _ in range(max(1, min(bench.reps, 3))):
        target = crashed.parent / f"probe-{len(samples)}"
        shutil.copytree(crashed, target)
        start = time.perf_counter()
        Vault(target)._open(bytearray(bench.key)).lock()
        samples.append(time.perf_counter() - start)
        shutil.rmtree(target, ignore_errors=True)
    samples.sort()
    probe = samples[len(samples) // 2]
    return [
        Result("vault_inspect_ms", inspect * 1000, "ms", 20.0,
               "Dateiprüfung vor SQLite: Größe, Kopf, HMAC der ersten Seiten (issue 7)"),
        Result("wal_scan_s", scan, "s", 0.5,
               f"WAL-Rahmen und Prüfsummen lesen, {frames} Frames (issue 7 Punkt 6)"),
        Result("crash_unlock_s", probe, "s", 3.0,
               f"Öffnen nach Absturz mit {frames} WAL-Frames, Probe auf Kopie (issue 7 Punkt 5)"),
    ]
