"""``ssa-desktop report``: the Jahresbericht of one school and school year as PDF."""

from __future__ import annotations

from pathlib import Path


def arguments(p) -> None:
    p.add_argument("--year", metavar="JJJJ/JJ", required=True, help="Schuljahr, z. B. 2025/26")
    p.add_argument("--school", metavar="KÜRZEL", required=True,
                   help="Schule (Kürzel wie in den Einstellungen, oder ihr Name)")
    p.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei")
    p.add_argument("--names", choices=("replace", "print"), default=None,
                   help="Namen von Personen des Tresors in den Freitexten: durch „[Name]“ "
                        "ersetzen (replace) oder trotzdem drucken (print). Ohne die Angabe "
                        "wird der Bericht dann nicht geschrieben.")


def run(args) -> int:
    from ..domain.schoolyear import SchoolYear
    from ..services import annual_report as svc
    from ..services import names_in_text as names
    from .common import EXIT_OK, OperationFailed, UsageError, out, unlocked

    try:
        year = SchoolYear.parse(args.year)
    except ValueError:
        raise UsageError(f"„{args.year}“ ist kein Schuljahr (Beispiel: 2025/26).") from None
    with unlocked(args) as session:
        school_id, name, _ = svc.resolve_school(session.conn, args.school)
        try:
            svc.write_report(session.conn, school_id, year, args.out,
                             names_policy=args.names or names.REFUSE)
        except names.NamesInText as err:
            raise OperationFailed(f"{err} Oder mit --names replace die Namen durch „[Name]“ "
                                  "ersetzen, mit --names print trotzdem drucken.") from None
    out(f"Jahresbericht {year.label} für {name} geschrieben: {args.out}")
    return EXIT_OK
