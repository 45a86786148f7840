"""The code that exists on one platform only is guarded by ``sys.platform`` (so that
``mypy`` and ``mypy --platform win32`` both check it, docs/testing.md); the guards keep
what each platform did before. Windows is simulated by setting ``sys.platform``."""

from __future__ import annotations

import os
import sys

import pytest

from ssa_desktop import hardening
from ssa_desktop.storage import files, location, sync_roots, vault_lock
from ssa_desktop.storage.errors import VaultInUse


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")


def test_on_windows_a_staged_file_is_not_held_and_nobody_can_tell(windows, tmp_path):
    staged = tmp_path / "staged"
    staged.write_bytes(b"x")
    files.hold(staged)
    assert str(staged) not in files._HELD
    assert files.is_held(staged) is None          # the age rule decides there


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_elsewhere_a_held_staged_file_is_seen_as_held(tmp_path):
    staged = tmp_path / "staged"
    staged.write_bytes(b"x")
    files.hold(staged)
    try:
        assert files.is_held(staged) is True
    finally:
        files.release(staged)
    assert files.is_held(staged) is False


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_the_vault_lock_chosen_at_start_keeps_working_while_windows_is_simulated(
        windows, tmp_path):
    """The lock's backend is chosen once, from the platform the process runs on; a test
    that simulates Windows for another part (the folder's ACL, the keychain) still
    creates, locks and unlocks a vault with it (tests/storage/test_folder_rights.py)."""
    hold = vault_lock.acquire(tmp_path, shared_in_process=False)
    try:
        with pytest.raises(VaultInUse):  # a second writer is still kept out
            vault_lock.acquire(tmp_path, shared_in_process=False)
    finally:
        hold.release()
    fd = vault_lock.PosixBackend().anchor(tmp_path)  # and it was let go
    try:
        assert vault_lock.PosixBackend().lock(fd) is True
        vault_lock.PosixBackend().unlock(fd)
    finally:
        os.close(fd)


def test_prctl_is_linux_only(windows):
    with pytest.raises(OSError):
        hardening._prctl()


def test_windows_calls_answer_as_before_off_windows(monkeypatch):
    """The guards decide at call time: off Windows (simulated on every platform) the
    drive type is unknown and a path has no short names to expand."""
    monkeypatch.setattr(sys, "platform", "linux")
    assert location._windows_drive_type("C:\\") is None
    assert sync_roots._windows_long_path("C:\\Users\\ANNA~1") == "C:\\Users\\ANNA~1"
