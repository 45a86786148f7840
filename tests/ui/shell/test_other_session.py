"""A second start while the vault's window runs in another Windows session (a second
sign-in on a multi-session host, Remote Desktop): that window cannot come forward where
she is, so the start says so instead of ending without a word. Simulated: Windows through
``single_instance.PLATFORM``, the two processes' sessions given; the holder is a real
second process holding the vault as a window does."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ssa_desktop.services import one_writer
from ssa_desktop.storage import window_request
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import single_instance
from tests.support.vaults import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def held_by_a_window(tmp_path):
    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from ssa_desktop.storage import vault_lock
            vault_lock.set_program({one_writer.WINDOW_PROGRAM!r})
            held = vault_lock.acquire(sys.argv[1])
            print("held", flush=True)
            sys.stdin.readline()
        """), str(folder)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True)
    assert holder.stdout.readline().strip() == "held"
    yield folder, holder.pid
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait()


def test_a_window_in_another_session_is_named_and_not_asked(held_by_a_window, monkeypatch):
    folder, holder = held_by_a_window
    monkeypatch.setattr(single_instance, "PLATFORM", "win32")
    sessions = {holder: 2}   # she signed in again: this start runs in session 3
    with pytest.raises(single_instance.OpenElsewhere) as refused:
        single_instance.claim_window(folder, session_of=lambda pid: sessions.get(pid, 3))
    assert not refused.value.brought_forward
    assert str(refused.value).startswith(
        "SSA Desktop ist mit diesem Tresor bereits in einer anderen Sitzung auf diesem "
        "Computer geöffnet")
    assert not window_request.request_path(folder).exists()   # nobody was asked
