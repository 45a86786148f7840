"""``ssa-desktop self-test``: check this installation (docs/cli.md)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The exit code of a self-test its watchdog ended (a check hung): the installer reads it
# from the result file's last line and fails (packaging/windows/ssa-desktop.iss).
EXIT_TIME_LIMIT = 4


def arguments(p) -> None:
    p.add_argument("--result-file", metavar="DATEI", type=Path, default=None,
                   help="das Ergebnis zusätzlich in diese Datei schreiben (für die "
                        "Installation und Skripte; letzte Zeile „Ergebnis: bestanden …“ "
                        "oder „Ergebnis: fehlgeschlagen …“)")
    p.add_argument("--time-limit", metavar="SEKUNDEN", type=float, default=None,
                   help="nach so vielen Sekunden abbrechen, wenn eine Prüfung hängt "
                        "(Voreinstellung 120; Rückgabewert 4)")


def run(args) -> int:
    from ..selftest import TIME_LIMIT_SECONDS, passed, run_checks_within
    from . import common

    limit = TIME_LIMIT_SECONDS if args.time_limit is None else max(args.time_limit, 0)
    outcome = run_checks_within(limit)
    results = outcome.results
    lines = format_lines(results)
    for line in lines:
        common.out(line)
    code = common.EXIT_OK if passed(results) else common.EXIT_FAILED
    if outcome.timed_out:
        code = EXIT_TIME_LIMIT
    if args.result_file is not None:  # before the verdict: a failed write fails the test
        write_result_file(args.result_file, lines, code)
    if code == common.EXIT_OK:
        common.out("Selbsttest bestanden.")
    else:
        common.err("Selbsttest fehlgeschlagen: siehe die mit FEHLER markierten Zeilen.")
    if outcome.timed_out:
        end_now(code)
    return code


def end_now(code: int) -> None:
    """End the process at once: the hanging check's thread may never return, and nothing
    else may keep the installer waiting."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)


def format_lines(results) -> list[str]:
    width = max(len(r.name) for r in results)
    lines = []
    for r in results:
        mark = "ok" if r.ok else ("FEHLER" if r.required else "fehlt")
        lines.append(f"{r.name:<{width}}  {mark:<6}  {r.detail}")
    return lines


def write_result_file(path: Path, lines: list[str], code: int) -> None:
    """The result for the installer's hidden run (no console to read): a title line, one
    line per check, and ``Ergebnis: bestanden|fehlgeschlagen (Rückgabewert N)`` last.
    UTF-8, written atomically (temp file, fsync, replace): a reader never sees half."""
    from .. import APP_NAME, __version__
    from ..selftest import write_text_atomically

    verdict = "bestanden" if code == 0 else "fehlgeschlagen"
    text = "\n".join([f"{APP_NAME} {__version__} – Selbsttest", *lines,
                      f"Ergebnis: {verdict} (Rückgabewert {code})"]) + "\n"
    write_text_atomically(Path(path).expanduser(), text)
