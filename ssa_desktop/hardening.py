"""Process hardening at start: no memory image of the running program on disk.

A core dump holds everything in memory: the data key, the passphrase while it is being
typed, decrypted notes. At start (``launch.run``, before the window or a command):

- RLIMIT_CORE is set to 0 (soft and hard), so no core file is written (Linux, macOS);
- on Linux ``prctl(PR_SET_DUMPABLE, 0)``: no core dump even through a system-wide
  ``core_pattern`` pipe (systemd-coredump, apport) and no ptrace attach by other processes
  of the same user;
- on Windows the error-reporting dialog, which offers to write and send a memory dump, is
  switched off (``SetErrorMode``); WER local dumps are only written where an administrator
  configured them; and the process's access list denies other programs of the same user
  its memory and its handles (``process_dacl``: no dump from Task Manager or ProcDump).

Every step is best effort: a platform without it simply skips it. ``protection_status``
reads back what was really set, per platform, for the self-test.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002


def harden_process(*, platform: str | None = None, win32=None) -> None:
    """``platform`` and ``win32`` (the Win32 calls, ``process_dacl.Win32Api``) replace
    this machine's for tests of the Windows steps."""
    platform = platform or sys.platform
    if platform == "win32":
        _harden_windows(win32)
        return
    if sys.platform != "win32":  # no ``resource`` module on Windows
        with contextlib.suppress(ImportError, ValueError, OSError):
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(ImportError, OSError, AttributeError):
            _prctl()(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _windows_api(win32):
    from .process_dacl import Win32Process

    return win32 if win32 is not None else Win32Process()


def _harden_windows(win32) -> None:
    from .process_dacl import close_memory_to_others

    api = _windows_api(win32)
    with contextlib.suppress(OSError, AttributeError):
        api.set_error_mode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    with contextlib.suppress(OSError, AttributeError, ValueError):
        close_memory_to_others(api)


def _prctl():
    """The C library's ``prctl`` through ``_ctypes`` alone: the ``ctypes`` package (its
    Python half, 1.3-2 ms of CPU at every start, before the window) is not needed for one
    call with int arguments and an int result. ``protection_status`` reads the result
    back through ``ctypes`` itself."""
    if sys.platform == "win32":  # called on Linux only; Windows has no ``dlopen``
        raise OSError("prctl is Linux only")
    else:
        from _ctypes import FUNCFLAG_CDECL, CFuncPtr, _SimpleCData, dlopen

        class CInt(_SimpleCData):
            _type_ = "i"

        class Function(CFuncPtr):
            _flags_ = FUNCFLAG_CDECL
            _restype_ = CInt

        class Process:  # what CFuncPtr reads of a library: its handle (dlopen(NULL): this program)
            _handle = dlopen(None)  # type: ignore[arg-type]  # NULL: the program itself

        return Function(("prctl", Process()))  # type: ignore[arg-type]  # a handle is all it reads


PR_GET_DUMPABLE = 3


def protection_status(*, platform: str | None = None, win32=None) -> tuple[bool, str]:
    """Whether this process is hardened as ``harden_process`` leaves it, read back from
    the operating system (``self-test`` reports it): ``(ok, German detail)`` naming only
    what is really set on this platform."""
    platform = platform or sys.platform
    if platform == "win32":
        ok, facts = _windows_status(win32)
    else:
        ok, facts = _posix_status(platform)
    return ok, ("keine Speicherabbilder: " if ok else "Speicherabbilder möglich: ") + ", ".join(
        facts)


def _posix_status(platform: str) -> tuple[bool, list[str]]:
    facts: list[str] = []
    ok = True
    if sys.platform != "win32":  # no ``resource`` module on Windows
        with contextlib.suppress(ImportError):
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
            ok = ok and soft == 0 and hard == 0
            facts.append(f"RLIMIT_CORE {soft}/{hard}".replace(str(resource.RLIM_INFINITY),
                                                             "unbegrenzt"))
    if platform.startswith("linux"):
        dumpable = _linux_dumpable()
        ok = ok and dumpable == 0
        facts.append("Prozess nicht auslesbar (PR_SET_DUMPABLE 0)" if dumpable == 0
                     else f"Prozess auslesbar (PR_SET_DUMPABLE {dumpable})")
    return ok, facts


def _windows_status(win32) -> tuple[bool, list[str]]:
    from .process_dacl import memory_status

    api = _windows_api(win32)
    mode: int | None = None
    with contextlib.suppress(OSError, AttributeError):
        mode = api.error_mode()
    wanted = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    quiet = mode is not None and mode & wanted == wanted
    closed = False
    with contextlib.suppress(OSError, AttributeError, ValueError):
        closed = memory_status(api)
    facts = [f"Fehlerberichtsdialog aus (SetErrorMode {mode:#x})" if quiet
             else f"Fehlerberichtsdialog an (SetErrorMode {mode})",
             "Speicher und Handles für andere Programme gesperrt (DACL verweigert "
             "PROCESS_VM_READ, PROCESS_DUP_HANDLE)" if closed
             else "Speicher für andere Programme desselben Benutzers lesbar (keine "
                  "schützende DACL)"]
    return quiet and closed, facts


def _linux_dumpable() -> int | None:
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        return int(ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    return None
