"""KVJS statistics on the 10-year data set: counting one school and school year, and
writing all four export files (docs/statistics.md)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from harness import Result, timed

from ssa_desktop.services import statistics as stats


def _busiest_school(conn) -> tuple[int, stats.Scope]:
    year, school = conn.execute(
        "SELECT school_year, school_id FROM statistics_record WHERE school_id IS NOT NULL"
        " GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1").fetchone()
    return year, stats.Scope("school", school)


def run(bench) -> list[Result]:
    session = bench.open(bench.working_copy())  # an export counts its revision: a write
    try:
        conn = session.conn
        year, scope = _busiest_school(conn)
        compute_s = timed(lambda: stats.compute(conn, year, scope), bench.reps)
        with tempfile.TemporaryDirectory() as folder:
            export_s = timed(lambda: stats.export_all(conn, year, scope, Path(folder)), bench.reps)
    finally:
        session.lock()
    return [
        Result("kvjs_compute_ms", compute_s * 1000, "ms", 300,
               "issue 10: one school and school year",
               note=f"school year {year}, busiest school"),
        Result("kvjs_export_all_s", export_s, "s", 2,
               "issue 10: xlsx, pdf, csv and json of one school and year"),
    ]
