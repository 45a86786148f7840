"""The program's entry point (``launch.run``): a start that only opens the window skips
the command line; everything else reaches ``cli.main`` as before; a failure of the
window is reported as the command line reports one (a German sentence, the exit code)."""

from __future__ import annotations

import errno
import importlib
import re
import sys
from pathlib import Path

import pytest

from ssa_desktop import app, launch
from ssa_desktop.domain.errors import UserError


@pytest.mark.parametrize(("arguments", "expected"), [
    ([], (True, None)),
    (["--vault", "/tmp/tresor"], (True, Path("/tmp/tresor"))),
    (["--vault=/tmp/tresor"], (True, Path("/tmp/tresor"))),
    (["--vault", "Tresor mit Leerzeichen"], (True, Path("Tresor mit Leerzeichen"))),
    # everything else is the command line's: its checks, messages and abbreviations
    (["--vault"], (False, None)),
    (["--vault", ""], (False, None)),
    (["--vault="], (False, None)),
    (["--vault", "--demo"], (False, None)),
    (["--demo"], (False, None)),
    (["--vault", "/tmp/tresor", "--demo"], (False, None)),
    (["--vau", "/tmp/tresor"], (False, None)),
    (["--help"], (False, None)),
    (["--version"], (False, None)),
    (["info", "--vault", "/tmp/tresor"], (False, None)),
    (["--keychain-child"], (False, None)),
    (["/tmp/tresor"], (False, None)),
])
def test_only_a_plain_window_start_skips_the_command_line(arguments, expected):
    assert launch.window_folder(arguments) == expected


def _start(monkeypatch, *arguments: str) -> int:
    _keep_import_state(monkeypatch)  # the window path enters PySide's table, adds a finder
    monkeypatch.setattr(sys, "argv", ["ssa-desktop", *arguments])
    monkeypatch.setattr("ssa_desktop.hardening.harden_process", lambda: None)
    return launch.run()


@pytest.mark.parametrize(("failure", "code", "sentence"), [
    (UserError("Der Tresor ist beschädigt."), 1, "ssa-desktop: Der Tresor ist beschädigt."),
    (PermissionError(13, "denied", "/tmp/tresor"), 1,
     "Keine Berechtigung für den Zugriff (/tmp/tresor)."),
    (KeyboardInterrupt(), 130, "abgebrochen"),
    (RuntimeError("Notiz über Lena"), 1, "Unerwarteter Fehler (RuntimeError)"),
])
def test_a_failing_window_is_reported_as_the_command_line_reports(monkeypatch, capsys,
                                                                  failure, code, sentence):
    def fail(folder):
        raise failure

    monkeypatch.delenv("SSA_DEBUG", raising=False)
    monkeypatch.setattr(app, "run_gui", fail)
    assert _start(monkeypatch, "--vault", "/tmp/tresor") == code
    err = capsys.readouterr().err
    assert sentence in err and "Traceback" not in err and "Lena" not in err


def test_an_os_error_of_no_known_kind_is_said_in_german(monkeypatch, capsys):
    """An errno the command line has no sentence of its own for: the German reason
    (services' os_reason, as the vault's own messages), never the system's English text."""
    def fail(folder):
        raise OSError(errno.EIO, "Input/output error", "/tmp/tresor")

    monkeypatch.delenv("SSA_DEBUG", raising=False)
    monkeypatch.setattr(app, "run_gui", fail)
    assert _start(monkeypatch, "--vault", "/tmp/tresor") == 1
    assert capsys.readouterr().err == (
        "ssa-desktop: Der Dateizugriff ist fehlgeschlagen (/tmp/tresor): Dateifehler 5.\n")


def test_the_window_gets_the_folder_and_its_exit_code_is_the_programs(monkeypatch):
    seen = []
    monkeypatch.setattr(app, "run_gui", lambda folder: seen.append(folder) or 0)
    assert _start(monkeypatch) == 0
    assert _start(monkeypatch, "--vault=/tmp/tresor") == 0
    assert seen == [None, Path("/tmp/tresor")]


def test_a_command_still_goes_through_the_command_line(monkeypatch, capsys):
    assert _start(monkeypatch, "--version") == 0
    assert "SSA Desktop" in capsys.readouterr().out
    assert _start(monkeypatch, "keinbefehl") == 2
    assert "Aufruffehler" in capsys.readouterr().err


def _keep_import_state(monkeypatch):
    """PySide's feature table and the import finders, restored after the test (else each
    start leaves one more finder in ``sys.meta_path`` for the rest of the session)."""
    import shibokensupport.feature as feature

    monkeypatch.setattr(feature, "pyside_feature_dict", dict(feature.pyside_feature_dict))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    return feature


@pytest.fixture
def feature_table(monkeypatch):
    """PySide's feature table and the import finders, restored after the test."""
    return _keep_import_state(monkeypatch)


def test_the_standard_library_gets_pysides_own_answer_without_its_source_read(feature_table):
    before = dict(feature_table.pyside_feature_dict)
    launch.modules_known_to_qt()
    known = feature_table.pyside_feature_dict
    entered = {name for name in known if name not in before}
    assert {"typing", "threading", "pathlib", "inspect", "os", "re"} <= entered | set(before)
    assert all(known[name] == value for name, value in before.items())  # nothing changed
    for name in entered:
        if name.partition(".")[0] == "ssa_desktop":
            assert known[name] == launch.PYSIDE_DEFAULT
            continue
        assert name.partition(".")[0] in sys.stdlib_module_names
        assert known[name] == launch.PYSIDE_IGNORES
        module = sys.modules.get(name)
        if module is not None:  # what PySide's hook would have found by reading it
            assert not feature_table._mod_uses_pyside(module), name


def test_our_modules_are_entered_as_they_are_imported(feature_table, monkeypatch):
    import ssa_desktop.domain.clock
    import ssa_desktop.ui.colours

    launch.modules_known_to_qt()
    # imported afresh below: afterwards the packages name the modules every other module
    # holds again (a second clock module would leave tests that freeze one on the other)
    monkeypatch.setattr(ssa_desktop.ui, "colours", ssa_desktop.ui.colours)
    monkeypatch.setattr(ssa_desktop.domain, "clock", ssa_desktop.domain.clock)
    known = feature_table.pyside_feature_dict   # a copy, restored after the test
    for name in ("ssa_desktop.ui.colours", "ssa_desktop.domain.clock"):
        monkeypatch.delitem(sys.modules, name)
        known.pop(name, None)   # an earlier import in this process may have entered it
    importlib.import_module("ssa_desktop.domain.clock")
    importlib.import_module("ssa_desktop.ui.colours")

    assert known["ssa_desktop.ui.colours"] == launch.PYSIDE_DEFAULT
    assert known["ssa_desktop.domain.clock"] == launch.PYSIDE_DEFAULT
    monkeypatch.delitem(sys.modules, "xml.dom.minidom", raising=False)
    import xml.dom.minidom  # noqa: F401

    assert known["xml.dom.minidom"] == launch.PYSIDE_IGNORES
    assert not feature_table._mod_uses_pyside(sys.modules["xml.dom.minidom"])


def test_the_program_selects_no_pyside_feature():
    """Why the default feature set (0) is right for every module of ours: none selects a
    feature (``from __feature__ import snake_case`` would need its own answer)."""
    package = Path(launch.__file__).parent
    selects = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    users = [path.name for path in package.rglob("*.py")
             if selects.search(path.read_text("utf-8"))]
    assert users == []


def test_the_command_line_module_run_as_a_program_still_runs_the_command(tmp_path):
    """``python -m ssa_desktop.cli`` ran the hardened command line before ``launch`` became
    the entry point; it must not end silently with 0 as if the command had succeeded."""
    import os
    import subprocess

    root = Path(launch.__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(root), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "ssa_desktop.cli", "info", "--vault",
                           str(tmp_path / "nirgends")], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "existiert nicht" in done.stderr and "Traceback" not in done.stderr


def test_every_way_to_start_the_program_names_launch_run():
    """The console script (pyproject.toml), ``python -m ssa_desktop`` and the frozen
    entry (``packaging/entry.py``, both executables of the spec) start ``launch.run``."""
    import ast
    import tomllib

    root = Path(launch.__file__).resolve().parents[1]
    scripts = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts == {"ssa-desktop": "ssa_desktop.launch:run"}

    def runs(path: Path) -> set[str]:
        return {f"{node.module}.{alias.name}" for node in ast.walk(ast.parse(path.read_text()))
                if isinstance(node, ast.ImportFrom) and node.module
                for alias in node.names if alias.name == "run"}

    assert runs(root / "ssa_desktop" / "__main__.py") == {"ssa_desktop.launch.run"}
    assert runs(root / "packaging" / "entry.py") == {"ssa_desktop.launch.run"}
    assert "entry.py" in (root / "packaging" / "ssa_desktop.spec").read_text("utf-8")


@pytest.mark.parametrize(("failure", "sentence"), [
    (PermissionError(13, "denied", "/tmp/tresor"),
     "Keine Berechtigung für den Zugriff (/tmp/tresor)."),
    (RuntimeError("Notiz über Lena"), "Unerwarteter Fehler (RuntimeError)"),
])
def test_a_failing_window_without_a_console_says_why_in_a_window(monkeypatch, qapp, failure,
                                                                sentence):
    """The windowed Windows build has no console (``sys.stdout``/``sys.stderr`` None): a
    start that fails says its German sentence in a message box, or she sees nothing."""
    def fail(folder):
        raise failure

    monkeypatch.setattr(app, "run_gui", fail)
    shown = _box_texts(monkeypatch)
    assert _start(monkeypatch, "--vault", "/tmp/tresor") == 1
    assert len(shown) == 1 and sentence in shown[0]
    assert "Traceback" not in shown[0] and "Lena" not in shown[0]


# -- the windowed build: every window start that fails says so in a box --------------------
@pytest.mark.parametrize(("arguments", "window"), [
    ([], True),
    (["--vault", "/tmp/tresor"], True),
    (["--demo"], True),
    (["--vault", "/tmp/tresor", "--demo"], True),
    (["--demoo"], True),              # a mistyped option: a window start gone wrong
    (["--vault"], True),              # its folder missing
    (["--vau", "C:\\SSA"], True),     # an abbreviation that takes the folder
    (["--help"], True),
    (["self-test"], False),
    (["export", "--vault", "/tmp/tresor"], False),
    (["--vault", "/tmp/tresor", "info"], False),
    (["exprot"], False),              # a mistyped command: a script's, it stays silent
    (["--keychain-child"], False),
    (["--unwrap-child"], False),
    (["--pdf-pages-child"], False),
    (["--letter-child"], False),
])
def test_a_window_start_is_one_without_a_command(arguments, window):
    assert launch.starts_a_window(arguments) is window




def _box_texts(monkeypatch) -> list[str]:
    """The texts of the message boxes shown (and closed at once, as if she read them)."""
    from tests.support import questions

    shown: list[str] = []

    monkeypatch.delenv("SSA_DEBUG", raising=False)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    questions.answer(shown, lambda box: box.accept())   # the looking ends with the test
    return shown


def test_a_demo_start_that_fails_without_a_console_says_why_in_a_window(monkeypatch, qapp):
    import ssa_desktop.demo

    def fail(*_args, **_kwargs):
        raise PermissionError(13, "denied", "/tmp/ssa-demo")

    monkeypatch.setattr(ssa_desktop.demo, "create_demo_vault", fail)
    shown = _box_texts(monkeypatch)
    assert _start(monkeypatch, "--demo") == 1
    assert len(shown) == 1 and "Keine Berechtigung für den Zugriff (/tmp/ssa-demo)." in shown[0]


def test_a_mistyped_option_without_a_console_says_so_in_a_window(monkeypatch, qapp):
    shown = _box_texts(monkeypatch)
    assert _start(monkeypatch, "--demoo") == 2
    assert len(shown) == 1 and "Aufruffehler" in shown[0] and "--demoo" in shown[0]


def test_a_failing_command_without_a_console_stays_silent(monkeypatch, qapp, tmp_path):
    """IT's scripts read the exit code (and self-test's result file): no box waits for
    a click that nobody gives."""
    from ssa_desktop.ui.common import messages

    boxes: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, **_kw: boxes.append(text))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert _start(monkeypatch, "info", "--vault", str(tmp_path / "nirgends")) == 1
    assert _start(monkeypatch, "exprot") == 2
    assert boxes == []


def test_the_window_start_collects_no_garbage_before_its_window(monkeypatch):
    """Automatic garbage collection is off in the GUI process (``ui.main_thread_gc``
    collects on the GUI thread's timer); the window start switches it off before PySide
    is imported, so that the start's imports and PySide's enums run no collection (about
    40 of them, 1-2 ms). A command keeps it on."""
    import gc

    seen: dict[str, bool] = {}
    real = launch.modules_known_to_qt

    def known_to_qt() -> None:
        seen.setdefault("before PySide", gc.isenabled())
        real()

    monkeypatch.setattr(launch, "modules_known_to_qt", known_to_qt)
    monkeypatch.setattr(app, "run_gui", lambda folder: 0)
    was = gc.isenabled()
    gc.enable()
    try:
        assert _start(monkeypatch, "--version") == 0
        assert gc.isenabled()
        assert _start(monkeypatch, "--vault", "/tmp/tresor") == 0
        assert seen == {"before PySide": False}
    finally:
        (gc.enable if was else gc.disable)()
