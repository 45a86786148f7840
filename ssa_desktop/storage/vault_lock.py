"""One writer per vault: an OS lock on ``vault.lock`` in the vault folder.

Held by every process that has the vault open (the GUI for its whole run, every
vault-opening CLI command while it runs); a second process is refused with
``VaultInUse``, which names the holding program (its command, never a user or host
name). The lock is the operating system's and dies with the process: ``fcntl.flock`` on
POSIX, ``msvcrt.locking`` on Windows. Nothing is ever deleted, so a crash leaves only
a harmless small file.

Within one process the lock is shared (``shared_in_process``): the GUI holds it from
its start and its session takes it again when unlocked; each ``acquire`` is matched by
one ``release`` and the file is let go with the last.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from pathlib import Path

LOCK_NAME = "vault.lock"
# Windows locks are mandatory (a locked range is unreadable to others): the locked byte
# lies far past the text naming the holder, which the refused side reads.
WINDOWS_LOCK_OFFSET = 1 << 30
# The error numbers of a medium nobody can write to: no writer to keep out.
_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)

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


class PosixBackend:
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

    def __init__(self, msvcrt=None):
        if msvcrt is None:
            import msvcrt  # pragma: no cover - Windows only
        self.msvcrt = msvcrt

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

    def __init__(self, key: str | None, fd: int | None, shared: bool):
        self._key, self._fd, self._shared = key, fd, shared
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
            _close(self._fd)

    def __enter__(self) -> VaultLockHold:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


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
        import json  # only when refused: not on the start path

        data = json.loads((Path(folder) / LOCK_NAME).read_text(encoding="utf-8"))
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
    """Hold the vault's lock, or raise ``VaultInUse`` naming the holding program. On a
    medium nobody can write to (read-only, no rights) there is no writer to keep out:
    an empty hold is returned."""
    path = Path(folder) / LOCK_NAME
    key = os.path.normcase(os.path.realpath(folder))
    with _guard:
        if shared_in_process and key in _shared:
            _shared[key][1] += 1
            return VaultLockHold(key, _shared[key][0], True)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as err:
            if err.errno in _NOT_WRITABLE:
                return VaultLockHold(None, None, False)
            raise
        try:
            got = _backend.lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not got:
            os.close(fd)
            # the error classes only for a refusal: the GUI claims the vault before its
            # first frame, and twenty classes are 0.4 ms of it
            from .errors import VaultInUse

            program, pid = holder_of(folder)
            raise VaultInUse(program, pid=pid)
        try:
            text = lock_text(_program, os.getpid())
            os.ftruncate(fd, 0)
            os.write(fd, text)
        except OSError:
            pass  # the lock holds; only the holder's name is missing for the refused side
        if shared_in_process:
            _shared[key] = [fd, 1]
        return VaultLockHold(key, fd, shared_in_process)
