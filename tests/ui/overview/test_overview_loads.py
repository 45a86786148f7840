"""The Übersicht loads once for the deletion check at an unlock: the check's own write
(the deletion log's expiry, RETENTION) loads the tiles that show RETENTION once (not the
whole Übersicht), and its figures (``retention_counted``) only change the tile "Löschung
fällig" (no second load)."""

from __future__ import annotations

from ssa_desktop.services import overview as overview_svc
from ssa_desktop.ui.overview import area as overview_area
from ssa_desktop.ui.overview.area import OverviewArea
from ssa_desktop.ui.privacy.area import RetentionWatch


def test_the_deletion_check_at_unlock_loads_the_overview_once(ctx, qtbot, monkeypatch):
    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()                                   # the first load: she sees the Übersicht
    loads: list[int] = []
    whole: list[int] = []
    real = overview_svc.deadline_lines
    monkeypatch.setattr(overview_svc, "deadline_lines",
                        lambda *a, **k: loads.append(1) or real(*a, **k))
    real_whole = overview_area.build_overview
    monkeypatch.setattr(overview_area, "build_overview",
                        lambda *a, **k: whole.append(1) or real_whole(*a, **k))
    watch = RetentionWatch(ctx)
    with qtbot.waitSignal(ctx.retention_counted, timeout=30000):
        watch.check()                             # as at every unlock
    qtbot.waitUntil(lambda: not watch.running, timeout=30000)
    assert ctx.retention_due is not None
    assert len(loads) == 1                        # the RETENTION broadcast; the figure is no load
    assert whole == []                            # the tiles of RETENTION, not the whole
    assert area.deletion.title().startswith("Löschung fällig")
    assert str(ctx.retention_due) in area.deletion.title() or ctx.retention_due == 0
