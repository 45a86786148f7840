"""Auto-lock after idle time; input postpones it; platform lock signals lock. The idle
tests run on a hand-set time source and fire the timer by hand (``check``): no test waits
for real time or races a real timer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ssa_desktop.ui.common.autolock import AutoLock


class FakeTime:
    """A monotonic clock in seconds that moves only when told."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, ms: float) -> None:
        self.seconds += ms / 1000


def test_idle_locks_exactly_after_the_idle_time(ctx):
    now = FakeTime()
    lock = AutoLock(ctx, idle_ms=300_000, watch_platform=False, monotonic=now)
    try:
        assert lock._timer.isActive() and lock._timer.interval() == 300_000
        now.advance(294_000)
        lock.check()                       # 6 s early (a timer that fired too soon)
        assert ctx.is_unlocked and lock._timer.isActive()
        assert 5_990 <= lock._timer.interval() <= 6_000   # waits for the rest only
        now.advance(6_000)
        lock.check()
        assert not ctx.is_unlocked
    finally:
        lock.stop()


def test_input_postpones_the_lock(ctx, qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    now = FakeTime()
    lock = AutoLock(ctx, idle_ms=400, watch_platform=False, monotonic=now)
    try:
        for _ in range(6):  # 6 × 150 ms = 900 ms of typing, more than twice the timeout
            now.advance(150)
            lock.check()
            QApplication.sendEvent(edit, QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
            assert ctx.is_unlocked
        now.advance(300)
        QApplication.sendEvent(edit, QMouseEvent(QEvent.MouseMove, QPointF(3, 3), QPointF(3, 3),
                                                 Qt.NoButton, Qt.NoButton, Qt.NoModifier))
        now.advance(390)
        lock.check()
        assert ctx.is_unlocked             # 390 ms after the last input
        now.advance(10)
        lock.check()
        assert not ctx.is_unlocked
        assert edit.text() == "aaaaaa"
    finally:
        lock.stop()


def test_the_real_timer_fires_the_check(ctx, qtbot):
    now = FakeTime()
    lock = AutoLock(ctx, idle_ms=60, watch_platform=False, monotonic=now)
    try:
        now.advance(60)          # idle long enough before the timer fires
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=60000)
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

    now = FakeTime()
    lock = AutoLock(ctx, idle_ms=250_000, watch_platform=False, monotonic=now)
    try:
        ctx.lock()
        assert not lock._timer.isActive()
        now.advance(300_000)
        lock.check()                       # locked already: nothing happens
        ctx.set_session(Vault(ctx.vault_folder).unlock(PASSPHRASE))
        assert lock._timer.isActive()      # re-armed: idle counts from the unlock
        lock.check()
        assert ctx.is_unlocked
        now.advance(250_000)
        lock.check()
        assert not ctx.is_unlocked
    finally:
        lock.stop()
