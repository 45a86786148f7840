"""The retention watch: a hold she sets while the unlock's check is still running is
counted afterwards, even when that check fails; the check's own write (the expired
deletion log) asks for no recount."""

from __future__ import annotations

import threading
from datetime import timedelta

from ssa_desktop.domain import clock
from ssa_desktop.services import retention as svc
from ssa_desktop.ui.privacy.area import RetentionWatch


def test_a_hold_during_a_failing_unlock_check_is_counted(ctx, qtbot, pupil, monkeypatch):
    real = svc.check_at_unlock
    started, release = threading.Event(), threading.Event()

    def unlock_check_in_flight_then_failing(*args, **kwargs):
        started.set()
        release.wait(30)
        raise RuntimeError("engine failed")

    monkeypatch.setattr(svc, "check_at_unlock", unlock_check_in_flight_then_failing)
    watch = RetentionWatch(ctx)
    ctx.unlocked.emit()                      # the unlock's check starts, on a worker
    qtbot.waitUntil(started.is_set, timeout=10000)
    monkeypatch.setattr(svc, "check_at_unlock", real)
    ctx.apply(svc.add_hold, pupil.id, "auskunft", clock.today() + timedelta(days=30))
    with qtbot.waitSignal(ctx.retention_counted, timeout=20000):
        release.set()                        # the check fails; the hold's recount follows
    assert ctx.retention_due is not None     # the Übersicht has its figure
    assert not watch.running and not watch.again


def test_the_unlock_checks_own_write_asks_no_recount(ctx, qtbot, monkeypatch):
    counts = []
    real = svc.count_due
    monkeypatch.setattr(svc, "count_due", lambda *a, **k: counts.append(1) or real(*a, **k))
    watch = RetentionWatch(ctx)
    with qtbot.waitSignal(ctx.retention_counted, timeout=20000):
        ctx.unlocked.emit()
    assert not watch.running and not watch.again and not watch.settle.isActive()
    assert counts == [1]                     # the count inside the unlock check, no other
