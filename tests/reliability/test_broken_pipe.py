"""Issue 7 item 19: ``ssa-desktop info | head`` ends quietly when the reader stops."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_info_into_a_closed_pipe_prints_no_error(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)[0].lock()
    env = dict(os.environ, PYTHONPATH=str(ROOT), SSA_PASSPHRASE=PASSPHRASE)
    child = subprocess.Popen([sys.executable, "-m", "ssa_desktop", "info", "--vault", str(vault_dir)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                             stdin=subprocess.DEVNULL)
    child.stdout.close()  # the reader is gone before the first line (like ``head -0``)
    stderr = child.stderr.read().decode()
    assert child.wait(60) == 141
    assert stderr == ""
