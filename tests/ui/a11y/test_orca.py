"""A real screen reader: Orca (Debian's package) on the real accessibility bus under
Xvfb, its speech taken from its debug log („SPEECH OUTPUT: …“; no sound device needed).
The unlock window: what Orca says when it opens, and that nothing it says after a
passphrase was typed (and Enter) holds a character of it. Not yet proven here: Orca 43
(Debian 12) spoke neither the focused field nor the error announcement under Xvfb;
quick entry and the Vertretungspaket key are not yet driven (see docs/barrierefreiheit.md). Skipped only where Orca or the bus tools are
missing, and never in CI (``.ci/run`` installs them)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.requirements import require
from tests.ui.a11y.test_real_bus import HERE, ROOT, SECRET, bus  # noqa: F401 (fixture)

SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*)'")
WAIT = 60  # seconds: only a failure waits this long


def _spoken(log: Path) -> list[str]:
    if not log.exists():
        return []
    return SPOKEN.findall(log.read_text(encoding="utf-8", errors="replace"))


def _until(log: Path, words: str) -> list[str]:
    """Orca's speech once it has said ``words`` (or the deadline passed)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        said = _spoken(log)
        if any(words in line for line in said):
            return said
        time.sleep(0.2)  # polls Orca's log, a file another process writes
    return _spoken(log)


@pytest.fixture(scope="module")
def orca(bus, tmp_path_factory):  # noqa: F811 (the bus fixture)
    require(shutil.which("orca") is not None, "Orca: package orca missing")
    folder = tmp_path_factory.mktemp("orca")
    log = folder / "orca.log"
    proc = subprocess.Popen(["orca", "--replace", "-u", str(folder / "prefs"),
                             "--debug-file", str(log)], env=bus,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert any("Screen reader on" in s for s in _until(log, "Screen reader on")), \
        log.read_text() if log.exists() else "no log"
    yield log
    proc.terminate()
    proc.wait(timeout=30)


def test_orca_reads_the_unlock_window_and_never_the_passphrase(orca, bus, tmp_path):  # noqa: F811
    app = subprocess.Popen([sys.executable, str(HERE / "bus_app.py"), "unlock",
                            str(tmp_path / "v")], env={**bus, "PYTHONPATH": str(ROOT)},
                           cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        said = _until(orca, "Tresor entsperren")
        assert any(s.startswith("Tresor entsperren dialog") for s in said), said
        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                 "Tresor entsperren"], env=bus, capture_output=True,
                                text=True, timeout=120).stdout.split()[-1]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=bus, timeout=60)
        subprocess.run(["xdotool", "type", "--delay", "30", SECRET], env=bus, check=True,
                       timeout=60)
        subprocess.run(["xdotool", "key", "Return"], env=bus, check=True, timeout=60)
        # the app answers the wrong passphrase on the bus; Orca's speech up to then
        said = _until(orca, "Passphrase ist falsch")
    finally:
        app.terminate()
        app.wait(timeout=60)
    opened = next(i for i, s in enumerate(said) if "Tresor entsperren" in s)
    assert not any(SECRET in s or "Geheim" in s for s in said[opened:]), said
