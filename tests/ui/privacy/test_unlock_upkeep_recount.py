"""The unlock's upkeep (daily backup, package sweeps) moves no due date: a normal unlock
runs the deletion check once, not a second time for what the upkeep wrote. A change
that does move due dates (the § 9b option, a retention period) still recounts, and the
backup list still shows the backup the upkeep made."""

from __future__ import annotations

from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention as svc
from ssa_desktop.services import settings as settings_svc
from ssa_desktop.ui.privacy.area import RetentionWatch
from ssa_desktop.ui.privacy.backups_panel import BackupsPanel
from ssa_desktop.ui.privacy.unlock_tasks import run_unlock_tasks


def _unlock_with_upkeep(ctx, qtbot, monkeypatch) -> tuple[RetentionWatch, list[int]]:
    """Unlock as the main window does: the upkeep first, then the watch's check (both on
    the quiet lane, in that order). Returns the watch and the engine runs counted."""
    runs: list[int] = []
    real = svc.count_due   # every check counts, the unlock's check included
    monkeypatch.setattr(svc, "count_due", lambda *a, **k: runs.append(1) or real(*a, **k))
    upkeep_done: list[str] = []
    ctx.status_message.connect(upkeep_done.append)   # "Tägliche Sicherung erstellt."
    ctx.unlocked.connect(lambda: run_unlock_tasks(ctx))
    watch = RetentionWatch(ctx)
    counted: list[object] = []
    ctx.retention_counted.connect(lambda *a: counted.append(a))
    ctx.unlocked.emit()
    # certainly happens: the upkeep says it made today's backup, the check ends
    qtbot.waitUntil(lambda: bool(upkeep_done) and bool(counted) and not watch.running,
                    timeout=30000)
    return watch, runs


def test_a_normal_unlock_runs_the_deletion_check_once(ctx, qtbot, monkeypatch):
    watch, runs = _unlock_with_upkeep(ctx, qtbot, monkeypatch)
    assert not watch.again and not watch.settle.isActive()
    assert runs == [1]


def test_the_9b_option_still_recounts_after_the_unlock(ctx, qtbot, monkeypatch):
    watch, runs = _unlock_with_upkeep(ctx, qtbot, monkeypatch)
    with qtbot.waitSignal(ctx.retention_counted, timeout=20000):
        ctx.apply(settings_svc.set_value, rt.ENABLE_9B, True)
    assert len(runs) == 2


def test_a_retention_period_still_recounts_after_the_unlock(ctx, qtbot, monkeypatch):
    watch, runs = _unlock_with_upkeep(ctx, qtbot, monkeypatch)
    period = next(p for rule in rt.rule_table().rules for p in rule.periods)
    with qtbot.waitSignal(ctx.retention_counted, timeout=20000):
        ctx.apply(settings_svc.set_value, period.option, period.default + 1)
    assert len(runs) == 2


def test_the_backup_list_shows_the_upkeeps_backup(ctx, qtbot, monkeypatch):
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0
    _unlock_with_upkeep(ctx, qtbot, monkeypatch)
    assert panel.model.rowCount() == 1   # nobody called refresh: the runner told the list
