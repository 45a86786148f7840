"""No network, ever, and no plaintext residue (docs/architecture.md, "What the app never
does"): a full scripted session runs under ``strace -f``; no AF_INET/AF_INET6 socket is
created. Afterwards the vault folder, the temp folder, the home folder (settings, logs)
hold none of the demo data's names or note words outside the files the user asked for.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.helpers import all_files, files_containing
from tests.support.requirements import require

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("session_script.py")
INET = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b")


def _markers(export: Path) -> list[str]:
    """Names, pseudonyms and long note words of the demo data (from the user's export)."""
    doc = json.loads(export.read_text("utf-8"))
    found: set[str] = set()
    for person in doc["tables"]["person"]:
        for key in ("first_name", "last_name"):
            if len(person.get(key) or "") >= 4:
                found.add(person[key])
    for contact in doc["tables"]["contact"][:300]:
        for word in re.findall(r"[A-Za-zÄÖÜäöüß]{12,}", contact.get("note") or ""):
            found.add(word)
    return sorted(found)


@pytest.fixture(scope="module")
def session_run(tmp_path_factory):
    require(shutil.which("strace") is not None, "strace not installed")
    base = tmp_path_factory.mktemp("session")
    home, tmp, vault, out = (base / n for n in ("home", "tmp", "vault", "out"))
    for folder in (home, tmp, out):
        folder.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "TMPDIR": str(tmp),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CACHE_HOME": str(home / ".cache"), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "SSA_PASSPHRASE": "Wolke Teppich rennt 58 Mal",
           "LANG": "C.UTF-8"}
    trace = base / "strace.log"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-e", "signal=none", "-o", str(trace),
         sys.executable, str(SCRIPT), str(vault), str(out)],
        env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (out / "DONE").exists()
    return {"trace": trace, "home": home, "tmp": tmp, "vault": vault, "out": out}


def test_no_internet_socket_is_ever_created(session_run):
    log = session_run["trace"].read_text(errors="replace")
    assert re.search(r"socket\((AF|PF)_UNIX\b", log), "the tracer did not see the canary"
    assert INET.findall(log) == []


def test_no_plaintext_outside_the_files_the_user_asked_for(session_run):
    markers = _markers(session_run["out"] / "export.json")
    assert len(markers) > 20
    paths = set()
    for key in ("home", "tmp", "vault"):
        paths |= all_files(session_run[key])
    assert files_containing(paths, markers) == []
