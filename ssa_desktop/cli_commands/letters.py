"""``ssa-desktop letter``: letters and forms from the built-in or her own templates.

``templates`` lists the kinds and the placeholders each may use (no vault), ``check``
checks her own template against a kind (no vault), ``make`` fills a letter from the
vault and writes it (``--out``, atomically) and, with ``--keep``, keeps it as a document.
``template-import|list|export|delete``: her own templates kept in the vault
(``services.letter_templates``); ``make --stored NAME`` uses one.
``member-list|add|end|remove``: who takes part in a group (``services.group_members``);
``serial``: one letter per member of a group, one PDF or DOCX (``services.letters.make_serial``).
"""

from __future__ import annotations

from pathlib import Path


def arguments(p) -> None:
    from . import common

    step = common.steps(p, "letter_action", run)

    s = step("templates", "Briefarten und ihre Platzhalter anzeigen", vault=False)
    s.add_argument("--kind", metavar="ART", help="nur diese Briefart")
    s = step("check", "eigene Vorlage (DOCX oder PDF-Formular) prüfen", vault=False)
    _template_arguments(s, required=True)
    s = step("make", "Brief aus dem Tresor füllen und als Datei schreiben", vault=True)
    _template_arguments(s, required=False)
    s.add_argument("--person", metavar="KENNUNG", required=True, help="Person (Kennung)")
    s.add_argument("--source", metavar="KENNUNG", default="",
                   help="Termin, Einwilligung, Fachstelle oder Gruppenangebot (Kennung; "
                        "offenes Angebot: „offen:Titel“), je nach Briefart")
    s.add_argument("--to", metavar="ANSCHRIFT", default="",
                   help="Anschrift, Zeilen mit „|“ getrennt („Frau Sommer|Lindenweg 4|79100 "
                        "Freiburg“)")
    s.add_argument("--stored", metavar="NAME", default="",
                   help="eigene Vorlage aus dem Tresor (Name, siehe template-list)")
    s.add_argument("--out", metavar="DATEI", type=Path, help="Zieldatei")
    s.add_argument("--outside", metavar="RECHTSGRUNDLAGE", default="",
                   help="der Empfänger ist nicht die Person und nicht ihre Sorgeberechtigten: "
                        "Sie bestätigen die Übermittlung, sie wird mit dieser Rechtsgrundlage "
                        "(consent, 8a, 4KKG, 34StGB, court, handover) im "
                        "Übermittlungsprotokoll eingetragen")
    s.add_argument("--keep", action="store_true",
                   help="den Brief als Dokument der Person im Tresor ablegen "
                        "(Schweigepflichtentbindung: bei ihrer Einwilligung)")
    s = step("template-import", "eigene Vorlage (.docx, .pdf oder .ssavorlage) im Tresor "
             "ablegen", vault=True)
    s.add_argument("file", metavar="DATEI", type=Path)
    s.add_argument("--kind", metavar="ART", default="",
                   help="Briefart (bei .ssavorlage: die der Datei)")
    s.add_argument("--name", default="", help="Name der Vorlage (ohne: der Dateiname)")
    s.add_argument("--map", metavar="FELD=PLATZHALTER", action="append", default=[],
                   help="PDF-Formular: Formularfeld einem Platzhalter zuordnen (mehrfach möglich)")
    step("template-list", "eigene Vorlagen im Tresor anzeigen", vault=True)
    s = step("template-export", "eigene Vorlage für eine Kollegin als Datei schreiben (ohne "
             "Personendaten)", vault=True)
    s.add_argument("name", metavar="NAME")
    s.add_argument("--out", metavar="DATEI", type=Path, required=True,
                   help="Zieldatei (.ssavorlage)")
    s = step("template-delete", "eigene Vorlage aus dem Tresor löschen", vault=True)
    s.add_argument("name", metavar="NAME")
    _member_arguments(step)
    s = step("serial", "Serienbrief: ein Brief je Mitglied einer Gruppe, eine Datei",
             vault=True)
    s.add_argument("--group", metavar="KENNUNG", required=True, help="Gruppenangebot (Kennung)")
    s.add_argument("--kind", metavar="ART", default="participation",
                   help="participation (Standard), invitation (mit --source, an die "
                        "Erziehungsberechtigten) oder general (mit --stored)")
    s.add_argument("--source", metavar="KENNUNG", default="",
                   help="mit --kind invitation: der Termin ohne Person (z. B. Elternabend)")
    s.add_argument("--person", metavar="KENNUNG", action="append", default=[],
                   help="nur diese Mitglieder (mehrfach möglich; ohne: alle, die jetzt teilnehmen)")
    s.add_argument("--guardians", action="store_true",
                   help="an die Erziehungsberechtigten (ihre Anschrift, ohne sie ihr Kontakt)")
    s.add_argument("--stored", metavar="NAME", default="",
                   help="eigene Vorlage aus dem Tresor (PDF-Formular oder Word-Vorlage; Name, "
                        "siehe template-list)")
    s.add_argument("--out", metavar="DATEI", type=Path,
                   help="Zieldatei: ein PDF (.pdf) oder eine DOCX-Datei (.docx, jeder Brief auf "
                        "einer neuen Seite; Word-Vorlage nur so)")
    s.add_argument("--outside", metavar="RECHTSGRUNDLAGE", default="",
                   help="alle Briefe gehen an eine andere Stelle (--to): jeder wird mit dieser "
                        "Rechtsgrundlage im Übermittlungsprotokoll eingetragen")
    s.add_argument("--to", metavar="ANSCHRIFT", default="",
                   help="mit --outside: die Anschrift der Stelle, Zeilen mit „|“ getrennt")
    s.add_argument("--keep", action="store_true",
                   help="jeden Brief als Dokument seiner Person im Tresor ablegen")


def _member_arguments(step) -> None:
    s = step("member-list", "Mitglieder einer Gruppe anzeigen", vault=True)
    s.add_argument("--group", metavar="KENNUNG", required=True)
    for action, text in (("member-add", "Person in eine Gruppe aufnehmen"),
                         ("member-end", "Teilnahme einer Person beenden"),
                         ("member-remove", "irrtümlich eingetragene Teilnahme löschen")):
        s = step(action, text, vault=True)
        s.add_argument("--group", metavar="KENNUNG", required=True)
        s.add_argument("--person", metavar="KENNUNG", required=True)
        if action != "member-remove":
            s.add_argument("--on", metavar="JJJJ-MM-TT", default="",
                           help="seit (member-add) bzw. bis (member-end); Standard: heute")


def _template_arguments(s, *, required: bool) -> None:
    s.add_argument("--kind", metavar="ART", required=True,
                   help="invitation, consent_release, referral, participation, appointment, "
                        "general")
    s.add_argument("--template", metavar="DATEI", type=Path, required=required,
                   help="eigene Vorlage: .docx oder ausfüllbares .pdf (ohne: der eingebaute Brief)")
    s.add_argument("--map", metavar="FELD=PLATZHALTER", action="append", default=[],
                   help="PDF-Formular: Formularfeld einem Platzhalter zuordnen (mehrfach möglich)")


def run(args) -> int:
    return {"templates": _templates, "check": _check, "make": _make,
            "template-import": _template_import, "template-list": _template_list,
            "template-export": _template_export,
            "template-delete": _template_delete, "member-list": _member_list,
            "member-add": _member_change, "member-end": _member_change,
            "member-remove": _member_change, "serial": _serial}[args.letter_action](args)


def _templates(args) -> int:
    from ..domain import letters as dl
    from .common import EXIT_OK, out

    kinds = [dl.kind_of(args.kind)] if args.kind else list(dl.KINDS.values())
    for kind in kinds:
        builtin = "eingebauter Brief" if kind.key in dl.BUILTIN else "nur eigene Vorlage"
        out(f"{kind.key}: {kind.title} ({builtin})")
        for name in dl.allowed_fields(kind):
            out(f"  {{{{ {name} }}}}  {dl.FIELDS[name]}")
    return EXIT_OK


def _mapping(args) -> dict[str, str]:
    from .common import UsageError

    mapping = {}
    for item in args.map:
        field, sep, placeholder = item.partition("=")
        if not sep or not field.strip() or not placeholder.strip():
            raise UsageError(f"--map „{item}“: bitte als FELD=PLATZHALTER angeben.")
        mapping[field.strip()] = placeholder.strip()
    return mapping


def _read_template(path: Path) -> tuple[bytes, str]:
    from ..services import letters as svc
    from .common import OperationFailed

    kind = svc.template_type(path)
    try:
        return path.read_bytes(), kind
    except OSError as err:
        raise OperationFailed(f"Die Vorlage „{path}“ kann nicht gelesen werden: "
                              f"{err.strerror or err}.") from None


def _check(args) -> int:
    from ..services import letters as svc
    from .common import EXIT_OK, out

    data, kind = _read_template(args.template)
    names = svc.check_template(data, kind, args.kind, _mapping(args))
    out(f"Die Vorlage ist in Ordnung ({len(names)} Platzhalter): " + ", ".join(sorted(names)))
    return EXIT_OK


def _make(args) -> int:
    from dataclasses import replace

    from ..services import letter_templates as store
    from ..services import letters as svc
    from .common import EXIT_OK, UsageError, out, unlocked

    if args.out is None and not args.keep:
        raise UsageError("Bitte --out DATEI und/oder --keep angeben.")
    if args.template and args.stored:
        raise UsageError("Bitte entweder --template oder --stored angeben.")
    if args.outside and args.out is None:
        raise UsageError("--outside gilt für --out (der Brief geht hinaus); beim Ablegen im "
                         "Tresor wird nichts übermittelt.")
    data, kind = _read_template(args.template) if args.template else (None, "")
    request = svc.LetterRequest(args.kind, args.person, args.source,
                                "\n".join(args.to.split("|")), template=data,
                                template_type=kind, mapping=_mapping(args),
                                outside=bool(args.outside), legal_basis=args.outside)
    with unlocked(args) as session:
        if args.stored:
            stored = store.get(session.conn, args.stored)
            request = replace(request, template_id=stored.id)
        made = svc.make(session.conn, request)
        svc.check_disclosure(session.conn, request)
        if args.out is not None:
            svc.save_to(args.out, made)
            out(f"{made.title} geschrieben: {args.out}")
            logged = svc.disclose(session.conn, request)
            if logged is not None:
                out(f"Im Übermittlungsprotokoll eingetragen: {svc.describe_disclosure(logged)}")
        if args.keep:
            name = args.template.name if args.template else args.stored
            doc = svc.keep(session, request, made, name)
            out(f"Als Dokument im Tresor abgelegt: „{doc.title}“")
    return EXIT_OK


def _template_import(args) -> int:
    from ..domain import letters as dl
    from ..services import letter_templates as store
    from .common import EXIT_OK, out, unlocked

    mapping = _mapping(args) or None
    with unlocked(args) as session:
        kept = store.import_template_file(session.conn, args.file, name=args.name,
                                          kind_key=args.kind, mapping=mapping)
    out(f"Vorlage „{kept.name}“ ({dl.kind_of(kept.kind).title}) im Tresor abgelegt.")
    return EXIT_OK


def _template_list(args) -> int:
    from ..services import letter_templates as store
    from .common import EXIT_OK, fmt_size, out, unlocked

    with unlocked(args, read_only=True) as session:
        kept = store.stored_templates(session.conn)
    out(f"{len(kept)} eigene Vorlage(n) im Tresor")
    for t in kept:
        mapped = f"  {len(t.mapping)} Felder zugeordnet" if t.mapping else ""
        out(f"{t.name}  {t.kind}  {t.file_type}  {fmt_size(t.size)}  {t.added[:10]}{mapped}")
    return EXIT_OK


def _template_export(args) -> int:
    from ..services import letter_templates as store
    from .common import EXIT_OK, out, unlocked

    with unlocked(args, read_only=True) as session:
        path = store.export_template(session.conn, store.get(session.conn, args.name).id,
                                     args.out)
    out(f"Vorlage geschrieben (ohne Personendaten): {path}")
    return EXIT_OK


def _template_delete(args) -> int:
    from ..services import letter_templates as store
    from .common import EXIT_OK, out, unlocked

    with unlocked(args) as session:
        template = store.get(session.conn, args.name)
        store.delete_template(session.conn, template.id)
    out(f"Vorlage „{template.name}“ gelöscht.")
    return EXIT_OK


def _member_list(args) -> int:
    from ..formatting import fmt_date
    from ..services import group_members
    from .common import EXIT_OK, out, unlocked

    with unlocked(args, read_only=True) as session:
        members = group_members.members(session.conn, args.group)
    out(f"{len(members)} Mitglied(er)")
    for m in members:
        until = fmt_date(m.membership.left_on) if m.membership.left_on else ""
        out(f"{m.person.id}  {m.person.pseudonym}  seit {fmt_date(m.membership.joined)}"
            + (f"  bis {until}" if until else ""))
    return EXIT_OK


def _member_change(args) -> int:
    from ..domain.errors import UserError
    from ..services import group_members
    from .common import EXIT_OK, optional_date, out, unlocked

    day = optional_date(getattr(args, "on", ""))
    with unlocked(args) as session:
        conn = session.conn
        if args.letter_action == "member-add":
            group_members.add_member(conn, args.group, args.person, day)
            out("Aufgenommen.")
            return EXIT_OK
        member = next((m.membership for m in group_members.members(conn, args.group)
                       if m.person.id == args.person), None)
        if member is None:
            raise UserError("Diese Person gehört nicht zu dieser Gruppe.")
        if args.letter_action == "member-end":
            group_members.end_membership(conn, member.id, day)
            out("Teilnahme beendet.")
        else:
            group_members.remove_member(conn, member.id)
            out("Teilnahme gelöscht.")
    return EXIT_OK


def _serial(args) -> int:
    from ..services import group_members
    from ..services import letter_templates as store
    from ..services import letters as svc
    from .common import EXIT_OK, UsageError, out, unlocked

    if args.out is None and not args.keep:
        raise UsageError("Bitte --out DATEI.pdf und/oder --keep angeben.")
    if bool(args.outside) != bool(args.to):
        raise UsageError("--outside und --to gehören zusammen (die Stelle und die "
                         "Rechtsgrundlage der Übermittlung).")
    if args.outside and args.out is None:
        raise UsageError("--outside gilt für --out (die Briefe gehen hinaus).")
    with unlocked(args) as session:
        conn = session.conn
        people = tuple(args.person) or tuple(
            m.person.id for m in group_members.members(conn, args.group) if m.current)
        template_id = store.get(conn, args.stored).id if args.stored else ""
        address = "\n".join(args.to.split("|"))
        serial = svc.SerialRequest(args.kind, args.group, people, args.guardians,
                                   {p: address for p in people} if address else {},
                                   template_id=template_id, outside=bool(args.outside),
                                   legal_basis=args.outside, source_id=args.source)
        letters = svc.make_serial(conn, serial)
        svc.check_serial_disclosures(conn, [r for r, _made in letters])
        if args.out is not None:
            svc.save_serial(args.out, letters)
            out(f"{len(letters)} Briefe geschrieben: {args.out}")
            logged = svc.disclose_serial(conn, letters)
            if logged:
                out(f"Im Übermittlungsprotokoll eingetragen: {logged} Übermittlung(en).")
        if args.keep:
            svc.keep_serial(session, letters, args.stored)
            out(f"{len(letters)} Briefe als Dokumente ihrer Personen im Tresor abgelegt.")
    return EXIT_OK
