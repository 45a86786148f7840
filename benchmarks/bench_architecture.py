"""Architecture: a write with its typed change broadcast to the views that show it, and
the one "Tresor prüfen" that runs in the background after every unlock."""

from __future__ import annotations

import statistics
import time
from datetime import date

from harness import Result, timed

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities
from ssa_desktop.services import session as session_svc


def save_and_refresh(bench) -> Result:
    """The main window with every built area, the Personen area showing: a contact is
    recorded through ``ctx.apply`` and timed until the views that show contacts have
    refreshed (the person list; the other areas are not visible and stay untouched)."""
    from keyring.backends import fail

    from ssa_desktop.ui.areas import AREAS
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.shell.main_window import MainWindow

    app = bench.app()
    session = bench.open(bench.working_copy())
    ctx = AppContext(session.vault.folder)
    ctx.set_session(session)
    window = MainWindow(ctx, None, store=session_svc.DeviceKeyStore(fail.Keyring()))
    samples = []
    try:
        window.resize(1366, 768)
        window.show()
        for spec in AREAS:
            window.area_widget(spec.key)
        window.show_area("persons")
        app.processEvents()
        for i in range(max(10, bench.reps * 4)):
            contact = Contact(day=date(2026, 7, 17), kind="EB", duration_min=30,
                              person_id=bench.heavy_id, note=f"Gespräch {i}")
            start = time.perf_counter()
            ctx.apply(activities.record_contact, contact)
            app.processEvents()
            samples.append(time.perf_counter() - start)
    finally:
        ctx.lock()
        window.close()
        window.deleteLater()
        app.processEvents()
    return Result("save_and_refresh_ms", statistics.median(samples) * 1000, "ms", 250.0,
                  "Kontakt speichern bis die sichtbare Personenliste neu geladen ist ≤ 250 ms",
                  note="ctx.apply(record_contact) → Changes{contacts, statistics, time} → "
                       "nur die sichtbaren Bereiche, die Kontakte zeigen, laden neu")


def vault_check(bench) -> Result:
    """The one vault check (pages, structure, links, schema, key file) on a worker's own
    connection, as after every unlock."""
    session = bench.open()
    try:
        def check():
            conn = session.new_connection()
            try:
                problems = session_svc.check(session, conn)
            finally:
                conn.close()
            if problems:
                raise RuntimeError(problems)

        seconds = timed(check, max(1, bench.reps // 2))
    finally:
        session.lock()
    return Result("vault_check_s", seconds, "s", 10.0,
                  "„Tresor prüfen“ im Hintergrund nach dem Entsperren ≤ 10 s",
                  note="cipher_integrity_check + quick_check + foreign_key_check + "
                       "Schema und Schlüsseldatei, eigene Verbindung")


def run(bench) -> list[Result]:
    return [save_and_refresh(bench), vault_check(bench)]
