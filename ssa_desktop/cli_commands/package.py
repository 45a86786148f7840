"""``ssa-desktop package …``: Vertretungspaket, its return, handing on one school
(docs/cli.md "Pakete", docs/handover.md).

    package propose  --vault DIR --from D --to D
    package create   --vault DIR --from D --to D --deputy NAME [--role R] [--for NAME]
                     [--without ID …] [--with ID:EXTRA[,EXTRA] …] [--send-due ID …] [--document ID …]
                     --out FILE|DIR [--sheet PDF]
    package create   --vault DIR --school KÜRZEL --successor NAME [--role R] [--send-due ID …]
                     [--document ID …] --out … [--sheet PDF]
    package open     --package FILE
    package contact  --package FILE --person ID [--case ID] --day D [--time HH:MM] --kind EB
                     --minutes N [--topic T …] [--participant P …] [--place ORT]
                     [--interpreting CODE] [--note T] [--rate GOAL=LEVEL …]   (one option
                     per coded field of a contact, from its declaration: docs/cli.md)
    package appointment --package FILE --person ID --day D --start HH:MM --end HH:MM
                     [--room R] [--note T]
    package mark     --package FILE --appointment ID --status attended|missed|cancelled
    package document --package FILE --person ID --kind consent|release|letter|report|other
                     --title T [--day D] FILE
    package return   --package FILE --out FILE|DIR
    package import   --vault DIR FILE [--keep-mine REF|all] [--take-theirs REF|all]
    package receive  --vault DIR --package FILE --receipt-out FILE|DIR
    package receipt  --vault DIR FILE

The package key is asked on the terminal (or read from SSA_PACKAGE_KEY). Exit codes:
0 done, 1 failed (German message, nothing changed), 2 wrong call, 3 conflicts left open
(import/receive: everything else is read, nothing of yours overwritten), 4 the package
was expired and has been deleted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ssa_desktop.cli_commands import common
from ssa_desktop.cli_commands.common import (
    EXIT_CONFLICTS,
    EXIT_OK,
    NO_CONSOLE_FOR_PACKAGE_KEY,
    OperationFailed,
    UsageError,
    ask_hidden,
    err,
    has_console,
    out,
    print_key,
    report_conflicts,
    resolutions,
    unlocked,
    whole_number,
)

ENV_PACKAGE_KEY = "SSA_PACKAGE_KEY"
EXIT_EXPIRED = 4
MARKS = ("attended", "missed", "cancelled", "planned")


def arguments(p) -> None:
    step = common.steps(p, "package_action", run)

    s = step("propose", "Personen anzeigen, die für ein Vertretungspaket vorgeschlagen werden",
             vault=True)
    _period(s)
    s = step("create", "Vertretungspaket (--deputy) oder Übergabepaket einer Schule "
                       "(--school) schreiben; zeigt den Paketschlüssel einmal an", vault=True)
    s.add_argument("--from", dest="first", metavar="JJJJ-MM-TT", help="erster Tag der Vertretung")
    s.add_argument("--to", dest="last", metavar="JJJJ-MM-TT", help="letzter Tag der Vertretung")
    s.add_argument("--deputy", metavar="NAME", help="Name der Vertretung")
    s.add_argument("--role", metavar="TEXT", default="", help="Funktion der Vertretung / Nachfolge")
    s.add_argument("--for", dest="for_name", metavar="NAME", default="",
                   help="Ihr Name, wie ihn die Vertretung sieht („Vertretung für …“)")
    s.add_argument("--without", metavar="KENNUNG", action="append", default=[],
                   help="diese vorgeschlagene Person nicht ins Paket (mehrfach möglich)")
    s.add_argument("--with", dest="extras", metavar="KENNUNG:ZUSATZ[,ZUSATZ]", action="append",
                   default=[], help="für diese Person zusätzlich mitgeben: person_note, "
                   "case_notes, case_goals, appointment_notes (mehrfach möglich; ohne "
                   "--with gehen keine Notizen und Ziele mit)")
    s.add_argument("--send-due", dest="send_due", metavar="KENNUNG", action="append", default=[],
                   help="eine Person, die zur Löschung fällig ist, trotzdem mitgeben "
                        "(ohne bleibt sie draußen; mehrfach möglich)")
    s.add_argument("--school", metavar="KÜRZEL",
                   help="Übergabe dieser Schule an die Nachfolge (Schulkürzel, Name oder Kennung)")
    s.add_argument("--successor", metavar="NAME", help="Name der Nachfolge (mit --school)")
    s.add_argument("--document", dest="documents", metavar="KENNUNG", action="append", default=[],
                   help="dieses Dokument mitgeben (Schule oder Vertretung; mehrfach "
                        "möglich; ohne geht kein Dokument mit)")
    s.add_argument("--out", metavar="DATEI|ORDNER", type=Path, required=True,
                   help="Paketdatei oder Ordner (der Dateiname enthält keinen Schlüssel)")
    s.add_argument("--sheet", metavar="DATEI.pdf", type=Path,
                   help="Paketblatt mit dem Schlüssel als PDF schreiben")
    s = step("open", "Paket öffnen und anzeigen, was es enthält (Vertretung: für wen, bis wann)",
             vault=False)
    s.add_argument("--package", metavar="DATEI", type=Path, required=True, help="Paketdatei")
    s = step("contact", "Vertretung: Kontakt mit einer Person des Pakets eintragen (in "
                        "einem ihrer offenen Fälle oder ohne Fall)", vault=False)
    s.add_argument("--package", metavar="DATEI", type=Path, required=True, help="Paketdatei")
    s.add_argument("--person", metavar="KENNUNG", required=True,
                   help="Person (Kennung aus „open“)")
    s.add_argument("--case", metavar="KENNUNG", default=None,
                   help="offener Fall der Person (ohne: Kontakt ohne Fall)")
    s.add_argument("--day", metavar="JJJJ-MM-TT", required=True,
                   help="Datum (nicht in der Zukunft)")
    s.add_argument("--time", metavar="HH:MM", default="", help="Uhrzeit")
    s.add_argument("--kind", metavar="ART", default="EB", help="Kontaktart (Standard EB)")
    s.add_argument("--minutes", metavar="N", type=whole_number, required=True,
                   help="Dauer in Minuten (1–600)")
    s.add_argument("--topic", metavar="THEMA", action="append", default=[],
                   help="Thema (Code, mehrfach möglich)")
    s.add_argument("--participant", metavar="BETEILIGTE", action="append", default=[],
                   help="Beteiligte: pupil, parent, teacher, other (mehrfach möglich; "
                        "Standard pupil)")
    s.add_argument("--place", metavar="ORT", default="",
                   help="Ort: school, home_visit, phone, online, elsewhere (ohne: nicht erfasst)")
    _coded_arguments(s)
    s.add_argument("--note", metavar="TEXT", default="", help="Notiz")
    s.add_argument("--rate", metavar="KENNUNG=STUFE", action="append", default=[],
                   help="ein übergebenes Ziel des Falls mit dem Kontakt einschätzen (Kennung "
                        "aus „open“, Stufe der Skala des Ziels; mehrfach möglich; freiwillig)")
    s = step("appointment", "Vertretung: Termin mit einer Person des Pakets eintragen",
             vault=False)
    s.add_argument("--package", metavar="DATEI", type=Path, required=True, help="Paketdatei")
    s.add_argument("--person", metavar="KENNUNG", required=True, help="Person (Kennung aus „open“)")
    s.add_argument("--day", metavar="JJJJ-MM-TT", required=True, help="Datum")
    s.add_argument("--start", metavar="HH:MM", required=True, help="Beginn")
    s.add_argument("--end", metavar="HH:MM", required=True, help="Ende")
    s.add_argument("--room", metavar="RAUM", default="", help="Raum")
    s.add_argument("--note", metavar="TEXT", default="", help="Notiz")
    s = step("mark", "Vertretung: Termin als wahrgenommen, nicht erschienen oder abgesagt "
                     "markieren", vault=False)
    s.add_argument("--package", metavar="DATEI", type=Path, required=True, help="Paketdatei")
    s.add_argument("--appointment", metavar="KENNUNG", required=True,
                   help="Termin (Kennung aus „open“)")
    s.add_argument("--status", required=True, choices=MARKS,
                   help="attended (wahrgenommen), missed (nicht erschienen), cancelled "
                        "(abgesagt), planned (wieder geplant)")
    s = step("document", "Vertretung: ein Dokument zu einer Person des Pakets hinzufügen (es "
                         "geht mit der Rückgabe zur Kollegin)", vault=False)
    s.add_argument("--package", metavar="DATEI", type=Path, required=True, help="Paketdatei")
    s.add_argument("--person", metavar="KENNUNG", required=True, help="Person (Kennung aus „open“)")
    s.add_argument("--kind", required=True,
                   help="consent (Einwilligung), release (Schweigepflichtentbindung), "
                        "letter (Brief), report (Bescheid/Bericht), other (Sonstiges)")
    s.add_argument("--title", required=True, help="Titel")
    s.add_argument("--day", metavar="JJJJ-MM-TT", default=None,
                   help="Datum des Dokuments (sonst heute)")
    s.add_argument("file", metavar="DATEI", type=Path,
                   help="PDF, JPEG, PNG, TIFF, DOCX oder ODT, höchstens 25 MB")
    s = step("return", "Vertretung: Rückgabe schreiben (nur was die Vertretung eingetragen "
                       "oder geändert hat)", vault=False)
    s.add_argument("--package", metavar="DATEI", type=Path, required=True, help="Paketdatei")
    s.add_argument("--out", metavar="DATEI|ORDNER", type=Path, required=True, help="Rückgabedatei")
    s.add_argument("--last", action="store_true",
                   help="die letzte Rückgabe: ihr Einlesen beendet die Vertretung")
    s = step("import", "Rückgabe der Vertretung in den eigenen Tresor einlesen", vault=True)
    s.add_argument("file", metavar="DATEI", type=Path, help="Rückgabedatei")
    _resolution_options(s)
    s = step("receive", "Nachfolge: Übergabepaket einer Schule einlesen und die "
                        "Empfangsquittung schreiben", vault=True)
    s.add_argument("--package", metavar="DATEI", type=Path, required=True, help="Paketdatei")
    s.add_argument("--receipt-out", metavar="DATEI|ORDNER", type=Path, required=True,
                   help="wohin die Empfangsquittung geschrieben wird")
    _resolution_options(s)
    s = step("receipt", "Empfangsquittung der Nachfolge prüfen und danach die Daten der "
                        "übergebenen Schule löschen (die anonyme Statistik bleibt)", vault=True)
    s.add_argument("file", metavar="DATEI", type=Path, help="Empfangsquittung")


def _period(s) -> None:
    s.add_argument("--from", dest="first", metavar="JJJJ-MM-TT", required=True,
                   help="erster Tag der Vertretung")
    s.add_argument("--to", dest="last", metavar="JJJJ-MM-TT", required=True,
                   help="letzter Tag der Vertretung")


def _resolution_options(s) -> None:
    s.add_argument("--keep-mine", metavar="KONFLIKT", action="append", default=[],
                   help="bei diesem Konflikt (oder allen: all) den eigenen Eintrag behalten")
    s.add_argument("--take-theirs", metavar="KONFLIKT", action="append", default=[],
                   help="bei diesem Konflikt (oder allen: all) den Eintrag aus der Datei "
                        "übernehmen")


def _day(text: str | None, option: str) -> date:

    if not text:
        raise UsageError(f"{option}: bitte ein Datum der Form JJJJ-MM-TT angeben.")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: „{text}“ ist kein Datum der Form JJJJ-MM-TT.") from None


def _period_of(args):
    from ssa_desktop.domain import handover as rules

    try:
        return rules.Period(_day(args.first, "--from"), _day(args.last, "--to"))
    except rules.HandoverRuleError as exc:
        raise UsageError(str(exc)) from None


def _key() -> str:

    return os.environ.get(ENV_PACKAGE_KEY) or ask_hidden("Paketschlüssel: ", ENV_PACKAGE_KEY)


def run(args) -> int:
    from ssa_desktop.services import handover as svc

    action = {"propose": _propose, "create": _create, "open": _open, "contact": _contact,
              "appointment": _appointment, "mark": _mark, "document": _document,
              "return": _return,
              "import": _import,
              "receive": _receive, "receipt": _receipt}[args.package_action]
    try:
        return action(args)
    except svc.PackageExpired as expired:  # deleted on opening: its own exit code
        err(f"ssa-desktop: {expired}")
        return EXIT_EXPIRED


def _propose(args) -> int:
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_deputy

    period = _period_of(args)
    with unlocked(args) as session:
        found = handover_deputy.candidates(session.conn, period)
        proposed, missing = rules.propose(found), rules.not_proposed(found)
        due = svc.due_persons(session.conn, [c.person_id for c in proposed])
    out(f"Vorgeschlagen für die Vertretung {period.first:%d.%m.%Y}–{period.last:%d.%m.%Y}: "
        f"{len(proposed)} Person(en) mit Einwilligung „Weitergabe an die Vertretung“, gültig "
        "heute und an jedem Tag des Zeitraums")
    for c in proposed:
        out(f"  {c.person_id}  {c.pseudonym}  ({c.school}; {c.reasons})")
    if missing:
        out(f"Nicht vorgeschlagen (gebraucht, aber die Einwilligung reicht nicht): "
            f"{len(missing)} Person(en)")
        for c in missing:
            out(f"  {c.person_id}  {c.pseudonym}  ({c.school}): {c.not_proposed_reason}")
    for d in due:
        out(f"Zur Löschung fällig (geht nur mit --send-due {d.person_id} mit): {d.person_id}  "
            f"{d.pseudonym} – {d.reason}")
    out("Notizen und Ziele gehen nur mit, wenn Sie sie je Person mit --with KENNUNG:ZUSATZ "
        f"angeben ({', '.join(rules.EXTRAS)}).")
    return EXIT_OK


def _extras(values: list[str]) -> dict[str, set[str]]:
    """``--with ID:EXTRA[,EXTRA]`` → {id: {extra, …}} (names checked by the service)."""

    extras: dict[str, set[str]] = {}
    for value in values:
        pid, sep, names = value.partition(":")
        if not sep or not pid.strip() or not names.strip():
            raise UsageError(f"--with: „{value}“ hat nicht die Form KENNUNG:ZUSATZ (z. B. "
                             "KENNUNG:person_note,case_notes).")
        extras.setdefault(pid.strip(), set()).update(n.strip() for n in names.split(",")
                                                     if n.strip())
    return extras


def _print_key(key_text: str) -> None:

    print_key("Paketschlüssel (nur jetzt angezeigt; getrennt von der Datei übergeben):",
              key_text)


def _sheet(args, result) -> None:
    from ssa_desktop.services import handover as svc

    if args.sheet:
        out(f"Paketblatt geschrieben: {svc.write_sheet(args.sheet, result)}")


def _create(args) -> int:
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.domain.handover import count_text
    from ssa_desktop.services import handover_deputy, handover_school

    if not has_console():   # the key shown once, to nobody: the sheet is its only way
        if not args.sheet:
            raise UsageError(NO_CONSOLE_FOR_PACKAGE_KEY)
        from ssa_desktop.services.session import takes_new_folder

        sheet = Path(args.sheet).expanduser()
        if sheet.is_dir() or not takes_new_folder(sheet.parent):
            raise OperationFailed(f"Das Paketblatt kann nicht nach {sheet} geschrieben "
                                  "werden; ohne Konsolenfenster wäre der Paketschlüssel "
                                  "verloren. Es wurde kein Paket geschrieben.")
    if args.school:
        if not args.successor:
            raise UsageError("--school braucht --successor NAME (wer die Schule übernimmt).")
        successor = rules.check_deputy(args.successor, args.role, who="Nachfolge")
        with unlocked(args) as session:
            from ssa_desktop.services.schools import find_school

            # code, name or id: the one resolver of every command
            school_id = find_school(session.conn, args.school).id
            result = handover_school.create_school_package(session.conn, school_id, successor,
                                                           args.out, send_due=args.send_due,
                                                           documents=args.documents)
    else:
        if not args.deputy:
            raise UsageError("Bitte --deputy NAME (Vertretungspaket) oder --school KENNUNG "
                             "(Übergabe einer Schule) angeben.")
        period = _period_of(args)
        deputy = rules.check_deputy(args.deputy, args.role)
        extras = _extras(args.extras)
        with unlocked(args) as session:
            chosen = [c.person_id for c in handover_deputy.propose(session.conn, period)
                      if c.person_id not in set(args.without)]
            result = handover_deputy.create_deputy_package(
                session.conn, period, deputy, chosen, args.out, for_name=args.for_name,
                extras=extras, send_due=args.send_due, documents=args.documents)
    out(f"Paket geschrieben: {result.path}")
    out("Enthalten: " + count_text(result.counts))
    _show_due(result)
    out(f"Im Übermittlungsprotokoll eingetragen: {len(result.persons)} Person(en) an "
        f"„{result.recipient}“.")
    if result.expires:
        out(f"Das Paket löscht sich beim Öffnen ab dem {result.expires:%d.%m.%Y}.")
    _print_key(result.key_text)
    _sheet(args, result)
    return EXIT_OK


def _show_due(result) -> None:
    """The persons due for deletion: left out (the default), or sent with --send-due."""
    for d in result.left_out:
        out(f"Nicht mitgegeben (Löschung fällig): {d.person_id}  {d.pseudonym} – {d.reason}")
    if result.left_out:
        out("Sie bleiben bei Ihnen. Trotzdem mitgeben: --send-due KENNUNG (z. B. "
            f"--send-due {result.left_out[0].person_id}).")
    for d in result.sent_due:
        out(f"Trotzdem mitgegeben (Löschung fällig): {d.person_id}  {d.pseudonym} – {d.reason}")


def _show_overview(view, trends: dict) -> None:
    """The rows of the deputy's window, as text (``package open``), section by section."""
    _show_persons(view.persons)
    out("Offene Fälle:")
    for c in view.cases:
        out(f"  {c.id}  {c.person}  {c.title}  (seit {c.opened:%d.%m.%Y})")
    _show_appointments(view.appointments)
    out("§ 8a-Fristen:")
    for d in view.deadlines:
        due = f"{d.due:%d.%m.%Y}" if d.due else "ohne Frist"
        out(f"  {due}  {d.person}  nächster Schritt: {d.next_step_label}")
    _show_contacts(view.contacts)
    _show_goals(view.goals, trends)


def _show_goals(handed, trends: dict) -> None:
    """The goals handed over (the heading only when there are some), each with its id,
    its scale's levels and its last rating with who rated it (the trend tab, as text;
    ``trends``: goal id → its trend)."""
    from ssa_desktop.domain import goals as g
    from ssa_desktop.formatting import fmt_date

    if handed:
        out("Ziele (einschätzen mit --rate KENNUNG=STUFE):")
    for row in handed:
        trend = trends[row.id]
        goal, levels = trend.goal, trend.goal.levels
        last = (f"zuletzt {g.level_label(goal.scale, trend.ratings[-1].level, minus='-')} am "
                f"{fmt_date(trend.ratings[-1].day)}, {trend.ratings[-1].rated_by}"
                if trend.ratings else "noch nicht eingeschätzt")
        out(f"  {row.id}  {row.person}  {row.text}  (Stufen "
            f"{g.level_label(goal.scale, levels[0], minus='-')} … {g.level_label(goal.scale, levels[-1], minus='-')}; "
            f"{last})")


def _show_persons(persons) -> None:
    """Each person by id and pseudonym, with name, class and school where known, and how
    the guardians are reached where handed over."""
    out("Personen:")
    for p in persons:
        about = "; ".join(x for x in (p.name, p.class_label and f"Klasse {p.class_label}",
                                      p.school) if x)
        out(f"  {p.id}  {p.pseudonym}" + (f"  ({about})" if about else "")
            + (f"  Eltern / Kontakt: {p.guardian_contact}" if p.guardian_contact else ""))


def _show_appointments(appointments) -> None:
    """Each appointment with day, time, person, room (where set) and status."""
    from ssa_desktop.domain.catalogues import APPOINTMENT_STATUS

    out("Termine:")
    for a in appointments:
        room = f", Raum {a.room}" if a.room else ""
        out(f"  {a.id}  {a.day:%d.%m.%Y} {a.start}–{a.end}  {a.person}{room}  "
            f"({APPOINTMENT_STATUS.label(a.status)})")


def _show_contacts(contacts) -> None:
    """The deputy's own contacts (the heading only when there are some), each with a line
    of the coded fields recorded with it."""
    from ssa_desktop.domain.catalogues import CONTACT_KINDS, TOPICS

    if contacts:
        out("Kontakte der Vertretung:")
    for k in contacts:
        topics = ", ".join(TOPICS.label(t) for t in k.topics)
        out(f"  {k.day:%d.%m.%Y} {k.time}  {k.person}  {k.case or 'ohne Fall'}  "
            f"{CONTACT_KINDS.label(k.kind)}, {k.duration_min} Min." + (f"  {topics}" if topics
                                                                       else ""))
        if k.coded:   # what she recorded with it: Ort, Sprachmittlung … (as in the window)
            out("    " + " · ".join(f"{label}: {entry}" for label, entry in k.coded))


def _open(args) -> int:
    from ssa_desktop.domain.handover import count_text
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_deputy_work

    pkg, info = svc.open_package(args.package, _key())
    try:
        out(info.label)
        if info.expires:
            out(f"Wird gelöscht ab: {info.expires:%d.%m.%Y}")
        out("Inhalt: " + count_text(dict(sorted(info.counts.items()))))
        if info.kind == "vertretung":
            view = handover_deputy_work.deputy_overview(pkg)
            _show_overview(view, {goal.id: handover_deputy_work.goal_trend(pkg, goal.id)
                                  for goal in view.goals})
    finally:
        pkg.close()
    return EXIT_OK


@contextlib.contextmanager
def _deputy_package(args) -> Iterator:
    """The Vertretungspaket ``--package`` opened for her entries (its key asked), closed
    after them whatever happens: every deputy command writes into it the same way."""
    from ssa_desktop.services import handover as svc

    pkg, _info = svc.open_package(args.package, _key(), writable=True,
                                  expected_kind="vertretung")
    try:
        yield pkg
    finally:
        pkg.close()


def _coded_arguments(s: argparse.ArgumentParser) -> None:
    """One option per coded field a contact declares with ``captured`` (``--interpreting``
    for Sprachmittlung …), from the declaration: a field added there is offered here."""
    from ssa_desktop.domain.columns import chosen_columns
    from ssa_desktop.domain.entities import Contact

    for column in chosen_columns(Contact):
        codes = ", ".join(column.catalogue.codes()) if column.catalogue else ""
        s.add_argument("--" + column.name.replace("_", "-"), dest=f"coded_{column.name}",
                       metavar="CODE", default="",
                       help=f"{column.label or column.name}: {codes} (ohne: nicht erfasst)")


def _coded(args) -> dict[str, str]:
    """The codes given by the options of ``_coded_arguments``."""
    return {name[len("coded_"):]: value for name, value in vars(args).items()
            if name.startswith("coded_") and value}


def _contact(args) -> int:
    from ssa_desktop.domain import goals as g
    from ssa_desktop.services import handover_deputy_work

    day = _day(args.day, "--day")
    entry = handover_deputy_work.DeputyContactEntry(
        args.person, args.case, day, args.kind, args.minutes, time=args.time,
        participants=tuple(args.participant) or ("pupil",), topics=tuple(args.topic),
        note=args.note, place=args.place, coded=_coded(args), ratings=_ratings(args.rate))
    with _deputy_package(args) as pkg:
        contact = handover_deputy_work.deputy_add_contact(pkg, entry)
        rated = [(handover_deputy_work.goal_trend(pkg, goal_id).goal, level)
                 for goal_id, level in entry.ratings.items()]
    at = f" {contact.time}" if contact.time else ""
    out(f"Kontakt eingetragen: {contact.day:%d.%m.%Y}{at}, {contact.duration_min} Minuten"
        f"{'' if contact.case_id else ' (ohne Fall)'}.")
    for goal, level in rated:
        out(f"Ziel eingeschätzt: {goal.text}: {g.level_label(goal.scale, level, minus='-')} "
            f"{goal.anchor(level)}")
    return EXIT_OK


def _ratings(given: list[str]) -> dict[str, int]:
    """``--rate KENNUNG=STUFE`` as goal id → level (the level's scale is the service's
    check); a malformed one is a wrong call."""
    found: dict[str, int] = {}
    for text in given:
        goal_id, sep, level = text.partition("=")
        try:
            if not (sep and goal_id.strip()):
                raise ValueError
            found[goal_id.strip()] = int(level.strip().replace("−", "-"))
        except ValueError:
            raise UsageError(f"„--rate {text}“: bitte als --rate KENNUNG=STUFE angeben, z. B. "
                             "--rate 1a2b…=0 (Kennung aus „package open“).") from None
    return found


def _appointment(args) -> int:
    from ssa_desktop.services import handover_deputy_work

    day = _day(args.day, "--day")
    with _deputy_package(args) as pkg:
        appt = handover_deputy_work.deputy_add_appointment(
            pkg, args.person, day, args.start, args.end, room=args.room, note=args.note)
    room = f", {appt.room}" if appt.room else ""
    out(f"Termin eingetragen: {appt.day:%d.%m.%Y} {appt.start}–{appt.end}{room}.")
    return EXIT_OK


def _mark(args) -> int:
    from ssa_desktop.domain.catalogues import APPOINTMENT_STATUS
    from ssa_desktop.services import handover_deputy_work

    with _deputy_package(args) as pkg:
        appt = handover_deputy_work.deputy_set_appointment_status(pkg, args.appointment,
                                                                  args.status)
    out(f"Termin am {appt.day:%d.%m.%Y} {appt.start}–{appt.end}: "
        f"{APPOINTMENT_STATUS.label(appt.status)}.")
    return EXIT_OK


def _document(args) -> int:
    from ssa_desktop.domain import clock
    from ssa_desktop.domain.catalogues import DOCUMENT_KINDS
    from ssa_desktop.services import documents, handover_deputy_work

    day = _day(args.day, "--day") if args.day else clock.today()
    data = documents.read_source(args.file)   # a file, not a link, within the limit
    with _deputy_package(args) as pkg:
        doc = handover_deputy_work.deputy_add_document(pkg, args.person, args.kind, args.title,
                                                       day, data, str(args.file))
    out(f"Dokument hinzugefügt: {doc.title} ({DOCUMENT_KINDS.label(doc.kind)}, "
        f"{doc.day:%d.%m.%Y}). Es geht mit der nächsten Rückgabe zur Kollegin.")
    return EXIT_OK


def _return(args) -> int:
    from ssa_desktop.domain.handover import count_text
    from ssa_desktop.services import handover_deputy_work

    result = handover_deputy_work.write_return(args.package, _key(), args.out, last=args.last)
    out(f"Rückgabe geschrieben: {result.path}" + (" (die letzte)" if args.last else ""))
    out("Enthalten: " + count_text(result.counts))
    out("Sie ist mit demselben Paketschlüssel verschlüsselt; die Kollegin liest sie mit "
        "„package import“ ein.")
    return EXIT_OK


def _report_merge(result) -> int:

    out(f"Eingelesen: {result.summary()}")
    if not result.conflicts:
        return EXIT_OK
    report_conflicts(result.conflicts, "Entscheiden Sie je Konflikt mit --keep-mine KONFLIKT "
                     "oder --take-theirs KONFLIKT (für alle: all) und lesen Sie die Datei "
                     "erneut ein.")
    return EXIT_CONFLICTS


def _import(args) -> int:
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_return

    with unlocked(args) as session:
        for line in svc.sweep_received(session.conn):   # expired packages and keys first
            out(line)
        result = handover_return.import_return(session.conn, args.file, resolutions(args))
    code = _report_merge(result)
    for line in result.after:
        out(line)
    return code


def _receive(args) -> int:
    from ssa_desktop.services import handover_school

    key = _key()
    with unlocked(args) as session:
        result, receipt = handover_school.receive_school_package(session.conn, args.package, key,
                                                                 args.receipt_out, resolutions(args))
    code = _report_merge(result)
    for line in result.after:   # e.g. her facts of a document she holds stay
        out(line)
    if receipt is not None:
        out(f"Empfangsquittung geschrieben: {receipt} – bitte der Vorgängerin geben.")
        out(handover_school.received_file_sentence(args.package))
    else:
        out("Keine Empfangsquittung: erst die Konflikte entscheiden. Die Paketdatei bleibt "
            "bis dahin liegen.")
    return code


def _receipt(args) -> int:
    from ssa_desktop.domain.handover import count_phrase
    from ssa_desktop.formatting import fmt_count
    from ssa_desktop.services import handover_confirm

    with unlocked(args) as session:
        report = handover_confirm.confirm_school_handover(session.conn, args.file)
    out(f"Quittung geprüft (Paket und Inhalt stimmen). Gelöscht – Schule {report.school}:")
    for label, n in sorted(report.deleted.items()):
        if n:
            out("  " + count_phrase(label, n))
    kept = fmt_count(report.statistics_kept, "anonymer Statistikeintrag",
                     "anonyme Statistikeinträge")
    logged = fmt_count(report.log_entries, "Eintrag", "Einträge")
    out(f"Behalten: {kept} der gezählten Jahre; {logged} im Löschprotokoll.")
    out("Der Paketschlüssel ist aus dem Tresor entfernt.")
    if report.documents_sentence:
        out(report.documents_sentence)
    if report.package_file:
        out(report.package_file)
    if report.due_sentence:
        out(report.due_sentence)
    if report.left:
        out(report.kept_sentence)
        for label, n in sorted(report.kept.items()):
            if n:
                out("  " + count_phrase(label, n))
        out(f"Folgepaket: ssa-desktop package create --school "
            f"{report.school_code or report.school_id} "
            "--successor NAME --out ORDNER")
    return EXIT_OK
