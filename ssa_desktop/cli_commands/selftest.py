"""``ssa-desktop self-test``: check this installation (docs/cli.md)."""

from __future__ import annotations


def register(command) -> None:
    p = command("self-test", "prüfen, ob diese Installation vollständig ist (SQLCipher, "
                "Volltextsuche, Schlüsselbund, Übersetzungen, PDF-Schrift, Vorlagen)",
                vault=False)
    p.set_defaults(handler=run)


def run(args) -> int:
    from .. import cli
    from ..selftest import passed, run_checks

    results = run_checks()
    width = max(len(r.name) for r in results)
    for r in results:
        mark = "ok" if r.ok else ("FEHLER" if r.required else "fehlt")
        cli.out(f"{r.name:<{width}}  {mark:<6}  {r.detail}")
    if passed(results):
        cli.out("Selbsttest bestanden.")
        return cli.EXIT_OK
    cli.err("Selbsttest fehlgeschlagen: siehe die mit FEHLER markierten Zeilen.")
    return cli.EXIT_FAILED
