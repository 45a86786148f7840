"""First show of every area (issue 21 item 6): a fresh main window on the 10-year vault,
then for each area the time from switching to it (as a click in the sidebar does) until
it is visible and painted and the GUI thread is free again (target ≤ 50 ms), and — as
a second figure in the note — until the loads it started on worker threads (statistics,
deletion check) have finished and been drawn.
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from harness import Result

TARGET_MS = 50.0
TODAY = date(2026, 7, 20)   # the data set's "today" (benchmark.json), not the calendar's


def _shown(app, area) -> None:
    """Until the area is visible and its first paint is done."""
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        app.processEvents()
        if area is not None and area.isVisible():
            return


def _settle(app, ctx, area) -> None:
    """Until the area is visible, no worker of either pool runs and no event is pending."""
    from ssa_desktop.ui.background import maintenance_pool

    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        app.processEvents()
        if (area is not None and area.isVisible() and ctx.pool.activeThreadCount() == 0
                and maintenance_pool().activeThreadCount() == 0):
            app.processEvents()
            return


def first_show_times(bench) -> dict[str, list[float]]:
    """On the data set's day: the Übersicht, the deletion check and the backup follow
    the clock (on the calendar's day since 1 August the Schuljahreswechsel waited)."""
    from ssa_desktop.domain import clock

    with clock.frozen(TODAY):
        return _first_show_times(bench)


def _first_show_times(bench) -> dict[str, list[float]]:
    from keyring.backends import fail
    from PySide6.QtCore import QEvent

    from ssa_desktop.services import session as session_svc
    from ssa_desktop.ui.areas import AREAS
    from ssa_desktop.ui.background import wait_for_all
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.shell.main_window import MainWindow

    app = bench.app()
    session_svc.DeviceKeyStore().available()  # the unlock window asked the keychain already
    times: dict[str, list[float]] = {spec.key: [] for spec in AREAS}
    loaded: dict[str, list[float]] = {spec.key: [] for spec in AREAS}
    for _ in range(max(3, bench.reps)):
        session = bench.open(bench.day_copy())
        ctx = AppContext(session.vault.folder)
        ctx.set_session(session)
        window = MainWindow(ctx, None, store=session_svc.DeviceKeyStore(fail.Keyring()))
        try:
            window.resize(1366, 768)
            window.show()
            _settle(app, ctx, window.areas.get(window.current_area_key()))
            wait_for_all(30000)  # the unlock's own background work (check, backup)
            app.processEvents()
            # Übersicht is shown at unlock: measure it last, after switching away.
            order = [spec.key for spec in AREAS if spec.key != "overview"] + ["overview"]
            for key in order:
                start = time.perf_counter()
                area = window.show_area(key)
                _shown(app, area)
                times[key].append((time.perf_counter() - start) * 1000)
                _settle(app, ctx, area)
                loaded[key].append((time.perf_counter() - start) * 1000)
        finally:
            # close as she quits (it locks): ``ctx.lock()`` on a visible window opens its
            # unlock dialog, which would stay open and block this window for good — and a
            # blocked main window filters every event of the next rounds' windows
            window.close()
            ctx.lock()
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.DeferredDelete)
            app.processEvents()
    return times, loaded


def run(bench) -> list[Result]:
    from ssa_desktop.ui.areas import AREAS

    titles = {spec.key: spec.title for spec in AREAS}
    results = []
    times, loaded = first_show_times(bench)
    for key, samples in times.items():
        results.append(Result(f"area_first_show_{key}_ms", statistics.median(samples), "ms",
                              TARGET_MS, f"Erstes Anzeigen von „{titles[key]}“ ≤ 50 ms",
                              note="frisches Hauptfenster, bis sichtbar und gezeichnet; mit "
                                   "Hintergrund-Ladearbeit fertig: "
                                   f"{statistics.median(loaded[key]):.0f} ms"))
    return results
