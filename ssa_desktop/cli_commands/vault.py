"""The commands that administer the vault itself: ``init``, ``demo``, ``info``, ``check``,
``export-json``, ``import-json``, ``backup``, ``restore``, ``passwd``, ``emergency-key`` and
``screenshots`` (docs/cli.md). Each: its options (``*_arguments``) and its handler
(``cmd_*``), listed in ``cli_commands.COMMANDS``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    EXIT_CONFLICTS,
    EXIT_FAILED,
    EXIT_OK,
    NO_CONSOLE_FOR_DEMO,
    NO_CONSOLE_FOR_KEY,
    OperationFailed,
    UsageError,
    ask_hidden,
    err,
    fmt_size,
    has_console,
    interactive,
    out,
    print_emergency_key,
    read_new_passphrase,
    report_conflicts,
    resolutions,
    unlock,
    unlocked,
    vault_folder,
    whole_number,
)


def init_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sheet", metavar="DATEI.pdf", type=Path,
                   help="Notfallschlüssel-Blatt als PDF für den Träger schreiben")


def demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--years", type=whole_number, default=3, metavar="N", help="Schuljahre (Standard 3)")


def export_json_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="DATEI", type=Path, required=True, help="Zieldatei")
    p.add_argument("--with-documents", action="store_true",
                   help="die Dokumente mitnehmen: ihre Bytes in einem Archiv neben der Datei "
                        "(<Name>.dokumente.zip, ebenfalls unverschlüsselt)")


def import_json_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="DATEI", type=Path, help="Austauschdatei")
    p.add_argument("--keep-mine", metavar="KONFLIKT", action="append", default=[],
                   help="bei diesem Konflikt (z. B. person:ab12…, wie aufgelistet) oder bei "
                        "allen (all) den eigenen Eintrag behalten")
    p.add_argument("--take-theirs", metavar="KONFLIKT", action="append", default=[],
                   help="bei diesem Konflikt oder bei allen (all) den Eintrag aus der Datei "
                        "übernehmen")


def backup_arguments(p: argparse.ArgumentParser) -> None:
    # a string, not a Path: "neuer-ordner/" must keep its slash (a folder to create)
    p.add_argument("--out", metavar="DATEI", required=True,
                   help="Zieldatei oder Ordner, auch ein neuer mit / am Ende (darin "
                        "ssa-sicherung-JJJJ-MM-TT.ssabak, bei einer zweiten Sicherung am "
                        "selben Tag …-2.ssabak)")


def restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="DATEI", type=Path, nargs="?", help="Sicherungsdatei (.ssabak)")
    p.add_argument("--from", dest="from_file", metavar="DATEI", type=Path,
                   help="Sicherungsdatei (gleich DATEI), z. B. die Kopie am zweiten Sicherungsort")
    p.add_argument("--into", metavar="ORDNER", type=Path,
                   help="der Tresorordner fehlt: den Tresor in diesem neuen (leeren) Ordner "
                        "wiederherstellen; fragt nach dem Notfallschlüssel und einer Passphrase")
    p.add_argument("--emergency-key", action="store_true",
                   help="nach dem Notfallschlüssel fragen, mit dem die Sicherung erstellt wurde "
                        "(nötig, wenn seitdem ein neuer Notfallschlüssel erzeugt wurde)")


def passwd_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--use-emergency-key", action="store_true",
                   help="statt der bisherigen Passphrase den Notfallschlüssel eingeben "
                        "(Passphrase vergessen, Schlüsseldatei fehlt oder ist beschädigt)")


def emergency_key_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sheet", metavar="DATEI.pdf", type=Path,
                   help="Notfallschlüssel-Blatt als PDF schreiben")


def screenshots_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="ORDNER", type=Path, required=True, help="Zielordner")


def cmd_init(args) -> int:
    from ..services.session import Vault, name_this_program
    from ..services.vault_admin import create_vault, write_vault_emergency_sheet

    name_this_program("ssa-desktop init")

    folder = vault_folder(args)
    if not has_console() and not args.sheet:
        raise UsageError(NO_CONSOLE_FOR_KEY)
    if Vault(folder).exists():
        raise OperationFailed(f"In {folder} liegt bereits ein Tresor; er wird nicht überschrieben.")
    passphrase = read_new_passphrase(ENV_PASSPHRASE)
    out("Tresor wird angelegt (die Schlüsselableitung wird auf dieses Gerät abgestimmt) …")
    session, key = create_vault(folder, passphrase)
    try:
        out(f"Tresor angelegt: {folder}")
        out("")
        print_emergency_key(key)
        out("Der Schlüssel wird nur jetzt angezeigt (später mit „ssa-desktop emergency-key“).")
        if args.sheet:
            write_vault_emergency_sheet(session, args.sheet)
            out(f"Notfallschlüssel-Blatt geschrieben: {args.sheet}")
    finally:
        session.lock()
    return EXIT_OK


def cmd_demo(args) -> int:
    from .. import demo
    from ..services.session import Vault
    from ..services.vault_admin import create_vault

    folder = vault_folder(args)
    if args.years < 1 or args.years > 10:
        raise UsageError("--years muss zwischen 1 und 10 liegen.")
    if Vault(folder).exists():
        session = unlock(args)
        if not demo.is_empty_for_demo(session.conn):
            session.lock()
            raise OperationFailed(f"Der Tresor in {folder} enthält bereits Daten. Demodaten "
                                  "werden nur in einen leeren Tresor geschrieben; es wurde "
                                  "nichts verändert. Bitte einen neuen Ordner angeben.")
    else:
        if not has_console():   # its emergency key would be shown to nobody
            raise UsageError(NO_CONSOLE_FOR_DEMO)
        passphrase = read_new_passphrase(ENV_PASSPHRASE)
        session, key = create_vault(folder, passphrase)
        out(f"Tresor angelegt: {folder}")
        print_emergency_key(key)
    try:
        out(f"Demodaten für {args.years} Schuljahr(e) werden erzeugt …")
        demo.fill_demo(session.conn, years=args.years)
        counts = demo.table_counts(session.conn)
        out(f"Fertig: {counts.get('person', 0)} Personen, {counts.get('contact', 0)} Kontakte, "
             f"{counts.get('group_activity', 0)} Gruppen und Projekte.")
    finally:
        session.lock()
    return EXIT_OK


def cmd_info(args) -> int:
    from ..formatting import fmt_date
    from ..services.vault_admin import TABLE_LABELS, vault_info

    with unlocked(args, read_only=True) as session:
        info = vault_info(session)
    created = info["created"]
    out(f"Tresor:            {info['folder']}")
    out(f"Kennung:           {info['uuid']}")
    out(f"Angelegt am:       {fmt_date(created) if created else '–'}"
         f"{' (SSA Desktop ' + info['created_with'] + ')' if info['created_with'] else ''}")
    if info["last_written_with"]:
        out(f"Geschrieben von:   SSA Desktop {info['last_written_with']} (zuletzt)")
    out(f"Schema-Version:    {info['schema_version']} (aktuell {info['schema_latest']})"
        + (" – muss umgestellt werden" if info["migration_due"] else ""))
    out(f"SQLCipher:         {info['cipher_version']}")
    files = info["files"]
    out(f"Datenbank:         {fmt_size(files['database'] + files['wal'])}")
    out("Schulen:           " + ("; ".join(info["schools"]) or "–"))
    out("Einträge:")
    for table, count in info["counts"].items():
        out(f"  {TABLE_LABELS.get(table, table):<30} {count:>7}")
    return EXIT_OK


def cmd_check(args) -> int:
    from .. import SCHEMA
    from ..services.vault_admin import check_advice, check_vault

    with unlocked(args, read_only=True) as session:
        problems = check_vault(session)
        version = session.schema_version()
    for notice in session.notices:
        out(f"Beim Öffnen: {notice}")
    if session.migration_due:
        out(f"Der Tresor hat den Stand {version} und muss auf den Stand "
            f"{SCHEMA} umgestellt werden; das geschieht beim nächsten Entsperren, "
            "nach einer Sicherung. Geprüft wurde er so, wie er ist.")
    if problems:
        err(f"Der Tresor hat {len(problems)} Problem(e):")
        for problem in problems:
            err(f"  – {problem}")
        for advice in check_advice(problems):
            err(advice)
        return EXIT_FAILED
    out("Prüfung abgeschlossen: keine Probleme gefunden.")
    return EXIT_OK


def cmd_export_json(args) -> int:
    from ..services.interchange import write_export
    from ..services.interchange_archive import archive_path, left_out_sentence

    with unlocked(args) as session:
        path = write_export(session.conn, args.out, with_documents=args.with_documents)
        left = left_out_sentence(session.conn)
    out(f"Austauschdatei geschrieben: {path}")
    if left and args.with_documents:
        out(f"Dokumente im Archiv daneben: {archive_path(path)}")
    elif left:
        out(left)
    err("Achtung: Diese Datei ist NICHT verschlüsselt und enthält alle Daten im Klartext. "
         "Nur auf einem verschlüsselten Datenträger ablegen und nach Gebrauch sicher löschen.")
    return EXIT_OK


def cmd_import_json(args) -> int:
    from ..services.interchange import InterchangeError, read_document
    from ..services.interchange_import import (
        BURIED,
        DERIVED,
        NOT_COUNTED,
        import_document,
        is_empty,
    )
    from ..services.interchange_merge import merge_document
    from ..services.interchange_upgrade import upgrade_notes

    if not args.file.is_file():
        raise OperationFailed(f"Die Datei {args.file} wurde nicht gefunden.")
    doc = read_document(args.file)
    for note in upgrade_notes(doc):
        err(f"ssa-desktop: Hinweis: {note}")
    chosen = resolutions(args)
    with unlocked(args) as session:
        try:
            if is_empty(session.conn):
                written = import_document(session.conn, doc, beside=args.file)
                result = None
            else:
                result = merge_document(session.conn, doc, chosen, beside=args.file)
        except InterchangeError as exc:
            if not exc.problems:
                raise
            err(f"ssa-desktop: Die Datei wurde nicht eingelesen; es wurde nichts verändert. "
                 f"{len(exc.problems)} Fehler, jeder mit seiner Stelle:")
            for problem in exc.problems:  # every one (docs/interchange.md), not only the first
                err(f"  {problem}")
            return EXIT_FAILED
    if result is None:
        derived = written.pop(DERIVED, 0)
        uncounted = written.pop(NOT_COUNTED, 0)
        buried = written.pop(BURIED, 0)
        out(f"Eingelesen: {sum(written.values())} Einträge in "
             f"{sum(1 for n in written.values() if n)} Tabellen.")
        if written.get("document"):
            out(documents_sentence(written["document"]))
        if buried:
            out(f"{buried} Einträge nicht eingelesen: {BURIED}.")
        out(not_counted_sentence(uncounted))
        if derived:
            out(f"Für {derived} Tätigkeiten ohne Statistik-Datensatz wurde er abgeleitet, "
                 "wie bei der Eingabe (sie zählen in den Statistiken).")
        return EXIT_OK
    out(f"Zu den vorhandenen Daten eingelesen: {result.summary()}")
    if result.inserted["document"]:
        out(documents_sentence(result.inserted["document"]))
    if not result.conflicts:
        return EXIT_OK
    report_conflicts(result.conflicts,
                      "Entscheiden Sie je Konflikt mit --keep-mine KONFLIKT (eigenen behalten) "
                      "oder --take-theirs KONFLIKT (aus der Datei übernehmen), für alle mit "
                      "„all“, und lesen Sie die Datei erneut ein; alles andere ist schon "
                      "eingelesen.")
    return EXIT_CONFLICTS


def documents_sentence(count: int) -> str:
    """What became of the file's documents (German)."""
    from ..formatting import fmt_count

    return (f"Davon {fmt_count(count, 'Dokument', 'Dokumente')}: Prüfsummen geprüft, "
            "verschlüsselt im Tresor gespeichert.")


def not_counted_sentence(count: int) -> str:
    """How many of the activities read in count in no statistics (German)."""
    from ..formatting import fmt_count

    text = "Davon nicht in der Statistik gezählt: " + fmt_count(count, "Tätigkeit",
                                                                 "Tätigkeiten")
    if not count:
        return text + "."
    return text + (" – der Tresor, aus dem die Datei stammt, zählt sie nicht (z. B. die "
                   "Kontakte einer Vertretung).")


def cmd_backup(args) -> int:
    from ..services.vault_admin import backup_vault

    target = Path(args.out).expanduser()
    if target.exists() and not target.is_dir():
        question = f"Die Datei {target} gibt es bereits. Ersetzen? [j/N] "
        if not interactive() or input(question).strip().lower() not in ("j", "ja"):
            raise OperationFailed(f"Die Datei {target} gibt es bereits; sie wird nicht "
                                  "überschrieben. Bitte einen anderen Namen oder einen Ordner "
                                  "angeben.")
    with unlocked(args) as session:
        path = backup_vault(session, args.out)
    out(f"Sicherung geschrieben und geprüft: {path}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from ..services.backups import pre_restore_folder
    from ..services.vault_admin import BackupKeyNeeded, restore_vault

    args.file = args.from_file or args.file
    if args.file is None:
        raise UsageError("Bitte die Sicherungsdatei angeben (DATEI oder --from DATEI).")
    if not args.file.is_file():
        raise OperationFailed(f"Die Sicherungsdatei {args.file} wurde nicht gefunden.")
    if args.into is not None:
        return _restore_into(args)
    # the way back: a vault a newer build migrated is backed up and replaced as well
    with unlocked(args, newer_ok=True) as session:
        key_text = None
        if args.emergency_key:
            key_text = ask_hidden("Notfallschlüssel der Sicherung: ", None)
        safety_dir = pre_restore_folder(session.vault.folder)  # under the rotation (R12)
        try:
            safety = restore_vault(session, args.file, key_text, safety_backup_dir=safety_dir)
        except BackupKeyNeeded as exc:
            if key_text is not None or not interactive():
                raise OperationFailed(
                    f"{exc} Aufruf mit --emergency-key, um ihn einzugeben.") from None
            err(str(exc))
            key_text = ask_hidden("Notfallschlüssel der Sicherung: ", None)
            safety = restore_vault(session, args.file, key_text, safety_backup_dir=safety_dir)
    out(f"Wiederhergestellt aus {args.file}.")
    if safety:
        out(f"Der vorherige Stand wurde gesichert: {safety}")
    return EXIT_OK


def _restore_into(args) -> int:
    from ..services.vault_admin import restore_into_new_folder

    key_text = ask_hidden("Notfallschlüssel der Sicherung: ", None)
    passphrase = read_new_passphrase(ENV_PASSPHRASE)  # her old one or a new one
    out("Tresor wird wiederhergestellt (die Schlüsselableitung wird auf dieses Gerät "
        "abgestimmt) …")
    session = restore_into_new_folder(args.file, args.into, key_text, passphrase)
    session.lock()
    out(f"Wiederhergestellt aus {args.file} in {args.into}.")
    out(f"Bitte SSA Desktop mit diesem Ordner starten (--vault {args.into}).")
    return EXIT_OK


def cmd_passwd(args) -> int:
    from ..services.vault_admin import change_passphrase

    with unlocked(args, emergency=args.use_emergency_key) as session:
        revoked = change_passphrase(session, read_new_passphrase(ENV_NEW_PASSPHRASE))
    out("Die Passphrase wurde geändert. Der Notfallschlüssel bleibt gleich.")
    if revoked:
        out(f"{revoked} gemerkte(s) Gerät(e) vergessen: dort wird die neue Passphrase "
             "verlangt.")
    return EXIT_OK


def cmd_emergency_key(args) -> int:
    from ..services.vault_admin import write_vault_emergency_sheet

    if not has_console() and not args.sheet:
        raise UsageError(NO_CONSOLE_FOR_KEY)

    with unlocked(args) as session:
        print_emergency_key(session.emergency_key())
        if args.sheet:
            write_vault_emergency_sheet(session, args.sheet)
            out(f"Notfallschlüssel-Blatt geschrieben: {args.sheet}")
    return EXIT_OK


def cmd_screenshots(args) -> int:
    from ..ui.screenshots import render_screenshots

    render_screenshots(Path(args.out))
    out(f"Bildschirmfotos geschrieben nach {args.out}")
    return EXIT_OK

