"""One writer per vault (issue 29.1): an OS lock held while a vault is open.

Real lock holders in real child processes, synchronised with pipes (a line on stdout
says "I hold it", a line on stdin says "let go"); no sleeps. The Windows branch
(``msvcrt.locking``) is driven by a simulated ``msvcrt`` with Windows' semantics: a
locked byte range refuses every other handle, also in the same process.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.storage import vault_lock
from ssa_desktop.storage.errors import VaultInUse
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys
    from ssa_desktop.storage import vault_lock
    vault_lock.set_program(sys.argv[2])
    held = vault_lock.acquire(sys.argv[1])
    print("held", flush=True)
    sys.stdin.readline()
    held.release()
""")


class Holder:
    """A child process holding the lock of ``folder`` until ``let_go``."""

    def __init__(self, folder: Path, program: str = "ssa-desktop restore", script: str = HOLDER):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, str(folder), program], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line.strip() == "held", self.proc.stderr.read()

    def let_go(self) -> int:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        return self.proc.wait()


def test_a_second_process_is_refused_with_the_holders_name(tmp_path):
    holder = Holder(tmp_path)
    try:
        with pytest.raises(VaultInUse) as refused:
            vault_lock.acquire(tmp_path)
        text = str(refused.value)
        assert "ssa-desktop restore" in text and "geöffnet" in text
        assert refused.value.pid == holder.proc.pid  # whom a second window start asks
    finally:
        assert holder.let_go() == 0
    vault_lock.acquire(tmp_path).release()  # free once the holder let go


@pytest.mark.parametrize("content", [
    b'{"program": "SSA Desktop", "pid": "4321"}', b'{"program": "SSA Desktop", "pid": -5}',
    b'{"program": "SSA Desktop", "pid": 0}', b'{"program": "SSA Desktop", "pid": 4294967296}',
    b'{"program": "SSA Desktop", "pid": true}', b'{"program": "SSA Desktop", "pid": 1.5}',
    b'{"program": "SSA Desktop"}', b'[4321]', b'\xff\xfe', b''])
def test_a_hostile_lock_file_names_no_process(tmp_path, content):
    """The lock file is written by whoever holds the vault: only a whole number a process
    can have is taken as its holder's process (for Windows' foreground right)."""
    (tmp_path / vault_lock.LOCK_NAME).write_bytes(content)
    assert vault_lock.holder_of(tmp_path)[1] is None


def test_the_holders_process_is_read_back(tmp_path):
    (tmp_path / vault_lock.LOCK_NAME).write_bytes(vault_lock.lock_text("SSA Desktop", 4321))
    assert vault_lock.holder_of(tmp_path) == ("SSA Desktop", 4321)


def test_the_lock_dies_with_the_process(tmp_path):
    holder = Holder(tmp_path)
    holder.proc.send_signal(signal.SIGKILL)
    holder.proc.wait()
    vault_lock.acquire(tmp_path).release()


def test_the_lock_file_names_no_person(tmp_path, monkeypatch):
    monkeypatch.setenv("USER", "anna.mueller")
    held = vault_lock.acquire(tmp_path)
    try:
        text = (tmp_path / vault_lock.LOCK_NAME).read_text(encoding="utf-8")
        assert "anna" not in text and os.uname().nodename not in text
    finally:
        held.release()


def test_one_process_may_open_its_vault_twice_and_lets_go_with_the_last(tmp_path):
    first = vault_lock.acquire(tmp_path)
    second = vault_lock.acquire(tmp_path)
    first.release()
    with pytest.raises(subprocess.CalledProcessError):  # still held by ``second``
        subprocess.run([sys.executable, "-c", "import sys\nfrom ssa_desktop.storage import "
                        "vault_lock\nvault_lock.acquire(sys.argv[1])", str(tmp_path)],
                       cwd=ROOT, check=True, capture_output=True)
    second.release()
    second.release()  # twice is harmless
    subprocess.run([sys.executable, "-c", "import sys\nfrom ssa_desktop.storage import "
                    "vault_lock\nvault_lock.acquire(sys.argv[1])", str(tmp_path)],
                   cwd=ROOT, check=True, capture_output=True)


def test_a_read_only_folder_opens_without_a_lock(tmp_path, monkeypatch):
    """Nobody can write there, so there is no writer to exclude: an empty hold, no error,
    no lock file. Run as root (CI), chmod does not stop the open; the lock file's open is
    then refused as the operating system refuses it for a user (EACCES)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # root: refuse the open as a user's would be
            real_open = os.open

            def refused(path, flags, *args):
                if Path(path).parent == folder and flags & os.O_CREAT:
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
                return real_open(path, flags, *args)

            monkeypatch.setattr(vault_lock.os, "open", refused)
        hold = vault_lock.acquire(folder, shared_in_process=False)
        hold.release()
        assert not (folder / vault_lock.LOCK_NAME).exists()
    finally:
        folder.chmod(0o700)


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows does it: a locked byte range of a file refuses every
    other handle (also in the same process) with OSError; LK_UNLCK frees it."""

    LK_NBLCK, LK_UNLCK = 2, 0
    held: dict[tuple[int, int], int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        st = os.fstat(fd)
        where = (st.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_UNLCK:
            self.held.pop(where, None)
            return
        if where in self.held and self.held[where] != fd:
            raise PermissionError(13, "Permission denied")
        self.held[where] = fd


@pytest.mark.parametrize("platform", ["posix", "windows"])
def test_both_branches_refuse_a_second_holder(tmp_path, monkeypatch, platform):
    """Two real holders of the same file in one process (the per-process reuse set
    aside): the second is refused on both branches, and can take it after the first."""
    if platform == "windows":
        monkeypatch.setattr(vault_lock, "_backend", vault_lock.WindowsBackend(FakeMsvcrt()))
    first = vault_lock.acquire(tmp_path, shared_in_process=False)
    with pytest.raises(VaultInUse):
        vault_lock.acquire(tmp_path, shared_in_process=False)
    first.release()
    vault_lock.acquire(tmp_path, shared_in_process=False).release()


def test_the_windows_branch_locks_a_byte_past_the_holder_text(tmp_path, monkeypatch):
    """Windows locks are mandatory: a locked range cannot be read by others, so the lock
    sits far past the text that names the holder (which the refused side reads)."""
    fake = FakeMsvcrt()
    monkeypatch.setattr(vault_lock, "_backend", vault_lock.WindowsBackend(fake))
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    try:
        offsets = [offset for (_ino, offset) in fake.held]
        assert offsets == [vault_lock.WINDOWS_LOCK_OFFSET]
        assert (tmp_path / vault_lock.LOCK_NAME).stat().st_size < vault_lock.WINDOWS_LOCK_OFFSET
    finally:
        held.release()
    assert fake.held == {}


# -- the vault itself ----------------------------------------------------------------------
OPENER = textwrap.dedent("""
    import sys
    from ssa_desktop.storage import vault_lock
    from ssa_desktop.storage.vault import Vault
    vault_lock.set_program(sys.argv[2])
    from tests.support.vaults import PASSPHRASE
    session = Vault(sys.argv[1]).unlock(PASSPHRASE)
    print("held", flush=True)
    sys.stdin.readline()
    session.lock()
""")


def test_unlocking_a_vault_open_in_another_process_is_refused_untouched(tmp_path):
    session, _ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    holder = Holder(tmp_path / "tresor", "SSA Desktop (Programmfenster)", OPENER)
    try:
        before = (tmp_path / "tresor" / "vault.ssadb").read_bytes()
        with pytest.raises(VaultInUse) as refused:
            Vault(tmp_path / "tresor").unlock(PASSPHRASE)
        assert "SSA Desktop (Programmfenster)" in str(refused.value)
        assert (tmp_path / "tresor" / "vault.ssadb").read_bytes() == before
    finally:
        assert holder.let_go() == 0
    Vault(tmp_path / "tresor").unlock(PASSPHRASE).lock()


def test_locking_the_session_lets_go_of_the_vault(tmp_path):
    session, _ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    holder_cmd = [sys.executable, "-c", "import sys\nfrom ssa_desktop.storage import "
                  "vault_lock\nvault_lock.acquire(sys.argv[1])", str(tmp_path / "tresor")]
    assert subprocess.run(holder_cmd, cwd=ROOT, capture_output=True).returncode != 0
    session.lock()
    subprocess.run(holder_cmd, cwd=ROOT, check=True, capture_output=True)


@settings(max_examples=300, deadline=None)
@given(program=st.text(max_size=40), pid=st.integers(min_value=1, max_value=2**31))
def test_the_lock_file_is_json_whatever_the_program_is_called(program, pid):
    """The lock file is written without the json module (start path): it still reads
    as JSON for any program name, quotes, backslashes and umlauts included."""
    import json

    data = json.loads(vault_lock.lock_text(program, pid).decode("utf-8"))
    assert data == {"program": "".join(c for c in program if c.isprintable()), "pid": pid}


def test_a_refused_start_names_the_holder_written_without_json(tmp_path):
    vault_lock.set_program('SSA "Desktop" \\ Überprüfung')
    try:
        hold = vault_lock.acquire(tmp_path, shared_in_process=False)
        try:
            assert vault_lock.holder_of(tmp_path)[0] == 'SSA "Desktop" \\ Überprüfung'
        finally:
            hold.release()
    finally:
        vault_lock.set_program("SSA Desktop")


def test_a_command_on_a_vault_open_elsewhere_refuses_before_asking_the_passphrase(
        tmp_path, monkeypatch, capsys):
    """She is told that the window has the vault open before she types her passphrase
    (and waits for its key derivation), not after."""
    from ssa_desktop import cli
    from ssa_desktop.cli_commands import common

    session, _ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    monkeypatch.delenv("SSA_PASSPHRASE", raising=False)
    asked: list[str] = []
    monkeypatch.setattr(common, "ask_hidden", lambda prompt, *a: asked.append(prompt) or "x")
    holder = Holder(tmp_path / "tresor", "SSA Desktop (Programmfenster)")
    try:
        assert cli.main(["info", "--vault", str(tmp_path / "tresor")]) == cli.EXIT_FAILED
        assert asked == []
        assert "SSA Desktop (Programmfenster)" in capsys.readouterr().err
    finally:
        assert holder.let_go() == 0
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)       # free again: it opens
    assert cli.main(["info", "--vault", str(tmp_path / "tresor")]) == cli.EXIT_OK
    vault_lock.acquire(tmp_path / "tresor").release()        # and lets go at its end


def test_on_windows_the_held_lock_file_cannot_be_taken_away_and_is_removed_at_the_end(
        tmp_path, monkeypatch, windows_sharing):
    """Windows: the lock is on ``vault.lock`` itself, opened without delete sharing, so
    while held it cannot be deleted or renamed (emulated: the holder's handle is
    registered as held), and the second writer stays out. At the end it is removed after
    the lock is let go; when another process has it open by then, it stays, unharmed."""
    monkeypatch.setattr(vault_lock, "_backend", vault_lock.WindowsBackend(FakeMsvcrt()))
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    lock_file = windows_sharing.hold(tmp_path / vault_lock.LOCK_NAME)
    with pytest.raises(PermissionError):
        lock_file.unlink()
    with pytest.raises(PermissionError):
        lock_file.rename(tmp_path / "weg")
    with pytest.raises(VaultInUse):
        vault_lock.acquire(tmp_path, shared_in_process=False)
    held.release()  # another process opened it meanwhile: removing it fails quietly
    assert lock_file.exists()
    windows_sharing.close(lock_file)
    vault_lock.acquire(tmp_path, shared_in_process=False).release()
    assert not lock_file.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_where_a_folder_cannot_be_locked_the_lock_file_is_locked_instead(tmp_path, monkeypatch):
    """NFS emulates ``flock`` with record locks, which need a handle open for writing: a
    folder's handle is refused there (EBADF, as the kernel answers; simulated). The lock
    then falls back to the lock file itself, still keeps a second holder out, and at the
    end is emptied rather than removed (a removed file could let two holders in)."""
    import stat

    real = vault_lock._flock

    def nfs(fd: int, exclusive: bool) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EBADF, "Bad file descriptor")
        real(fd, exclusive)

    monkeypatch.setattr(vault_lock, "_flock", nfs)
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    with pytest.raises(VaultInUse):
        vault_lock.acquire(tmp_path, shared_in_process=False)
    held.release()
    assert (tmp_path / vault_lock.LOCK_NAME).read_bytes() == b""
    vault_lock.acquire(tmp_path, shared_in_process=False).release()
