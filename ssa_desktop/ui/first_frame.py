"""Work that waits for a window's first frame (the start's first window): the one-window
listener and the focus frame start right after it is painted, so that it appears as fast
as a bare Qt window allows (``benchmarks/bench_release.py``: cold start)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    """Calls each of ``then`` once, from the event loop, after the watched widget's first
    paint."""

    def __init__(self, widget):
        super().__init__(widget)
        self.then: list[Callable[[], None]] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Paint:
            watched.removeEventFilter(self)
            for then in self.then:
                QTimer.singleShot(0, then)
            self.then = []
        return False


def after_first_frame(widget, then: Callable[[], None]) -> None:
    """Run ``then`` once right after ``widget``'s first frame (at once if it has been
    painted already: it is visible). A window that reports its own paint (``REPORTS_PAINT``
    and ``painted`` in its ``paintEvent``) needs no event filter: a Python filter sees every
    event before the first paint, and PySide builds a Python class for each kind of event
    it hands over (five event classes and their enums, about 0.5 ms of the cold start)."""
    if widget.isVisible():
        QTimer.singleShot(0, then)
        return
    if getattr(widget, "REPORTS_PAINT", False):
        if getattr(widget, "_first_frame_waiting", None) is None:
            widget._first_frame_waiting = []
        widget._first_frame_waiting.append(then)
        return
    watcher = widget.findChild(_FirstPaint, "ssa_first_paint")
    if watcher is None:
        watcher = _FirstPaint(widget)
        watcher.setObjectName("ssa_first_paint")
        widget.installEventFilter(watcher)
    watcher.then.append(then)


def painted(widget) -> None:
    """Called from the ``paintEvent`` of a window with ``REPORTS_PAINT``: whatever waits
    for its first frame runs next, from the event loop."""
    waiting = getattr(widget, "_first_frame_waiting", None)
    if waiting:
        widget._first_frame_waiting = []
        for then in waiting:
            QTimer.singleShot(0, then)
