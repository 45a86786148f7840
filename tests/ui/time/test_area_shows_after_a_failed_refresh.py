"""Arbeitszeit fills what is out of date before it shows (``TimeArea.setVisible``): a
refresh that fails there (a vault error while the years are read) is reported as any
error is, and the area still shows — before, the base class was never called and she was
left on an empty page (reviewer R, session 22)."""

from __future__ import annotations

from ssa_desktop.ui.time.area import TimeArea
from tests.support.main_windows import shown_main_window


def test_the_area_shows_when_its_refresh_fails(ctx, qtbot, tmp_path, monkeypatch):
    window = shown_main_window(ctx, qtbot, tmp_path)

    def refresh_fails(self) -> None:
        raise RuntimeError("the vault could not be read")

    monkeypatch.setattr(TimeArea, "_refresh_if_stale", refresh_fails)
    with qtbot.capture_exceptions() as errors:
        area = window.show_area("time")
    assert area.isVisible()
    assert window.findChild(TimeArea) is area
    assert errors, "the failure is reported, not swallowed"
