"""The vault lock's rules in one process, no holder spawned (issue 65, mutation): ``flock``
is held per open file description, so a second ``acquire(..., shared_in_process=False)``
in this process is refused as another process would be. First in the ``vault-lock``
selection of tools/mutation.sh (a mutant costs a second here instead of a child process).
The operating system's side (a real second process, the lock dying with it) stays in
tests/storage/test_vault_lock.py."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from ssa_desktop.storage import vault_lock
from ssa_desktop.storage.errors import LinkInVault, VaultInUse

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/fd")


def _free(folder: Path) -> bool:
    """Whether another holder could take the lock now (one in this process, not shared)."""
    try:
        vault_lock.acquire(folder, shared_in_process=False).release()
    except VaultInUse:
        return False
    return True


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


def test_the_program_is_named_ssa_desktop_unless_set():
    """The module as a process starts with it (a fresh copy: other tests, the command
    line among them, set other names in this process)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("fresh_vault_lock", vault_lock.__file__)
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)
    assert fresh._program == "SSA Desktop"
    assert fresh.lock_text(fresh._program, 1) == b'{"program": "SSA Desktop", "pid": 1}'


@pytest.fixture
def program():
    vault_lock.set_program("ssa-desktop restore")
    yield "ssa-desktop restore"
    vault_lock.set_program("SSA Desktop")


def test_the_lock_file_names_the_program_and_this_process_and_goes_at_the_end(tmp_path, program):
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    assert (tmp_path / "vault.lock").read_bytes() == (
        b'{"program": "ssa-desktop restore", "pid": %d}' % os.getpid())
    assert vault_lock.holder_of(tmp_path) == ("ssa-desktop restore", os.getpid())
    held.release()
    assert not (tmp_path / "vault.lock").exists()
    assert _free(tmp_path)


def test_a_second_holder_is_told_who_holds_it(tmp_path, program):
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    try:
        with pytest.raises(VaultInUse) as refused:
            vault_lock.acquire(tmp_path, shared_in_process=False)
        assert refused.value.program == "ssa-desktop restore"
        assert refused.value.pid == os.getpid()
        assert "(ssa-desktop restore)" in str(refused.value)
    finally:
        held.release()


def test_a_lock_file_left_by_a_crash_is_overwritten(tmp_path, program):
    (tmp_path / "vault.lock").write_bytes(b'{"program": "ein sehr langer alter Name", "pid": 7}'
                                          + b" " * 100)
    with vault_lock.acquire(tmp_path, shared_in_process=False) as held:
        assert isinstance(held, vault_lock.VaultLockHold)
        assert vault_lock.holder_of(tmp_path) == ("ssa-desktop restore", os.getpid())
        assert not _free(tmp_path)        # the context manager holds it …
    assert _free(tmp_path)                # … and lets go at its end


def test_shared_holds_are_counted_and_let_go_with_the_last(tmp_path):
    key = os.path.normcase(os.path.realpath(tmp_path))
    first = vault_lock.acquire(tmp_path)
    second = vault_lock.acquire(tmp_path / ".")   # the same folder by another spelling
    assert vault_lock._shared[key][1] == 2
    first.release()
    first.release()                                 # twice: counted once
    assert vault_lock._shared[key][1] == 1
    assert not _free(tmp_path)
    assert (tmp_path / "vault.lock").exists()
    second.release()
    assert key not in vault_lock._shared
    assert not (tmp_path / "vault.lock").exists()
    assert _free(tmp_path)


def test_a_hold_not_shared_is_not_reused_by_a_shared_one(tmp_path):
    alone = vault_lock.acquire(tmp_path, shared_in_process=False)
    try:
        assert vault_lock._shared == {}
        with pytest.raises(VaultInUse):
            vault_lock.acquire(tmp_path)
    finally:
        alone.release()
    shared = vault_lock.acquire(tmp_path)
    try:
        with pytest.raises(VaultInUse):   # a shared hold keeps one not shared out
            vault_lock.acquire(tmp_path, shared_in_process=False)
    finally:
        shared.release()


@LINUX
def test_no_handle_is_left_open_after_a_release_or_a_refusal(tmp_path):
    before = _open_fds()
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    assert len(_open_fds() - before) == 1            # the folder's handle only
    with pytest.raises(VaultInUse):
        vault_lock.acquire(tmp_path, shared_in_process=False)
    assert len(_open_fds() - before) == 1
    held.release()
    assert _open_fds() == before


def test_an_empty_hold_releases_quietly():
    hold = vault_lock.VaultLockHold(None, None, False)
    hold.release()
    hold.release()


@pytest.mark.parametrize("number", [errno.EAGAIN, errno.EACCES])
def test_a_lock_refused_with_these_numbers_is_a_holder(tmp_path, monkeypatch, number):
    def busy(fd: int, exclusive: bool) -> None:
        raise OSError(number, "busy")

    monkeypatch.setattr(vault_lock, "_flock", busy)
    assert vault_lock.PosixBackend().lock(os.open(tmp_path, os.O_RDONLY)) is False


@LINUX
def test_another_error_of_the_lock_is_raised_and_its_handle_closed(tmp_path, monkeypatch):
    def broken(fd: int, exclusive: bool) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(vault_lock, "_flock", broken)
    before = _open_fds()
    with pytest.raises(OSError) as raised:
        vault_lock.acquire(tmp_path, shared_in_process=False)
    assert raised.value.errno == errno.EIO
    assert _open_fds() == before
    assert vault_lock._shared == {}


@LINUX
def test_an_interrupt_while_locking_closes_the_handle(tmp_path, monkeypatch):
    def interrupted(fd: int, exclusive: bool) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_lock, "_flock", interrupted)
    before = _open_fds()
    with pytest.raises(KeyboardInterrupt):
        vault_lock.acquire(tmp_path, shared_in_process=False)
    assert _open_fds() == before


@LINUX
@pytest.mark.parametrize("number", sorted(vault_lock._NO_FOLDER_LOCK))
def test_where_the_folder_cannot_be_locked_the_file_is_and_emptied_at_the_end(
        tmp_path, monkeypatch, number):
    import stat

    real = vault_lock._flock

    def nfs(fd: int, exclusive: bool) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(number, "no folder lock")
        real(fd, exclusive)

    monkeypatch.setattr(vault_lock, "_flock", nfs)
    before = _open_fds()
    held = vault_lock.acquire(tmp_path)
    assert len(_open_fds() - before) == 1     # the lock file's handle, the folder's closed
    assert vault_lock.holder_of(tmp_path)[1] == os.getpid()
    assert not _free(tmp_path)
    held.release()
    assert (tmp_path / "vault.lock").read_bytes() == b""
    assert _open_fds() == before
    assert _free(tmp_path)


def test_where_the_lock_file_is_the_lock_the_name_is_written_through_its_handle(
        tmp_path, monkeypatch):
    """NFS emulates ``flock`` with record locks, which any close of another handle to the
    file lets go: the holder's name goes through the locking handle, the file opened once."""
    real_flock, real_open = vault_lock._flock, vault_lock._open_lock_file
    opened = []

    def nfs(fd: int, exclusive: bool) -> None:
        if _is_dir(fd):
            raise OSError(errno.ENOLCK, "no folder lock")
        real_flock(fd, exclusive)

    def counted(folder):
        opened.append(folder)
        return real_open(folder)

    monkeypatch.setattr(vault_lock, "_flock", nfs)
    monkeypatch.setattr(vault_lock, "_open_lock_file", counted)
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    try:
        assert opened == [tmp_path]
        assert vault_lock.holder_of(tmp_path)[1] == os.getpid()
    finally:
        held.release()


def _is_dir(fd: int) -> bool:
    import stat

    return stat.S_ISDIR(os.fstat(fd).st_mode)


def test_a_lock_file_that_cannot_be_folder_locked_either_is_an_error(tmp_path, monkeypatch):
    """The fallback is for a folder's handle: the same answer for the lock file is raised."""
    def never(fd: int, exclusive: bool) -> None:
        raise OSError(errno.ENOLCK, "no locks")

    monkeypatch.setattr(vault_lock, "_flock", never)
    with pytest.raises(OSError) as raised:
        vault_lock.acquire(tmp_path, shared_in_process=False)
    assert raised.value.errno == errno.ENOLCK


def test_a_link_in_place_of_the_lock_file_is_refused_and_its_target_untouched(tmp_path):
    target = tmp_path / "elsewhere"
    target.write_bytes(b"hers")
    (tmp_path / "vault.lock").symlink_to(target)
    with pytest.raises(LinkInVault):
        vault_lock.acquire(tmp_path, shared_in_process=False)
    assert target.read_bytes() == b"hers"
    assert _free_of_links(tmp_path)


def _free_of_links(folder: Path) -> bool:
    """The refused acquire kept no lock: with the link gone, the lock is free."""
    (folder / "vault.lock").unlink()
    return _free(folder)


def test_a_dangling_link_is_refused_and_nothing_is_created(tmp_path):
    (tmp_path / "vault.lock").symlink_to(tmp_path / "nowhere")
    with pytest.raises(LinkInVault):
        vault_lock.acquire(tmp_path, shared_in_process=False)
    assert not (tmp_path / "nowhere").exists()


def test_without_nofollow_a_link_is_seen_before_opening(tmp_path, monkeypatch):
    """Windows has no O_NOFOLLOW: the name is checked with ``lstat`` first."""
    monkeypatch.setattr(vault_lock, "_NOFOLLOW", 0)
    (tmp_path / "vault.lock").symlink_to(tmp_path / "nowhere")
    with pytest.raises(LinkInVault):
        vault_lock._open_lock_file(tmp_path)
    assert not (tmp_path / "nowhere").exists()


def test_without_nofollow_a_plain_lock_file_opens(tmp_path, monkeypatch):
    monkeypatch.setattr(vault_lock, "_NOFOLLOW", 0)
    os.close(vault_lock._open_lock_file(tmp_path))
    assert (tmp_path / "vault.lock").is_file()


def test_another_error_opening_the_lock_file_is_raised(tmp_path):
    with pytest.raises(FileNotFoundError):
        vault_lock._open_lock_file(tmp_path / "missing")


def test_a_created_lock_file_is_hers_alone(tmp_path):
    os.close(vault_lock._open_lock_file(tmp_path))
    assert (tmp_path / "vault.lock").stat().st_mode & 0o777 == 0o600 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("number", [errno.EROFS, errno.EACCES, errno.EPERM])
def test_a_folder_nobody_can_write_to_gives_an_empty_hold(tmp_path, monkeypatch, number):
    class Unwritable(vault_lock.PosixBackend):
        def anchor(self, folder):
            raise OSError(number, "read-only")

    monkeypatch.setattr(vault_lock, "_backend", Unwritable())
    hold = vault_lock.acquire(tmp_path)
    assert (hold._key, hold._fd) == (None, None)
    assert vault_lock._shared == {}
    hold.release()


def test_another_error_opening_the_folder_is_raised(tmp_path):
    with pytest.raises(FileNotFoundError):
        vault_lock.acquire(tmp_path / "missing")
    assert vault_lock._shared == {}


@LINUX
@pytest.mark.parametrize("number", [errno.EROFS, errno.EACCES, errno.EPERM])
def test_a_lock_file_that_cannot_be_opened_gives_an_empty_hold_and_lets_go(
        tmp_path, monkeypatch, number):
    def refused(folder):
        raise OSError(number, "read-only")

    monkeypatch.setattr(vault_lock, "_open_lock_file", refused)
    before = _open_fds()
    hold = vault_lock.acquire(tmp_path)
    assert (hold._key, hold._fd) == (None, None)
    assert vault_lock._shared == {}
    assert _open_fds() == before
    assert _free(tmp_path)


@LINUX
def test_another_error_opening_the_lock_file_lets_go_and_is_raised(tmp_path, monkeypatch):
    def broken(folder):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(vault_lock, "_open_lock_file", broken)
    before = _open_fds()
    with pytest.raises(OSError) as raised:
        vault_lock.acquire(tmp_path)
    assert raised.value.errno == errno.EIO
    assert _open_fds() == before
    assert vault_lock._shared == {}
    monkeypatch.undo()
    assert _free(tmp_path)


@LINUX
def test_a_link_found_while_naming_the_holder_lets_go(tmp_path, monkeypatch):
    def link(folder):
        raise LinkInVault("vault.lock")

    monkeypatch.setattr(vault_lock, "_open_lock_file", link)
    before = _open_fds()
    with pytest.raises(LinkInVault):
        vault_lock.acquire(tmp_path)
    assert _open_fds() == before
    monkeypatch.undo()
    assert _free(tmp_path)


def test_a_failed_write_of_the_name_keeps_the_lock(tmp_path, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "disk full")

    monkeypatch.setattr(vault_lock.os, "write", full)
    held = vault_lock.acquire(tmp_path, shared_in_process=False)
    monkeypatch.undo()
    try:
        assert not _free(tmp_path)
        assert vault_lock.holder_of(tmp_path) == ("", None)
    finally:
        held.release()


def test_the_name_replaces_a_longer_one(tmp_path, program):
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        (tmp_path / "vault.lock").write_bytes(b"x" * 500)
        vault_lock._name_holder(tmp_path, fd)
    finally:
        os.close(fd)
    assert vault_lock.holder_of(tmp_path) == ("ssa-desktop restore", os.getpid())


@pytest.mark.parametrize(("content", "holder"), [
    (b'{"program": "' + b"p" * 81 + b'", "pid": 1}', ("p" * 80, 1)),
    (b'{"program": "' + b"p" * 80 + b'", "pid": 4294967295}', ("p" * 80, 2**32 - 1)),
    (b'{"program": "a\\u0007b", "pid": 2}', ("", 2)),
    (b'{"program": 5, "pid": 3}', ("", 3)),
    (b'{"pid": 1}', ("", 1)),
    (b'{"program": "x" ' + b" " * 4100 + b"}", ("", None)),   # read up to 4096 bytes
])
def test_what_the_refused_side_reads_from_the_lock_file(tmp_path, content, holder):
    (tmp_path / "vault.lock").write_bytes(content)
    assert vault_lock.holder_of(tmp_path) == holder


def _padded(size: int) -> bytes:
    """A lock file naming „x“, process 1, blown up with blanks to exactly ``size`` bytes."""
    head, tail = b'{"program": "x", "pid": 1', b"}"
    return head + b" " * (size - len(head) - len(tail)) + tail


def test_the_refused_side_reads_4096_bytes_and_not_one_more(tmp_path):
    """The bound at the bound: a whole object of 4096 bytes is read, one of 4097 is cut
    (and names nobody)."""
    assert len(_padded(4096)) == 4096
    (tmp_path / "vault.lock").write_bytes(_padded(4096))
    assert vault_lock.holder_of(tmp_path) == ("x", 1)
    (tmp_path / "vault.lock").write_bytes(_padded(4097))
    assert vault_lock.holder_of(tmp_path) == ("", None)


def test_a_lock_file_in_a_missing_folder_names_nobody(tmp_path):
    assert vault_lock.holder_of(tmp_path / "missing") == ("", None)


def test_a_linked_lock_file_is_not_read(tmp_path):
    (tmp_path / "elsewhere").write_bytes(vault_lock.lock_text("fremd", 9))
    (tmp_path / "vault.lock").symlink_to(tmp_path / "elsewhere")
    assert vault_lock.holder_of(tmp_path) == ("", None)


@pytest.mark.parametrize(("program", "pid", "text"), [
    ('a"b', 1, b'{"program": "a\\"b", "pid": 1}'),
    ("a\\b", 2, b'{"program": "a\\\\b", "pid": 2}'),
    ("a\nb\tc", 3, b'{"program": "abc", "pid": 3}'),
    ("Übung", True, b'{"program": "\xc3\x9cbung", "pid": 1}'),
])
def test_the_lock_text_by_hand(program, pid, text):
    assert vault_lock.lock_text(program, pid) == text


def test_the_windows_lock_is_one_byte_past_a_gibibyte_and_the_handle_rewound(tmp_path):
    calls = []

    class Msvcrt:
        LK_NBLCK, LK_UNLCK = 2, 0

        def locking(self, fd, mode, nbytes):
            calls.append((mode, nbytes, os.lseek(fd, 0, os.SEEK_CUR)))
            if len(calls) == 3:
                raise PermissionError(errno.EACCES, "held")

    backend = vault_lock.WindowsBackend(Msvcrt())
    fd = backend.anchor(tmp_path)
    try:
        assert backend.lock(fd) is True
        assert os.lseek(fd, 0, os.SEEK_CUR) == 0
        backend.unlock(fd)
        assert os.lseek(fd, 0, os.SEEK_CUR) == 0
        assert backend.lock(fd) is False
        assert os.lseek(fd, 0, os.SEEK_CUR) == 0
    finally:
        os.close(fd)
    assert calls == [(2, 1, 2**30), (0, 1, 2**30), (2, 1, 2**30)]
    assert vault_lock.WindowsBackend.lock_file_is_anchor is True
    assert vault_lock.PosixBackend.lock_file_is_anchor is False


def test_on_windows_the_file_is_removed_after_the_lock_is_let_go(tmp_path, monkeypatch):
    order = []

    class Msvcrt:
        LK_NBLCK, LK_UNLCK = 2, 0

        def locking(self, fd, mode, nbytes):
            if mode == 0:
                order.append(("unlocked", (tmp_path / "vault.lock").exists()))

    monkeypatch.setattr(vault_lock, "_backend", vault_lock.WindowsBackend(Msvcrt()))
    vault_lock.acquire(tmp_path, shared_in_process=False).release()
    assert order == [("unlocked", True)]
    assert not (tmp_path / "vault.lock").exists()


def test_on_posix_the_file_is_removed_while_the_lock_is_held(tmp_path, monkeypatch):
    seen = []
    real = vault_lock._flock

    def watched(fd: int, exclusive: bool) -> None:
        if not exclusive:
            seen.append((tmp_path / "vault.lock").exists())
        real(fd, exclusive)

    monkeypatch.setattr(vault_lock, "_flock", watched)
    vault_lock.acquire(tmp_path, shared_in_process=False).release()
    assert seen == [False]


def test_a_closed_handle_is_no_folder():
    fd = os.open(os.devnull, os.O_RDONLY)
    os.close(fd)
    assert vault_lock._is_folder(fd) is False


@pytest.mark.skipif(sys.platform == "win32", reason="msvcrt exists there")
def test_the_windows_backend_imports_msvcrt_when_given_none():
    with pytest.raises(ImportError):
        vault_lock.WindowsBackend()


def test_a_link_put_in_place_after_the_check_is_still_not_followed(tmp_path, monkeypatch):
    """The open itself refuses a link (``O_NOFOLLOW``), not only the look before it: a
    link that appears between the two is not followed either."""
    target = tmp_path / "elsewhere"
    target.write_bytes(b"hers")
    (tmp_path / "vault.lock").symlink_to(target)
    monkeypatch.setattr(vault_lock.os.path, "islink", lambda path: False)
    with pytest.raises(LinkInVault):
        vault_lock._open_lock_file(tmp_path)
    assert target.read_bytes() == b"hers"


def test_the_posix_anchor_is_a_folder_never_a_file_in_its_place(tmp_path):
    (tmp_path / "tresor").write_bytes(b"no folder")
    with pytest.raises(NotADirectoryError):
        os.close(vault_lock.PosixBackend().anchor(tmp_path / "tresor"))
