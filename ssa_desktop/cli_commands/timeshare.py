"""``ssa-desktop timeshare``: the time-share report as PDF, CSV or JSON (docs/cli.md)."""

from __future__ import annotations

from pathlib import Path

from .common import whole_number

FORMATS = ("pdf", "csv", "json")


def arguments(p) -> None:
    p.add_argument("--year", metavar="JJJJ/JJ", required=True,
                   help="Schuljahr, z. B. 2025/26")
    p.add_argument("--school", metavar="KÜRZEL", default=None,
                   help="nur diese Schule (Kürzel oder Name); ohne: alle Schulen zusammen")
    p.add_argument("--quarter", metavar="N", type=whole_number, default=None,
                   help="nur das Quartal N des Schuljahres (1 = Aug–Okt … 4 = Mai–Jul)")
    p.add_argument("--format", choices=FORMATS, required=True, help="pdf, csv oder json")
    p.add_argument("--out", metavar="DATEI", type=Path, required=True, help="Zieldatei")


def run(args) -> int:
    from ..domain.timeshare import TimeShareError
    from ..services import timeshare as service
    from . import common

    try:
        year = service.parse_year(args.year)
    except TimeShareError as err:
        raise common.UsageError(str(err)) from None
    if args.quarter is not None and args.quarter not in (1, 2, 3, 4):
        raise common.UsageError("--quarter muss 1, 2, 3 oder 4 sein.")
    with common.unlocked(args) as session:
        conn = session.conn
        school_id = service.find_school(conn, args.school) if args.school else None
        period = service.quarter(year, args.quarter) if args.quarter else None
        report = service.compute(conn, year, school_id, period)
        path = service.export_report(report, args.format, args.out)
    common.out(f"Zeitanteile geschrieben: {path}")
    for problem in report.problems:
        common.err(f"Hinweis: {problem}")
    return common.EXIT_OK
