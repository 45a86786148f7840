"""Schuljahreswechsel (issue 17): the whole change of the 10-year data set's last year –
every school's proposal (pupils with their activity in the ending year) and applying it
in one transaction per school – on a throw-away copy per repetition (a change is applied
only once)."""

from __future__ import annotations

import statistics
import time
from datetime import date

from harness import Result

from ssa_desktop.domain import clock
from ssa_desktop.services import school_year_change as svc

TODAY = date(2026, 8, 3)   # the first unlock after the data set's last school year


def _change_all(conn) -> int:
    moved = 0
    for plan in svc.plans(conn):
        if plan.applied is None and plan.rows:
            svc.apply(conn, plan)
            moved += len(plan.rows)
    return moved


def run(bench) -> list[Result]:
    samples, moved = [], 0
    for _ in range(max(3, min(bench.reps, 5))):
        session = bench.open(bench.working_copy())
        try:
            with clock.frozen(TODAY):
                start = time.perf_counter()
                moved = _change_all(session.conn)
                samples.append(time.perf_counter() - start)
        finally:
            session.lock()
    return [Result("school_year_change_s", statistics.median(samples), "s", 2.0,
                   f"Schuljahreswechsel aller Schulen ({moved} Schüler:innen), Vorschlag und "
                   "Anwenden in je einer Transaktion")]
