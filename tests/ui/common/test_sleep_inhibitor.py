"""Sleep waits for the lock: a logind "delay" inhibitor is held while the vault is
unlocked and let go right after the lock that ``PrepareForSleep(true)`` triggers; a
critical operation that may stop is cancelled so that the lock happens at once, one that
may not (a re-key) finishes first while the inhibitor keeps the machine awake.

logind is a fake in a process of its own (``tests/support/fake_logind.py``) on a private
dbus-daemon: it hands out the writing end of a pipe as logind hands out a FIFO, and sees
the moment every copy of it is closed ("released")."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid

import pytest

from ssa_desktop.services.operations import Cancelled
from ssa_desktop.ui.common.autolock import AutoLock
from tests.conftest import PASSPHRASE
from tests.ui.common.test_power_lock import SESSION_PATH, private_bus  # noqa: F401

INHIBIT = "inhibit sleep SSA_Desktop Tresor_sperren delay"


class FakeLogind:
    def __init__(self, address: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.support.fake_logind", address],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"
        self.events: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.events.append(line.strip())

    def sleep(self, going: bool) -> None:
        self.proc.stdin.write(f"sleep {'true' if going else 'false'}\n")
        self.proc.stdin.flush()

    def count(self, event: str) -> int:
        return self.events.count(event)

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def logind(ctx, private_bus):  # noqa: F811 (the fixture imported above)
    from PySide6.QtDBus import QDBusConnection

    fake = FakeLogind(private_bus)
    name = f"ssa-watch-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(private_bus, name)
    assert bus.isConnected()
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    lock.watch_logind(bus, session_path=SESSION_PATH)
    try:
        yield fake, lock
    finally:
        lock.stop()
        QDBusConnection.disconnectFromBus(name)
        fake.stop()


def test_held_while_unlocked_and_released_right_after_the_sleep_lock(ctx, qtbot, logind):
    fake, lock = logind
    session = ctx.session
    key = session.data_key
    qtbot.waitUntil(lambda: fake.count(INHIBIT) == 1 and lock.inhibitor.held, timeout=20_000)
    at_release: list[tuple[bool, bytes]] = []
    release = lock.inhibitor.release
    lock.inhibitor.release = lambda: (at_release.append((ctx.is_unlocked, bytes(key))),
                                      release())
    fake.sleep(True)                                     # the machine goes to sleep now
    qtbot.waitUntil(lambda: fake.count("released") == 1, timeout=20_000)
    assert not ctx.is_unlocked and not lock.inhibitor.held
    # the lock came first: the vault closed and the key overwritten, then sleep may go on
    assert at_release[0] == (False, bytes(len(key)))
    fake.sleep(False)                                    # woke up, still locked: none taken
    again = session.vault.unlock(PASSPHRASE)
    ctx.set_session(again)                               # she unlocks: taken again
    qtbot.waitUntil(lambda: fake.count(INHIBIT) == 2 and lock.inhibitor.held, timeout=20_000)
    ctx.lock()                                           # Strg+L, the idle lock: let go too
    qtbot.waitUntil(lambda: fake.count("released") == 2, timeout=20_000)
    assert not lock.inhibitor.held


def test_a_sleep_cancels_a_critical_operation_that_may_stop_and_locks_at_once(ctx, qtbot,
                                                                             logind):
    fake, lock = logind
    qtbot.waitUntil(lambda: lock.inhibitor.held, timeout=20_000)
    started = threading.Event()
    outcome: list[str] = []

    def export(_conn, progress):
        started.set()
        while not progress.cancelled:       # an export writing page after page
            started.wait(0.01)
        progress(50, "Seite 2")             # its next step stops it
        return "fertig"

    progress = ctx.perform(export, background=True, critical=True, cancellable=True,
                           on_done=outcome.append, on_error=outcome.append)
    assert started.wait(20)
    fake.sleep(True)
    qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)
    assert progress.cancelled
    qtbot.waitUntil(lambda: fake.count("released") == 1, timeout=20_000)
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert outcome != ["fertig"]


def test_a_sleep_lets_a_critical_operation_that_may_not_stop_finish_first(ctx, qtbot, logind):
    fake, lock = logind
    qtbot.waitUntil(lambda: lock.inhibitor.held, timeout=20_000)
    started, finish = threading.Event(), threading.Event()
    outcome: list[str] = []

    def rekey(_conn, progress):              # a re-key half way: never cut off
        started.set()
        assert finish.wait(60)
        progress(100, "Fertig.")
        return "neuer Schlüssel"

    progress = ctx.perform(rekey, background=True, critical=True, on_done=outcome.append,
                           on_error=outcome.append)
    assert started.wait(20)
    fake.sleep(True)
    qtbot.waitUntil(lambda: ctx.lock_pending, timeout=20_000)
    assert ctx.is_unlocked and lock.inhibitor.held and not progress.cancelled
    finish.set()                                         # the re-key ends: the lock follows
    qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)
    qtbot.waitUntil(lambda: fake.count("released") == 1, timeout=20_000)
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert outcome == ["neuer Schlüssel"]


def test_without_a_bus_the_context_still_cancels_and_locks(ctx, qtbot):
    outcome: list[object] = []
    started = threading.Event()

    def export(_conn, progress):
        started.set()
        while not progress.cancelled:
            started.wait(0.01)
        try:
            progress(50)
        except Cancelled:
            outcome.append("abgebrochen")
            raise

    ctx.perform(export, background=True, critical=True, cancellable=True,
                on_error=lambda _m: None)
    assert started.wait(20)
    ctx.lock_before_sleep()
    qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)
    assert outcome == ["abgebrochen"]
