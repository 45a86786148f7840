"""``ui.first_frame``: work that waits for a window's first frame. A window with
``WATCHES_EXPOSURE`` is watched by a timer until it is exposed (its first frame painted)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ssa_desktop.ui import first_frame


class Watched(QDialog):
    WATCHES_EXPOSURE = True


def test_the_followers_run_once_after_the_window_is_exposed(qtbot):
    window = Watched()
    qtbot.addWidget(window)
    ran: list[str] = []
    first_frame.after_first_frame(window, lambda: ran.append("first"))
    first_frame.after_first_frame(window, lambda: ran.append("second"))
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: ran == ["first", "second"], timeout=30_000)
    first_frame.after_first_frame(window, lambda: ran.append("late"))  # painted already
    qtbot.waitUntil(lambda: ran[-1] == "late", timeout=30_000)
    assert ran == ["first", "second", "late"]


def test_a_window_never_exposed_is_not_watched_at_full_speed_for_ever(qtbot):
    """A window started minimized is not exposed until she restores it: after the first
    frame's usual time the watch looks ten times a second, not five hundred."""
    window = Watched()
    qtbot.addWidget(window)
    first_frame.after_first_frame(window, lambda: None)
    watch = window.findChild(first_frame._ExposureWatch, "ssa_exposure_watch")
    assert watch.interval() == first_frame.EXPOSURE_TICK_MS
    for _ in range(first_frame.FAST_TICKS):
        watch._look()  # hidden: not exposed
    assert watch.isActive() and watch.interval() == first_frame.SLOW_TICK_MS
