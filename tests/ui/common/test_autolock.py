"""Auto-lock after idle time; input postpones it; platform lock signals lock."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ssa_desktop.ui.common.autolock import AutoLock


def test_idle_locks(ctx, qtbot):
    lock = AutoLock(ctx, idle_ms=300, watch_platform=False)
    try:
        start = time.monotonic()
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=3000)
        assert time.monotonic() - start >= 0.28
    finally:
        lock.stop()


def test_input_postpones_the_lock(ctx, qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    lock = AutoLock(ctx, idle_ms=400, watch_platform=False)
    try:
        for _ in range(6):  # 6 × 150 ms = 900 ms of typing, more than twice the timeout
            qtbot.wait(150)
            QApplication.sendEvent(edit, QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
            assert ctx.is_unlocked
        QApplication.sendEvent(edit, QMouseEvent(QEvent.MouseMove, QPointF(3, 3), QPointF(3, 3),
                                                 Qt.NoButton, Qt.NoButton, Qt.NoModifier))
        qtbot.wait(200)
        assert ctx.is_unlocked
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=3000)
        assert edit.text() == "aaaaaa"
    finally:
        lock.stop()


def test_platform_signals_lock(ctx, qtbot):
    lock = AutoLock(ctx, idle_ms=60_000)  # watches the bus if there is one; never crashes
    try:
        lock.on_sleep_or_screensaver(False)
        assert ctx.is_unlocked
        lock.on_sleep_or_screensaver(True)
        assert not ctx.is_unlocked
        lock.on_session_lock()  # already locked: harmless
    finally:
        lock.stop()


def test_timer_stops_on_lock_and_rearms_on_unlock(ctx, open_vault, qtbot):
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    lock = AutoLock(ctx, idle_ms=250, watch_platform=False)
    try:
        ctx.lock()
        assert not lock._timer.isActive()
        ctx.set_session(Vault(ctx.vault_folder).unlock(PASSPHRASE))
        assert lock._timer.isActive()
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=3000)
    finally:
        lock.stop()
