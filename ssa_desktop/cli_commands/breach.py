"""``ssa-desktop breach-report``: the data-breach notification draft (Art. 33/34 DSGVO)
as PDF, without the passphrase (docs/cli.md, docs/datenschutz.md "Datenpanne")."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def arguments(p) -> None:
    p.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei (PDF)")
    p.add_argument("--discovered", metavar="'JJJJ-MM-TT HH:MM'", default=None,
                   help="Zeitpunkt der Feststellung (Standard: jetzt)")
    p.add_argument("--incident", choices=("lost", "stolen", "copied", "other"), default="lost",
                   help="Art des Vorfalls: lost (verloren), stolen (gestohlen), copied (Datei "
                        "kopiert), other (sonstiges); Standard lost")


def _moment(text: str | None) -> datetime:
    from ..domain import clock
    from .common import UsageError

    if not text:
        return clock.now().replace(second=0, microsecond=0)
    try:
        if not text.isascii():  # strptime also reads full-width and other digits
            raise ValueError
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise UsageError("--discovered: bitte als 'JJJJ-MM-TT HH:MM' angeben, z. B. "
                         "'2026-11-21 14:30'.") from None


def run(args) -> int:
    from ..services import breach
    from .common import EXIT_OK, OperationFailed, out, vault_folder

    folder = vault_folder(args)
    if not folder.is_dir():
        raise OperationFailed(f"Der Tresor-Ordner {folder} existiert nicht.")
    discovered = _moment(args.discovered)
    breach.check_discovered(discovered)
    draft = breach.draft(folder, discovered, args.incident)
    path = breach.write_breach_pdf(args.out, draft)
    out(f"Entwurf der Meldung geschrieben: {path}")
    out(f"Frist (72 Stunden): {draft.deadline:%d.%m.%Y, %H:%M} Uhr")
    if breach.load_facts(folder) is None:
        out("Hinweis: Für diesen Tresor sind keine Zahlen erfasst (sie werden beim Entsperren "
             "gezählt). Bitte im Entwurf ergänzen.")
    out("Bitte prüfen und ergänzen, bevor die Meldung weitergegeben wird.")
    return EXIT_OK
