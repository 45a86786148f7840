"""Printing: 100 Beratungszettel and the Jahresbericht on the 10-year data set."""

from __future__ import annotations

from harness import Result, timed

from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.reports.slips import slips_pdf
from ssa_desktop.services import annual_report
from ssa_desktop.services import appointments as svc


def _appointment_ids(conn, n: int) -> list[str]:
    # a restricted person's appointments are not shown, so no slip is printed for them
    rows = conn.execute("SELECT id FROM appointment WHERE person_id IS NOT NULL AND person_id"
                        " NOT IN (SELECT record_id FROM retention_restriction)"
                        " ORDER BY day DESC, start LIMIT ?", (n,)).fetchall()
    return [r[0] for r in rows]


def _busiest(conn) -> tuple[str, SchoolYear]:
    school_id, year = conn.execute(
        "SELECT school_id, school_year FROM statistics_record WHERE school_id IS NOT NULL"
        " GROUP BY school_id, school_year ORDER BY count(*) DESC LIMIT 1").fetchone()
    return school_id, SchoolYear(year)


def run(bench) -> list[Result]:
    # the Jahresbericht's file goes through the overwrite journal (a row in the vault): a write
    session = bench.open(bench.working_copy())
    try:
        conn = session.conn
        ids = _appointment_ids(conn, 100)
        if not ids:  # a data set without appointments: print blank slips instead
            ids = []

        def hundred_slips():
            slips = [svc.slip_data(conn, i) for i in ids]
            slips += svc.blank_slips(conn, 100 - len(slips)) if len(slips) < 100 else []
            return slips_pdf(slips)

        slips_s = timed(hundred_slips, bench.reps)
        school_id, year = _busiest(conn)
        target = bench.work / "jahresbericht.pdf"
        report_s = timed(lambda: annual_report.write_report(conn, school_id, year, target),
                         bench.reps)
    finally:
        session.lock()
    return [
        Result("slips_100_s", slips_s, "s", 2.0,
               "100 Beratungszettel (a6x4, 25 Seiten) aus Terminen lesen und als PDF bauen",
               note=f"{len(ids)} Termine aus dem Datensatz"),
        Result("annual_report_s", report_s, "s", 3.0,
               "Jahresbericht einer Schule (Zahlen, Vorjahr, Zeitanteile, Ziele) als PDF",
               note=f"Schuljahr {year.label}, Schule mit den meisten Statistikdatensätzen"),
    ]
