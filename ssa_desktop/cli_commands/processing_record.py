"""``ssa-desktop loeschfristen``: the deletion periods for the Träger's record of
processing activities (Art. 30 DSGVO) as PDF (docs/cli.md, docs/datenschutz.md)."""

from __future__ import annotations

from pathlib import Path


def arguments(p) -> None:
    p.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei (PDF)")


def run(args) -> int:
    from ..services import processing_record
    from .common import EXIT_OK, out, unlocked

    with unlocked(args) as session:
        path = processing_record.write_processing_record(session.conn, args.out)
    out(f"Löschfristen geschrieben: {path}")
    return EXIT_OK
