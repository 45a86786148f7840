"""``ssa-desktop timeshare``: the time-share report as PDF, CSV or JSON (docs/cli.md)."""

from __future__ import annotations

from pathlib import Path

FORMATS = ("pdf", "csv", "json")


def arguments(p) -> None:
    p.add_argument("--year", metavar="JJJJ/JJ", required=True,
                   help="Schuljahr, z. B. 2025/26")
    p.add_argument("--school", metavar="KÜRZEL", default=None,
                   help="nur diese Schule (Kürzel oder Name); ohne: alle Schulen zusammen")
    p.add_argument("--quarter", metavar="N", type=int, default=None,
                   help="nur das Quartal N des Schuljahres (1 = Aug–Okt … 4 = Mai–Jul)")
    p.add_argument("--format", choices=FORMATS, required=True, help="pdf, csv oder json")
    p.add_argument("--out", metavar="DATEI", type=Path, required=True, help="Zieldatei")


def run(args) -> int:
    from .. import cli
    from ..domain.timeshare import TimeShareError
    from ..domain.worktime import WorkTimeError
    from ..services import timeshare as service

    try:
        year = service.parse_year(args.year)
    except TimeShareError as err:
        raise cli.UsageError(str(err)) from None
    if args.quarter is not None and args.quarter not in (1, 2, 3, 4):
        raise cli.UsageError("--quarter muss 1, 2, 3 oder 4 sein.")
    session = cli._unlock(args)
    try:
        conn = session.conn
        try:
            school_id = service.find_school(conn, args.school) if args.school else None
            period = service.quarter(year, args.quarter) if args.quarter else None
            report = service.compute(conn, year, school_id, period)
        except (TimeShareError, WorkTimeError) as err:
            raise cli.OperationFailed(str(err)) from None
        path = service.export_report(report, args.format, args.out)
    finally:
        session.lock()
    cli._out(f"Zeitanteile geschrieben: {path}")
    for problem in report.problems:
        cli._err(f"Hinweis: {problem}")
    return cli.EXIT_OK
