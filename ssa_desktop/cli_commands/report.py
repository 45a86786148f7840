"""``ssa-desktop report``: the Jahresbericht of one school and school year as PDF."""

from __future__ import annotations

from pathlib import Path


def arguments(p) -> None:
    p.add_argument("--year", metavar="JJJJ/JJ", required=True, help="Schuljahr, z. B. 2025/26")
    p.add_argument("--school", metavar="KÜRZEL", required=True,
                   help="Schule (Kürzel wie in den Einstellungen, oder ihr Name)")
    p.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei")


def run(args) -> int:
    from ..domain.schoolyear import SchoolYear
    from ..services import annual_report as svc
    from .common import EXIT_OK, UsageError, out, unlocked

    try:
        year = SchoolYear.parse(args.year)
    except ValueError:
        raise UsageError(f"„{args.year}“ ist kein Schuljahr (Beispiel: 2025/26).") from None
    with unlocked(args) as session:
        school_id, name, _ = svc.resolve_school(session.conn, args.school)
        svc.write_report(session.conn, school_id, year, args.out)
    out(f"Jahresbericht {year.label} für {name} geschrieben: {args.out}")
    return EXIT_OK
