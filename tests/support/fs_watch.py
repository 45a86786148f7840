"""A file-system watch for tests (Linux inotify through ctypes): every name created or moved
into the watched folders while the block runs, even one removed again before it ends – what
a comparison of listings before and after cannot see (a temporary file of a viewer).
Without inotify the test is skipped on a developer machine and fails under CI
(``requirements.require``): a watch that silently does not run would prove nothing."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.support.requirements import require

IN_CREATE = 0x100
IN_MOVED_TO = 0x80
IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")


@contextlib.contextmanager
def created_in(*folders: Path) -> Iterator[list[str]]:
    """Yield a list that, after the block, holds ``folder/name`` of every entry created in
    (or moved into) one of ``folders`` meanwhile."""
    require(sys.platform.startswith("linux"), "inotify: Linux only")
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    fd = libc.inotify_init1(IN_NONBLOCK)
    require(fd >= 0, "inotify not available")
    watches = {}
    found: list[str] = []
    try:
        for folder in folders:
            wd = libc.inotify_add_watch(fd, os.fsencode(str(folder)), IN_CREATE | IN_MOVED_TO)
            assert wd >= 0, f"cannot watch {folder}"
            watches[wd] = folder
        yield found
        found += _read(fd, watches)
    finally:
        os.close(fd)


def _read(fd: int, watches: dict[int, Path]) -> list[str]:
    names = []
    while True:
        try:
            data = os.read(fd, 65536)
        except BlockingIOError:
            return names
        offset = 0
        while offset < len(data):
            wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
            raw = data[offset + _EVENT.size: offset + _EVENT.size + length].rstrip(b"\0")
            names.append(f"{watches.get(wd, '?')}/{os.fsdecode(raw)}")
            offset += _EVENT.size + length
