"""The frozen build's entry point (``packaging/entry.py``, what PyInstaller starts) goes
through the hardened path: the process that will hold the key writes no core dump and is
not dumpable (issue 29, item 2). Run as a real child process, with core dumps allowed
by its parent, so that only the entry point itself can switch them off."""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "packaging" / "entry.py"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads Linux process limits")


def _allow_core_dumps() -> None:
    """In the child before exec: the most a parent can allow (an unlimited core size)."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _run_entry(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    return subprocess.run([sys.executable, str(ENTRY), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300,
                          preexec_fn=_allow_core_dumps)


def test_the_parent_really_allows_core_dumps(tmp_path):
    # Without this the test below could pass on a machine where core dumps are off anyway.
    probe = subprocess.run(
        [sys.executable, "-c", "import resource;print(resource.getrlimit(resource.RLIMIT_CORE))"],
        capture_output=True, text=True, preexec_fn=_allow_core_dumps, check=True)
    assert probe.stdout.strip() != "(0, 0)"


def test_entry_py_hardens_the_process_before_the_command_runs(tmp_path):
    done = _run_entry("self-test", tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("Prozessschutz"))
    assert re.search(r"\bok\b", line), line
    assert "RLIMIT_CORE 0/0" in line and "nicht auslesbar" in line, line


def test_entry_py_starts_the_keychain_child_before_the_cli(tmp_path):
    # The children answer one question without loading the CLI (and harden themselves).
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, str(ENTRY), "--keychain-child"], input=b"{}",
                          env=env, capture_output=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout.startswith(b"{")


def test_entry_py_starts_the_pdf_pages_child_before_the_cli(tmp_path):
    # the viewer's child (services.pdf_pages): a PDF it cannot open answers -1 and, its
    # stdin closed, it ends; the frozen build starts itself this way
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    request = b"P" + (5).to_bytes(8, "big") + b"kaput"
    done = subprocess.run([sys.executable, str(ENTRY), "--pdf-pages-child"], input=request,
                          env=env, capture_output=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout == (-1).to_bytes(4, "big", signed=True)


def test_entry_py_starts_the_letter_child_before_the_cli(tmp_path):
    # the letter's child (services.letter_child): one line asked, one line answered, and,
    # its stdin closed, it ends; the frozen build starts itself this way
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    request = (b'{"jobs": [{"kind": "invitation", "texts": ["Hallo {{ person.first_name }}"],'
               b' "values": {"person.first_name": "Kim"}}]}\n')
    done = subprocess.run([sys.executable, str(ENTRY), "--letter-child"], input=request,
                          env=env, capture_output=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout == b'{"texts": [["Hallo Kim"]]}\n'


def _close_std_streams() -> None:
    """In the child before exec: no stdin, stdout or stderr at all, as the windowed Windows
    build starts (Python then sets ``sys.stdin/stdout/stderr`` to None)."""
    for fd in (0, 1, 2):
        os.close(fd)


def test_entry_py_without_any_console_passes_the_self_test_and_writes_the_result(tmp_path):
    result = tmp_path / "selbsttest.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    done = subprocess.run([sys.executable, str(ENTRY), "self-test", "--result-file",
                           str(result)], cwd=tmp_path, env=env, timeout=300,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, preexec_fn=_close_std_streams)
    assert done.returncode == 0
    lines = result.read_text("utf-8").splitlines()
    assert lines[-1] == "Ergebnis: bestanden (Rückgabewert 0)"
    assert any(line.startswith("Prozessschutz") and " ok " in line for line in lines)
    assert not (tmp_path / "state").exists()  # nothing crashed, so no crash log


# -- the window start: no command line, the same hardening --------------------------------
# ``launch.run`` opens the window without ``cli`` when there is no command; this child
# stands in for her at the window (``QDialog.exec``) and reads back from the system what the
# start left, before anyone could type a passphrase.
WINDOW_CHILD = r"""
import ctypes, json, resource, runpy, sys
from PySide6.QtWidgets import QDialog

def protection():
    return {"core": list(resource.getrlimit(resource.RLIMIT_CORE)),
            "dumpable": ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)}

seen = {"before": protection()}

def at_the_window(self):
    seen["window"] = type(self).__name__
    seen["cli"] = "ssa_desktop.cli" in sys.modules
    seen["at_window"] = protection()
    return QDialog.Rejected

QDialog.exec = at_the_window
how, *arguments = sys.argv[1:]
try:
    if how == "-m":
        sys.argv = ["ssa_desktop", *arguments]
        runpy.run_module("ssa_desktop", run_name="__main__", alter_sys=True)
    else:
        sys.argv = [how, *arguments]
        runpy.run_path(how, run_name="__main__")
except SystemExit as exc:
    seen["code"] = exc.code
print(json.dumps(seen))
"""


@pytest.mark.parametrize("start", [
    (str(ENTRY),),                                 # remembered vault, no arguments
    (str(ENTRY), "--vault", "{tresor}"),
    ("-m", "--vault={tresor}"),                    # python -m ssa_desktop
])
def test_the_window_start_is_hardened_before_the_window_shows(tmp_path, start):
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    folder = tmp_path / "tresör mit Leerzeichen"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    config = tmp_path / ".config" / "SSA Desktop"
    config.mkdir(parents=True)
    (config / "SSA Desktop.ini").write_text(f"[vault]\nfolder={folder}\n", "utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"),
               XDG_STATE_HOME=str(tmp_path / "state"))
    arguments = [a.replace("{tresor}", str(folder)) for a in start]
    done = subprocess.run([sys.executable, "-c", WINDOW_CHILD, *arguments], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300,
                          preexec_fn=_allow_core_dumps)
    assert done.returncode == 0, done.stdout + done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["before"]["core"] != [0, 0] and seen["before"]["dumpable"] == 1  # allowed
    assert seen["window"] == "UnlockDialog" and seen["code"] == 0
    assert seen["cli"] is False  # the window's own path, not the command line's
    assert seen["at_window"] == {"core": [0, 0], "dumpable": 0}
