"""Windows: the named mutexes that tell an installer SSA Desktop is running.

The window and the unlock child each hold ``SSADesktop.Running`` (this session) and
``Global\\SSADesktop.Running`` (every session, for an install for all users) until they
end; Windows closes them with the process. The Inno Setup script names both in
``AppMutex`` and waits for them before it touches the program folder
(``packaging/windows/ssa-desktop.iss``). The Win32 call goes through ``MutexApi``; tests
pass a recorder.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Protocol

MUTEX_NAMES = ("SSADesktop.Running", "Global\\SSADesktop.Running")

_held: list[int] = []   # the handles, open until the process ends


class MutexApi(Protocol):
    def create_mutex(self, name: str) -> int: ...


class Win32Mutexes:
    """``CreateMutexW(NULL, FALSE, name)`` (made on Windows only)."""

    def create_mutex(self, name: str) -> int:
        if sys.platform != "win32":
            raise OSError("Windows only")
        import ctypes

        create = ctypes.windll.kernel32.CreateMutexW
        create.restype = ctypes.c_void_p
        handle = create(None, False, name)
        if not handle:
            raise ctypes.WinError()
        return int(handle)


def hold_app_mutexes(*, platform: str | None = None, api: MutexApi | None = None) -> int:
    """Create both mutexes on Windows (a standard user may be refused the global one: the
    session's still counts); the number held. Elsewhere nothing."""
    if (platform or sys.platform) != "win32":
        return 0
    api = api if api is not None else Win32Mutexes()
    for name in MUTEX_NAMES:
        with contextlib.suppress(OSError, AttributeError):
            _held.append(api.create_mutex(name))
    return len(_held)
