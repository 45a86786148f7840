"""Targets that hold on any machine: each main figure divided by a reference measured in
the same run on the same data, in CPU seconds of the measuring thread (the GUI thread for
the window), which stay readable on a loaded machine. The absolute seconds are the note, with the machine.

- ``school_handover_vs_plain_ratio``: the school handover (package + receipt's deletion,
  ``bench_handover.school_handover``) / a plain-SQLite copy into an attached file and
  delete of the same school's rows (every table with ``school_id``, and every row of its
  persons by ``person_id``) in ``plain.sqlite``.
- ``unlock_to_ready_vs_open_ratio``: unlock (no key derivation) until the main window's
  first area is visible / opening the vault (its page check in line) and reading the
  person list without a window.
- ``bulk_insert_vs_plain_ratio``: contacts through ``activities.record_contact`` / the same
  contact rows inserted plainly into ``plain.sqlite`` (same schema and triggers), one
  transaction each; the plain one indexes the noted contacts before its COMMIT as
  ``transaction`` does.
- ``area_first_show_vs_bare_table_ratio``: the slowest area's first show (wall time,
  ``bench_areas``) / a bare ``QTableView`` of the person list's rows shown and painted.

`benchmarks/check_ratios.py` compares these ratios on the smoke data set with
``benchmarks/ratios_baseline.json`` in CI (generous tolerance).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import bench_areas
import bench_handover
import generate
from harness import Result, machine, stopwatch

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities
from ssa_desktop.storage import persons_repo as prepo
from ssa_desktop.storage import search_pending
from ssa_desktop.storage.transactions import transaction


def run(bench) -> list[Result]:
    where = machine()
    parts = [_handover, _unlock, _bulk] + ([_areas] if _has_gui() else [])
    results = []
    for part in parts:
        try:
            results.append(part(bench, where))
        except Exception as error:  # noqa: BLE001 - one failing figure, the others still count
            print(f"bench_ratios: {part.__name__.lstrip('_')} ohne Wert: "
                  f"{str(error).splitlines()[0]}", file=sys.stderr)
    return results


def _ratio(name: str, ours: dict[str, float], reference: dict[str, float], target: float,
           what: str, where: str, key: str = "cpu") -> Result:
    return Result(name, ours[key] / reference[key], "×", target, what,
                  note=f"{key}: {ours[key]:.3f} s / {reference[key]:.3f} s; wall "
                       f"{ours['wall']:.3f} s / {reference['wall']:.3f} s; {where}")


def _plain_copy(bench) -> Path:
    target = bench.work / f"plain-{len(list(bench.work.iterdir()))}.sqlite"
    shutil.copy2(bench.folder / generate.PLAIN_NAME, target)
    return target


# -- the school handover ------------------------------------------------------------------
def _handover(bench, where: str) -> Result:
    ours = bench_handover.school_handover(bench)
    reference: dict[str, float] = {}
    plain = sqlite3.connect(str(_plain_copy(bench)), isolation_level=None)
    try:
        school_id = bench_handover.smallest_school(plain)
        with stopwatch(reference):
            _plain_copy_and_delete(plain, school_id, bench.work / "plain-package.sqlite")
    finally:
        plain.close()
    return _ratio("school_handover_vs_plain_ratio", ours, reference, 12.0,
                  "eine Schule übergeben / dieselben Zeilen mit sqlite3 kopieren und löschen",
                  where)


def _plain_copy_and_delete(conn, school_id: str, package: Path) -> None:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%'")]
    columns = {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}
    conn.execute("ATTACH DATABASE ? AS pkg", (str(package),))
    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE handed AS SELECT id FROM person WHERE school_id = ?",
                 (school_id,))
    for table in tables:
        if "school_id" in columns[table]:
            where, args = "school_id = ?", (school_id,)
        elif "person_id" in columns[table]:
            where, args = "person_id IN (SELECT id FROM temp.handed)", ()
        else:
            continue
        conn.execute(f'CREATE TABLE pkg."{table}" AS SELECT * FROM main."{table}"'
                     f" WHERE {where}", args)
        conn.execute(f'DELETE FROM main."{table}" WHERE {where}', args)
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE pkg")


# -- unlock to ready ----------------------------------------------------------------------
def _unlock(bench, where: str) -> Result:
    reference: dict[str, float] = {}
    for _ in range(bench.reps):
        with stopwatch(reference):  # the page check in line (deferred, it waited for Qt)
            session = bench.open()
            prepo.list_rows(session.conn, prepo.PersonFilter(), limit=-1)
        session.lock()
    ours = _unlock_window(bench) if _has_gui() else dict(reference)
    return _ratio("unlock_to_ready_vs_open_ratio", ours, reference, 0.5,
                  "Entsperren bis erster Bereich sichtbar / Öffnen + Personenliste ohne Fenster",
                  where)


def _unlock_window(bench) -> dict[str, float]:
    from PySide6.QtCore import QEvent

    from ssa_desktop.ui.background import wait_for_all
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.shell.main_window import MainWindow

    app = bench.app()
    total: dict[str, float] = {}
    for _ in range(bench.reps):
        folder = bench.day_copy()
        with stopwatch(total):
            session = bench.open(folder, defer_integrity=True)  # as the unlock window does
            ctx = AppContext(folder)
            ctx.set_session(session)
            window = MainWindow(ctx, None)
            window.show()
            _until(app, lambda w=window: _first_area_visible(w))
        _until(app, lambda s=session: not s.integrity_pending)  # started after the frame
        session.wait_writable()
        window.close()  # as she quits (it locks), see run.unlock_to_ready
        ctx.lock()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.DeferredDelete)
        app.processEvents()
        wait_for_all()  # the round's upkeep is not measured beside the next round
    return total


def _first_area_visible(window) -> bool:
    key = window.current_area_key()
    area = window.areas.get(key) if key else None
    return area is not None and area.isVisible()


def _until(app, condition, seconds: float = 30) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        if condition():
            return
    raise RuntimeError("not reached in time")


# -- bulk insert --------------------------------------------------------------------------
def _bulk(bench, where: str) -> Result:
    n = 50 if bench.reps == 1 else 1000
    session = bench.open(bench.working_copy())
    ours: dict[str, float] = {}
    try:
        conn = session.conn
        heavy = bench.heavy_id
        contacts = [Contact(day=date(2026, 7, 17), kind="EB", duration_min=30,
                            person_id=heavy, time="10:25", topics=("KON", "FAM"),
                            access_route="self", observation=o, assessment=a, note=t)
                    for o, a, t in (bench.sample_notes[i % len(bench.sample_notes)]
                                    for i in range(n))]
        with stopwatch(ours), transaction(conn):
            for contact in contacts:
                activities.record_contact(conn, contact)
        ids = [c.id for c in contacts]
        rows = [conn.execute("SELECT * FROM contact WHERE id = ?", (i,)).fetchone() for i in ids]
        names = [r[1] for r in conn.execute("PRAGMA table_info(contact)")]
    finally:
        session.lock()
    reference: dict[str, float] = {}
    plain = sqlite3.connect(str(_plain_copy(bench)), isolation_level=None)
    try:
        sql = (f"INSERT INTO contact ({', '.join(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        with stopwatch(reference):
            plain.execute("BEGIN")
            for row in rows:
                plain.execute(sql, row)
            search_pending.index_noted(plain)   # the search index, as our COMMIT writes it
            plain.execute("COMMIT")
    finally:
        plain.close()
    return _ratio("bulk_insert_vs_plain_ratio", ours, reference, 2.0,
                  f"{n} Kontakte über record_contact / dieselben Zeilen als sqlite3-INSERT",
                  where)


# -- an area's first show -----------------------------------------------------------------
def _has_gui() -> bool:
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def _areas(bench, where: str) -> Result:
    times, _loaded = bench_areas.first_show_times(bench)
    worst_key = max(times, key=lambda k: statistics.median(times[k]))
    ours = statistics.median(times[worst_key])
    bare = statistics.median(_bare_table(bench) for _ in range(max(3, bench.reps)))
    return Result("area_first_show_vs_bare_table_ratio", ours / bare, "×", 3.0,
                  "langsamstes erstes Anzeigen eines Bereichs / nackte QTableView der "
                  "Personenliste (Wandzeit)",
                  note=f"{worst_key}: {ours:.1f} ms / {bare:.1f} ms; {where}")


def _bare_table(bench) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    app = bench.app()
    session = bench.open()
    try:
        rows = prepo.list_rows(session.conn, prepo.PersonFilter(), limit=-1)
    finally:
        session.lock()
    start = time.perf_counter()
    model = QStandardItemModel(len(rows), 4)
    for r, row in enumerate(rows):
        values = list(row)[:4] if not hasattr(row, "__dataclass_fields__") else \
            [getattr(row, f) for f in list(row.__dataclass_fields__)[:4]]
        for c, value in enumerate(values):
            model.setItem(r, c, QStandardItem(str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 720)
    view.show()
    _until(app, view.isVisible)
    view.repaint()
    elapsed = (time.perf_counter() - start) * 1000
    view.close()
    view.deleteLater()
    return elapsed
