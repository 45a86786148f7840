"""Memory the GUI need not keep (docs/performance.md "Arbeitsspeicher")."""

from __future__ import annotations

import linecache
import sys
from typing import Any


def drop_source_lines() -> None:
    """Forget the source text that PySide6 read while our modules were imported.

    PySide6's ``__feature__`` support asks, for every module imported after PySide6,
    whether its source mentions PySide6 (``inspect.getsource``); that leaves the whole
    text of every imported module in ``linecache``: about 4.6 MB of text, held as about
    11 MB of line strings once the main window and every area are built. Nothing needs
    them (a traceback reads its lines again). Called after the main window and after each
    area is first built, when the imports have happened."""
    linecache.clearcache()


# glibc's mallopt parameter for the number of malloc arenas (malloc.h: M_ARENA_MAX).
_M_ARENA_MAX = -8
_libc: Any = None
_libc_looked_up = False


def _glibc() -> Any:
    """The C library when it is glibc (Linux), else None (Windows, macOS, musl: their
    allocators are left alone)."""
    global _libc, _libc_looked_up
    if not _libc_looked_up:
        _libc_looked_up = True
        if sys.platform.startswith("linux"):
            import ctypes

            try:
                # the process's own symbols (libc among them): no ctypes.util.find_library,
                # which starts ldconfig as a child process
                libc = ctypes.CDLL(None)
                libc.gnu_get_libc_version  # noqa: B018 - raises AttributeError unless glibc
                libc.mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
                libc.malloc_trim.argtypes = (ctypes.c_size_t,)
                _libc = libc
            except (OSError, AttributeError):
                _libc = None
    return _libc


def share_one_arena() -> None:
    """Let every thread allocate from the arenas that exist, instead of glibc's one arena
    per worker thread (up to 8 per core). Each arena keeps its own free memory and high
    water: the background tasks (a page check, a backup, an area's load) each left 2–4 MB
    free in their own arena that no other thread could reuse. Called before the first
    worker thread starts: an arena a thread already has stays its own."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, 1)


def return_free_memory() -> None:
    """Give the pages malloc holds free back to the system (``malloc_trim``): what a
    finished background task freed (its rows, its page cache) otherwise stays in the
    process. Called on the GUI thread when the last running task has ended."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


_give_back_pending = False


def give_back_when_gone(window: Any) -> None:
    """Return the free memory once ``window`` (a paper's window: the document viewer, the
    goals and trend, a letter) is deleted: ``return_free_memory`` from the event loop
    right after its destruction, when its widgets, its window's backing store and its
    picture have been freed. Without it glibc kept ≈ 2.5 MB of the closed windows in
    the heap, under the next window's peak (docs/performance.md)."""
    window.destroyed.connect(_give_back_soon)


def _give_back_soon() -> None:
    global _give_back_pending
    if not _give_back_pending:   # a window and its child window gone together: one trim
        from PySide6.QtCore import QTimer

        _give_back_pending = True
        QTimer.singleShot(0, _give_back_now)


def _give_back_now() -> None:
    global _give_back_pending
    _give_back_pending = False
    return_free_memory()
