"""The installer's mutexes carry a DACL every signed-in user and SYSTEM can open
(issue 66: a second user's ``/ALLUSERS`` update did not see her running window). The
Win32 calls are recorded through a fake kernel32/advapi32 (no Windows here); the real
effect is step 32a of the release checklist (packaging/README.md)."""

from __future__ import annotations

import ctypes

import pytest

from ssa_desktop import app_mutex


class FakeAdvapi32:
    def __init__(self, accept: bool = True):
        self.calls: list[tuple] = []
        self.accept = accept

    def ConvertStringSecurityDescriptorToSecurityDescriptorW(self, sddl, revision, out, size):  # noqa: N802
        self.calls.append((sddl, revision, size))
        if not self.accept:
            return 0
        out._obj.value = 0x5D5D   # the descriptor Windows allocated
        return 1


class FakeKernel32:
    def __init__(self):
        self.created: list[tuple] = []
        self.freed: list[int | None] = []

    def CreateMutexExW(self, attributes, name, flags, access):  # noqa: N802
        sa = attributes._obj
        self.created.append((name, sa.nLength, sa.lpSecurityDescriptor, sa.bInheritHandle,
                             flags, access))
        return 0x100 + len(self.created)

    def LocalFree(self, descriptor):  # noqa: N802
        self.freed.append(descriptor.value)


def test_the_sddl_grants_every_signed_in_user_and_system():
    aces = app_mutex.MUTEX_SDDL.removeprefix("D:").strip("()").split(")(")
    rights = {ace.split(";")[5]: int(ace.split(";")[2], 16) for ace in aces}
    assert set(rights) == {"AU", "SY", "BA"}
    synchronize = 0x00100000
    assert rights["AU"] & synchronize      # Inno's CheckForMutexes: OpenMutex(SYNCHRONIZE)
    assert rights["AU"] & app_mutex.MUTEX_ACCESS == app_mutex.MUTEX_ACCESS
    assert rights["SY"] == rights["BA"] == 0x001F0001   # MUTEX_ALL_ACCESS
    assert not app_mutex.MUTEX_SDDL.startswith("D:P")  # nothing else of Windows' is cut


def test_both_mutexes_are_created_with_that_descriptor(monkeypatch):
    monkeypatch.setattr(app_mutex, "_held", [])
    kernel32, advapi32 = FakeKernel32(), FakeAdvapi32()
    api = app_mutex.Win32Mutexes(kernel32=kernel32, advapi32=advapi32)
    assert app_mutex.hold_app_mutexes(platform="win32", api=api) == 2
    assert advapi32.calls == [(app_mutex.MUTEX_SDDL, 1, None)] * 2
    size = ctypes.sizeof(app_mutex.SecurityAttributes)
    assert kernel32.created == [
        ("SSADesktop.Running", size, 0x5D5D, 0, 0, 0x00100001),
        ("Global\\SSADesktop.Running", size, 0x5D5D, 0, 0, 0x00100001)]
    assert kernel32.freed == [0x5D5D, 0x5D5D]   # the descriptor freed after each call


def test_a_refused_descriptor_creates_no_mutex_without_it(monkeypatch):
    monkeypatch.setattr(app_mutex, "_held", [])
    kernel32 = FakeKernel32()
    api = app_mutex.Win32Mutexes(kernel32=kernel32, advapi32=FakeAdvapi32(accept=False))
    with pytest.raises(OSError):
        api.create_mutex("SSADesktop.Running")
    assert kernel32.created == []
