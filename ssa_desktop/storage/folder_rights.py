"""Owner-only rights on the vault folder.

POSIX: the folder is made 0700 (``files.make_private_dir``). Windows: a folder she picks
(``C:\\SSA``) inherits the drive's ACL, which lets every local user read it; the vault
folder gets an ACL of its own instead, with inheritance removed and full control for
her alone (``(OI)(CI)``: files and folders created inside inherit it):

    %SystemRoot%\\System32\\icacls.exe <folder> /inheritance:r
        /grant:r *<her SID>:(OI)(CI)F *S-1-5-18:(OI)(CI)F

``icacls`` is called by its absolute path (a bare name is searched in the program's and
the current folder before System32), and rights are granted to SIDs, never to a name
from the environment (``USERNAME`` can be set to anything): her SID comes from her
process token (``current_user_sid``). SYSTEM (``S-1-5-18``) keeps full control, so
backup agents and IT's recovery tools still reach the encrypted files; local
administrators can take ownership in any case, an ACL does not keep them out.

``owner_only_acl_command`` builds the command (pure, tested everywhere);
``restrict_to_owner`` runs it on Windows and does nothing elsewhere. ``Vault.create``
applies it to a new or empty vault folder only: a folder that already holds other files
(her profile folder, a shared data folder) keeps its rights.
"""

from __future__ import annotations

import ntpath
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

SYSTEM_SID = "S-1-5-18"
_SID = re.compile(r"S-1-[0-9]+(-[0-9]+)+")
_DEFAULT_SYSTEM_ROOT = "C:\\Windows"


def icacls_program(env: Mapping[str, str] | None = None) -> str:
    """``%SystemRoot%\\System32\\icacls.exe``, absolute: ``SystemRoot`` from ``env`` when it
    is an absolute path on a local drive, ``C:\\Windows`` otherwise."""
    env = os.environ if env is None else env
    root = env.get("SystemRoot") or env.get("SYSTEMROOT") or ""
    drive, rest = ntpath.splitdrive(root)
    if not (len(drive) == 2 and drive[1] == ":" and rest.startswith(("\\", "/"))):
        root = _DEFAULT_SYSTEM_ROOT
    return ntpath.join(ntpath.normpath(root), "System32", "icacls.exe")


def owner_only_acl_command(folder: Path | str, sid: str,
                           env: Mapping[str, str] | None = None) -> list[str]:
    """The ``icacls`` call that leaves ``folder`` to the account ``sid`` and SYSTEM (no
    inherited rights). ``sid`` must be a SID (``S-1-5-21-…``), never an account name."""
    if not sid or not _SID.fullmatch(sid):
        raise ValueError("not a SID")
    return [icacls_program(env), os.fspath(folder), "/inheritance:r", "/grant:r",
            f"*{sid}:(OI)(CI)F", f"*{SYSTEM_SID}:(OI)(CI)F"]


def restrict_to_owner(folder: Path | str, *, platform: str | None = None,
                      env: Mapping[str, str] | None = None,
                      run: Callable[[list[str]], int] | None = None,
                      user_sid: Callable[[], str | None] | None = None) -> bool:
    """On Windows give ``folder`` an owner-only ACL (``icacls``, no console window);
    True when it was applied. Elsewhere nothing to do (0700 is set where the folder is
    made). A failure is not fatal: the folder keeps the rights it had. ``user_sid``
    defaults to ``current_user_sid``."""
    platform = platform or sys.platform
    if not platform.startswith("win"):
        return False
    try:
        sid = (user_sid or current_user_sid)()
        if not sid:
            return False
        command = owner_only_acl_command(folder, sid, env)
        return (run or _run_hidden)(command) == 0
    except (OSError, ValueError, subprocess.SubprocessError):
        return False


def current_user_sid() -> str | None:
    """The SID of the account this process runs as (``S-1-5-21-…``), from the process
    token (``process_dacl.Win32Process.user_sid``, the one reader); None where this is
    not Windows or the token cannot be read."""
    if not sys.platform.startswith("win"):
        return None
    from ..process_dacl import Win32Process

    try:
        sid = Win32Process().user_sid()
    except OSError:
        return None
    return sid if sid and _SID.fullmatch(sid) else None


def _run_hidden(command: list[str]) -> int:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    return subprocess.run(command, capture_output=True, timeout=60, check=False,
                          creationflags=flags).returncode


def writable_by_others(folder: Path | str) -> str:
    """POSIX: the folder's rights as octal ("777") when someone other than her can write
    into it (and so delete, replace or link the vault's files): writable for all, or for a
    group that is not her own private group (her account's group, no other member). ""
    when only she can, the folder is gone, or this is Windows (its ACL is set at creation,
    ``restrict_to_owner``)."""
    if sys.platform == "win32":
        return ""
    import stat

    try:
        st = os.stat(folder)
    except OSError:
        return ""
    mode = stat.S_IMODE(st.st_mode)
    if mode & stat.S_IWOTH or (mode & stat.S_IWGRP and not _own_private_group(st.st_gid)):
        return f"{mode & 0o777:03o}"
    return ""


def _own_private_group(gid: int) -> bool:
    if sys.platform == "win32":
        return False
    import grp

    try:
        return gid == os.getgid() and not grp.getgrgid(gid).gr_mem
    except KeyError:
        return False


# -- Windows: who may write into the vault folder (its DACL) ------------------------------
@dataclass(frozen=True)
class Ace:
    """One entry of a DACL: ``kind`` 0 allows, 1 denies; ``flags`` (OI, CI, inherit
    only …); ``mask`` the access rights; ``sid`` the account or group as a SID string."""

    kind: int
    flags: int
    mask: int
    sid: str


# The groups that stand for "anyone on this machine", by well-known SID, in her words
BROAD_GROUPS = {"S-1-1-0": "Jeder", "S-1-5-32-545": "Benutzer",
                "S-1-5-11": "Authentifizierte Benutzer"}
_ACCESS_ALLOWED = 0
# Rights that let someone put, replace or remove files in the folder or change its ACL:
# FILE_ADD_FILE/WRITE_DATA, FILE_ADD_SUBDIRECTORY/APPEND_DATA, FILE_DELETE_CHILD, DELETE,
# WRITE_DAC, WRITE_OWNER, GENERIC_ALL, GENERIC_WRITE
_WRITE_RIGHTS = 0x2 | 0x4 | 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000


def broad_writers(aces: list[Ace]) -> list[str]:
    """The broad groups (``BROAD_GROUPS``) an allowing entry gives a write right, on the
    folder or (inherit only) on what is made inside it, in the order of the DACL."""
    named = [BROAD_GROUPS[a.sid] for a in aces
             if a.kind == _ACCESS_ALLOWED and a.sid in BROAD_GROUPS and a.mask & _WRITE_RIGHTS]
    return list(dict.fromkeys(named))


def windows_writers(folder: Path | str,
                    read_dacl: Callable[[Path | str], list[Ace]] | None = None) -> list[str]:
    """Windows: the broad groups that may write into ``folder`` (``broad_writers`` of its
    DACL, read by ``read_dacl``); [] when the DACL cannot be read."""
    try:
        return broad_writers((read_dacl or read_dacl_win32)(folder))
    except OSError:
        return []


def read_dacl_win32(folder: Path | str) -> list[Ace]:  # pragma: no cover - Windows only
    """The DACL of ``folder`` (GetNamedSecurityInfoW, GetAce, ConvertSidToStringSidW).
    OSError when it cannot be read."""
    if not sys.platform.startswith("win"):
        raise OSError("no Windows ACL here")
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    se_file_object, dacl_information = 1, 4
    pointer = ctypes.c_void_p
    advapi32.GetNamedSecurityInfoW.argtypes = [
        wintypes.LPCWSTR, ctypes.c_int, wintypes.DWORD, ctypes.POINTER(pointer),
        ctypes.POINTER(pointer), ctypes.POINTER(pointer), ctypes.POINTER(pointer),
        ctypes.POINTER(pointer)]
    advapi32.GetNamedSecurityInfoW.restype = wintypes.DWORD
    advapi32.GetAce.argtypes = [pointer, wintypes.DWORD, ctypes.POINTER(pointer)]
    advapi32.ConvertSidToStringSidW.argtypes = [pointer, ctypes.POINTER(wintypes.LPWSTR)]
    kernel32.LocalFree.argtypes = [pointer]
    dacl, descriptor = pointer(), pointer()
    status = advapi32.GetNamedSecurityInfoW(os.fspath(folder), se_file_object,
                                            dacl_information, None, None,
                                            ctypes.byref(dacl), None, ctypes.byref(descriptor))
    if status:
        raise OSError(status, "GetNamedSecurityInfoW")
    try:
        if not dacl.value:     # no DACL at all: everyone has every right
            return [Ace(_ACCESS_ALLOWED, 0, 0x10000000, "S-1-1-0")]
        # ACL: AclRevision, Sbz1 (bytes), AclSize, AceCount (words)
        count = ctypes.cast(dacl, ctypes.POINTER(ctypes.c_ushort))[2]
        return [_ace(advapi32, kernel32, dacl, i) for i in range(count)]
    finally:
        kernel32.LocalFree(descriptor)


def _ace(advapi32, kernel32, dacl, index: int) -> Ace:  # pragma: no cover - Windows only
    """One ACE: header (type, flags: bytes; size: word), mask (dword), then the SID."""
    if not sys.platform.startswith("win"):
        raise OSError("no Windows ACL here")
    import ctypes
    from ctypes import wintypes

    entry = ctypes.c_void_p()
    if not advapi32.GetAce(dacl, index, ctypes.byref(entry)) or not entry.value:
        raise OSError(ctypes.get_last_error(), "GetAce")
    address = entry.value
    kind, flags = ctypes.cast(entry, ctypes.POINTER(ctypes.c_ubyte))[0:2]
    mask = ctypes.cast(address + 4, ctypes.POINTER(ctypes.c_uint32))[0]
    text = wintypes.LPWSTR()
    if kind > 1 or not advapi32.ConvertSidToStringSidW(address + 8, ctypes.byref(text)):
        return Ace(kind, flags, mask, "")    # an object or callback ACE: not one of ours
    try:
        return Ace(kind, flags, mask, text.value or "")
    finally:
        kernel32.LocalFree(text)
