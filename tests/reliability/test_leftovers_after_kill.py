"""Issue 7 item 18: files left by a killed re-key or backup are removed at the next
unlock (once they are old enough not to belong to a running process), and ``check``
says what it found."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ssa_desktop.cli import main
from ssa_desktop.storage.inspection import LEFTOVER_AGE_SECONDS
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# A process that dies by SIGKILL in the middle of a re-key (after the staged export) or of
# a backup (while verifying the temp file), like a crash or a power cut would stop it.
_KILLED = textwrap.dedent("""
    import os, signal, sys
    from ssa_desktop.storage import backup
    from ssa_desktop.storage.keyfile import KdfParams
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.services.vault_admin import backup_vault
    session = Vault(sys.argv[1]).unlock(sys.argv[2])
    die = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
    if sys.argv[3] == "rekey":
        session.rekey(sys.argv[2], params=KdfParams(1, 8192, 1),
                      progress=lambda pct, text: pct == 70 and die())
    else:
        backup.verify_database = die
        backup_vault(session, sys.argv[4])
""")


def _kill_during(vault: Path, what: str, *extra: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _KILLED, str(vault), PASSPHRASE, what, *extra],
                          env=env, timeout=60, capture_output=True)
    assert done.returncode == -9, done.stderr


def _age(paths) -> None:
    old = time.time() - LEFTOVER_AGE_SECONDS - 60
    for path in paths:
        os.utime(path, (old, old))


@pytest.fixture
def vault(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)[0].lock()
    return vault_dir


def test_killed_rekey_and_backup_leave_files_that_unlock_removes(vault, monkeypatch, capsys):
    _kill_during(vault, "backup", f"{vault}/backups/")
    _kill_during(vault, "rekey")
    left = sorted(p.name for p in [*vault.iterdir(), *(vault / "backups").iterdir()]
                  if p.is_file() and p.name not in ("vault.ssadb", "vault.key")
                  and not p.name.startswith("vault.ssadb-"))
    assert "vault.ssadb.rekey" in left
    assert any(name.endswith(".ssabak.partial") for name in left)
    _age([vault / "backups" / name for name in left if name.endswith(".partial")])
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--vault", str(vault)]) == 0
    out = capsys.readouterr().out
    assert "vault.ssadb.rekey" in out and ".ssabak.partial" in out
    assert not (vault / "vault.ssadb.rekey").exists()
    assert list((vault / "backups").glob(".*")) == []
    with Vault(vault).unlock(PASSPHRASE) as session:  # the old key still holds
        assert session.notices == []


def test_a_young_temp_file_is_reported_but_kept(vault, monkeypatch, capsys):
    _kill_during(vault, "backup", f"{vault}/backups/")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--vault", str(vault)]) == 0
    assert "noch nicht entfernt" in capsys.readouterr().out
    assert len(list((vault / "backups").glob(".*.partial"))) == 1
