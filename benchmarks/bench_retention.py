"""Retention: the engine over the whole 10-year vault, and deleting 1000 cases
(persons with their case documentation) including VACUUM and the TRUNCATE checkpoint,
on a throw-away copy; what the GUI thread does with the results (the engine itself runs
off the GUI thread at unlock and when Datenschutz loads)."""

from __future__ import annotations

import time
from datetime import date

from harness import Result, timed

from ssa_desktop.domain import clock
from ssa_desktop.services import retention as svc

TODAY = date(2026, 7, 20)   # the data set's "today" (benchmark.json)


def run(bench) -> list[Result]:
    session = bench.open()
    try:
        with clock.frozen(TODAY):
            engine_s = timed(lambda: svc.assess(session.conn), max(3, bench.reps))
    finally:
        session.lock()
    check_s, privacy_ms, overview_ms = _gui(bench)
    return [
        Result("retention_engine_s", engine_s, "s", 2.0,
               "engine over every record of the 10-year vault (issue 9)"),
        Result("retention_unlock_check_s", check_s, "s", 2.0,
               "check at every unlock (engine + R11 log expiry), on a worker thread"),
        Result("privacy_area_gui_ms", privacy_ms, "ms", 100.0,
               "Datenschutz: GUI-thread part of showing the loaded snapshot, until painted"),
        Result("overview_gui_ms", overview_ms, "ms", 100.0,
               "Übersicht refresh incl. 'Löschung fällig (n)', until painted"),
        Result("delete_1000_cases_s", _delete_1000(bench), "s", 15.0,
               "1000 persons with cases deleted in one run incl. VACUUM and checkpoint"),
    ]


def _delete_1000(bench) -> float:
    session = bench.open(bench.working_copy())
    try:
        conn = session.conn
        # make 1000 pupils with case documentation due (not timed): they left last year
        ids = [r[0] for r in conn.execute(
            "SELECT p.id FROM person p WHERE p.kind = 'pupil' AND EXISTS"
            " (SELECT 1 FROM case_file c WHERE c.person_id = p.id)"
            " AND NOT EXISTS (SELECT 1 FROM cp_procedure x WHERE x.person_id = p.id)"
            # the demo's Datenschutz work: held, restricted or § 9b files are not deleted
            " AND p.id NOT IN (SELECT record_id FROM retention_hold WHERE lifted IS NULL"
            " UNION SELECT record_id FROM retention_restriction"
            " UNION SELECT record_id FROM retention_mark)"
            " ORDER BY p.rowid LIMIT 1000")]
        conn.executemany("UPDATE person SET leaving_date = '2025-07-31' WHERE id = ?",
                         [(i,) for i in ids])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        keys = [("person", i) for i in ids]
        with clock.frozen(TODAY):
            start = time.perf_counter()
            report = svc.apply(conn, keys)
            elapsed = time.perf_counter() - start
        if report.deleted != len(ids) or not ids:
            raise RuntimeError(f"deleted {report.deleted} of {len(ids)}")
        # the smoke data set has fewer pupils with cases: scaled to 1000 there
        return elapsed * 1000 / len(ids)
    finally:
        session.lock()


def _gui(bench) -> tuple[float, float, float]:
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.overview.area import OverviewArea
    from ssa_desktop.ui.privacy.area import PrivacyArea

    app = bench.app()
    session = bench.open(bench.working_copy())
    ctx = AppContext(session.vault.folder)
    ctx.set_session(session)
    reps = max(3, bench.reps)
    try:
        with clock.frozen(TODAY):
            check_s = timed(lambda: svc.check_at_unlock(session.conn), reps)
            ctx.retention_due = svc.check_at_unlock(session.conn).due
            snapshot = svc.snapshot(session.conn)
            privacy = PrivacyArea(ctx)
            privacy.resize(1366, 768)
            privacy.show()            # loads once off the GUI thread: wait for it
            while privacy.loaded < 1:
                app.processEvents()
                time.sleep(0.01)

            def show():
                privacy._show(snapshot)
                privacy.repaint()

            privacy_s = timed(show, reps)
            privacy.hide()
            privacy.deleteLater()
            overview = OverviewArea(ctx)   # on the frozen clock
            overview.resize(1366, 768)
            overview.show()
            app.processEvents()

            def refresh():
                overview.refresh()
                overview.repaint()

            overview_s = timed(refresh, reps)
            overview.hide()
            overview.deleteLater()
            app.processEvents()
    finally:
        ctx.lock()
    return check_s, privacy_s * 1000, overview_s * 1000
