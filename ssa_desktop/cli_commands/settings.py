"""``ssa-desktop settings``: list the vault options and set one (the same service and
validation as Einstellungen → Optionen; each change is logged)."""

from __future__ import annotations


def arguments(p) -> None:
    p.add_argument("action", choices=("list", "set"),
                   help="list: alle Einstellungen mit Wert; set: eine ändern")
    p.add_argument("name", nargs="?", metavar="NAME", help="bei set: die Einstellung, "
                   "z. B. kvjs.deadline_kvjs")
    p.add_argument("value", nargs="?", metavar="WERT", help="bei set: der neue Wert, "
                   "z. B. 10-31, 31.10., 16700 oder ja")


def run(args) -> int:
    from ..domain.options import shown
    from ..services import settings
    from .common import EXIT_OK, UsageError, out, unlocked

    if args.action == "set" and (args.name is None or args.value is None):
        raise UsageError("settings set braucht NAME und WERT.")
    with unlocked(args) as session:
        if args.action == "list":
            for option, value in settings.listing(session.conn):
                out(f"{option.name} = {shown(value)}  ({option.label})")
            return EXIT_OK
        before = settings.get(session.conn, settings.option(args.name))
        after = settings.set_text(session.conn, args.name, args.value)
    out(f"{args.name} = {shown(after)} gespeichert (vorher {shown(before)}).")
    return EXIT_OK
