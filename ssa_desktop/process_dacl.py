"""Windows: the process's own access list keeps other programs of the same user out of
its memory (as KeePassXC does).

Any program running as her may otherwise open SSA Desktop with ``PROCESS_VM_READ`` and
read the data key, or write a full memory dump (Task Manager „Speicherabbilddatei
erstellen“, ProcDump), or duplicate its handles (``PROCESS_DUP_HANDLE``). At start the
process replaces its discretionary access list (DACL) with a protected one: an
access-denied entry for her own SID with ``PROCESS_VM_READ | PROCESS_DUP_HANDLE`` first,
then everything else for her and for SYSTEM. The process itself works through its
pseudo handle, which the list does not restrict. What remains: the owner may still change
the list (``WRITE_DAC``), and an administrator with ``SeDebugPrivilege`` ignores it.

The Win32 calls go through ``Win32Process`` (``ctypes``, Windows only); tests pass a
recorder with the same methods. The list is written and read back as SDDL text.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Protocol

PROCESS_VM_READ = 0x0010
PROCESS_DUP_HANDLE = 0x0040
PROCESS_ALL_ACCESS = 0x001FFFFF
DENIED_TO_OTHERS = PROCESS_VM_READ | PROCESS_DUP_HANDLE
SYSTEM_SID = "S-1-5-18"

# SDDL's two-letter rights (ConvertSecurityDescriptorToStringSecurityDescriptorW writes
# them where every bit of the mask has one) and SID aliases
_RIGHTS = {"CC": 0x1, "DC": 0x2, "LC": 0x4, "SW": 0x8, "RP": 0x10, "WP": 0x20, "DT": 0x40,
           "LO": 0x80, "CR": 0x100, "SD": 0x10000, "RC": 0x20000, "WD": 0x40000,
           "WO": 0x80000, "GA": 0x10000000, "GX": 0x20000000, "GW": 0x40000000,
           "GR": 0x80000000}
_SIDS = {"SY": SYSTEM_SID}


class Win32Api(Protocol):
    def user_sid(self) -> str: ...
    def set_process_dacl(self, sddl: str) -> None: ...
    def process_dacl(self) -> str: ...
    def set_error_mode(self, mode: int) -> None: ...
    def error_mode(self) -> int: ...


@dataclass(frozen=True)
class Ace:
    allow: bool
    sid: str
    mask: int


def protecting_dacl(user_sid: str) -> str:
    """The protected list (``D:P``): her memory reads and handle duplication denied first,
    then all other rights for her and for SYSTEM."""
    rest = PROCESS_ALL_ACCESS & ~DENIED_TO_OTHERS
    return (f"D:P(D;;{DENIED_TO_OTHERS:#x};;;{user_sid})(A;;{rest:#x};;;{user_sid})"
            f"(A;;{PROCESS_ALL_ACCESS:#x};;;SY)")


def _mask(text: str) -> int:
    if text.lower().startswith("0x"):
        return int(text, 16)
    codes = [text[i:i + 2] for i in range(0, len(text), 2)]
    return sum(_RIGHTS.get(code, 0) for code in codes)


def parse_dacl(sddl: str) -> list[Ace]:
    """The entries of an SDDL access list (``D:…(type;flags;rights;;;sid)…``)."""
    found = []
    for kind, rights, sid in re.findall(r"\((A|D);[^;]*;([^;]*);[^;]*;[^;]*;([^)]*)\)", sddl):
        found.append(Ace(kind == "A", _SIDS.get(sid, sid), _mask(rights)))
    return found


def memory_closed_to_others(sddl: str, user_sid: str) -> bool:
    """True when the list's first entry for ``user_sid`` denies memory reads and handle
    duplication (a deny entry is only certain to win when it comes first) and the list is
    protected from inherited entries."""
    if not sddl.startswith("D:P"):
        return False
    first = next((ace for ace in parse_dacl(sddl) if ace.sid == user_sid), None)
    return (first is not None and not first.allow
            and first.mask & DENIED_TO_OTHERS == DENIED_TO_OTHERS)


def close_memory_to_others(api: Win32Api) -> bool:
    """Set the protecting list on this process; True when it reads back as set."""
    sid = api.user_sid()
    api.set_process_dacl(protecting_dacl(sid))
    return memory_closed_to_others(api.process_dacl(), sid)


def memory_status(api: Win32Api) -> bool:
    """Whether this process's list, read back from Windows, keeps her memory closed."""
    return memory_closed_to_others(api.process_dacl(), api.user_sid())


SE_KERNEL_OBJECT = 6
DACL_SECURITY_INFORMATION = 0x4
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
TOKEN_QUERY = 0x0008
TOKEN_USER = 1
SDDL_REVISION_1 = 1


class Win32Process:
    """The Win32 calls on this process (``ctypes``; made on Windows only)."""

    def user_sid(self) -> str:
        """Her SID (the process token's user) as text, ``S-1-5-21-…``; OSError where the
        token cannot be read. The one reader of it (``storage.folder_rights`` asks here)."""
        if sys.platform != "win32":
            raise OSError("Windows only")
        import ctypes
        from ctypes import wintypes

        advapi = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel.GetCurrentProcess.restype = wintypes.HANDLE
        advapi.OpenProcessToken.argtypes = [wintypes.HANDLE, wintypes.DWORD,
                                            ctypes.POINTER(wintypes.HANDLE)]
        advapi.GetTokenInformation.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                               wintypes.DWORD, ctypes.POINTER(wintypes.DWORD)]
        advapi.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p,
                                                  ctypes.POINTER(wintypes.LPWSTR)]
        kernel.LocalFree.argtypes = [ctypes.c_void_p]
        kernel.CloseHandle.argtypes = [wintypes.HANDLE]
        token = wintypes.HANDLE()
        if not advapi.OpenProcessToken(kernel.GetCurrentProcess(), TOKEN_QUERY,
                                       ctypes.byref(token)):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            size = wintypes.DWORD(0)
            advapi.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(size))
            buffer = ctypes.create_string_buffer(max(size.value, 1))
            if not size.value or not advapi.GetTokenInformation(
                    token, TOKEN_USER, buffer, size, ctypes.byref(size)):
                raise ctypes.WinError(ctypes.get_last_error())
            # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first member is the PSID
            psid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
            text = wintypes.LPWSTR()
            if not advapi.ConvertSidToStringSidW(psid, ctypes.byref(text)):
                raise ctypes.WinError(ctypes.get_last_error())
            try:
                return text.value or ""
            finally:
                kernel.LocalFree(text)
        finally:
            kernel.CloseHandle(token)

    def set_process_dacl(self, sddl: str) -> None:
        """Replace this process's access list with the one of ``sddl`` (protected)."""
        if sys.platform != "win32":
            raise OSError("Windows only")
        import ctypes
        from ctypes import wintypes

        advapi, kernel = ctypes.windll.advapi32, ctypes.windll.kernel32
        descriptor = ctypes.c_void_p()
        if not advapi.ConvertStringSecurityDescriptorToSecurityDescriptorW(
                sddl, SDDL_REVISION_1, ctypes.byref(descriptor), None):
            raise ctypes.WinError()
        try:
            present, defaulted, dacl = wintypes.BOOL(), wintypes.BOOL(), ctypes.c_void_p()
            if not advapi.GetSecurityDescriptorDacl(descriptor, ctypes.byref(present),
                                                    ctypes.byref(dacl), ctypes.byref(defaulted)):
                raise ctypes.WinError()
            error = advapi.SetSecurityInfo(
                _this_process(), SE_KERNEL_OBJECT,
                DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                None, None, dacl, None)
            if error:
                raise ctypes.WinError(error)
        finally:
            kernel.LocalFree(descriptor)

    def process_dacl(self) -> str:
        """This process's access list as Windows reports it (SDDL)."""
        if sys.platform != "win32":
            raise OSError("Windows only")
        import ctypes
        from ctypes import wintypes

        advapi, kernel = ctypes.windll.advapi32, ctypes.windll.kernel32
        descriptor = ctypes.c_void_p()
        error = advapi.GetSecurityInfo(_this_process(), SE_KERNEL_OBJECT,
                                       DACL_SECURITY_INFORMATION, None, None, None, None,
                                       ctypes.byref(descriptor))
        if error:
            raise ctypes.WinError(error)
        try:
            text = wintypes.LPWSTR()
            if not advapi.ConvertSecurityDescriptorToStringSecurityDescriptorW(
                    descriptor, SDDL_REVISION_1, DACL_SECURITY_INFORMATION,
                    ctypes.byref(text), None):
                raise ctypes.WinError()
            try:
                return text.value or ""
            finally:
                kernel.LocalFree(ctypes.cast(text, ctypes.c_void_p))
        finally:
            kernel.LocalFree(descriptor)


    def set_error_mode(self, mode: int) -> None:
        if sys.platform != "win32":
            raise OSError("Windows only")
        import ctypes

        ctypes.windll.kernel32.SetErrorMode(mode)

    def error_mode(self) -> int:
        if sys.platform != "win32":
            raise OSError("Windows only")
        import ctypes

        return int(ctypes.windll.kernel32.GetErrorMode())


def _this_process():
    """The pseudo handle of this process (-1), as a pointer-sized value."""
    if sys.platform != "win32":
        raise OSError("Windows only")
    import ctypes

    get = ctypes.windll.kernel32.GetCurrentProcess
    get.restype = ctypes.c_void_p
    return ctypes.c_void_p(get())
