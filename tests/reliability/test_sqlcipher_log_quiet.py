"""Issue 7 item 15: SQLCipher's English log lines never reach the user's terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_damaged_vault_check_prints_only_our_german_message(vault_dir):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    db = vault_dir / "vault.ssadb"
    data = bytearray(db.read_bytes())
    for page in range(2, len(data) // 4096):  # damage every page but the first
        data[page * 4096 + 100] ^= 0xFF
    db.write_bytes(bytes(data))
    env = dict(os.environ, PYTHONPATH=str(ROOT), SSA_PASSPHRASE=PASSPHRASE)
    env.pop("SSA_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "ssa_desktop", "check", "--vault", str(vault_dir)],
                          capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "beschädigt" in lines[0], done.stderr
    assert "sqlcipher" not in done.stderr.lower() and "hmac" not in done.stderr.lower()
