"""Where documents are stored: BLOBs inside the SQLCipher vault, or one file per document
under its own key (the product's choice). docs/documents.md quotes its figures. A
measurement of its own, run by hand, not one of ``run.py``'s ``bench_`` modules.

For a vault with ``N`` scans of 1–3 MB (random bytes: scans are compressed images, so
they do not compress) it measures, as ratios to the same vault without documents:
the daily backup (time and size), the unlock (open + the page check every unlock runs),
and adding one document, in wall-clock and CPU seconds. ``N`` = 40 by default (about
80 MB, a quick look); the issue's ten-year vault is ``N`` = 2,000 (4 GB of scans; about
12 GB on disk while it runs, in the temp folder, removed afterwards; 15–40 minutes on a
busy two-core machine), whose figures docs/documents.md quotes.

    nice -n 10 python -m benchmarks.documents_storage [N]
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import documents, vault_admin
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

RUNS = 3


def _scan(i: int) -> bytes:
    """Scan ``i``: JPEG-like, 1–3 MB, a real JPEG header and end, random bytes between.
    Made again from its number each time it is needed, so 2,000 scans (4 GB) are never
    held in memory at once."""
    rng = random.Random(61_000 + i)
    size = rng.randint(1_000_000, 3_000_000)
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xc0\x00\x11\x08\x0d\xb0\x09\xb0\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    return head + rng.randbytes(size - len(head) - 2) + b"\xff\xd9"


CPU: dict[str, float] = {}   # the CPU seconds (process) of each timed figure, by its name


def _median(fn, runs: int = RUNS, name: str = "") -> float:
    """The median wall-clock seconds of ``fn``; its median CPU seconds go to ``CPU[name]``
    (steadier than wall-clock on a shared, busy machine: docs/performance.md)."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU[name] = statistics.median(cpu)
    return statistics.median(times)


def _vault(folder: Path, persons: int = 300):
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    with transaction(session.conn):
        for i in range(persons):
            repo.PERSONS.insert(session.conn, Person(f"K-{i}", first_name=f"V{i}", last_name=f"N{i}"))
    return session


def _measure(folder: Path, out: Path) -> dict[str, float]:
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        backup = out / "b.ssabak"

        def make_backup():
            backup.unlink(missing_ok=True)
            vault_admin.backup_vault(session, backup)

        backup_s = _median(make_backup, name=f"{folder.name}.backup")
        size = backup.stat().st_size
    finally:
        session.lock()

    def unlock():
        s = Vault(folder).unlock(PASSPHRASE)
        s.verify_integrity()
        s.lock()

    unlock_s = _median(unlock, name=f"{folder.name}.unlock")
    return {"backup_s": backup_s, "backup_mb": size / 1e6, "unlock_s": unlock_s,
            "backup_cpu": CPU[f"{folder.name}.backup"], "unlock_cpu": CPU[f"{folder.name}.unlock"]}


def main(n: int = 40) -> None:
    total_mb = sum(len(_scan(i)) for i in range(n)) / 1e6
    print(f"Beginn {time.strftime('%Y-%m-%d %H:%M:%S')}, Last {os.getloadavg()[0]:.1f}", flush=True)
    root = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    try:
        results = {}
        for name in ("ohne", "dateien", "blobs"):
            folder = root / name
            session = _vault(folder)
            person = repo.PERSONS.all(session.conn)[0].id
            if name == "dateien":
                for i in range(n):
                    documents.add_document(session.conn, d.Owner("person", person), "other",
                                           f"Scan {i}", date(2026, 1, 1), _scan(i), "scan.jpg")
            elif name == "blobs":
                session.conn.execute("CREATE TABLE doc_blob (id INTEGER PRIMARY KEY, data BLOB)")
                for i in range(n):
                    with transaction(session.conn):
                        session.conn.execute("INSERT INTO doc_blob (data) VALUES (?)", (_scan(i),))
            one = _scan(0)
            if name == "dateien":
                add_s = _median(lambda s=session, p=person, o=one: documents.add_document(
                    s.conn, d.Owner("person", p), "other", "x", date(2026, 1, 1), o, "x.jpg"))
            elif name == "blobs":
                def add_blob(s=session, o=one):
                    with transaction(s.conn):
                        s.conn.execute("INSERT INTO doc_blob (data) VALUES (?)", (o,))
                add_s = _median(add_blob)
            else:
                add_s = 0.0
            session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            session.lock()
            out = root / f"{name}-out"
            out.mkdir()
            results[name] = {**_measure(folder, out), "add_s": add_s}
            shutil.rmtree(out)
            shutil.rmtree(folder)
        base = results["ohne"]
        print(f"{n} Scans, zusammen {total_mb:.1f} MB; {os.cpu_count()} Kerne")
        for name, r in results.items():
            print(f"{name:8s} Sicherung {r['backup_s']:.3f} s ({r['backup_s'] / base['backup_s']:.1f}×),"
                  f" {r['backup_mb']:.1f} MB ({r['backup_mb'] / base['backup_mb']:.1f}×);"
                  f" Entsperren+Seitenprüfung {r['unlock_s']:.3f} s"
                  f" ({r['unlock_s'] / base['unlock_s']:.1f}×); ein Dokument hinzufügen {r['add_s']:.3f} s")
            print(f"{'':8s} CPU: Sicherung {r['backup_cpu']:.3f} s ({r['backup_cpu'] / base['backup_cpu']:.1f}×),"
                  f" Entsperren+Seitenprüfung {r['unlock_cpu']:.3f} s"
                  f" ({r['unlock_cpu'] / base['unlock_cpu']:.1f}×)")
        print(f"Ende {time.strftime('%Y-%m-%d %H:%M:%S')}, Last {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
