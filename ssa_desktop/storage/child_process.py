"""How the short-lived child processes (``keychain``, ``unwrap_child``) are started and read.

They receive the passphrase, a device key or the data key, so nothing from the folder the
program was started from may run in them:

- the frozen build starts its own executable (``ssa-desktop --keychain-child``);
- otherwise the child is ``python -P -c <boot> <package root> <flag>``: ``-P`` (Python
  3.11) puts no unsafe path (the working directory) first on ``sys.path``, and ``<boot>``
  puts only the folder this ``ssa_desktop`` package was imported from in front, where that
  is not already an installed packages folder (a source checkout, the tests' worktrees);
  ``PYTHONPATH`` is kept (not ``-I``);
- the child runs in ``safe_folder()`` (her home folder), not in the working directory;
- it has its own process group (POSIX: a new session; Windows: a new process group), so a
  child that hangs is ended together with anything it started, and its request is
  written and its answer read with a deadline: neither a child that stops reading nor a
  grandchild that keeps the pipe open can hold the caller.
"""

from __future__ import annotations

import contextlib
import errno
import io
import math
import os
import select
import signal
import site
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import cast

_BOOT = ("import sys, runpy; root = sys.argv.pop(1); root and sys.path.insert(0, root); "
         "runpy.run_module('ssa_desktop', run_name='__main__', alter_sys=True)")


def package_root() -> str:
    """The folder this ``ssa_desktop`` was imported from; "" if it is an installed
    packages folder the child's Python finds by itself."""
    root = Path(__file__).resolve().parents[2]
    installed = set(site.getsitepackages()) | {site.getusersitepackages()}
    if any(Path(p).resolve() == root for p in installed if p):
        return ""
    return str(root)


def command(flag: str) -> list[str]:
    """The command line of a child answering ``flag`` (``--unwrap-child`` …)."""
    if getattr(sys, "frozen", False):  # the frozen build: the application's own executable
        return [sys.executable, flag]
    return [sys.executable, "-P", "-c", _BOOT, package_root(), flag]


def safe_folder() -> str:
    """Where a child runs: her home folder (hers, and not the folder the program was
    started from, which may be an unpacked download); else Python's own folder."""
    try:
        home = Path.home()
        if home.is_dir():
            return str(home)
    except (RuntimeError, OSError):  # no home folder known
        pass
    return str(Path(sys.executable).resolve().parent)


def start(args: list[str]) -> subprocess.Popen:
    """A child with pipes for stdin and stdout, in its own process group and in
    ``safe_folder()``; OSError/ValueError/SubprocessError when it cannot be started. The
    pipes are unbuffered: what the child answers (a key) lands only in the caller's
    buffer, which it overwrites, not in a reader's buffer of its own."""
    if sys.platform.startswith("win"):
        flags = (getattr(subprocess, "CREATE_NO_WINDOW", 0)          # no console flashes
                 | getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0))
        return subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, creationflags=flags,
                                cwd=safe_folder(), bufsize=0)
    return subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, start_new_session=True,
                            cwd=safe_folder(), bufsize=0)


def kill(child: subprocess.Popen) -> None:
    """End the child and, on POSIX, everything in its process group."""
    if not sys.platform.startswith("win"):
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except OSError:
            pass
    try:
        child.kill()
    except OSError:
        pass


def first_answer(child: subprocess.Popen, payload: bytes | bytearray, lines: int, limit: int,
                 timeout: float) -> bytearray | None:
    """Send ``payload`` (one line) to a child that stays, and read its answer of ``lines``
    lines within ``timeout`` seconds, leaving its pipes open for a next request. None (the
    child ended with its group) when it did not answer in time, answered more than
    ``limit`` bytes or closed its stdout before the last line."""
    got = _send_and_read(child, payload, limit, timeout, last=False, lines=lines)
    if got is None:
        return None
    buf, size, complete = got
    if not complete:
        end(child)
        zero(buf)
        return None
    del buf[size:]
    return buf


def _send_and_read(child: subprocess.Popen, payload: bytes | bytearray, limit: int,
                   timeout: float, *, last: bool,
                   lines: int = 0) -> tuple[bytearray, int, bool] | None:
    """Send ``payload`` (then close the child's stdin when it is its ``last`` request) and
    read its answer in place into one buffer (no copies of what it says) until it closes
    its stdout or, with ``lines``, after that many lines, within ``timeout`` seconds (then
    the child is ended with its group). The write runs under the same deadline
    (``send``): a child that stops reading cannot hold the caller on a full pipe. Returns
    (buffer, size, complete: the answer ended as expected), or None when a grandchild
    outside the group holds the pipe: the read is abandoned and overwrites its buffer
    when it ends."""
    stdout = cast(io.RawIOBase, child.stdout)  # PIPE, unbuffered (as its stdin)
    buf = bytearray(limit + 1)
    state = {"size": 0, "complete": False, "abandoned": False}
    lock = threading.Lock()

    def pump() -> None:
        size, complete = 0, False
        try:
            while size <= limit:
                view = memoryview(buf)[size:]
                try:
                    got = stdout.readinto(view)   # one read: what is there
                finally:
                    view.release()
                if not got:
                    complete = not lines          # the end of the answer
                    break
                size += got
                if lines and buf.count(b"\n", 0, size) >= lines:
                    complete = buf.count(b"\n", 0, size) == lines and buf[size - 1] == 0x0A
                    break
        except (OSError, ValueError):
            pass
        finally:
            with lock:
                state["size"], state["complete"] = size, complete
                if state["abandoned"]:
                    zero(buf)
            if last:
                with contextlib.suppress(OSError):
                    stdout.close()

    reader = threading.Thread(target=pump, name="child-answer", daemon=True)
    deadline = time.monotonic() + timeout
    reader.start()
    sent = send(child, payload, deadline, last)
    if sent:
        reader.join(max(0.0, deadline - time.monotonic()))
    if not sent or reader.is_alive():
        kill(child)
        reader.join(1.0)  # killed with its group: the pipe closes at once
    with lock:
        if reader.is_alive():  # a grandchild outside the group holds the pipe: give up
            state["abandoned"] = True
            child.wait()
            return None
    return buf, int(state["size"]), bool(state["complete"]) and sent


def send(child: subprocess.Popen, payload: bytes | bytearray, deadline: float,
         last: bool = False) -> bool:
    """Write ``payload`` to the child's stdin by ``deadline`` (``time.monotonic``), then
    close it when it is the ``last`` request. True when it was written or the child takes
    nothing more (it ended or closed its stdin: its answer tells, as before); False when
    the deadline came first (the caller ends the child). POSIX: non-blocking, on the
    caller's thread (no thread of its own: in the GUI a new thread takes a malloc arena,
    ``test_worker_threads_share_one_malloc_arena``)."""
    if sys.platform.startswith("win"):
        return _send_from_thread(child, payload, deadline, last)
    stdin = child.stdin
    assert stdin is not None
    fd = stdin.fileno()
    done = 0
    try:
        os.set_blocking(fd, False)
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        with memoryview(payload) as view:
            while done < len(view):
                try:
                    done += os.write(fd, view[done:])
                    continue
                except BlockingIOError:   # the pipe is full: wait until it takes more
                    pass
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                poller.poll(max(1, math.ceil(left * 1000)))
        return True
    except OSError:  # it ended before reading (it could not start Python) or stopped
        return True
    finally:
        with contextlib.suppress(OSError, ValueError):
            os.set_blocking(fd, True)
        if last:
            with contextlib.suppress(OSError):
                stdin.close()


def _send_from_thread(child: subprocess.Popen, payload: bytes | bytearray, deadline: float,
                      last: bool) -> bool:
    """``send`` on Windows: an anonymous pipe can neither be waited on for room nor
    written without blocking (no ``select``/``poll`` for pipes), so a thread writes while
    the caller waits until ``deadline`` (Windows has no glibc arenas to keep few). At the
    deadline the child is ended: its pipe closes and the thread's write ends."""
    stdin = child.stdin
    assert stdin is not None

    def write() -> None:
        try:
            write_all(stdin, payload)
        except (OSError, ValueError):  # it ended before reading, or was ended at the deadline
            pass
        finally:
            if last:
                with contextlib.suppress(OSError):
                    stdin.close()

    writer = threading.Thread(target=write, name="child-request", daemon=True)
    writer.start()
    writer.join(max(0.0, deadline - time.monotonic()))
    if writer.is_alive():
        # a grandchild holding the pipe could keep this daemon writer blocked after the
        # kill (the pages and letter children start none today)
        kill(child)
        writer.join(1.0)
        return False
    return True


def write_all(stream, payload: bytes | bytearray) -> None:
    """Write all of ``payload`` to an unbuffered pipe (a raw write may take part of it)."""
    view = memoryview(payload)
    try:
        while view:
            written = stream.write(view)
            if not written:
                raise BrokenPipeError(errno.EPIPE, "the child takes nothing more")
            view = view[written:]
    finally:
        view.release()


def _close_pipes(child: subprocess.Popen) -> None:
    for stream in (child.stdin, child.stdout):
        with contextlib.suppress(OSError, ValueError):
            if stream is not None:
                stream.close()


def end(child: subprocess.Popen) -> None:
    """End a waiting child whose next request is not wanted (it holds nothing secret
    while it waits): ended with its group, then reaped (at once after the kill), its
    pipes closed. No read of it may be running."""
    with contextlib.suppress(OSError, ValueError):
        if child.stdin is not None:
            child.stdin.close()
    kill(child)
    child.wait()
    _close_pipes(child)


def let_end(child: subprocess.Popen, seconds: float = 5) -> None:
    """End a child that serves while its stdin is open (the PDF pages, a letter's texts):
    stdin closed, it ends by itself within ``seconds``, else it is ended with its group;
    reaped, its pipes closed."""
    with contextlib.suppress(OSError, ValueError):
        if child.stdin is not None:
            child.stdin.close()
    try:
        child.wait(seconds)
    except subprocess.TimeoutExpired:
        end(child)
    _close_pipes(child)


_ZEROS = bytes(1 << 16)


def zero(buf: bytearray) -> None:
    """Overwrite ``buf`` in place (64 KiB at a time: a request of 33 MB in a moment,
    no second copy of its size)."""
    view = memoryview(buf)
    try:
        for start in range(0, len(buf), len(_ZEROS)):
            part = view[start:start + len(_ZEROS)]
            part[:] = _ZEROS[:len(part)]
    finally:
        view.release()


def exchange(args: list[str], payload: bytes | bytearray, limit: int,
             timeout: float) -> tuple[bytearray, int] | None:
    """Start a child, send ``payload``, read its answer (at most ``limit`` bytes) until it
    closes its stdout, within ``timeout`` seconds: (answer, return code), or None when it
    could not be started, did not answer in time or answered too much. The answer is a
    ``bytearray`` the caller overwrites; an abandoned read overwrites its own buffer."""
    try:
        child = start(args)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    return converse(child, payload, limit, timeout)


def converse(child: subprocess.Popen, payload: bytes | bytearray, limit: int,
             timeout: float) -> tuple[bytearray, int] | None:
    """``exchange`` with a child already started (its last request): send ``payload``,
    close its stdin, read its answer until it closes its stdout, wait for its end."""
    got = _send_and_read(child, payload, limit, timeout, last=True)
    if got is None:
        return None
    buf, size, _complete = got
    try:
        child.wait(timeout=max(timeout, 1.0))
    except subprocess.TimeoutExpired:
        kill(child)
        child.wait()
        zero(buf)
        return None
    if size > limit:
        zero(buf)
        return None
    del buf[size:]
    return buf, child.returncode
