"""``ssa-desktop rules``: the rule pack in force (rate, grant formula, deadlines, sources,
the product's own assumptions), another pack read from a file with what it changes, and
taking it into force; the Landkreis profile (docs/statistics.md, "Regelpakete")."""

from __future__ import annotations


def arguments(p) -> None:
    p.add_argument("action", choices=("show", "import", "list", "landkreis"),
                   help="show: Regelpaket in Kraft (oder DATEI, mit den Änderungen); "
                        "import: DATEI in Kraft setzen; list: alle Pakete des Tresors; "
                        "landkreis: Landkreis-Profil wählen (leer: keines)")
    p.add_argument("file", nargs="?", metavar="DATEI_ODER_NAME",
                   help="bei show/import: die Paketdatei (json); bei landkreis: der Name")


def run(args) -> int:
    from ..services import rule_packs
    from .common import EXIT_OK, UsageError, unlocked

    if args.action == "import" and not args.file:
        raise UsageError("rules import braucht die Paketdatei.")
    with unlocked(args) as session:
        conn = session.conn
        if args.action == "list":
            _list(rule_packs.listing(conn))
        elif args.action == "landkreis":
            _landkreis(rule_packs.choose_landkreis(conn, args.file or ""))
        elif args.file:
            _preview(conn, args.file, take=args.action == "import")
        else:
            _lines(rule_packs.describe(rule_packs.in_force(conn)))
    return EXIT_OK


def _lines(lines: list[str]) -> None:
    from .common import out

    for line in lines:
        out(line)


def _preview(conn, file: str, *, take: bool) -> None:
    from ..services import rule_packs

    seen = rule_packs.preview(conn, file)
    _lines(rule_packs.describe(seen.pack))
    _lines(["Änderungen gegenüber dem Paket in Kraft:",
            *(f"  {c}" for c in seen.changes or ["keine"])])
    if seen.template_note:
        _lines([f"Hinweis: {seen.template_note}"])
    if take:
        rule_packs.accept(conn, seen.pack)
        _lines([f"Regelpaket {seen.pack.short_id} ist jetzt in Kraft."])


def _list(kept) -> None:
    from ..domain.schoolyear import SchoolYear

    if not kept:
        _lines(["Keine Regelpakete im Tresor: das mitgelieferte gilt."])
    for k in kept:
        mark = " (in Kraft)" if k.in_force else ""
        years = ", ".join(SchoolYear(y).label for y in k.years)
        _lines([f"{k.pack.short_id}  {k.pack.years_label}  {k.pack.title}  "
                f"übernommen {k.imported_at}{mark}"
                + (f"; gerechnet für {years}" if years else "")])


def _landkreis(name: str) -> None:
    _lines([f"Landkreis-Profil: {name}" if name else "Kein Landkreis-Profil gewählt."])
