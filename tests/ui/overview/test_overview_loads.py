"""The Übersicht loads once for the deletion check at an unlock: the check's own write
(the deletion log's expiry, RETENTION) and its figures (``retention_counted``) arrive
together, and the figures only change the tile "Löschung fällig" (no second load)."""

from __future__ import annotations

from ssa_desktop.ui.overview import area as overview_area
from ssa_desktop.ui.overview.area import OverviewArea
from ssa_desktop.ui.privacy.area import RetentionWatch


def test_the_deletion_check_at_unlock_loads_the_overview_once(ctx, qtbot, monkeypatch):
    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()                                   # the first load: she sees the Übersicht
    loads: list[int] = []
    real = overview_area.build_overview
    monkeypatch.setattr(overview_area, "build_overview",
                        lambda *a, **k: loads.append(1) or real(*a, **k))
    watch = RetentionWatch(ctx)
    with qtbot.waitSignal(ctx.retention_counted, timeout=30000):
        watch.check()                             # as at every unlock
    qtbot.waitUntil(lambda: not watch.running, timeout=30000)
    assert ctx.retention_due is not None
    assert len(loads) == 1                        # the RETENTION broadcast; the figure is no load
    assert area.deletion.title().startswith("Löschung fällig")
    assert str(ctx.retention_due) in area.deletion.title() or ctx.retention_due == 0
