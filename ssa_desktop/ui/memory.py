"""Memory the GUI need not keep (issue 21, docs/performance.md "Arbeitsspeicher")."""

from __future__ import annotations

import contextlib
import linecache
import platform
import sys

M_ARENA_MAX = -8  # glibc's mallopt parameter
ARENAS = 2


def limit_malloc_arenas(count: int = ARENAS) -> bool:
    """Let glibc's malloc keep at most ``count`` arenas (Linux with glibc; elsewhere a
    no-op returning False). Called before Qt starts any thread.

    By default glibc gives every thread that allocates its own arena (up to eight per
    core), and memory freed in one arena serves no other. The unlock's upkeep, the
    statistics and the deletion check run on worker threads, so their page caches and
    sort buffers stayed in arenas of their own next to the GUI thread's: on the 10-year
    vault with every area visited 10–25 MB of the GUI's peak were pages free in one arena
    that another could not reuse (measured in docs/performance.md). Two arenas keep the
    GUI thread and the workers from waiting on one lock; tcache serves small allocations
    without any lock."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        return bool(ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, count))
    return False


def drop_source_lines() -> None:
    """Forget the source text that PySide6 read while our modules were imported.

    PySide6's ``__feature__`` support asks, for every module imported after PySide6,
    whether its source mentions PySide6 (``inspect.getsource``); that leaves the whole
    text of every imported module in ``linecache``: about 4.6 MB of text, held as about
    11 MB of line strings once the main window and every area are built. Nothing needs
    them (a traceback reads its lines again). Called after the main window and after each
    area is first built, when the imports have happened."""
    linecache.clearcache()
