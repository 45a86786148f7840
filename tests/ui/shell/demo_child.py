"""A GUI child process on a one-year demo vault, for what a fresh process loads and holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ssa_desktop.demo import create_demo_vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


def run_demo_child(tmp_path: Path, code: str) -> dict:
    """Run ``code`` (argv: the vault folder, its passphrase) offscreen in a fresh Python on
    a new one-year demo vault; its last line of output, read as JSON."""
    folder = tmp_path / "tresor"
    create_demo_vault(folder, PASSPHRASE, years=1, params=FAST_KDF).lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    out = subprocess.run([sys.executable, "-c", code, str(folder), PASSPHRASE], env=env,
                         cwd=str(ROOT), capture_output=True, text=True, timeout=180,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])
