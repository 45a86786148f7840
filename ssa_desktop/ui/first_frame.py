"""Work that waits for a window's first frame (the start's first window): the one-window
listener and the focus frame start right after it is painted, so that it appears as fast
as a bare Qt window allows (``benchmarks/bench_release.py``: cold start)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# How often a window that watches its own exposure looks (ms): a timer's tick costs a few
# microseconds, and the first frame is painted while the window is being exposed. After
# FAST_TICKS (0.2 s, longer than a first frame takes) ten times a second: a window started
# minimized is exposed only when she restores it.
EXPOSURE_TICK_MS = 2
FAST_TICKS = 100
SLOW_TICK_MS = 100


class _FirstPaint(QObject):
    """Calls each of ``then`` once, from the event loop, after the watched widget's first
    paint."""

    def __init__(self, widget):
        super().__init__(widget)
        self.then: list[Callable[[], None]] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt
        from PySide6.QtCore import QEvent  # built with the first event handed over anyway

        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            for then in self.then:
                QTimer.singleShot(0, then)
            self.then = []
        return False


def after_first_frame(widget, then: Callable[[], None]) -> None:
    """Run ``then`` once right after ``widget``'s first frame (at once if it has been
    painted already: it is visible). A window with ``WATCHES_EXPOSURE`` is watched by a
    timer until Qt reports it exposed (its first frame is painted while it is exposed):
    no Python event filter and no Python event handler runs before that frame, so PySide
    builds no event class (``QEvent`` with its 180-member ``Type``: 1.1 ms of the cold
    start; a filter also built five event classes of its own)."""
    if widget.isVisible():
        QTimer.singleShot(0, then)
        return
    if getattr(widget, "WATCHES_EXPOSURE", False):
        _ExposureWatch.of(widget).then.append(then)
        return
    watcher = widget.findChild(_FirstPaint, "ssa_first_paint")
    if watcher is None:
        watcher = _FirstPaint(widget)
        watcher.setObjectName("ssa_first_paint")
        widget.installEventFilter(watcher)
    watcher.then.append(then)


class _ExposureWatch(QTimer):
    """Looks every ``EXPOSURE_TICK_MS`` (later ``SLOW_TICK_MS``) whether its window is
    exposed (and so painted), then calls each of ``then`` once, from the event loop, and
    stops."""

    def __init__(self, widget):
        super().__init__(widget)
        self.setObjectName("ssa_exposure_watch")
        self.setInterval(EXPOSURE_TICK_MS)
        self.widget = widget
        self.then: list[Callable[[], None]] = []
        self.ticks = 0
        self.timeout.connect(self._look)

    @classmethod
    def of(cls, widget) -> _ExposureWatch:
        watch = widget.findChild(QTimer, "ssa_exposure_watch")
        if watch is None:
            watch = cls(widget)
            watch.start()
        return watch

    def _look(self) -> None:
        handle = self.widget.windowHandle()
        if not (self.widget.isVisible() and handle is not None and handle.isExposed()):
            self.ticks += 1
            if self.ticks == FAST_TICKS:
                self.setInterval(SLOW_TICK_MS)
            return
        self.stop()
        then, self.then = self.then, []
        for each in then:
            QTimer.singleShot(0, each)
