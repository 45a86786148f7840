"""``kvjs`` and ``kvjs-merge``: the KVJS year-end export and the merging of exports
(docs/cli.md, "KVJS-Statistik"). Exit 2 when plausibility checks find something (unless
--force), 1 for other errors; never a traceback."""

from __future__ import annotations

from pathlib import Path

FORMATS = ("xlsx", "pdf", "csv", "json")


def arguments(p) -> None:
    p.add_argument("--year", required=True, metavar="2025/26", help="Schuljahr")
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--school", metavar="KÜRZEL", help="eine Schule (Schulkürzel)")
    scope.add_argument("--post", nargs="?", const="", metavar="STELLE",
                       help="eine Stelle mit allen ihren Schulen (ohne Angabe: die einzige)")
    p.add_argument("--format", required=True, choices=FORMATS, help="Dateiformat")
    p.add_argument("--out", required=True, type=Path, metavar="DATEI", help="Zieldatei")
    p.add_argument("--template", type=Path, metavar="DATEI", help="andere Formularvorlage (TOML)")
    p.add_argument("--force", action="store_true",
                   help="trotz Hinweisen der Plausibilitätsprüfung exportieren")


def merge_arguments(p) -> None:
    p.add_argument("files", nargs="+", type=Path, metavar="DATEI", help="json-Exportdateien")
    p.add_argument("--out", required=True, type=Path, metavar="DATEI", help="Summendatei (json)")


def _year(text: str) -> int:
    from ..domain.schoolyear import SchoolYear
    from .common import UsageError

    try:
        return SchoolYear.parse(text).start_year
    except ValueError:
        raise UsageError(f"kein gültiges Schuljahr: {text!r} (Beispiel: 2025/26)") from None


def _scope(conn, year: int, args):
    """The scope of ``--school`` (code, name or id) or ``--post`` (code or label; may be
    left out when the year has one post with shares)."""
    from ..services import statistics as stats

    choices = stats.scopes(conn, year)
    if args.school is not None:
        return _school_scope(conn, choices, args.school)
    return _post_scope(choices, args.post)


def _school_scope(conn, choices, text: str):
    """The school found by the one resolver of every command, if it has statistics data
    in the year."""
    from ..services.schools import UnknownSchool, find_school
    from .common import UsageError

    try:
        school = find_school(conn, text)
    except UnknownSchool as err:
        raise UsageError(str(err)) from None
    for info in choices:
        if info.scope.kind == "school" and info.scope.id == school.id:
            return info.scope
    raise UsageError(f"Die Schule {school.code or school.name} hat im Schuljahr keine "
                     "Daten für die Statistik.")


def _post_names(info) -> tuple[str, ...]:
    """What names a post on the command line (any case): its code, its label, and its
    label as a code without the id ("stelle-nord", as files of older releases had it)."""
    from ..services.statistics import label_code

    label = info.label.removeprefix("Stelle: ")
    return tuple(n.casefold() for n in (info.code, label, label_code(label)))


def _post_scope(choices, post: str | None):
    """The one post with shares in the year that ``post`` names (by code or label,
    case-insensitively), or the only one; otherwise a usage error listing them."""
    from .common import UsageError

    posts = [i for i in choices if i.scope.kind == "post"]
    if post:
        posts = [i for i in posts if post.casefold() in _post_names(i)]
    if len(posts) != 1:
        names = ", ".join(i.label.removeprefix("Stelle: ") for i in choices if i.scope.kind == "post")
        raise UsageError("bitte die Stelle angeben: --post NAME"
                         f" (Stellen mit Anteilen in diesem Schuljahr: {names or '–'})")
    return posts[0].scope


def run_kvjs(args) -> int:
    from ..services import rule_packs
    from ..services import statistics as stats
    from . import common

    year = _year(args.year)
    # --template for this export only; otherwise the vault's template
    template = stats.load_template(args.template) if args.template else None
    with common.unlocked(args) as session:
        scope = _scope(session.conn, year, args)
        rep = stats.report(session.conn, year, scope, template, previous_years=0)
        if rep.findings:
            for finding in rep.findings:
                common.err(f"Hinweis: {finding.message}")
            if not args.force:
                common.err("ssa-desktop: Plausibilitätsprüfung mit Hinweisen; nichts exportiert "
                         "(mit --force trotzdem exportieren).")
                return common.EXIT_USAGE
        stats.count_export(session.conn, rep)
        path = stats.write_export(rep, args.format, args.out)
        rule_packs.keep_exported_year(session.conn, year)
        missing = rule_packs.missing_note(session.conn, year)
    common.out(f"KVJS-Export geschrieben: {path} (Schuljahr {rep.year_label}, {rep.info.label})")
    if missing:
        common.err(f"Hinweis: {missing}")
    if rep.changes and rep.delivered is not None:   # changes are against a delivery
        common.out(f"Abweichungen zu den am {rep.delivered.delivered_on:%d.%m.%Y} abgegebenen "
                 f"Zahlen: {len(rep.changes)} Kennzahlen (siehe Datei).")
    return common.EXIT_OK


def run_merge(args) -> int:
    from ..services import statistics as stats
    from . import common

    doc = stats.merge(args.files, args.out)
    common.out(f"Summendatei geschrieben: {args.out} ({len(doc['scope']['parts'])} Bereiche, "
             f"Schuljahr {doc['school_year']})")
    for line in stats.merge_notes(doc):
        common.err(f"Hinweis: {line}")
    return common.EXIT_OK
