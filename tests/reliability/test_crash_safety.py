"""Crash safety: a process recording contacts through the services is killed with
SIGKILL at random moments (10 kills on one vault in the default run, 50 more with other
moments in the soak run, ``-m soak``). After every kill the vault opens, its check finds
nothing, and every contact whose commit had returned is present.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ssa_desktop.domain.entities import Person, School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 10        # the default run
SOAK_TRIALS = 50   # ``-m soak``: other kill moments (another seed)

WRITER = textwrap.dedent('''
    import sys
    from datetime import date
    from ssa_desktop.domain.entities import Contact
    from ssa_desktop.services.activities import record_contact
    from ssa_desktop.storage.vault import Vault

    session = Vault(sys.argv[1]).unlock(sys.argv[2])
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        c = record_contact(session.conn, Contact(
            day=date(2026, 3, 2), kind="EB", duration_min=30, school_id="school-1",
            person_id="p-1", topics=("KON",), note="Absturztest " + "x" * (n % 700)))
        print(c.id, flush=True)   # printed only after the commit returned
''')


def test_sigkill_at_random_moments_loses_no_committed_contact(tmp_path):
    _kill_and_check(tmp_path, TRIALS, seed=20261122)


@pytest.mark.soak
def test_soak_sigkill_at_random_moments_loses_no_committed_contact(tmp_path):
    _kill_and_check(tmp_path, SOAK_TRIALS, seed=20261123)


def _kill_and_check(tmp_path: Path, trials: int, seed: int) -> None:
    folder = tmp_path / "tresor"
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    repo.SCHOOLS.insert(session.conn, School("Schule", code="S-1", id="school-1"))
    repo.PERSONS.insert(session.conn, Person("K-1", school_id="school-1", id="p-1"))
    session.lock()
    writer = tmp_path / "writer.py"
    writer.write_text(WRITER, "utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rng = random.Random(seed)
    committed: set[str] = set()
    for _trial in range(trials):
        proc = subprocess.Popen([sys.executable, str(writer), str(folder), PASSPHRASE],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        lines = out.splitlines()
        # The last line may be cut by the kill; only whole ids count as returned.
        committed.update(line for line in lines if len(line) == 32)
        reopened = Vault(folder).unlock(PASSPHRASE)
        try:
            assert reopened.check() == []
            present = {row[0] for row in reopened.conn.execute("SELECT id FROM contact")}
        finally:
            reopened.lock()
        assert committed <= present
    assert len(committed) > trials  # the writer did write between the kills
