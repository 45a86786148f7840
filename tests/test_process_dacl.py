"""Windows process protection, simulated by a recorder of the Win32 calls: the process's
access list denies other programs of the same user its memory and its handles, and the
self-test names only what Windows reads back as set."""

from __future__ import annotations

from ssa_desktop import hardening
from ssa_desktop.process_dacl import (
    DENIED_TO_OTHERS,
    PROCESS_ALL_ACCESS,
    PROCESS_DUP_HANDLE,
    PROCESS_VM_READ,
    Ace,
    parse_dacl,
)

ANNA = "S-1-5-21-1004336348-1177238915-682003330-1001"


class RecordedWin32:
    """Records every call; answers as Windows does (``reads_back`` may replace the list
    Windows reports, ``refuses`` makes SetSecurityInfo fail)."""

    def __init__(self, *, reads_back: str | None = None, refuses: bool = False):
        self.calls: list[tuple] = []
        self.dacl = "D:(A;;0x1fffff;;;S-1-5-21-1004336348-1177238915-682003330-1001)(A;;0x1fffff;;;SY)"
        self.mode = 0
        self.reads_back, self.refuses = reads_back, refuses

    def user_sid(self) -> str:
        self.calls.append(("user_sid",))
        return ANNA

    def set_process_dacl(self, sddl: str) -> None:
        self.calls.append(("set_process_dacl", sddl))
        if self.refuses:
            raise OSError(5, "Zugriff verweigert")
        self.dacl = sddl

    def process_dacl(self) -> str:
        self.calls.append(("process_dacl",))
        return self.reads_back if self.reads_back is not None else self.dacl

    def set_error_mode(self, mode: int) -> None:
        self.calls.append(("set_error_mode", mode))
        self.mode = mode

    def error_mode(self) -> int:
        return self.mode


def test_the_masks_are_the_win32_ones():
    assert (PROCESS_VM_READ, PROCESS_DUP_HANDLE, PROCESS_ALL_ACCESS) == (0x10, 0x40, 0x1FFFFF)
    assert DENIED_TO_OTHERS == 0x50


def test_the_start_denies_memory_reads_and_handle_duplication_to_her_other_programs():
    win32 = RecordedWin32()
    hardening.harden_process(platform="win32", win32=win32)
    assert win32.calls == [
        ("set_error_mode", 0x3),
        ("user_sid",),
        ("set_process_dacl", f"D:P(D;;0x50;;;{ANNA})(A;;0x1fffaf;;;{ANNA})(A;;0x1fffff;;;SY)"),
        ("process_dacl",),
    ]
    assert parse_dacl(win32.dacl) == [Ace(False, ANNA, 0x50), Ace(True, ANNA, 0x1FFFAF),
                                      Ace(True, "S-1-5-18", 0x1FFFFF)]
    ok, detail = hardening.protection_status(platform="win32", win32=win32)
    assert ok
    assert detail == ("keine Speicherabbilder: Fehlerberichtsdialog aus (SetErrorMode 0x3), "
                      "Speicher und Handles für andere Programme gesperrt (DACL verweigert "
                      "PROCESS_VM_READ, PROCESS_DUP_HANDLE)")


def test_the_list_as_windows_writes_it_back_with_letters_counts_too():
    # ConvertSecurityDescriptorToStringSecurityDescriptorW writes 0x50 as "RPDT"
    win32 = RecordedWin32(reads_back=f"D:P(D;;RPDT;;;{ANNA})(A;;0x1fffaf;;;{ANNA})"
                                     "(A;;0x1fffff;;;SY)", )
    win32.mode = 0x3
    assert hardening.protection_status(platform="win32", win32=win32)[0]


def test_the_self_test_says_what_was_not_set():
    refused = RecordedWin32(refuses=True)
    hardening.harden_process(platform="win32", win32=refused)  # no error at the start
    ok, detail = hardening.protection_status(platform="win32", win32=refused)
    assert not ok
    assert detail == ("Speicherabbilder möglich: Fehlerberichtsdialog aus (SetErrorMode 0x3), "
                      "Speicher für andere Programme desselben Benutzers lesbar (keine "
                      "schützende DACL)")
    allowed_first = RecordedWin32(reads_back=f"D:P(A;;0x1fffff;;;{ANNA})(D;;0x50;;;{ANNA})")
    allowed_first.mode = 0x3
    assert not hardening.protection_status(platform="win32", win32=allowed_first)[0]
    inherited = RecordedWin32(reads_back=f"D:(D;;0x50;;;{ANNA})(A;;0x1fffaf;;;{ANNA})")
    inherited.mode = 0x3
    assert not hardening.protection_status(platform="win32", win32=inherited)[0]
