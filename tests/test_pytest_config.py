"""A test worker that dies does not hang the run: with the project's own pytest options
(pyproject.toml) a segmentation fault in one file ends the run red, naming the test.
pytest-xdist 3.8 replaced a crashed worker under ``--dist loadfile`` and then waited for
ever (seen once in a full run); ``--max-worker-restart=0`` ends the run instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_crashing_worker_ends_the_run_and_names_its_test(tmp_path):
    (tmp_path / "test_a.py").write_text("def test_1():\n    pass\n", encoding="utf-8")
    (tmp_path / "test_b.py").write_text(
        "import ctypes\n\n\ndef test_crash():\n    ctypes.string_at(0)\n\n\n"
        "def test_after():\n    pass\n", encoding="utf-8")
    (tmp_path / "test_c.py").write_text("def test_3():\n    pass\n", encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTEST_XDIST_WORKER", None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), "-p", "no:randomly", "-n", "1", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "crashed while running 'test_b.py::test_crash'" in out, out
