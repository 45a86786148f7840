"""At 200 % on a 1280×720 laptop (640×360 logical) Tab walks every area and each control
it reaches is scrolled into sight: whole, or as much of it as the view holds, also inside a
pane that scrolls within the area; and no area has such a pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ssa_desktop.ui.areas import AREAS
from tests.support.main_windows import demo_main_window
from tests.ui.shell.test_fits_small_screen import _settle, shown_size

pytestmark = pytest.mark.usefixtures("frozen_clock")

SCREEN = (640, 360)  # 1280×720 at 200 %
MARGIN = 8  # FollowingScroll.show_whole's air before a control larger than the view
STEPS = 60  # Tab presses per area: every area's chain is shorter or leaves it before


@pytest.fixture
def window(qapp, qtbot, tmp_path):
    win = demo_main_window(qtbot, tmp_path, SCREEN)
    qtbot.waitExposed(win)
    # as on that screen: the minimum bounded by it (within_screen; the real scaled screen
    # is test_fits_scaled_screen.py's), then the window as large as the screen
    win.setMinimumSize(*SCREEN)
    win.resize(*SCREEN)
    QApplication.processEvents()
    assert (win.width(), win.height()) == SCREEN, (win.size(), win.minimumSizeHint())
    yield win
    win.ctx.lock()


def _view(widget: QWidget) -> tuple[int, int]:
    """The room the scrolling around ``widget`` gives: the smallest of its scroll areas'
    viewports and the window."""
    window = widget.window()
    width, height = window.width(), window.height()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            width = min(width, parent.viewport().width())
            height = min(height, parent.viewport().height())
        parent = parent.parentWidget()
    return width, height


def _out_of_sight(widget: QWidget) -> str:
    shown = shown_size(widget)
    room = _view(widget)
    # larger than the view: its start in sight, a margin before it (FollowingScroll)
    needed = tuple(size if size <= view else view - MARGIN
                   for size, view in ((widget.width(), room[0]), (widget.height(), room[1])))
    if shown[0] >= needed[0] and shown[1] >= needed[1]:
        return ""
    top_left = widget.mapTo(widget.window(), widget.rect().topLeft())
    return (f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r} "
            f"at {top_left.x()},{top_left.y()}: {shown} of {widget.width()}×{widget.height()}")


def _walk(window, key: str) -> list[str]:
    area = window.switch_area(key)
    _settle()
    missed, seen = [], []
    for _ in range(STEPS):
        focus = QApplication.focusWidget()
        if focus is None or not area.isAncestorOf(focus) or focus in seen:
            break
        seen.append(focus)
        _settle()
        if problem := _out_of_sight(focus):
            missed.append(problem)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    assert len(seen) > 1, f"{key}: Tab reached {seen}"
    return missed


def test_tab_brings_every_control_of_every_area_into_sight(window):
    missed = {key: problems for key in (spec.key for spec in AREAS)
              if (problems := _walk(window, key))}
    assert missed == {}, "\n".join(f"{k}: {v}" for k, v in missed.items())


def _nested(area: QWidget) -> list[str]:
    return [f"{type(s).__name__} {s.objectName()!r}" for s in area.findChildren(QScrollArea)
            if s.widget() is not None]


def test_no_area_scrolls_inside_the_window_scrolling(window):
    """The Übersicht had two nested horizontal scroll bars at 200 %: its tiles scroll
    with the area now. No area has a pane of its own that scrolls (every tab:
    test_no_nested_scroll.py)."""
    nested = {}
    for key in (spec.key for spec in AREAS):
        area = window.show_area(key)
        _settle()
        if found := _nested(area):
            nested[key] = found
    assert nested == {}
