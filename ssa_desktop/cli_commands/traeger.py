"""``ssa-desktop traeger …``: the Träger kit for the Träger's coordinator, without a vault
(docs/traeger.md, docs/cli.md "Träger").

    traeger deliveries ORDNER --year 2025/26 [--expected LISTE] [--json DATEI]
    traeger workbook   ORDNER --year 2025/26 --out ORDNER [--landkreise LISTE]
    traeger tidy       ORDNER --year 2025/26 --out DATEI.csv|DATEI.parquet
    traeger overview   ORDNER --year 2025/26 --out DATEI.pdf [--expected LISTE]
                       [--landkreise LISTE]

Files that are not a KVJS export of a post or a school are named on stderr with their
reason; the others are still read. Exit 0 done, 1 failed (German message, nothing
written), 2 wrong call."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, err, out


def arguments(p) -> None:
    sub = p.add_subparsers(dest="traeger_action", title="Schritte", metavar="SCHRITT",
                           required=True, parser_class=type(p))

    def step(name: str, help_text: str) -> argparse.ArgumentParser:
        s = sub.add_parser(name, help=help_text, description=help_text)
        s.add_argument("folder", type=Path, metavar="ORDNER",
                       help="Ordner mit den KVJS-Exporten (json) der Stellen und Schulen")
        s.add_argument("--year", required=True, metavar="2025/26", help="Schuljahr")
        return s

    s = step("deliveries", "Lieferübersicht: welche Stellen und Schulen geliefert haben, "
                           "was fehlt, doppelt oder älter ist")
    _expected(s)
    # dest "out": like every file the CLI writes, refused in a synced folder (cli.py)
    s.add_argument("--json", dest="out", type=Path, metavar="DATEI",
                   help="die Übersicht zusätzlich als JSON-Datei schreiben")
    s = step("workbook", "je Landkreis eine Excel-Mappe: ein Blatt je Schule und eine "
                         "Übersicht (Zahlen unter 3 Personen als „< 3“)")
    s.add_argument("--out", required=True, type=Path, metavar="ORDNER", help="Zielordner")
    _landkreise(s)
    s = step("tidy", "lange Tabelle (CSV oder Parquet) für Auswertungen: je Datei und "
                     "Kennzahl eine Zeile (DuckDB, pandas, R)")
    s.add_argument("--out", required=True, type=Path, metavar="DATEI.csv",
                   help="CSV-Datei; endet der Name auf .parquet, eine Parquet-Datei")
    s = step("overview", "Überblick für den Vorstand als PDF (Lieferungen, Summen je "
                         "Landkreis)")
    s.add_argument("--out", required=True, type=Path, metavar="DATEI", help="PDF-Datei")
    _expected(s)
    _landkreise(s)


def _expected(s) -> None:
    s.add_argument("--expected", type=Path, metavar="LISTE",
                   help="erwartete Lieferungen, je Zeile „Stelle;Schule“ (ohne: die Stellen "
                        "und Schulen der Dateien des Vorjahres)")


def _landkreise(s) -> None:
    s.add_argument("--landkreise", type=Path, metavar="LISTE",
                   help="Landkreis je Schule, je Zeile „Schulkürzel;Landkreis“ (ohne: die "
                        "Angabe der Datei, sonst „ohne Landkreis“)")


def run(args) -> int:
    action = {"deliveries": _deliveries, "workbook": _workbook, "tidy": _tidy,
              "overview": _overview}[args.traeger_action]
    return action(args)


def _shown(text: str) -> str:
    """Text from the senders' files (names, codes, file names) for her terminal: a
    control character becomes a space, so no escape sequence reaches the console."""
    from ..domain.text_safety import clean_name

    return clean_name(text)


def _refused(refused) -> None:
    for _name, reason in refused:  # each reason names its file
        err(f"Nicht gelesen: {_shown(reason)}")


_COLUMNS = ("Stelle", "Schule", "KVJS (Stelle)", "Landkreis (Schule)")


def _deliveries(args) -> int:
    from ..services import traeger

    table = traeger.deliveries(args.folder, args.year, args.expected)
    _refused(table.refused)
    lines = [tuple(_shown(text) for text in (
        r.post, f"{r.school_name} ({r.school})" if r.school_name else r.school,
        r.post_file, r.school_file, "; ".join(r.notes))) for r in table.rows]
    widths = [max([len(c)] + [len(line[i]) for line in lines]) for i, c in enumerate(_COLUMNS)]
    out(f"Lieferungen im Schuljahr {table.year}:")
    out("  ".join(c.ljust(w) for c, w in zip(_COLUMNS, widths, strict=True)))
    for line in lines:
        out("  ".join(c.ljust(w) for c, w in zip(line[:4], widths, strict=True)).rstrip()
            + (f"  {line[4]}" if line[4] else ""))
    if not lines:
        out("(keine Stelle und keine Schule für dieses Schuljahr gefunden)")
    if args.out:
        path = traeger.write_table_json(table, args.out)
        out(f"JSON geschrieben: {path}")
    return EXIT_OK


def _workbook(args) -> int:
    from ..services import traeger

    paths, read = traeger.write_workbooks(args.folder, args.year, args.out, args.landkreise)
    _refused(read.refused)
    for path in paths:
        out(f"Mappe geschrieben: {path}")
    if not paths:
        out("Keine Schule hat für dieses Schuljahr geliefert; keine Mappe geschrieben.")
    return EXIT_OK


def _tidy(args) -> int:
    from ..services import traeger

    path, read = traeger.write_tidy(args.folder, args.year, args.out)
    _refused(read.refused)
    out(f"Lange Tabelle geschrieben: {path} ({len(read.deliveries)} Dateien)")
    return EXIT_OK


def _overview(args) -> int:
    from ..services import traeger

    path = traeger.write_overview(args.folder, args.year, args.out, expected=args.expected,
                                  landkreise=args.landkreise)
    out(f"Überblick geschrieben: {path}")
    return EXIT_OK
