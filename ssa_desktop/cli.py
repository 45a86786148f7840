"""Command line: ``ssa-desktop [--vault DIR] [--demo]`` starts the GUI; subcommands
administer a vault (docs/cli.md). Every use case lives in ``services``; this module only
asks for passphrases, calls them and prints German results.

Exit codes: 0 success, 1 the operation failed (wrong passphrase, missing file, problem
found …), 2 wrong usage (unknown option, no passphrase available), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import os
import secrets
import sys
import tempfile
from pathlib import Path

from . import APP_NAME, __version__
from .domain.errors import UserError

ENV_PASSPHRASE = "SSA_PASSPHRASE"
ENV_NEW_PASSPHRASE = "SSA_NEW_PASSPHRASE"

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_BROKEN_PIPE = 141
EXIT_CONFLICTS = 3  # import-json into a vault with data: conflicts left open


class UsageError(Exception):
    """Wrong use of the command line (exit 2); ``str()`` is German."""


class OperationFailed(Exception):
    """An operation failed for a reason already explained (exit 1); ``str()`` is German."""


# -- argparse in German -------------------------------------------------------------------
_ARGPARSE_DE = [
    ("the following arguments are required: ", "diese Angaben fehlen: "),
    ("unrecognized arguments: ", "unbekannte Angaben: "),
    ("invalid choice: ", "unbekannter Befehl: "),
    ("choose from ", "möglich sind "),
    ("expected one argument", "erwartet einen Wert"),
    ("invalid int value: ", "keine ganze Zahl: "),
    ("argument ", "Angabe "),
]


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "Argumente"
        self._optionals.title = "Optionen"
        self.add_argument("-h", "--help", action="help", help="diese Hilfe anzeigen und beenden")

    def error(self, message: str):
        for english, german in _ARGPARSE_DE:
            message = message.replace(english, german)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: Aufruffehler: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ssa-desktop",
        description=f"{APP_NAME} – Dokumentation der Schulsozialarbeit (offline, verschlüsselt).\n"
                    "Ohne Befehl startet die Programmoberfläche.",
        epilog="Passphrase: wird am Terminal verdeckt abgefragt; alternativ aus der "
               f"Umgebungsvariablen {ENV_PASSPHRASE} (Risiken: siehe docs/cli.md).\n"
               "Rückgabewerte: 0 erfolgreich, 1 fehlgeschlagen, 2 falscher Aufruf.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="Versionsnummer anzeigen")
    parser.add_argument("--vault", metavar="ORDNER", type=Path, default=None,
                        help="Ordner des Tresors")
    parser.add_argument("--demo", action="store_true",
                        help="Oberfläche mit einem neuen Demo-Tresor (erfundene Daten) starten")
    sub = parser.add_subparsers(dest="command", title="Befehle", metavar="BEFEHL",
                                parser_class=_Parser)

    from .cli_commands import COMMANDS

    for entry in COMMANDS:
        p = sub.add_parser(entry.key, help=entry.title, description=entry.title)
        if entry.vault:
            p.add_argument("--vault", metavar="ORDNER", type=Path, default=argparse.SUPPRESS,
                           help="Ordner des Tresors")
        if entry.arguments is not None:
            entry.arguments(p)
        p.set_defaults(handler=entry.run)
    _offer_synced_folder_option(sub)
    return parser


# -- synced folders -----------------------------------------------------------------------
OUTPUT_DESTS = ("out", "sheet", "receipt_out")  # options naming a file or folder written
NO_PERSONAL_OUTPUT = ("screenshots",)           # invented demo data only
VAULT_CREATING = ("init", "demo")


def _offer_synced_folder_option(subparsers) -> None:
    """Every command that writes a file (an option of ``OUTPUT_DESTS``) takes
    ``--allow-synced-folder``; sub-steps (``package create``) too."""
    for name, parser in subparsers.choices.items():
        if name in NO_PERSONAL_OUTPUT:
            continue
        dests = {action.dest for action in parser._actions}
        if dests & set(OUTPUT_DESTS) and "allow_synced_folder" not in dests:
            parser.add_argument("--allow-synced-folder", action="store_true",
                                help="auch in einen synchronisierten Ordner (OneDrive, "
                                     "SharePoint, Nextcloud, Dropbox …) schreiben")
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _offer_synced_folder_option(action)


def check_synced_folders(args) -> None:
    """Refuse (exit 1, a German reason) an output into a synced folder unless
    ``--allow-synced-folder`` is given, and a new vault in a synced folder unless IT's
    machine policy allows it. Called before any command runs."""
    from .services.sync_folders import save_warning, synced_root, vault_folder_refusal

    command = getattr(args, "command", None)
    if command in VAULT_CREATING and getattr(args, "vault", None) is not None:
        from .services.session import Vault

        folder = Path(args.vault).expanduser()
        if not Vault(folder).exists():
            reason = vault_folder_refusal(folder)
            if reason:
                raise OperationFailed(f"{reason} (Ordner: {folder})")
    if command in NO_PERSONAL_OUTPUT or getattr(args, "allow_synced_folder", False):
        return
    for dest in OUTPUT_DESTS:
        target = getattr(args, dest, None)
        if target is None or target == "":
            continue
        root = synced_root(Path(str(target)).expanduser())
        if root:
            raise OperationFailed(f"{save_warning(target, root)} Es wurde nichts geschrieben. "
                                  "Mit --allow-synced-folder trotzdem dorthin schreiben.")


# -- terminal input -----------------------------------------------------------------------
def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _ask_hidden(prompt: str, env: str | None = ENV_PASSPHRASE) -> str:
    """Ask on the terminal. ``env``: the variable that could have given the answer (named
    in the message only when it applies, e.g. never for the emergency key)."""
    if not _interactive():
        what = prompt.strip().rstrip(":")
        if env is None:
            raise UsageError(f"Die Eingabe ist kein Terminal: „{what}“ kann nur im Terminal "
                             "eingegeben werden (siehe docs/cli.md).")
        raise UsageError(
            f"Keine Passphrase: die Eingabe ist kein Terminal und {env} ist nicht "
            "gesetzt. Bitte im Terminal aufrufen (oder siehe docs/cli.md).")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError("Keine Eingabe erhalten.") from None


def read_passphrase(prompt: str = "Passphrase: ") -> str:
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    return _ask_hidden(prompt)


def read_new_passphrase(env: str) -> str:
    """A new passphrase: from ``env`` if set, else asked twice on the terminal."""
    value = os.environ.get(env)
    if value:
        return value
    first = _ask_hidden("Neue Passphrase: ", env)
    second = _ask_hidden("Neue Passphrase wiederholen: ", env)
    if first != second:
        raise OperationFailed("Die beiden Eingaben stimmen nicht überein; es wurde nichts "
                              "verändert.")
    return first


def has_console() -> bool:
    """False in the windowed Windows build (``console=False``: ``sys.stdout`` is None),
    where nothing printed reaches anyone."""
    return sys.stdout is not None


def _out(text: str = "") -> None:
    print(text, file=sys.stdout)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# -- helpers ------------------------------------------------------------------------------
def _vault_folder(args) -> Path:
    folder = getattr(args, "vault", None)
    if folder is None:
        raise UsageError("Bitte mit --vault ORDNER angeben, welcher Tresor gemeint ist.")
    return Path(folder).expanduser()


def _unlock(args, *, emergency: bool = False):
    from .services.session import Vault, name_this_program

    # one writer per vault: a second program finds this command named
    name_this_program(f"ssa-desktop {getattr(args, 'command', None) or ''}".strip())

    folder = _vault_folder(args)
    if folder.exists() and not folder.is_dir():
        raise OperationFailed(f"{folder} ist eine Datei, kein Tresor-Ordner. Bitte mit --vault "
                              "den Ordner angeben, in dem der Tresor liegt.")
    if not folder.is_dir():
        raise OperationFailed(f"Der Tresor-Ordner {folder} existiert nicht.")
    vault = Vault(folder)
    if not vault.exists():
        raise OperationFailed(f"In {folder} liegt kein Tresor von SSA Desktop.")
    if emergency:
        session = vault.unlock_with_emergency_key(_ask_hidden("Notfallschlüssel: ", None))
    else:
        session = vault.unlock(read_passphrase())
    try:
        from .services.backups import rotate_at_open

        session.notices.extend(rotate_at_open(session.conn, folder))  # R12
        from .services.handover_confirm import finish_interrupted_handovers

        session.notices.extend(finish_interrupted_handovers(session.conn))
        from .services.retention import finish_interrupted_deletion

        session.notices.extend(finish_interrupted_deletion(session.conn))
    except BaseException:
        session.lock()
        raise
    for notice in session.notices:  # a rescued WAL, leftovers removed
        _err(f"ssa-desktop: Hinweis: {notice}")
    return session


@contextlib.contextmanager
def _unlocked(args, *, emergency: bool = False):
    """``with _unlocked(args) as session:`` the vault open for one command, locked again
    however the command ends."""
    session = _unlock(args, emergency=emergency)
    try:
        yield session
    finally:
        session.lock()


def _fmt_size(size: int) -> str:
    from .formatting import fmt_number

    if size >= 1024 * 1024:
        return f"{fmt_number(size / 1024 / 1024, 1)} MB"
    return f"{fmt_number(size / 1024, 1)} KB"


_NO_CONSOLE_FOR_KEY = ("Ohne Konsolenfenster kann der Notfallschlüssel nicht angezeigt "
                       "werden. Bitte ssa-desktop-cli.exe verwenden oder mit --sheet DATEI.pdf "
                       "das Notfallschlüssel-Blatt schreiben lassen.")


def _report_conflicts(conflicts, advice: str) -> None:
    """The entries a merge did not overwrite, one a line, and how to decide them."""
    _err(f"ssa-desktop: {len(conflicts)} Einträge gibt es hier schon mit anderem Inhalt; "
         "sie wurden NICHT überschrieben:")
    for conflict in conflicts:
        _err(f"  {conflict}")
    _err(advice)


def _print_key(heading: str, key_text: str) -> None:
    """A key shown once, under ``heading``: its eight groups in two lines of four."""
    groups = key_text.split()
    _out(heading)
    _out("")
    _out("    " + "  ".join(groups[:4]))
    _out("    " + "  ".join(groups[4:]))
    _out("")


def _print_emergency_key(key: str) -> None:
    _print_key("Notfallschlüssel (für den Tresor/Safe des Trägers, nicht beim Laptop "
               "aufbewahren):", key)


# Helpers for the feature commands in ``cli_commands/`` (one name each, no copies).
out, err, unlock, vault_folder, ask_hidden = _out, _err, _unlock, _vault_folder, _ask_hidden
unlocked, print_key, report_conflicts = _unlocked, _print_key, _report_conflicts


# -- commands -----------------------------------------------------------------------------
# Each command of this module: its options (``*_arguments``) and its handler (``cmd_*``);
# ``cli_commands.COMMANDS`` lists them with the feature commands.
def init_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sheet", metavar="DATEI.pdf", type=Path,
                   help="Notfallschlüssel-Blatt als PDF für den Träger schreiben")


def demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--years", type=int, default=3, metavar="N", help="Schuljahre (Standard 3)")


def export_json_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="DATEI", type=Path, required=True, help="Zieldatei")


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
    p.add_argument("file", metavar="DATEI", type=Path, help="Sicherungsdatei (.ssabak)")
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
    from .services.session import Vault, name_this_program
    from .services.vault_admin import create_vault, write_vault_emergency_sheet

    name_this_program("ssa-desktop init")

    folder = _vault_folder(args)
    if not has_console() and not args.sheet:
        raise UsageError(_NO_CONSOLE_FOR_KEY)
    if Vault(folder).exists():
        raise OperationFailed(f"In {folder} liegt bereits ein Tresor; er wird nicht überschrieben.")
    passphrase = read_new_passphrase(ENV_PASSPHRASE)
    _out("Tresor wird angelegt (die Schlüsselableitung wird auf dieses Gerät abgestimmt) …")
    session, key = create_vault(folder, passphrase)
    try:
        _out(f"Tresor angelegt: {folder}")
        _out("")
        _print_emergency_key(key)
        _out("Der Schlüssel wird nur jetzt angezeigt (später mit „ssa-desktop emergency-key“).")
        if args.sheet:
            write_vault_emergency_sheet(session, args.sheet)
            _out(f"Notfallschlüssel-Blatt geschrieben: {args.sheet}")
    finally:
        session.lock()
    return EXIT_OK


def cmd_demo(args) -> int:
    from . import demo
    from .services.session import Vault
    from .services.vault_admin import create_vault

    folder = _vault_folder(args)
    if args.years < 1 or args.years > 10:
        raise UsageError("--years muss zwischen 1 und 10 liegen.")
    if Vault(folder).exists():
        session = _unlock(args)
        if not demo.is_empty_for_demo(session.conn):
            session.lock()
            raise OperationFailed(f"Der Tresor in {folder} enthält bereits Daten. Demodaten "
                                  "werden nur in einen leeren Tresor geschrieben; es wurde "
                                  "nichts verändert. Bitte einen neuen Ordner angeben.")
    else:
        passphrase = read_new_passphrase(ENV_PASSPHRASE)
        session, key = create_vault(folder, passphrase)
        _out(f"Tresor angelegt: {folder}")
        _print_emergency_key(key)
    try:
        _out(f"Demodaten für {args.years} Schuljahr(e) werden erzeugt …")
        demo.fill_demo(session.conn, years=args.years)
        counts = demo.table_counts(session.conn)
        _out(f"Fertig: {counts.get('person', 0)} Personen, {counts.get('contact', 0)} Kontakte, "
             f"{counts.get('group_activity', 0)} Gruppen und Projekte.")
    finally:
        session.lock()
    return EXIT_OK


def cmd_info(args) -> int:
    from .formatting import fmt_date
    from .services.vault_admin import TABLE_LABELS, vault_info

    with _unlocked(args) as session:
        info = vault_info(session)
    created = info["created"]
    _out(f"Tresor:            {info['folder']}")
    _out(f"Kennung:           {info['uuid']}")
    _out(f"Angelegt am:       {fmt_date(created) if created else '–'}"
         f"{' (SSA Desktop ' + info['created_with'] + ')' if info['created_with'] else ''}")
    _out(f"Schema-Version:    {info['schema_version']} (aktuell {info['schema_latest']})")
    _out(f"SQLCipher:         {info['cipher_version']}")
    files = info["files"]
    _out(f"Datenbank:         {_fmt_size(files['database'] + files['wal'])}")
    _out("Schulen:           " + ("; ".join(info["schools"]) or "–"))
    _out("Einträge:")
    for table, count in info["counts"].items():
        _out(f"  {TABLE_LABELS.get(table, table):<30} {count:>7}")
    return EXIT_OK


def cmd_check(args) -> int:
    from .services.vault_admin import check_vault

    with _unlocked(args) as session:
        problems = check_vault(session)
    for notice in session.notices:
        _out(f"Beim Öffnen: {notice}")
    if problems:
        _err(f"Der Tresor hat {len(problems)} Problem(e):")
        for problem in problems:
            _err(f"  – {problem}")
        _err("Bitte eine Sicherung wiederherstellen (ssa-desktop restore).")
        return EXIT_FAILED
    _out("Prüfung abgeschlossen: keine Probleme gefunden.")
    return EXIT_OK


def cmd_export_json(args) -> int:
    from .services.interchange import write_export

    with _unlocked(args) as session:
        path = write_export(session.conn, args.out)
    _out(f"Austauschdatei geschrieben: {path}")
    _err("Achtung: Diese Datei ist NICHT verschlüsselt und enthält alle Daten im Klartext. "
         "Nur auf einem verschlüsselten Datenträger ablegen und nach Gebrauch sicher löschen.")
    return EXIT_OK


def cmd_import_json(args) -> int:
    from .services.interchange import InterchangeError, read_document
    from .services.interchange_import import DERIVED, import_document, is_empty
    from .services.interchange_merge import merge_document
    from .services.interchange_upgrade import upgrade_notes

    if not args.file.is_file():
        raise OperationFailed(f"Die Datei {args.file} wurde nicht gefunden.")
    doc = read_document(args.file)
    for note in upgrade_notes(doc):
        _err(f"ssa-desktop: Hinweis: {note}")
    resolutions = {("*" if ref == "all" else ref): choice
                   for choice, refs in (("mine", args.keep_mine), ("theirs", args.take_theirs))
                   for ref in refs}
    with _unlocked(args) as session:
        try:
            if is_empty(session.conn):
                written = import_document(session.conn, doc)
                result = None
            else:
                result = merge_document(session.conn, doc, resolutions)
        except InterchangeError as err:
            if not err.problems:
                raise
            _err(f"ssa-desktop: Die Datei wurde nicht eingelesen; es wurde nichts verändert. "
                 f"{len(err.problems)} Fehler, jeder mit seiner Stelle:")
            for problem in err.problems:  # every one (docs/interchange.md), not only the first
                _err(f"  {problem}")
            return EXIT_FAILED
    if result is None:
        derived = written.pop(DERIVED, 0)
        _out(f"Eingelesen: {sum(written.values())} Einträge in "
             f"{sum(1 for n in written.values() if n)} Tabellen.")
        if derived:
            _out(f"Für {derived} Tätigkeiten ohne Statistik-Datensatz wurde er abgeleitet, "
                 "wie bei der Eingabe (sie zählen in den Statistiken).")
        return EXIT_OK
    _out(f"Zu den vorhandenen Daten eingelesen: {result.summary()}")
    if not result.conflicts:
        return EXIT_OK
    _report_conflicts(result.conflicts,
                      "Entscheiden Sie je Konflikt mit --keep-mine KONFLIKT (eigenen behalten) "
                      "oder --take-theirs KONFLIKT (aus der Datei übernehmen), für alle mit "
                      "„all“, und lesen Sie die Datei erneut ein; alles andere ist schon "
                      "eingelesen.")
    return EXIT_CONFLICTS


def cmd_backup(args) -> int:
    from .services.vault_admin import backup_vault

    target = Path(args.out).expanduser()
    if target.exists() and not target.is_dir():
        question = f"Die Datei {target} gibt es bereits. Ersetzen? [j/N] "
        if not _interactive() or input(question).strip().lower() not in ("j", "ja"):
            raise OperationFailed(f"Die Datei {target} gibt es bereits; sie wird nicht "
                                  "überschrieben. Bitte einen anderen Namen oder einen Ordner "
                                  "angeben.")
    with _unlocked(args) as session:
        path = backup_vault(session, args.out)
    _out(f"Sicherung geschrieben und geprüft: {path}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from .services.backups import pre_restore_folder
    from .services.vault_admin import BackupKeyNeeded, restore_vault

    if not args.file.is_file():
        raise OperationFailed(f"Die Sicherungsdatei {args.file} wurde nicht gefunden.")
    with _unlocked(args) as session:
        key_text = None
        if args.emergency_key:
            key_text = _ask_hidden("Notfallschlüssel der Sicherung: ", None)
        safety_dir = pre_restore_folder(session.vault.folder)  # under the rotation (R12)
        try:
            safety = restore_vault(session, args.file, key_text, safety_backup_dir=safety_dir)
        except BackupKeyNeeded as err:
            if key_text is not None or not _interactive():
                raise OperationFailed(
                    f"{err} Aufruf mit --emergency-key, um ihn einzugeben.") from None
            _err(str(err))
            key_text = _ask_hidden("Notfallschlüssel der Sicherung: ", None)
            safety = restore_vault(session, args.file, key_text, safety_backup_dir=safety_dir)
    _out(f"Wiederhergestellt aus {args.file}.")
    if safety:
        _out(f"Der vorherige Stand wurde gesichert: {safety}")
    return EXIT_OK


def cmd_passwd(args) -> int:
    from .services.vault_admin import change_passphrase

    with _unlocked(args, emergency=args.use_emergency_key) as session:
        revoked = change_passphrase(session, read_new_passphrase(ENV_NEW_PASSPHRASE))
    _out("Die Passphrase wurde geändert. Der Notfallschlüssel bleibt gleich.")
    if revoked:
        _out(f"{revoked} gemerkte(s) Gerät(e) vergessen: dort wird die neue Passphrase "
             "verlangt.")
    return EXIT_OK


def cmd_emergency_key(args) -> int:
    from .services.vault_admin import write_vault_emergency_sheet

    if not has_console() and not args.sheet:
        raise UsageError(_NO_CONSOLE_FOR_KEY)

    with _unlocked(args) as session:
        _print_emergency_key(session.emergency_key())
        if args.sheet:
            write_vault_emergency_sheet(session, args.sheet)
            _out(f"Notfallschlüssel-Blatt geschrieben: {args.sheet}")
    return EXIT_OK


def cmd_screenshots(args) -> int:
    from .ui.screenshots import render_screenshots

    render_screenshots(Path(args.out))
    _out(f"Bildschirmfotos geschrieben nach {args.out}")
    return EXIT_OK


def run_gui_command(args) -> int:
    from .app import run_gui

    if args.demo:
        from .demo import create_demo_vault

        folder = Path(tempfile.mkdtemp(prefix="ssa-demo-"))
        passphrase = "Demo-" + "-".join(secrets.token_hex(3) for _ in range(4))
        session = create_demo_vault(folder, passphrase, years=3)
        session.lock()
        return run_gui(folder, demo_passphrase=passphrase)
    return run_gui(args.vault)


def _os_message(err: OSError) -> str:
    name = f" ({err.filename})" if err.filename else ""
    if isinstance(err, FileNotFoundError):
        return f"Datei oder Ordner nicht gefunden{name}."
    if isinstance(err, PermissionError):
        return f"Keine Berechtigung für den Zugriff{name}."
    if isinstance(err, IsADirectoryError):
        return f"Erwartet wurde eine Datei, nicht ein Ordner{name}."
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return ("Auf dem Datenträger ist nicht genug Platz. Bitte Platz schaffen und erneut "
                "versuchen.")
    if err.errno == errno.EROFS:
        return f"Der Datenträger ist schreibgeschützt{name}."
    return f"Dateifehler{name}: {err.strerror or err}."


def run() -> int:
    """The program's entry point (console script, ``python -m ssa_desktop``): harden the
    process before any key or passphrase is in memory (no core dumps), then ``main``."""
    from .hardening import harden_process

    harden_process()
    return main()


def _serve_child(arguments: list[str]) -> int | None:
    """The exit code of a helper process this program started of itself, or None when
    it is not one."""
    if arguments[:1] == ["--keychain-child"]:  # storage.keychain: one question, then exit
        from .services.keychain import serve

        return serve()
    if arguments[:1] == ["--unwrap-child"]:  # storage.unwrap_child: one unwrap, then exit
        from .services.unwrap import serve as serve_unwrap

        return serve_unwrap()
    return None


def main(argv: list[str] | None = None) -> int:
    child = _serve_child(sys.argv[1:] if argv is None else argv)
    if child is not None:
        return child
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler = args.handler if args.command else run_gui_command
    try:
        if handler is not run_gui_command:
            check_synced_folders(args)
        code = handler(args)
        if sys.stdout is not None:  # None in the windowed build (no console)
            sys.stdout.flush()  # a closed pipe (``info | head``) is noticed here, not at exit
        return code
    except BrokenPipeError:
        # The reader stopped reading: no message, and no second error when Python
        # flushes stdout at exit. 141 = 128 + SIGPIPE, as other command-line tools.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except UsageError as err:
        _err(f"ssa-desktop: {err}")
        return EXIT_USAGE
    except (OperationFailed, UserError) as err:  # a refusal meant for her (VaultError too)
        _err(f"ssa-desktop: {err}")
        return EXIT_FAILED
    except OSError as err:
        _err(f"ssa-desktop: {_os_message(err)}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("\nssa-desktop: abgebrochen.")
        return EXIT_INTERRUPTED
    except Exception as err:  # a defect: no traceback for the user, unless asked for
        from .services.session import StorageFull, is_storage_full

        if is_storage_full(err):  # SQLITE_FULL from a write outside a transaction helper
            _err(f"ssa-desktop: {StorageFull()}")
            return EXIT_FAILED
        if os.environ.get("SSA_DEBUG"):
            raise
        if sys.stderr is None:  # no console: type and frames to the log file (diagnostics)
            from .diagnostics import log_exception

            log_exception(err)
        _err(f"ssa-desktop: Unerwarteter Fehler ({type(err).__name__}). Bitte melden Sie "
             "den Fehler; mit SSA_DEBUG=1 erneut aufrufen, um Details zu sehen.")
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(run())
