"""What the commands of the command line share: exit codes, the two errors ``cli.main``
shows as German sentences (``UsageError`` exit 2, ``OperationFailed`` exit 1; a ``UserError``
of the services and the domain is shown like ``OperationFailed``), the terminal (passphrases,
``out``/``err``) and the vault opened for one command (``unlocked``).

``ssa_desktop.cli`` (the entry point) and every module of ``cli_commands`` import it; no
command imports ``cli``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

ENV_PASSPHRASE = "SSA_PASSPHRASE"
ENV_NEW_PASSPHRASE = "SSA_NEW_PASSPHRASE"

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_BROKEN_PIPE = 141
EXIT_CONFLICTS = 3  # import-json into a vault with data: conflicts left open


class UsageError(Exception):
    """Wrong use of the command line (exit 2); ``str()`` is German."""


def steps(p, dest: str, handler=None):
    """The steps of a command (``package create``, ``letter make`` …): returns
    ``step(name, help_text, vault=True)``, which adds one step, with ``--vault`` when it
    opens the vault, run by ``handler``."""
    sub = p.add_subparsers(dest=dest, title="Schritte", metavar="SCHRITT", required=True,
                           parser_class=type(p))

    def step(name: str, help_text: str, *, vault: bool = True) -> argparse.ArgumentParser:
        s = sub.add_parser(name, help=help_text, description=help_text)
        if vault:
            s.add_argument("--vault", metavar="ORDNER", type=Path, default=argparse.SUPPRESS,
                           help="Ordner des Tresors")
        if handler is not None:
            s.set_defaults(handler=handler)
        return s

    return step


def whole_number(text: str) -> int:
    """The argparse type of a count (``--minutes N``): ASCII digits only, as ``int()``
    also reads full-width and other Unicode digits."""
    import argparse

    digits = text.strip().removeprefix("-")
    if not (digits.isascii() and digits.isdigit()):
        raise argparse.ArgumentTypeError(f"keine ganze Zahl: {text!r}")
    return int(text)


def optional_date(text: str | None) -> date | None:
    """A date on the command line (``--date``, ``--on``) read as her date fields read it;
    None when not given. One that is no date is a ``UsageError`` in the fields' words."""
    from ..domain.errors import UserError
    from ..formatting import parse_date

    if not text:
        return None
    try:
        return parse_date(text)
    except UserError as err:
        raise UsageError(str(err)) from None


class OperationFailed(Exception):
    """An operation failed for a reason already explained (exit 1); ``str()`` is German."""



# -- terminal input -----------------------------------------------------------------------
def interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def ask_hidden(prompt: str, env: str | None = ENV_PASSPHRASE) -> str:
    """Ask on the terminal. ``env``: the variable that could have given the answer (named
    in the message only when it applies, e.g. never for the emergency key)."""
    if not interactive():
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
    return ask_hidden(prompt)


def read_new_passphrase(env: str) -> str:
    """A new passphrase: from ``env`` if set, else asked twice on the terminal."""
    value = os.environ.get(env)
    if value:
        return value
    first = ask_hidden("Neue Passphrase: ", env)
    second = ask_hidden("Neue Passphrase wiederholen: ", env)
    if first != second:
        raise OperationFailed("Die beiden Eingaben stimmen nicht überein; es wurde nichts "
                              "verändert.")
    return first


def has_console() -> bool:
    """False in the windowed Windows build (``console=False``: ``sys.stdout`` is None),
    where nothing printed reaches anyone."""
    return sys.stdout is not None


def out(text: str = "") -> None:
    print(text, file=sys.stdout)


UNHEARD: list[str] = []   # what err() said with no console; the window start shows it


def err(text: str) -> None:
    """A refusal or failure for her, on stderr; with no console (the windowed build)
    it is kept in ``UNHEARD`` so that a window can say it."""
    if sys.stderr is None:
        UNHEARD.append(text.strip())
        return
    print(text, file=sys.stderr)



# -- the vault of one command -------------------------------------------------------------
def vault_folder(args) -> Path:
    folder = getattr(args, "vault", None)
    if folder is None:
        raise UsageError("Bitte mit --vault ORDNER angeben, welcher Tresor gemeint ist.")
    return Path(folder).expanduser()


def unlock(args, *, emergency: bool = False, read_only: bool = False, newer_ok: bool = False):
    """The vault open for one command. ``read_only`` (``check``, ``info``): opened with
    nothing written — no migration, backup, rotation or resumed work
    (``OpenVault.migration_due`` says whether an unlock would migrate). ``newer_ok``
    (``restore``): a vault of a newer schema is opened read-only too (the way back)."""
    from ..services.session import Vault, claim_vault, name_this_program

    # one writer per vault: a second program finds this command named
    name_this_program(f"ssa-desktop {getattr(args, 'command', None) or ''}".strip())

    folder = vault_folder(args)
    if folder.exists() and not folder.is_dir():
        raise OperationFailed(f"{folder} ist eine Datei, kein Tresor-Ordner. Bitte mit --vault "
                              "den Ordner angeben, in dem der Tresor liegt.")
    if not folder.is_dir():
        raise OperationFailed(f"Der Tresor-Ordner {folder} existiert nicht.")
    vault = Vault(folder)
    if not vault.exists():
        raise OperationFailed(f"In {folder} liegt kein Tresor von SSA Desktop.")
    # one writer per vault: a vault open elsewhere is refused before she types her
    # passphrase; the session then holds its own share of the lock
    with claim_vault(folder):
        if emergency:
            session = vault.unlock_with_emergency_key(ask_hidden("Notfallschlüssel: ", None),
                                                      on_migration_step=_migration_step,
                                                      read_only=read_only,
                                                      newer_ok=newer_ok)
        else:
            session = vault.unlock(read_passphrase(), on_migration_step=_migration_step,
                                   read_only=read_only, newer_ok=newer_ok)
    try:
        if not (read_only or session.newer):   # the upkeep writes
            from ..services.backups import rotate_at_open

            session.notices.extend(rotate_at_open(session.conn, folder))  # R12
            from ..services.handover_confirm import finish_interrupted_handovers

            session.notices.extend(finish_interrupted_handovers(session.conn))
            from ..services.retention import finish_interrupted_deletion

            session.notices.extend(finish_interrupted_deletion(session.conn))
        from ..services.sync_folders import vault_location_notice

        notice = vault_location_notice(folder)   # a synced folder, a network drive
        if notice is not None:
            session.notices.append(notice.text)
    except BaseException:
        session.lock()
        raise
    for line in session.notices:  # a rescued WAL, leftovers removed
        err(f"ssa-desktop: Hinweis: {line}")
    return session


def _migration_step(done: int, total: int) -> None:
    """The first unlock after an update: a line per migration on stderr (as the window's
    progress line says it)."""
    err(f"ssa-desktop: Der Tresor wird auf die neue Version umgestellt … Schritt {done + 1} "
        f"von {total}.")


@contextlib.contextmanager
def unlocked(args, *, emergency: bool = False, read_only: bool = False,
             newer_ok: bool = False):
    """``with unlocked(args) as session:`` the vault open for one command, locked again
    however the command ends (``read_only``: see ``unlock``)."""
    session = unlock(args, emergency=emergency, read_only=read_only, newer_ok=newer_ok)
    try:
        yield session
    finally:
        session.lock()


def fmt_size(size: int) -> str:
    from ..formatting import fmt_number

    if size >= 1024 * 1024:
        return f"{fmt_number(size / 1024 / 1024, 1)} MB"
    return f"{fmt_number(size / 1024, 1)} KB"


NO_CONSOLE_FOR_KEY = ("Ohne Konsolenfenster kann der Notfallschlüssel nicht angezeigt "
                       "werden. Bitte ssa-desktop-cli.exe verwenden oder mit --sheet DATEI.pdf "
                       "das Notfallschlüssel-Blatt schreiben lassen.")
NO_CONSOLE_FOR_PACKAGE_KEY = ("Ohne Konsolenfenster kann der Paketschlüssel nicht angezeigt "
                              "werden; es wurde kein Paket geschrieben. Bitte "
                              "ssa-desktop-cli.exe verwenden oder mit --sheet DATEI.pdf das "
                              "Paketblatt schreiben lassen.")
NO_CONSOLE_FOR_DEMO = ("Ohne Konsolenfenster kann der Notfallschlüssel des neuen Demo-Tresors "
                       "nicht angezeigt werden; es wurde nichts angelegt. Bitte "
                       "ssa-desktop-cli.exe verwenden.")


def report_conflicts(conflicts, advice: str) -> None:
    """The entries a merge did not overwrite, one a line, and how to decide them."""
    err(f"ssa-desktop: {len(conflicts)} Einträge gibt es hier schon mit anderem Inhalt; "
         "sie wurden NICHT überschrieben:")
    for conflict in conflicts:
        err(f"  {conflict}")
    err(advice)


def print_key(heading: str, key_text: str) -> None:
    """A key shown once, under ``heading``: its eight groups in two lines of four."""
    groups = key_text.split()
    out(heading)
    out("")
    out("    " + "  ".join(groups[:4]))
    out("    " + "  ".join(groups[4:]))
    out("")


def print_emergency_key(key: str) -> None:
    print_key("Notfallschlüssel (für den Tresor/Safe des Trägers, nicht beim Laptop "
               "aufbewahren):", key)


# -- arguments ----------------------------------------------------------------------------
def resolutions(args) -> dict[str, str]:
    """``--keep-mine``/``--take-theirs`` of a merge (``import-json``, ``package import`` and
    ``receive``) → {conflict reference: "mine"|"theirs"}; ``all`` is every conflict ("*")."""
    return {("*" if ref == "all" else ref): choice
            for choice, refs in (("mine", args.keep_mine), ("theirs", args.take_theirs))
            for ref in refs}
