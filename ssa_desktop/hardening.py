"""Process hardening at start: no memory image of the running program on disk.

A core dump holds everything in memory: the data key, the passphrase while it is being
typed, decrypted notes. At start (``launch.run``, before the window or a command):

- RLIMIT_CORE is set to 0 (soft and hard), so no core file is written (Linux, macOS);
- on Linux ``prctl(PR_SET_DUMPABLE, 0)``: no core dump even through a system-wide
  ``core_pattern`` pipe (systemd-coredump, apport) and no ptrace attach by other processes
  of the same user;
- on Windows the error-reporting dialog, which offers to write and send a memory dump, is
  switched off (``SetErrorMode``); WER local dumps are only written where an administrator
  configured them.

Every step is best effort: a platform without it simply skips it.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002


def harden_process() -> None:
    if sys.platform != "win32":  # no ``resource`` module on Windows
        with contextlib.suppress(ImportError, ValueError, OSError):
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(ImportError, OSError, AttributeError):
            _prctl()(PR_SET_DUMPABLE, 0, 0, 0, 0)
    elif sys.platform == "win32":
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.windll.kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)


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


def protection_status() -> tuple[bool, str]:
    """Whether this process is hardened as ``harden_process`` leaves it, read back from
    the operating system (``self-test`` reports it): ``(ok, German detail)``."""
    facts: list[str] = []
    ok = True
    if sys.platform != "win32":  # no ``resource`` module on Windows
        with contextlib.suppress(ImportError):
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
            ok = ok and soft == 0 and hard == 0
            facts.append(f"RLIMIT_CORE {soft}/{hard}".replace(str(resource.RLIM_INFINITY),
                                                             "unbegrenzt"))
    if sys.platform.startswith("linux"):
        dumpable = _linux_dumpable()
        ok = ok and dumpable == 0
        facts.append("Prozess nicht auslesbar (PR_SET_DUMPABLE 0)" if dumpable == 0
                     else f"Prozess auslesbar (PR_SET_DUMPABLE {dumpable})")
    elif sys.platform == "win32":
        mode = _windows_error_mode()
        wanted = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
        ok = ok and mode is not None and mode & wanted == wanted
        facts.append(f"Fehlerberichtsdialog aus (SetErrorMode {mode:#x})"
                     if ok else f"Fehlerberichtsdialog an (SetErrorMode {mode})")
    return ok, "keine Speicherabbilder: " + ", ".join(facts)


def _linux_dumpable() -> int | None:
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        return int(ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    return None


def _windows_error_mode() -> int | None:
    if sys.platform != "win32":
        return None
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        return int(ctypes.windll.kernel32.GetErrorMode())
    return None
