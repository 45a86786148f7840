"""``ssa-desktop slips``: Beratungszettel as PDF (a day's batch, one appointment, blank)."""

from __future__ import annotations

from pathlib import Path

from .common import whole_number


def arguments(p) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--date", metavar="JJJJ-MM-TT",
                       help="alle Termine dieses Tages mit Schüler:innen (ohne abgesagte)")
    which.add_argument("--appointment", metavar="ID", help="ein Termin (seine Kennung)")
    which.add_argument("--blank", metavar="N", type=whole_number, help="N leere Zettel zum Ausfüllen")
    p.add_argument("--layout", choices=("a6x4", "a4"), default="a6x4",
                   help="a6x4: 4 Zettel je A4-Seite mit Schnittlinien (Standard); "
                        "a4: 1 Zettel je Seite")
    p.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei")


def run(args) -> int:
    from ..formatting import fmt_date
    from ..services import appointments as svc
    from ..services.printing import save_slips
    from .common import EXIT_OK, OperationFailed, optional_date, out, unlocked

    day = optional_date(args.date)
    with unlocked(args) as session:
        if day is not None:
            slips = svc.slips_for_day(session.conn, day)
            if not slips:
                raise OperationFailed(f"Am {fmt_date(day)} gibt es keine Termine mit "
                                      "Schüler:innen. Es wurde nichts geschrieben.")
        elif args.appointment:
            slips = [svc.slip_data(session.conn, args.appointment)]
        else:
            slips = svc.blank_slips(session.conn, args.blank)
        save_slips(args.out, slips, args.layout)
    out(f"{len(slips)} Beratungszettel geschrieben: {args.out}")
    return EXIT_OK
