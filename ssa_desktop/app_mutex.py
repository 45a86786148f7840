"""Windows: the named mutexes that tell an installer SSA Desktop is running.

The window and the unlock child each hold ``SSADesktop.Running`` (this session) and
``Global\\SSADesktop.Running`` (every session, for an install for all users) until they
end; Windows closes them with the process. The Inno Setup script names both in
``AppMutex`` and waits for them before it touches the program folder
(``packaging/windows/ssa-desktop.iss``). Both are created with a DACL that lets every
signed-in user and SYSTEM see them (``MUTEX_SDDL``): an update run by another user or by
Intune as SYSTEM waits for her window too. The Win32 call goes through ``MutexApi``;
tests pass a recorder (and ``Win32Mutexes`` a recording kernel32/advapi32).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Protocol

MUTEX_NAMES = ("SSADesktop.Running", "Global\\SSADesktop.Running")

_held: list[int] = []   # the handles, open until the process ends


# Who may open the mutexes (SDDL): every signed-in user (AU) may wait on them and release
# what they hold (SYNCHRONIZE | MUTEX_MODIFY_STATE), SYSTEM (SY) and administrators (BA)
# everything. Without it Windows gives the creator's default DACL (her and SYSTEM only):
# the setup of a second user on a shared laptop (``/ALLUSERS`` as an administrator) does
# not see that her window runs and replaces the files under it.
MUTEX_SDDL = "D:(A;;0x00100001;;;AU)(A;;0x001F0001;;;SY)(A;;0x001F0001;;;BA)"
# What this program asks for when it creates or opens the mutex (``CreateMutexExW``): no
# more than every user is granted, so that a second process (the unlock child, another
# user's window) opens the one that exists instead of being refused.
MUTEX_ACCESS = 0x00100001
SDDL_REVISION_1 = 1


class MutexApi(Protocol):
    def create_mutex(self, name: str) -> int: ...


class SecurityAttributes(ctypes.Structure):
    _fields_ = [("nLength", ctypes.c_uint32), ("lpSecurityDescriptor", ctypes.c_void_p),
                ("bInheritHandle", ctypes.c_int)]


class Win32Mutexes:
    """``CreateMutexExW`` with the security descriptor of ``MUTEX_SDDL`` (made by
    ``ConvertStringSecurityDescriptorToSecurityDescriptorW``, freed with ``LocalFree``).
    ``kernel32`` and ``advapi32`` are the DLLs (Windows only); tests pass a recorder."""

    def __init__(self, kernel32=None, advapi32=None):
        self.kernel32 = kernel32
        self.advapi32 = advapi32

    def _libraries(self):
        if self.kernel32 is not None and self.advapi32 is not None:
            return self.kernel32, self.advapi32
        if sys.platform != "win32":
            raise OSError("Windows only")
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32.CreateMutexExW.restype = ctypes.c_void_p
        kernel32.CreateMutexExW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p,
                                            ctypes.c_uint32, ctypes.c_uint32]
        kernel32.LocalFree.argtypes = [ctypes.c_void_p]
        convert = advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW
        convert.argtypes = [ctypes.c_wchar_p, ctypes.c_uint32, ctypes.c_void_p,
                            ctypes.c_void_p]
        return kernel32, advapi32

    def create_mutex(self, name: str) -> int:
        kernel32, advapi32 = self._libraries()
        descriptor = ctypes.c_void_p()
        if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
                MUTEX_SDDL, SDDL_REVISION_1, ctypes.byref(descriptor), None):
            raise OSError("security descriptor refused")
        try:
            attributes = SecurityAttributes(ctypes.sizeof(SecurityAttributes),
                                            descriptor.value, 0)
            handle = kernel32.CreateMutexExW(ctypes.byref(attributes), name, 0, MUTEX_ACCESS)
        finally:
            kernel32.LocalFree(descriptor)
        if not handle:
            raise OSError(f"CreateMutexExW {name} failed")
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
