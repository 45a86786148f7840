"""The main window's Tab order follows the layout: the top bar (Stoppuhr, Suche,
Sperren), then the list of areas on the left, then the area's content, and round to
the top bar again; Shift+Tab the other way."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from tests.support.main_windows import active_main_window
from tests.ui.a11y.tabwalk import walk


def _region(window, widget) -> str:
    if widget in (window.stopwatch_button, window.search_button, window.lock_button):
        return "top bar"
    if widget is window.sidebar:
        return "sidebar"
    return "content" if window.stack.isAncestorOf(widget) else type(widget).__name__


@pytest.mark.parametrize("area", ["overview", "persons", "settings"])
def test_tab_goes_top_bar_sidebar_content_and_round(ctx, qtbot, tmp_path, pupil, area):
    window = active_main_window(ctx, qtbot, tmp_path)
    window.resize(1366, 768)
    window.show_area(area)
    start = window.stopwatch_button
    forward = [start, *walk(window, start)]
    regions = [key for key, _ in itertools.groupby(_region(window, w) for w in forward)]
    assert regions == ["top bar", "sidebar", "content", "top bar"], regions
    backward = [start, *walk(window, start, key=Qt.Key_Backtab)]
    regions = [key for key, _ in itertools.groupby(_region(window, w) for w in backward)]
    assert regions == ["top bar", "content", "sidebar", "top bar"], regions
