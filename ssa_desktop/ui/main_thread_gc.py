"""Garbage collection only on the GUI thread (the approach of Anki's ``aqt``).

Python's cyclic garbage collector runs on whichever thread happens to allocate. When
that is a worker of ``AppContext.perform(background=True)`` (time shares, statistics,
PDF batches), it may finalise Qt wrappers (pixmaps, icons, widgets of a closed view)
off the GUI thread, and Qt crashes (seen: segmentation fault while the time-share
worker allocated). So automatic collection is switched off and the GUI thread
collects on a timer instead: the young generations every two seconds (about a
millisecond), all of them every thirty seconds and at every lock (``AppContext.lock``).
A full collection walks every object of the application (60–70 ms with all areas
built); every two seconds it stalled the window and fell into the unlock's first
paint.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2_000
FULL_EVERY = 15          # ticks: every 30 s all generations


class MainThreadCollector(QObject):
    """Disable automatic GC; collect every ``INTERVAL_MS`` on the GUI thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        gc.disable()
        self.ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        self.ticks += 1
        gc.collect(2 if self.ticks % FULL_EVERY == 0 else 1)


def freeze_start() -> None:
    """Move every object made so far out of the collector's sight (``gc.freeze``): the
    start's modules, classes and PySide's classes and enums, which live as long as the
    program. No collection walks them again: neither the full one every 30 s nor the last
    one at exit (8 ms of CPU with the unlock window). Called right before the first
    window is built, so that its objects stay collectable; the few cycles the imports
    left as garbage stay with them."""
    gc.freeze()


def install(app: QObject) -> MainThreadCollector:
    """Install once per application (idempotent). Found again through an attribute, not
    ``findChild``: that hands each child of the application to Python, the style among
    them, and PySide builds the style's enums before the first frame."""
    existing = getattr(app, "_main_thread_collector", None)
    if existing is None:
        existing = MainThreadCollector(app)
        setattr(app, "_main_thread_collector", existing)  # noqa: B010 - a Qt object's new attribute
    return existing
