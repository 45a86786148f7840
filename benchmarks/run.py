"""Run the benchmarks on the 10-year data set and print figures against their targets.

    python benchmarks/run.py             # table
    python benchmarks/run.py --json      # JSON list of {name, value, unit, target,
                                         #   reference, ratio, pass}
    python benchmarks/run.py --smoke     # tiny data set in a temp folder (harness check)

These are measurements, not tests: nothing fails, the figures go into the issue
notes. ``ratio`` = value / target and ``pass`` = value <= target, except for the floor
metric ``bulk_insert_per_s`` where ``ratio`` = target / value and ``pass`` =
value >= target; so for every metric a ratio <= 1 is good.
Write metrics run on a throw-away copy of the vault, never on the cached data set.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

# Never touch the user's settings or keychain; Qt renders offscreen.
_HOME = Path(tempfile.mkdtemp(prefix="ssa-bench-home-"))
for _var, _sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                   ("XDG_CACHE_HOME", ".cache")):
    os.environ[_var] = str(_HOME / _sub)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # noqa: E402
from harness import Result, timed  # noqa: E402

from ssa_desktop.demo import HEAVY_PSEUDONYM  # noqa: E402
from ssa_desktop.domain.entities import Contact  # noqa: E402
from ssa_desktop.services import activities  # noqa: E402
from ssa_desktop.storage import persons_repo as prepo  # noqa: E402
from ssa_desktop.storage import repositories as repo  # noqa: E402
from ssa_desktop.storage import vault_lock  # noqa: E402
from ssa_desktop.storage.transactions import transaction  # noqa: E402
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault  # noqa: E402

# Mix of common and rare German words and name prefixes (25 queries, each run twice).
QUERIES = (
    "Konflikt", "Mutter", "Klassenlehrerin", "Pause", "Streit", "Schulweg", "Bauchschmerzen",
    "Klassenchat", "Stimmungstagebuch", "Elterngespräch", "Beratungsstelle", "Praktikum",
    "Tischtennis", "Autohaus", "Sprachmittlerin", "Kummer", "Zahnarzt", "Hämatom",
    "Müll", "Öz", "Ay", "Jül", "Kow", "K-1", "geschubst bedroht",
)


# -- set-up ---------------------------------------------------------------------------------
class Bench:
    def __init__(self, folder: Path, reps: int):
        self.folder = folder
        self.reps = reps
        session = Vault(folder).unlock(generate.PASSPHRASE)  # key derivation once, not timed
        self.key = bytes(session.data_key)
        conn = session.conn
        self.heavy_id = conn.execute("SELECT id FROM person WHERE pseudonym = ?",
                                     (HEAVY_PSEUDONYM,)).fetchone()[0]
        self.counts = repo.table_counts(conn)
        self.sample_notes = [r for r in conn.execute(
            "SELECT observation, assessment, note FROM contact ORDER BY rowid LIMIT 200")]
        session.lock()
        self.work = Path(tempfile.mkdtemp(prefix="ssa-bench-"))
        self._app = None
        self._day_copy: Path | None = None

    def open(self, folder: Path | None = None, *, defer_integrity: bool = False):
        return Vault(folder or self.folder)._open(bytearray(self.key),
                                                  defer_integrity=defer_integrity)

    def working_copy(self) -> Path:
        """A throw-away copy of the vault for write benchmarks."""
        target = self.work / f"copy-{len(list(self.work.iterdir()))}"
        target.mkdir()
        for name in (DB_NAME, KEY_NAME):
            shutil.copy2(self.folder / name, target / name)
        return target

    def day_copy(self) -> Path:
        """One copy of the vault for the whole run, for what unlocks it as her main window
        does: the unlock's upkeep writes the backup of the day and the breach figures into
        the vault folder, and must not write them into the cached data set. Made at the
        first call: that window's unlock is the day's first (its backup runs), every later
        one finds the day's backup done, as her second unlock of a day does."""
        if self._day_copy is None:
            self._day_copy = self.working_copy()
        return self._day_copy

    def app(self):
        if self._app is None:
            from ssa_desktop.app import make_application

            self._app = make_application([])
        return self._app

    def close(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def _contact(bench: Bench, index: int) -> Contact:
    obs, assessment, note = bench.sample_notes[index % len(bench.sample_notes)]
    return Contact(day=date(2026, 7, 17), kind="EB", duration_min=30, person_id=bench.heavy_id,
                   time="10:25", participants=("pupil",), topics=("KON", "FAM"),
                   access_route="self", observation=obs, assessment=assessment, note=note)


# -- metrics --------------------------------------------------------------------------------
COLD_START_CHILD = r"""
import sys, time
from pathlib import Path
folder = Path(sys.argv[1])
try:
    from PySide6.QtWidgets import QApplication, QDialog

    def exec_until_exposed(self):  # the program's real start up to the unlock window
        app = QApplication.instance()
        self.show()
        deadline = time.time() + 20
        while time.time() < deadline:
            app.processEvents()
            handle = self.windowHandle()
            if self.isVisible() and handle is not None and handle.isExposed():
                break
        print(repr(time.time()))
        return QDialog.Rejected

    QDialog.exec = exec_until_exposed
    # what she starts: the program's entry point, hardening included, as the console
    # script ``ssa-desktop`` and the frozen build's ``packaging/entry.py`` call it, with
    # the vault folder as its one option
    from ssa_desktop.launch import run
    sys.argv = ["ssa-desktop", "--vault", str(folder)]
    run()
    print("ssa-desktop --vault ORDNER (launch.run) bis zum sichtbaren Entsperrfenster")
except ImportError:
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
    app = QApplication([])
    window = QDialog()
    QVBoxLayout(window).addWidget(QLineEdit(window))
    window.show()
    deadline = time.time() + 20
    while time.time() < deadline:
        app.processEvents()
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            break
    print(repr(time.time()))
    print("Ersatz: QDialog mit QLineEdit")
"""


def cold_start(bench: Bench) -> Result:
    samples, what = [], ""
    for _ in range(max(3, bench.reps)):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", COLD_START_CHILD, str(bench.folder)],
                             capture_output=True, text=True, timeout=60, cwd=str(ROOT.parent),
                             env=dict(os.environ), check=True).stdout.splitlines()
        samples.append(float(out[0]) - start)
        what = out[1]
    return Result("cold_start_s", statistics.median(samples), "s", 1.0,
                  "Prozessstart bis Entsperrfenster sichtbar ≤ 1 s", note=what)


def unlock_to_ready(bench: Bench) -> Result:
    try:
        from PySide6.QtCore import QEvent

        from ssa_desktop.ui.context import AppContext
        from ssa_desktop.ui.shell.main_window import MainWindow
    except ImportError:
        MainWindow = None  # noqa: N806
    samples = []
    if MainWindow is None:
        for _ in range(bench.reps):
            start = time.perf_counter()
            session = bench.open()
            prepo.list_rows(session.conn, prepo.PersonFilter(), limit=-1)
            samples.append(time.perf_counter() - start)
            session.lock()
        note = "ohne Hauptfenster: Öffnen + Migrationsprüfung + Personenliste"
    else:
        app = bench.app()
        for _ in range(bench.reps):
            start = time.perf_counter()
            folder = bench.day_copy()
            session = bench.open(folder, defer_integrity=True)  # as the unlock window does
            ctx = AppContext(folder)
            ctx.set_session(session)
            window = MainWindow(ctx, None)
            window.show()
            deadline = time.perf_counter() + 30
            while time.perf_counter() < deadline:
                app.processEvents()
                key = window.current_area_key()
                area = window.areas.get(key) if key else None
                if area is not None and area.isVisible():
                    break
            samples.append(time.perf_counter() - start)
            while session.integrity_pending:  # the page check starts after the first frame
                app.processEvents()
            session.wait_writable()  # the deferred page check, before the next round
            # close as she quits (it locks): ``ctx.lock()`` on a visible window opens its
            # unlock dialog, which stays open, blocks the window, and its event filter
            # then runs for every event of the next rounds' windows (bench_areas.py)
            window.close()
            ctx.lock()
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.DeferredDelete)
            app.processEvents()
        # each round's upkeep (vault check, backup, deletion check) goes on on the quiet
        # lane after its window closed: the metrics after this one are not measured beside
        # it (search_median_ms read 0.9-1.0 instead of 0.3 ms in some runs)
        from ssa_desktop.ui.background import wait_for_all

        wait_for_all()
        note = ("Vault._open ohne Schlüsselableitung bis erster Bereich im Hauptfenster "
                "sichtbar; die volle Seitenprüfung läuft daneben im Hintergrund")
    return Result("unlock_to_ready_s", statistics.median(samples), "s", 0.2,
                  "Entsperren (ohne KDF) bis Hauptfenster bereit ≤ 0,2 s", note=note)


def search_median(bench: Bench) -> Result:
    session = bench.open()
    try:
        conn = session.conn
        samples = []
        for query in QUERIES + QUERIES:
            start = time.perf_counter()
            repo.search(conn, query)
            samples.append(time.perf_counter() - start)
    finally:
        session.lock()
    return Result("search_median_ms", statistics.median(samples) * 1000, "ms", 50.0,
                  "Median von 50 FTS-Suchen ≤ 50 ms",
                  note=f"{len(samples)} Suchen über repositories.search")


def bulk_insert(bench: Bench, n: int) -> Result:
    session = bench.open(bench.working_copy())
    try:
        conn = session.conn
        rates = []
        for rep in range(max(1, min(3, bench.reps))):
            contacts = [_contact(bench, rep * n + i) for i in range(n)]
            start = time.perf_counter()
            with transaction(conn):
                for contact in contacts:
                    activities.record_contact(conn, contact)
            rates.append(n / (time.perf_counter() - start))
    finally:
        session.lock()
    return Result("bulk_insert_per_s", statistics.median(rates), "Kontakte/s", 2000.0,
                  "Untergrenze ≥ 2000 Kontakte/s über record_contact", floor=True,
                  note=f"{n} Kontakte je Lauf, eine Transaktion, inkl. Statistik + Zeiteintrag + FTS")


def query_mix(conn, heavy_id: str) -> None:
    for query in QUERIES[::3]:
        repo.search(conn, query)
    prepo.list_rows(conn, prepo.PersonFilter(), limit=-1)
    repo.contacts_for_person(conn, heavy_id)


def cipher_vs_plain(bench: Bench) -> Result:
    import sqlite3

    plain_path = bench.folder / generate.PLAIN_NAME
    session = bench.open()
    plain = sqlite3.connect(str(plain_path), isolation_level=None)
    try:
        query_mix(session.conn, bench.heavy_id)  # warm both caches
        query_mix(plain, bench.heavy_id)
        reps = max(5, bench.reps * 2)
        cipher_t = timed(lambda: query_mix(session.conn, bench.heavy_id), reps)
        plain_t = timed(lambda: query_mix(plain, bench.heavy_id), reps)
    finally:
        plain.close()
        session.lock()
    return Result("sqlcipher_vs_sqlite_ratio", cipher_t / plain_t, "×", 1.5,
                  "SQLCipher / stdlib sqlite3, gleiche Abfragen ≤ 1,5",
                  note=f"Median SQLCipher {cipher_t * 1000:.1f} ms, sqlite3 {plain_t * 1000:.1f} ms")


def _gui_context(bench: Bench, folder: Path | None = None):
    """An unlocked AppContext on the run's day copy of the vault (or on ``folder``), with
    the QApplication: what her window does writes (opening a person is logged)."""
    from ssa_desktop.ui.context import AppContext

    app = bench.app()
    session = bench.open(folder or bench.day_copy())
    ctx = AppContext(session.vault.folder)
    ctx.set_session(session)
    return app, ctx


def quick_entry_save(bench: Bench) -> Result:
    """The real QuickEntryDialog: fields filled as by the keyboard, then ``save()`` timed
    (reading the form, contact + statistics record + time entry in one transaction,
    dropping the draft, the change notification)."""
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    app, ctx = _gui_context(bench, bench.working_copy())
    samples = []
    try:
        for i in range(max(10, bench.reps * 4)):
            dialog = QuickEntryDialog(ctx, prefill={"person_id": bench.heavy_id})
            observation, assessment, note = bench.sample_notes[i % len(bench.sample_notes)]
            dialog.note.set_values(observation, assessment)
            start = time.perf_counter()
            dialog.save()
            samples.append(time.perf_counter() - start)
            if dialog.saved_contact_id is None:
                raise RuntimeError("quick entry did not save")
            dialog.deleteLater()
            app.processEvents()
    finally:
        ctx.lock()
    return Result("quick_entry_save_ms", statistics.median(samples) * 1000, "ms", 100.0,
                  "Speichern eines typischen Kontakts ≤ 100 ms",
                  note="QuickEntryDialog.save(): Formular lesen, Kontakt + Statistik + Zeit, Commit")


def person_list(bench: Bench) -> Result:
    """The real PersonsArea: reloading the list (all ~2,000 cases' persons) until painted."""
    from ssa_desktop.ui.persons.area import PersonsArea

    app, ctx = _gui_context(bench)
    try:
        area = PersonsArea(ctx)
        area.resize(1200, 800)
        area.show()
        app.processEvents()

        def load():
            area.refresh()
            area.repaint()

        value = timed(load, max(5, bench.reps))
        rows = area.list.model.rowCount()
        area.hide()
        area.deleteLater()
    finally:
        ctx.lock()
    return Result("person_list_ms", value * 1000, "ms", 150.0,
                  "Personenliste (~2.000 Fälle) ≤ 150 ms",
                  note=f"PersonsArea.refresh() bis gezeichnet, {bench.counts['case_file']} Fälle, "
                       f"erste Seite {rows} Zeilen")


def open_person(bench: Bench) -> Result:
    """The real PersonsArea: opening the person with 200 contacts until the page is painted."""
    from ssa_desktop.ui.persons.area import PersonsArea

    app, ctx = _gui_context(bench)
    try:
        area = PersonsArea(ctx)
        area.resize(1200, 800)
        area.show()
        app.processEvents()
        n = len(repo.contacts_for_person(ctx.conn, bench.heavy_id))

        def load():
            area.open_record(bench.heavy_id)
            area.repaint()

        value = timed(load, max(5, bench.reps))
        area.hide()
        area.deleteLater()
    finally:
        ctx.lock()
    return Result("open_person_ms", value * 1000, "ms", 150.0,
                  "Person mit 200 Kontakten öffnen ≤ 150 ms",
                  note=f"PersonsArea.open_record() bis gezeichnet, {n} Kontakte im Verlauf")


# -- output ---------------------------------------------------------------------------------
def machine_note(bench: Bench, manifest: dict) -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    counts = bench.counts
    return (f"Python {platform.python_version()} · {platform.system()} {platform.machine()} · "
            f"{os.cpu_count()} CPU · SQLite {version} (sqlcipher3)\n"
            f"Daten: {manifest.get('years')} Schuljahre, {counts['person']} Personen, "
            f"{counts['case_file']} Fälle, {counts['contact']} Kontakte, "
            f"{counts['group_activity']} Gruppenangebote, {counts['time_entry']} Zeiteinträge")


def print_table(results: list[Result], note: str) -> None:
    print(note)
    print()
    header = f"{'Metrik':<27}{'Wert':>12}  {'Einheit':<11}{'Ziel':>9}{'Verhältnis':>12}  OK"
    print(header)
    print("-" * len(header))
    for r in results:
        ok = "ja" if r.passed else "NEIN"
        print(f"{r.name:<27}{r.value:>12.2f}  {r.unit:<11}{r.target:>9g}{r.ratio:>12.2f}  {ok}")
    print()
    for r in results:
        print(f"- {r.name}: {r.reference}. {r.note}")


def feature_modules() -> list:
    """``bench_<feature>.py`` modules beside this file, in name order."""
    import importlib

    return [importlib.import_module(path.stem) for path in sorted(ROOT.glob("bench_*.py"))]


def data_set_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file of the data set folder (relative path → size, modification time), but
    the one-writer lock file, which each holder rewrites with its name."""
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.name != vault_lock.LOCK_NAME}


def check_data_set_unchanged(folder: Path, before: dict[str, tuple[int, int]],
                             part: str) -> None:
    """RuntimeError when ``part`` wrote into the cached data set: every later figure would
    measure a vault in another state (its backup of the day done, its pages moved) than
    the generator left."""
    after = data_set_state(folder)
    changed = sorted(name for name in before.keys() | after.keys()
                     if before.get(name) != after.get(name))
    if changed:
        raise RuntimeError(f"{part} hat den Datensatz {folder} verändert: {', '.join(changed)}"
                           " (Schreib-Benchmarks arbeiten auf bench.working_copy())")


def run(folder: Path, manifest: dict, *, reps: int, insert_n: int,
        only: list[str] | None = None) -> tuple[list[Result], str]:
    """Every benchmark, or with ``only`` the feature modules (``bench_<name>``) and core
    metrics (``core``) named there."""
    before = data_set_state(folder)
    bench = Bench(folder, reps)
    try:
        check_data_set_unchanged(folder, before, "Bench (Entsperren des Datensatzes)")
        results = []
        if not only or "core" in only:
            results += [
                cold_start(bench),
                unlock_to_ready(bench),
                search_median(bench),
                bulk_insert(bench, insert_n),
                cipher_vs_plain(bench),
                quick_entry_save(bench),
                person_list(bench),
                open_person(bench),
            ]
            check_data_set_unchanged(folder, before, "core")
        for module in feature_modules():
            if only and module.__name__.removeprefix("bench_") not in only:
                continue
            results.extend(module.run(bench))
            check_data_set_unchanged(folder, before, module.__name__)
        return results, machine_note(bench, manifest)
    finally:
        bench.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SSA Desktop benchmarks")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--smoke", action="store_true", help="tiny data set in a temp folder")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--years", type=int, default=10,
                        help="the generated data set's school years (10; 20 for growth)")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="only these parts: core, or a feature module without its "
                             "bench_ prefix (e.g. --only release --only kvjs)")
    args = parser.parse_args(argv)
    smoke_dir = None
    if args.smoke:
        smoke_dir = Path(tempfile.mkdtemp(prefix="ssa-bench-smoke-"))
        folder, manifest = generate.ensure(smoke_dir / "vault", years=1, scale=0.05, quiet=True)
        reps, insert_n = 1, 50
    else:
        folder, manifest = generate.ensure(years=args.years, quiet=args.json)
        reps, insert_n = args.reps, 1000
    try:
        results, note = run(folder, manifest, reps=reps, insert_n=insert_n,
                            only=args.only)
    finally:
        if smoke_dir is not None:
            shutil.rmtree(smoke_dir, ignore_errors=True)
        shutil.rmtree(_HOME, ignore_errors=True)
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2))
    else:
        print_table(results, note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
