"""The program's entry point (console script ``ssa-desktop``, ``python -m ssa_desktop``,
the frozen ``packaging/entry.py``): harden the process before any key or passphrase is in
memory, then start the window or run a command.

A start that only opens the window (no arguments, or ``--vault ORDNER``) goes straight to
``app.run_gui``: the command line (``cli``: every command's module and argparse parser,
about 25 ms of CPU) is never imported on the way to the unlock window
(``tests/ui/shell/test_start_path.py``), and PySide's import hook is spared reading
sources (``modules_known_to_qt``). Everything else (``--demo``, ``--help``,
``--version``, a command, anything unusual) goes through ``cli.main`` as before. A
failure of the window is reported by ``cli.report_failure``, the same German sentence and
exit code as ever. With no console (the windowed build) every window start that fails
(no command: ``--demo`` and a mistyped option too) shows that sentence in a message box;
a command stays silent for IT's scripts (exit code, self-test's result file).
"""

from __future__ import annotations

import gc
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


# The helper processes this program starts of itself (``cli._serve_child``): never a window.
_CHILD_FLAGS = ("--keychain-child", "--unwrap-child", "--pdf-pages-child", "--letter-child")


def starts_a_window(arguments: list[str]) -> bool:
    """Whether ``arguments`` name no command, so that they start the window (``--demo``,
    ``--vault ORDNER``, an option mistyped): with no console such a start that fails says
    so in a message box. A word that is not the folder of ``--vault`` is a command (or
    a mistyped one), a script's: it fails with its exit code alone."""
    if arguments[:1] and arguments[0] in _CHILD_FLAGS:
        return False
    folder_next = False
    for argument in arguments:
        if folder_next:
            folder_next = False
        elif argument.startswith("-"):
            # ``--vault`` and what argparse takes for it (``--vau``) are followed by the folder
            folder_next = len(argument) > 3 and "--vault".startswith(argument)
        else:
            return False
    return True


def _plain(value: str) -> bool:
    """A folder argparse would take as it is (not empty, not an option)."""
    return bool(value) and not value.startswith("-")


# PySide's answers in its feature table (``shibokensupport.feature``): -1 "ignore this
# module" for a module whose source does not mention PySide6, 0 "the default features"
# for one that does. The program selects no feature (no ``from __feature__ import``:
# tests/test_launch.py), so 0 is right for every module of ours.
PYSIDE_IGNORES = -1
PYSIDE_DEFAULT = 0


class _ModulesKnownToQt:
    """An import finder that finds nothing: it enters each module of ours and of the
    standard library into PySide's feature table as it is being imported, then the usual
    finders load it."""

    def __init__(self, known: dict):
        self.known = known

    def find_spec(self, name: str, path=None, target=None):
        top = name.partition(".")[0]
        if top == "ssa_desktop":
            self.known.setdefault(name, PYSIDE_DEFAULT)
        elif top in sys.stdlib_module_names:  # a submodule loaded later (json.decoder)
            self.known.setdefault(name, PYSIDE_IGNORES)
        return None


def modules_known_to_qt() -> None:
    """Import PySide6 and spare its import hook reading sources. Since PySide 6.7 the hook
    reads the source of every module first named in an import after PySide6 (``inspect.
    getsource``) to see whether it mentions "PySide6", once per name: for the standard
    library modules our start names (typing, inspect, threading, os, pathlib …) and our
    own modules about 4 ms of CPU at every start from a source install. The standard
    library gets PySide's own answer (it never mentions PySide6), ours the default
    feature set as they are imported. Without the table (another PySide) nothing is done."""
    import PySide6  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    standard = sys.stdlib_module_names
    for name in (*standard, *sys.modules):
        top = name.partition(".")[0]
        if top in standard:
            known.setdefault(name, PYSIDE_IGNORES)
        elif top == "ssa_desktop":
            known.setdefault(name, PYSIDE_DEFAULT)
    sys.meta_path.insert(0, _ModulesKnownToQt(known))


def prepare_window_process() -> None:
    """What the GUI process does before it imports Qt and the window's modules (also
    the memory benchmark's and ``tests/ui/shell/test_gui_memory.py``'s GUI, so that they
    measure the process she runs). No automatic garbage collection (``ui.main_thread_gc``
    collects on the GUI thread's timer): off before PySide's imports and enums, which
    would otherwise run about 40 collections before the first frame. PySide's import hook
    reads no sources (``modules_known_to_qt``): the text it would read stays in
    ``linecache`` while the day's modules are imported, and its line strings, scattered
    among the objects that live as long as the program, kept 2.4 MB of the GUI's peak
    even after ``ui.memory.drop_source_lines`` let them go."""
    gc.disable()
    modules_known_to_qt()


def run() -> int:
    """Harden the process, then the window or the command line (``cli.main``)."""
    from .hardening import harden_process

    harden_process()
    from .storage.installed_build import remember_start

    remember_start()   # every unlock compares: an update while she works asks for a restart
    window_only, folder = window_folder(sys.argv[1:])
    if not window_only:
        from .cli import main

        code = main()
        if code != 0 and sys.stderr is None and starts_a_window(sys.argv[1:]):
            _say_in_a_window()  # ``--demo``, a mistyped option: a window start gone wrong
        return code
    try:
        if sys.platform == "win32":  # an installer waits while the window runs
            from .app_mutex import hold_app_mutexes

            hold_app_mutexes()
        prepare_window_process()
        from .app import run_gui

        return run_gui(folder)
    except (KeyboardInterrupt, Exception) as exc:
        from .cli import report_failure  # the command line loads only when it is needed

        code = report_failure(exc)
        if sys.stderr is None:  # the windowed build: nothing printed reaches her
            _say_in_a_window()
        return code


def _say_in_a_window() -> None:
    """Show what the failed start said (``common.UNHEARD``) in a message box: with no
    console a German sentence on stderr would reach nobody."""
    from .cli_commands.common import UNHEARD

    said = "\n".join(line.removeprefix("ssa-desktop:").strip() for line in UNHEARD)
    UNHEARD.clear()
    if not said:
        return
    try:
        from PySide6.QtWidgets import QApplication

        from .ui.common import messages

        app = QApplication.instance() or QApplication(["ssa-desktop"])  # held while shown
        messages.show_error(None, said)
        del app
    except Exception:  # noqa: BLE001 - no window either: the log file has the defect
        pass
