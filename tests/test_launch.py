"""The program's entry point (``launch.run``): a start that only opens the window skips
the command line; everything else reaches ``cli.main`` as before; a failure of the
window is reported as the command line reports one (a German sentence, the exit code)."""

from __future__ import annotations

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


def test_the_standard_library_gets_pysides_own_answer_without_its_source_read():
    import shibokensupport.feature as feature

    before = dict(feature.pyside_feature_dict)
    launch.standard_library_known_to_qt()
    known = feature.pyside_feature_dict
    entered = {name for name in known if name not in before}
    assert {"typing", "threading", "pathlib", "inspect", "os", "re"} <= entered | set(before)
    for name in entered:
        assert name.partition(".")[0] in sys.stdlib_module_names
        assert known[name] == launch.PYSIDE_IGNORES
        module = sys.modules.get(name)
        if module is not None:  # what PySide's hook would have found by reading it
            assert not feature._mod_uses_pyside(module), name
    assert all(known[name] == value for name, value in before.items())  # nothing changed
    assert not any(name.startswith("ssa_desktop") for name in entered)
