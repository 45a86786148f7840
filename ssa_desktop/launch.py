"""The program's entry point (console script ``ssa-desktop``, ``python -m ssa_desktop``,
the frozen ``packaging/entry.py``): harden the process before any key or passphrase is in
memory, then start the window or run a command.

A start that only opens the window (no arguments, or ``--vault ORDNER``) goes straight to
``app.run_gui``: the command line (``cli``: argparse, every command's module and parser,
about 25 ms of CPU) is never imported on the way to the unlock window
(``tests/ui/shell/test_start_path.py``). Everything else (``--demo``, ``--help``,
``--version``, a command, anything unusual) goes through ``cli.main`` as before. A
failure of the window is reported by ``cli.report_failure``, the same German sentence and
exit code as ever.
"""

from __future__ import annotations

import sys
from pathlib import Path


def window_folder(arguments: list[str]) -> tuple[bool, Path | None]:
    """``(True, folder)`` when ``arguments`` only open the window (``folder`` None: the
    remembered or default vault), ``(False, None)`` when the command line must read them."""
    if not arguments:
        return True, None
    if len(arguments) == 2 and arguments[0] == "--vault" and _plain(arguments[1]):
        return True, Path(arguments[1])
    if len(arguments) == 1 and arguments[0].startswith("--vault="):
        value = arguments[0].removeprefix("--vault=")
        if _plain(value):
            return True, Path(value)
    return False, None


def _plain(value: str) -> bool:
    """A folder argparse would take as it is (not empty, not an option)."""
    return bool(value) and not value.startswith("-")


# PySide's answer for a module whose source does not mention it: "ignore this module"
# (``shibokensupport.feature``: -1 for no feature selection, 0 for the default one).
PYSIDE_IGNORES = -1


def standard_library_known_to_qt() -> None:
    """Import PySide6 and enter the standard library's modules into its feature table
    with the answer PySide would find for them. Since PySide 6.7 its import hook reads
    the source of every module first named in an import after PySide6 (``inspect.
    getsource``) to see whether it mentions "PySide6", once per name: for the standard
    library modules our start names (typing, inspect, threading, os, pathlib …) about
    2.5 ms of CPU at every start, for an answer that is always no. Our own modules are
    still read (they do mention it). Without the table (another PySide) nothing is done."""
    import PySide6  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    standard = sys.stdlib_module_names
    for name in (*standard, *sys.modules):
        if name.partition(".")[0] in standard:
            known.setdefault(name, PYSIDE_IGNORES)


def run() -> int:
    """Harden the process, then the window or the command line (``cli.main``)."""
    from .hardening import harden_process

    harden_process()
    window_only, folder = window_folder(sys.argv[1:])
    if not window_only:
        from .cli import main

        return main()
    try:
        standard_library_known_to_qt()
        from .app import run_gui

        return run_gui(folder)
    except (KeyboardInterrupt, Exception) as exc:
        from .cli import report_failure  # the command line loads only when it is needed

        return report_failure(exc)
