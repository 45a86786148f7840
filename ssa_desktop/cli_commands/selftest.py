"""``ssa-desktop self-test``: check this installation (docs/cli.md)."""

from __future__ import annotations

from pathlib import Path


def arguments(p) -> None:
    p.add_argument("--result-file", metavar="DATEI", type=Path, default=None,
                   help="das Ergebnis zusätzlich in diese Datei schreiben (für die "
                        "Installation und Skripte; letzte Zeile „Ergebnis: bestanden …“ "
                        "oder „Ergebnis: fehlgeschlagen …“)")


def run(args) -> int:
    from ..selftest import passed, run_checks
    from . import common

    results = run_checks()
    lines = format_lines(results)
    for line in lines:
        common.out(line)
    code = common.EXIT_OK if passed(results) else common.EXIT_FAILED
    if args.result_file is not None:  # before the verdict: a failed write fails the test
        write_result_file(args.result_file, lines, code)
    if code == common.EXIT_OK:
        common.out("Selbsttest bestanden.")
    else:
        common.err("Selbsttest fehlgeschlagen: siehe die mit FEHLER markierten Zeilen.")
    return code


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
