"""``ssa-desktop document …``: her documents in the vault (docs/documents.md, docs/cli.md).

    document add    --vault DIR (--person ID | --case ID | --consent ID | --procedure ID)
                    --kind consent|release|letter|report|other --title T [--day JJJJ-MM-TT] FILE
    document list   --vault DIR [--person ID | --case ID | --consent ID | --procedure ID]
    document export --vault DIR ID --out FILE --to EMPFÄNGER --basis CODE [--day JJJJ-MM-TT]
    document delete --vault DIR ID

The same rules as in the window: taken by content, refused with a German sentence,
exported only to the file named with --out (atomically; a synced folder only with
--allow-synced-folder) as a disclosure logged in the Übermittlungsprotokoll (recipient
--to, legal basis --basis; with ``consent`` a consent valid that day must name --to).
"""

from __future__ import annotations

from datetime import date

from ssa_desktop.cli_commands import common
from ssa_desktop.cli_commands.common import EXIT_OK, UsageError, out, unlocked
from ssa_desktop.domain.catalogues import LEGAL_BASES

OWNER_OPTIONS = ("person", "case", "consent", "procedure")


def arguments(p) -> None:
    step = common.steps(p, "document_action")

    add = step("add", "ein Dokument hinzufügen")
    owner = add.add_mutually_exclusive_group(required=True)
    for name in OWNER_OPTIONS:
        owner.add_argument(f"--{name}", metavar="ID")
    add.add_argument("--kind", required=True,
                     help="consent (Einwilligung), release (Schweigepflichtentbindung), "
                          "letter (Brief), report (Bescheid/Bericht), other (Sonstiges)")
    add.add_argument("--title", required=True)
    add.add_argument("--day", metavar="JJJJ-MM-TT", help="Datum des Dokuments (sonst heute)")
    add.add_argument("file", metavar="DATEI")
    listing = step("list", "Dokumente auflisten (alle, einer Person oder eines Eintrags)")
    whose = listing.add_mutually_exclusive_group()
    for name in OWNER_OPTIONS:
        whose.add_argument(f"--{name}", metavar="ID")
    export = step("export", "ein Dokument in eine Datei schreiben (eine Übermittlung, protokolliert)")
    export.add_argument("id")
    export.add_argument("--out", required=True, metavar="DATEI")
    export.add_argument("--to", required=True, metavar="EMPFÄNGER", help="an wen es geht")
    export.add_argument("--basis", required=True, metavar="CODE",
                        help="Rechtsgrundlage: " + ", ".join(LEGAL_BASES.codes()))
    export.add_argument("--day", metavar="JJJJ-MM-TT", help="Tag der Übermittlung (sonst heute)")
    delete = step("delete", "ein Dokument löschen (mit Grabstein)")
    delete.add_argument("id")


def _day(text: str | None) -> date:
    from ssa_desktop.domain import clock

    if not text:
        return clock.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--day: „{text}“ ist kein Datum der Form JJJJ-MM-TT.") from None


def run(args) -> int:
    from ssa_desktop.services import documents

    with unlocked(args) as session:
        conn = session.conn
        action = args.document_action
        if action == "add":
            kind_of_owner = next(n for n in OWNER_OPTIONS if getattr(args, n))
            data = documents.read_source(args.file)
            doc = documents.add_document(conn, documents.Owner(kind_of_owner, getattr(args, kind_of_owner)),
                                         args.kind, args.title, _day(args.day), data, args.file)
            out(doc.id)
        elif action == "list":
            owner = next((n for n in OWNER_OPTIONS if getattr(args, n)), None)
            docs = (documents.documents_of(conn, documents.Owner(owner, getattr(args, owner)))
                    if owner else documents.every_document(conn))
            for doc in docs:
                out("\t".join((doc.id, doc.day.isoformat(), doc.kind, doc.mime, str(doc.size),
                               doc.title)))
        elif action == "export":
            target = documents.export_document(conn, args.id, args.out, args.to, args.basis,
                                               _day(args.day))
            out(f"{target} (im Übermittlungsprotokoll eingetragen)")
        else:
            documents.delete_document(conn, args.id)
            out("Dokument gelöscht.")
    return EXIT_OK
