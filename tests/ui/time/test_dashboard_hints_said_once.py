"""The Auswertung's hints („… kein Stellenumfang eingetragen …“) are a message line heard
when they change; the area is taken apart when she leaves it and built again when she
comes back, and the same hints are not read out to her again on every return."""

from __future__ import annotations

import weakref

import pytest

from ssa_desktop.ui.common import announce as announce_module
from tests.support.main_windows import active_main_window
from tests.ui.shell.test_area_places import switch, taken_apart

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_unchanged_hints_are_not_said_again_when_she_comes_back(ctx, qtbot, tmp_path,
                                                                monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(announce_module, "announce",
                        lambda _widget, text: said.append(text) if text else None)
    window = active_main_window(ctx, qtbot, tmp_path)
    area = switch(window, qtbot, "time")
    left = weakref.ref(area)
    qtbot.waitUntil(lambda: left().report is not None, timeout=60000)
    hints = area.dashboard.problems.text()
    assert "kein Stellenumfang" in hints
    assert said.count(hints) == 1  # heard when they first appear
    del area

    switch(window, qtbot, "persons")
    taken_apart(qtbot, left, window)
    again = switch(window, qtbot, "time")
    qtbot.waitUntil(lambda: again.report is not None, timeout=60000)
    assert again.dashboard.problems.text() == hints and again.dashboard.problems.isVisible()
    assert said.count(hints) == 1, said
