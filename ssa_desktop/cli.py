"""Command line: ``ssa-desktop [--vault DIR] [--demo]`` starts the GUI; subcommands
administer a vault (docs/cli.md). Every use case lives in ``services``; the commands are
listed in ``cli_commands.COMMANDS`` and share ``cli_commands.common``. This module is the
command line alone: the German argument parser and ``main`` (every error shown the same
way, as a German sentence with its exit code: ``report_failure``); only the program's
entry point (``launch.run``, which hardens the process first) imports it.

Exit codes: 0 success, 1 the operation failed (wrong passphrase, missing file, problem
found …), 2 wrong usage (unknown option, no passphrase available), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import secrets
import sys
import tempfile
from pathlib import Path

from . import APP_NAME, __version__
from .cli_commands import COMMANDS
from .cli_commands.common import (
    ENV_PASSPHRASE,
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    OperationFailed,
    UsageError,
    err,
)
from .domain.errors import UserError

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main", "report_failure"]

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
        if sys.stderr is None:  # no console: kept (``err``) for a window start's message box
            err(f"{self.prog}: Aufruffehler: {message}")
            self.exit(EXIT_USAGE)
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


def say_refused_policy() -> None:
    """What of IT's machine policy could not be taken, said once on stderr before the
    command runs (on, with the defaults): otherwise nobody learns that it was refused."""
    from .services.it_policy import machine_policy

    refused = machine_policy().refused
    if refused:
        err(f"ssa-desktop: Hinweis: {refused}")


def _os_message(exc: OSError) -> str:
    name = f" ({exc.filename})" if exc.filename else ""
    if isinstance(exc, FileNotFoundError):
        return f"Datei oder Ordner nicht gefunden{name}."
    if isinstance(exc, PermissionError):
        return f"Keine Berechtigung für den Zugriff{name}."
    if isinstance(exc, IsADirectoryError):
        return f"Erwartet wurde eine Datei, nicht ein Ordner{name}."
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ("Auf dem Datenträger ist nicht genug Platz. Bitte Platz schaffen und erneut "
                "versuchen.")
    if exc.errno == errno.EROFS:
        return f"Der Datenträger ist schreibgeschützt{name}."
    from .domain.os_reasons import os_reason

    return f"Der Dateizugriff ist fehlgeschlagen{name}: {os_reason(exc)}."


def run() -> int:
    """What a console script installed before ``launch.run`` became the entry point still
    calls (``pip install`` writes the new one): harden the process, then ``main``. The
    fast window start needs ``launch.run``."""
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
    if arguments[:1] == ["--pdf-pages-child"]:  # services.pdf_pages: a PDF's pages, then exit
        from .services.pdf_pages import serve as serve_pages

        return serve_pages()
    if arguments[:1] == ["--letter-child"]:  # services.letter_child: a letter's texts, then exit
        from .services.letter_child import serve as serve_letter

        return serve_letter()
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
            say_refused_policy()
            check_synced_folders(args)
        code = handler(args)
        if sys.stdout is not None:  # None in the windowed build (no console)
            sys.stdout.flush()  # a closed pipe (``info | head``) is noticed here, not at exit
        return code
    except (KeyboardInterrupt, Exception) as exc:
        return report_failure(exc)


def report_failure(exc: BaseException) -> int:
    """Say what went wrong as one German sentence (never a traceback, unless
    ``SSA_DEBUG`` asks for it) and return the exit code: ``main``'s handling, also for a
    window started without the command line (``launch.run``). Call it while ``exc`` is
    being handled."""
    if isinstance(exc, BrokenPipeError):
        # The reader stopped reading: no message, and no second error when Python
        # flushes stdout at exit. 141 = 128 + SIGPIPE, as other command-line tools.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    if isinstance(exc, UsageError):
        err(f"ssa-desktop: {exc}")
        return EXIT_USAGE
    if isinstance(exc, (OperationFailed, UserError)):  # a refusal meant for her (VaultError too)
        err(f"ssa-desktop: {exc}")
        return EXIT_FAILED
    if isinstance(exc, OSError):
        err(f"ssa-desktop: {_os_message(exc)}")
        return EXIT_FAILED
    if isinstance(exc, KeyboardInterrupt):
        err("\nssa-desktop: abgebrochen.")
        return EXIT_INTERRUPTED
    # a defect: no traceback for the user, unless asked for
    from .services.session import StorageFull, is_storage_full

    if is_storage_full(exc):  # SQLITE_FULL from a write outside a transaction helper
        err(f"ssa-desktop: {StorageFull()}")
        return EXIT_FAILED
    if os.environ.get("SSA_DEBUG"):
        raise exc
    if sys.stderr is None:  # no console: type and frames to the log file (diagnostics)
        from .diagnostics import log_exception

        log_exception(exc)
    err(f"ssa-desktop: Unerwarteter Fehler ({type(exc).__name__}). Bitte melden Sie "
         "den Fehler; mit SSA_DEBUG=1 erneut aufrufen, um Details zu sehen.")
    return EXIT_FAILED



if __name__ == "__main__":  # ``python -m ssa_desktop.cli``: hardened, as before ``launch``
    raise SystemExit(run())
