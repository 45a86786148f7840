"""Locking a test's vault as she does, and opening it again: for the tests that her typed,
unsaved input comes back after the lock (kept as a draft in the vault)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import background
from ssa_desktop.ui.common.autolock import AutoLock
from tests.conftest import PASSPHRASE

HOW = ["Strg+L", "auto-lock"]


def lock(ctx, how: str) -> None:
    """Strg+L from the widget with the focus, or what the idle timer does when it fires."""
    if how == "Strg+L":
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier)
    else:
        autolock = AutoLock(ctx, idle_ms=60_000, watch_platform=False)
        autolock.lock_now()
        autolock.stop()
    assert not ctx.is_unlocked


def reopen(ctx, open_vault) -> None:
    """The background work of the lock ended, the vault unlocked again on ``ctx``."""
    assert background.wait_for_all()
    ctx.set_session(Vault(open_vault.vault.folder).unlock(PASSPHRASE))
