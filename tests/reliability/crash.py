"""Crash-left vaults: a real writer subprocess committing rows, killed with SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
COMMITS = 40

_WRITER = textwrap.dedent("""
    import sys, time
    from ssa_desktop.storage.vault import Vault
    session = Vault(sys.argv[1]).unlock(sys.argv[2])
    conn = session.conn
    for i in range(int(sys.argv[3])):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"crash-{i:04d}", "x" * 300))
        conn.execute("COMMIT")
    print("committed", flush=True)
    time.sleep(60)
""")


def make_crashed_vault(folder: Path, commits: int = COMMITS) -> Path:
    """A vault whose writer was SIGKILLed after ``commits`` commits: the WAL is left."""
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", _WRITER, str(folder), PASSPHRASE, str(commits)],
                             stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert child.stdout.readline().strip() == "committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert Path(f"{folder}/vault.ssadb-wal").stat().st_size > 0
    return folder


def copy_vault(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def crash_rows(session) -> int:
    return session.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'crash-%'").fetchone()[0]
