"""The documents' storage measurement (benchmarks/documents_storage.py, run by hand for
docs/documents.md at 2,000 scans) is not one of ``run.py``'s modules: this runs it on two
scans so it cannot rot unseen (no timing asserts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_documents_storage_measurement_runs_on_two_scans(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "benchmarks.documents_storage", "2"],
                          capture_output=True, text=True, timeout=600, env=env, cwd=str(ROOT),
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    for name in ("ohne", "dateien", "blobs"):
        assert any(line.startswith(f"{name} ") and "Sicherung" in line for line in lines)
    assert sum("zweiter Sicherungsort" in line for line in lines) == 2
    assert any("ein Tag mit einem neuen Scan" in line for line in lines)
    assert not list(tmp_path.glob("bench-docs-*"))   # its temp folder is removed
