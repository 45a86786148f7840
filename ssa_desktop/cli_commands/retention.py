"""``ssa-desktop retention``: what the deletion rules make due, and applying them.

    ssa-desktop retention --vault DIR [--today JJJJ-MM-TT] (--dry-run | --apply) [--show-names]

Exit codes (docs/cli.md): 0 nothing (more) due; 3 items are due (``--dry-run``) or
still wait for a decision in Datenschutz (``--apply``: § 8a with Jugendamt, § 9b);
1 and 2 as for every command.
"""

from __future__ import annotations

from datetime import date

EXIT_DUE = 3


def arguments(p) -> None:
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true",
                      help="nur anzeigen, was fällig ist (mit Regel und Grund)")
    mode.add_argument("--apply", action="store_true",
                      help="fällige Löschungen ausführen und die Protokolleinträge ausgeben")
    p.add_argument("--today", metavar="JJJJ-MM-TT",
                   help="Stichtag statt des heutigen Datums (zum Vorausschauen)")
    p.add_argument("--show-names", action="store_true",
                   help="Pseudonyme und Namen mit ausgeben (sonst nur Kennungen)")


def _today(text: str | None) -> date | None:
    from ssa_desktop.cli_commands.common import UsageError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--today: „{text}“ ist kein Datum der Form JJJJ-MM-TT.") from None


def run(args) -> int:
    from ssa_desktop.domain import clock

    today = _today(args.today)
    if args.apply and today is not None and today > clock.today():
        from ssa_desktop.cli_commands.common import UsageError

        raise UsageError("--apply mit einem Stichtag in der Zukunft würde löschen, was noch "
                         "nicht fällig ist; --today nur mit --dry-run verwenden.")
    from ssa_desktop.cli_commands.common import unlocked

    with unlocked(args) as session, (clock.frozen(today) if today else _nothing()):
        return (_dry_run if args.dry_run else _apply)(session.conn, args.show_names)


def _dry_run(conn, show_names: bool) -> int:
    """What is due and what waits for review (R2 at case closure, R14 dormant), so the
    whole state can be seen without the GUI; nothing is changed."""
    from ssa_desktop.cli_commands.common import EXIT_OK, out
    from ssa_desktop.domain import clock
    from ssa_desktop.domain import retention as rt
    from ssa_desktop.formatting import fmt_date
    from ssa_desktop.services import dormancy
    from ssa_desktop.services import retention as svc

    due = svc.due_items(conn)
    for a in due:
        out(_line(conn, a, show_names, svc, rt))
    reviews = dormancy.review_items(svc.assess(conn))
    for a in reviews:
        out(_line(conn, a, show_names, svc, rt) + f"  [{a.state}]")
    out(f"{len(due)} fällig zum {fmt_date(clock.today())}"
        + (f"; {len(reviews)} zur Prüfung." if reviews else "."))
    return EXIT_DUE if due else EXIT_OK


def _apply(conn, show_names: bool) -> int:
    """Carry out what is due, one log line per deletion, then what still waits for her
    decision in Datenschutz (§ 8a with Jugendamt, § 9b, restriction)."""
    from ssa_desktop.cli_commands.common import EXIT_OK, out
    from ssa_desktop.domain import retention as rt
    from ssa_desktop.formatting import fmt_date
    from ssa_desktop.services import retention as svc

    report = svc.apply_due(conn)
    for e in report.entries:
        counts = ", ".join(f"{k} {v}" for k, v in e.counts.items() if v)
        out(f"{e.executed}  {e.rule:<4} {e.category:<13} {e.record_id}  "
            f"fällig {fmt_date(e.due)}  {counts}  Prüfung: {e.verification}  "
            + (f"Sicherungen bis {fmt_date(e.backup_expiry)}" if e.backup_expiry
               else "in keiner Sicherung"))
    left = [a for a in svc.due_items(conn) if a.action in (rt.DECIDE, rt.RESTRICT)]
    for a in left:
        out(_line(conn, a, show_names, svc, rt) + "  → Entscheidung in Datenschutz")
    out(f"{report.deleted} gelöscht; {len(left)} warten auf eine Entscheidung.")
    return EXIT_DUE if left else EXIT_OK


def _line(conn, a, show_names: bool, svc, rt) -> str:
    label = rt.kind_label(a.record_kind)
    who = ""
    if show_names:
        pseudonym, name = svc.display_name(conn, a)
        who = "  " + " ".join(x for x in (pseudonym, f"({name})" if name else "") if x)
    return f"{a.rule:<4} {label}: {a.record_id}{who}  – {a.reason}"


class _nothing:  # noqa: N801 - a no-op context manager
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
