"""Where documents are stored: BLOBs inside the SQLCipher vault, or one file per document
under its own key (the product's choice). docs/documents.md quotes its figures. A
measurement of its own, run by hand, not one of ``run.py``'s ``bench_`` modules.

For a vault with ``N`` scans of 1–3 MB (random bytes: scans are compressed images, so
they do not compress) it measures, as ratios to the same vault without documents:
the daily backup (time and size), the unlock (open + the page check every unlock runs),
and adding one document, in wall-clock and CPU seconds; and for the product's choice
(files) the daily copy to the second backup location (``backups.auto_backup(second=)``:
the day's backup and ``dokumente/``): the first day, which brings the whole store there
once, and the days after (bytes added there and time, with no new scan and with one). ``N`` = 40 by default (about
80 MB, a quick look); the issue's ten-year vault is ``N`` = 2,000 (4 GB of scans; about
12 GB on disk while it runs, in the temp folder, removed afterwards; 15–40 minutes on a
busy two-core machine), whose figures docs/documents.md quotes.

    nice -n 10 python -m benchmarks.documents_storage [N] [--ohne-blobs]

``--ohne-blobs`` leaves the BLOB comparison out (at 2,000 scans it is most of the run's
time: each of its backups and unlocks reads 4 GB); the product's figures stay.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import backups, documents, vault_admin
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

RUNS = 3
# The figures without BLOBs take tens of milliseconds of CPU: a median of three of them
# moved by 1.5× from run to run on the shared machine (load 6–15); fifteen steady it.
CHEAP_RUNS = 15
FIRST_DAY = date(2026, 3, 2)   # the days of the second-location figures (no clock is read)


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
    runs = RUNS if folder.name == "blobs" else CHEAP_RUNS
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        backup = out / "b.ssabak"

        def make_backup():
            backup.unlink(missing_ok=True)
            vault_admin.backup_vault(session, backup)

        backup_s = _median(make_backup, runs, name=f"{folder.name}.backup")
        size = backup.stat().st_size
    finally:
        session.lock()

    def unlock():
        s = Vault(folder).unlock(PASSPHRASE)
        s.verify_integrity()
        s.lock()

    unlock_s = _median(unlock, runs, name=f"{folder.name}.unlock")
    return {"backup_s": backup_s, "backup_mb": size / 1e6, "unlock_s": unlock_s,
            "backup_cpu": CPU[f"{folder.name}.backup"], "unlock_cpu": CPU[f"{folder.name}.unlock"]}


def _files(folder: Path) -> dict[Path, tuple[int, int]]:
    """Every file under ``folder``: (inode, size)."""
    if not folder.exists():
        return {}
    return {p: (p.stat().st_ino, p.stat().st_size) for p in folder.rglob("*") if p.is_file()}


def _written(folder: Path, before: dict[Path, tuple[int, int]]) -> int:
    """The bytes written under ``folder`` since ``before``: each file new or replaced (a
    copy goes to a temp file, then ``os.replace``: a new inode); the rotation's removals
    do not count against it."""
    return sum(size for path, (ino, size) in _files(folder).items()
               if before.get(path, (None, 0))[0] != ino)


def _second_day(session, folder: Path, place: Path, day: date) -> tuple[float, float, int]:
    """One day's copy to the second location ``place``, as the unlock's upkeep makes it:
    the day's backup is made first (measured above), then ``auto_backup`` with ``second``
    finds it, rotates, copies it there and mirrors ``dokumente/``. (wall s, CPU s, bytes
    added there)."""
    backups.auto_backup(session.conn, session.data_key, folder, day)
    before = _files(place)
    start, start_cpu = time.perf_counter(), time.process_time()
    run = backups.auto_backup(session.conn, session.data_key, folder, day, second=place)
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    if run.second_failed:
        raise RuntimeError(run.second_failed)
    return wall, cpu, _written(place, before)


def _measure_second(folder: Path, out: Path, person: str | None) -> dict[str, float]:
    """The second location: the first day (everything there once), then ``CHEAP_RUNS`` days
    with no new document and, when ``person`` is given, ``RUNS`` days with one new scan each;
    the medians (bytes in MB)."""
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        place = backups.second_place(out / "zweiter-ort", session.uuid)
        first = _second_day(session, folder, place, FIRST_DAY)
        days = [_second_day(session, folder, place, FIRST_DAY + timedelta(days=k))
                for k in range(1, CHEAP_RUNS + 1)]
        result = {"second_first_s": first[0], "second_first_cpu": first[1],
                  "second_first_mb": first[2] / 1e6,
                  "second_s": statistics.median(d[0] for d in days),
                  "second_cpu": statistics.median(d[1] for d in days),
                  "second_mb": statistics.median(d[2] for d in days) / 1e6}
        if person is not None:
            new = []
            for k in range(RUNS):
                documents.add_document(session.conn, d.Owner("person", person), "other",
                                       f"Neu {k}", date(2026, 1, 1), _scan(10_000 + k), "neu.jpg")
                new.append(_second_day(session, folder, place,
                                       FIRST_DAY + timedelta(days=CHEAP_RUNS + 1 + k)))
            result["second_new_mb"] = statistics.median(x[2] for x in new) / 1e6
            result["second_new_cpu"] = statistics.median(x[1] for x in new)
        return result
    finally:
        session.lock()


def main(n: int = 40, blobs: bool = True) -> None:
    total_mb = sum(len(_scan(i)) for i in range(n)) / 1e6
    print(f"Beginn {time.strftime('%Y-%m-%d %H:%M:%S')}, Last {os.getloadavg()[0]:.1f}", flush=True)
    root = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    try:
        results = {}
        for name in ("ohne", "dateien", "blobs")[:3 if blobs else 2]:
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
            if name != "blobs":   # as BLOBs the copy there would be the 4 GB backup itself
                results[name] |= _measure_second(folder, out, person if name == "dateien" else None)
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
        for name in ("ohne", "dateien"):
            r = results[name]
            print(f"{name:8s} zweiter Sicherungsort: erster Tag {r['second_first_mb']:.1f} MB"
                  f" ({r['second_first_mb'] / base['second_first_mb']:.1f}×),"
                  f" CPU {r['second_first_cpu']:.3f} s, Wanduhr {r['second_first_s']:.3f} s;"
                  f" je Tag danach {r['second_mb']:.2f} MB ({r['second_mb'] / base['second_mb']:.1f}×),"
                  f" CPU {r['second_cpu']:.3f} s ({r['second_cpu'] / base['second_cpu']:.1f}×),"
                  f" Wanduhr {r['second_s']:.3f} s ({r['second_s'] / base['second_s']:.1f}×)")
        new = results["dateien"]
        print(f"{'':8s} ein Tag mit einem neuen Scan: {new['second_new_mb']:.2f} MB,"
              f" CPU {new['second_new_cpu']:.3f} s")
        print(f"Ende {time.strftime('%Y-%m-%d %H:%M:%S')}, Last {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(numbers[0]) if numbers else 40, blobs="--ohne-blobs" not in sys.argv)
