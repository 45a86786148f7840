"""One writer per vault: a lock the operating system holds on an open handle.

Held by every process that has the vault open (the GUI for its whole run, every
vault-opening CLI command while it runs); a second process is refused with
``VaultInUse``, which names the holding program (its command, never a user or host
name). The lock is the operating system's and dies with the process. It is not a file
name: on POSIX it is ``fcntl.flock`` on a handle of the vault folder itself, kept open
while held, so a deleted, renamed or replaced ``vault.lock`` takes nothing away (where
a folder cannot be locked, NFS, the lock file is locked instead: ``_NO_FOLDER_LOCK``). On
Windows it is ``msvcrt.locking`` on ``vault.lock``, opened without delete sharing: a
file open so cannot be deleted, renamed or replaced while held.

``vault.lock`` only names the holder (``{"program": …, "pid": …}``) and is removed at a
clean end (POSIX: while the lock is still held; Windows: after it, unless another
process has it open meanwhile). A crash leaves it naming a dead process: harmless, the
next holder overwrites it. It is never opened through a symbolic link (``LinkInVault``).

Within one process the lock is shared (``shared_in_process``): the GUI holds it from
its start and its session takes it again when unlocked; each ``acquire`` is matched by
one ``release`` and the lock is let go with the last.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from pathlib import Path
from typing import NoReturn

LOCK_NAME = "vault.lock"
# Windows locks are mandatory (a locked range is unreadable to others): the locked byte
# lies far past the text naming the holder, which the refused side reads.
WINDOWS_LOCK_OFFSET = 1 << 30
# The error numbers of a medium nobody can write to: no writer to keep out.
_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)
# What ``flock`` on a folder's handle answers where folders cannot be locked (NFS emulates
# flock with record locks, which need a handle open for writing): the lock file is
# locked instead, as before the folder was.
_NO_FOLDER_LOCK = (errno.EBADF, errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP)

# Open the lock file itself, never what a symbolic link in its place points to (POSIX;
# Windows has no such flag: the name is checked with ``lstat`` before).
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

_program = "SSA Desktop"


def set_program(name: str) -> None:
    """Name this process in the lock file ("ssa-desktop restore", "SSA Desktop
    (Programmfenster)"): what a refused second process tells the user."""
    global _program
    _program = name


# flock is POSIX only (WindowsBackend there). Decided once, at import, from the platform
# this process runs on, as ``_backend`` is: a test that simulates Windows later
# (``sys.platform``) keeps the lock it started with. The guard is one mypy understands.
if sys.platform == "win32":
    def _flock(fd: int, exclusive: bool) -> None:
        raise OSError(errno.ENOSYS, "flock")
else:
    def _flock(fd: int, exclusive: bool) -> None:
        """Take the exclusive lock without waiting (``exclusive``) or drop it."""
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_UN)


def _open_lock_file(folder: Path | str) -> int:
    """``vault.lock`` opened for writing (created 0600), never through a symbolic link:
    a link there, dangling or not, is refused with ``LinkInVault`` and nothing is
    created or written at its target."""
    path = os.path.join(folder, LOCK_NAME)
    if not _NOFOLLOW and os.path.islink(path):
        _refuse_link()
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | getattr(os, "O_BINARY", 0),
                       0o600)
    except OSError as err:
        if err.errno == errno.ELOOP:
            _refuse_link()
        raise


def _refuse_link() -> NoReturn:
    from .errors import LinkInVault

    raise LinkInVault(LOCK_NAME)


class PosixBackend:
    """``flock`` on a handle of the vault folder: the folder is the lock, not a file in it."""

    lock_file_is_anchor = False

    def anchor(self, folder: Path | str) -> int:
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

    def lock(self, fd: int) -> bool:
        try:
            _flock(fd, True)
        except BlockingIOError:
            return False
        except OSError as err:
            if err.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def unlock(self, fd: int) -> None:
        _flock(fd, False)


class WindowsBackend:
    """``msvcrt.locking`` on one byte at ``WINDOWS_LOCK_OFFSET`` (non-blocking)."""

    lock_file_is_anchor = True

    def __init__(self, msvcrt=None):
        if msvcrt is None:
            import msvcrt  # pragma: no cover - Windows only
        self.msvcrt = msvcrt

    def anchor(self, folder: Path | str) -> int:
        return _open_lock_file(folder)

    def lock(self, fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def unlock(self, fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)


_backend = WindowsBackend() if sys.platform == "win32" else PosixBackend()
_guard = threading.Lock()
_shared: dict[str, list] = {}  # folder -> [fd, count] of this process's shared holds


class VaultLockHold:
    """One hold of a vault's lock; ``release`` once (more calls do nothing)."""

    def __init__(self, key: str | None, fd: int | None, shared: bool,
                 folder: Path | str = ""):
        self._key, self._fd, self._shared, self._folder = key, fd, shared, folder
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            if self._fd is None:
                return
            if self._shared:
                assert self._key is not None  # a shared hold is made with its folder
                entry = _shared[self._key]
                entry[1] -= 1
                if entry[1] > 0:
                    return
                del _shared[self._key]
            _let_go(self._folder, self._fd)

    def __enter__(self) -> VaultLockHold:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _let_go(folder: Path | str, fd: int) -> None:
    """The clean end: ``vault.lock`` removed (no dead process left named in it), then
    the lock let go. POSIX removes it while still holding the lock (the folder's); on
    Windows the file is the lock, so it is removed after, which fails harmlessly when
    another process opened it meanwhile (opened without delete sharing). Where the file
    itself is the POSIX lock (``_NO_FOLDER_LOCK``) it is emptied, not removed: a process
    that opened it just before could otherwise lock the removed file while a third
    locks a new one."""
    path = os.path.join(folder, LOCK_NAME)
    if _backend.lock_file_is_anchor:
        _close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
    elif _is_folder(fd):
        with contextlib.suppress(OSError):
            os.unlink(path)
        _close(fd)
    else:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _close(fd)


def _is_folder(fd: int) -> bool:
    import stat

    try:
        return stat.S_ISDIR(os.fstat(fd).st_mode)
    except OSError:
        return False


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):
        _backend.unlock(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


def lock_text(program: str, pid: int) -> bytes:
    """The lock file's content, JSON ``{"program": …, "pid": …}``, written without the
    ``json`` module (1.5 ms of every start). Characters that are not printable are left
    out (``holder`` shows no such name anyway)."""
    quoted = "".join("\\" + c if c in '"\\' else c for c in program if c.isprintable())
    return f'{{"program": "{quoted}", "pid": {int(pid)}}}'.encode()


def _lock_data(folder: Path | str) -> dict:
    """The lock file's JSON object ({} when unreadable or not an object)."""
    try:
        from ..domain import strict_json  # only when refused: not on the start path

        fd = os.open(os.path.join(folder, LOCK_NAME), os.O_RDONLY | _NOFOLLOW)
        with os.fdopen(fd, "rb") as file:
            data = strict_json.loads(file.read(4096).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def holder_of(folder: Path | str) -> tuple[str, int | None]:
    """The program named in the lock file ("" when unknown or unreadable) and the holder's
    process number (None unless a whole number a process can have: the file is the
    holder's word, not proof), from one reading."""
    data = _lock_data(folder)
    program, pid = data.get("program"), data.get("pid")
    return (program[:80] if isinstance(program, str) and program.isprintable() else "",
            pid if type(pid) is int and 0 < pid < 2**32 else None)


def acquire(folder: Path | str, *, shared_in_process: bool = True) -> VaultLockHold:
    """Hold the vault's lock, or raise ``VaultInUse`` naming the holding program
    (``LinkInVault`` when ``vault.lock`` is a symbolic link). On a medium nobody can
    write to (read-only, no rights) there is no writer to keep out: an empty hold is
    returned."""
    key = os.path.normcase(os.path.realpath(folder))
    with _guard:
        if shared_in_process and key in _shared:
            _shared[key][1] += 1
            return VaultLockHold(key, _shared[key][0], True, folder)
        try:
            anchor = _backend.anchor(folder)
        except OSError as err:
            if err.errno in _NOT_WRITABLE:
                return VaultLockHold(None, None, False)
            raise
        anchor = _lock_or_refuse(folder, anchor)
        try:
            _name_holder(folder, anchor)
        except OSError as err:
            _close(anchor)
            if err.errno in _NOT_WRITABLE:
                return VaultLockHold(None, None, False)
            raise
        except BaseException:
            _close(anchor)
            raise
        if shared_in_process:
            _shared[key] = [anchor, 1]
        return VaultLockHold(key, anchor, shared_in_process, folder)


def _lock_or_refuse(folder: Path | str, anchor: int) -> int:
    """Lock ``anchor`` and return the handle that holds the lock: ``anchor``, or, where a
    folder cannot be locked (NFS, ``_NO_FOLDER_LOCK``), the lock file itself."""
    try:
        got = _backend.lock(anchor)
    except OSError as err:
        folder_refused = err.errno in _NO_FOLDER_LOCK and _is_folder(anchor)
        os.close(anchor)
        if not folder_refused:
            raise
        anchor = _open_lock_file(folder)
        return _lock_or_refuse(folder, anchor)
    except BaseException:
        os.close(anchor)
        raise
    if not got:
        os.close(anchor)
        # the error classes only for a refusal: the GUI claims the vault before its
        # first frame, and twenty classes are 0.4 ms of it
        from .errors import VaultInUse

        program, pid = holder_of(folder)
        raise VaultInUse(program, pid=pid)
    return anchor


def _name_holder(folder: Path | str, anchor: int) -> None:
    """Write who holds the lock into ``vault.lock`` (the lock is held already). Only
    opening it can fail here (``OSError``, ``LinkInVault``); a failed write leaves the
    lock holding, only the holder's name is missing for the refused side."""
    fd = anchor if _backend.lock_file_is_anchor or not _is_folder(anchor) else (
        _open_lock_file(folder))
    try:
        os.ftruncate(fd, 0)
        os.write(fd, lock_text(_program, os.getpid()))
    except OSError:
        pass
    finally:
        if fd != anchor:
            os.close(fd)
