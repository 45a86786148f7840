"""The Arbeitszeit area as both test modules open it."""

from __future__ import annotations

from ssa_desktop.ui.time.area import TimeArea


def open_area(ctx, qtbot) -> TimeArea:
    area = TimeArea(ctx)
    qtbot.addWidget(area)
    area.resize(1166, 678)
    area.show()
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    return area
