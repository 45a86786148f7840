"""Run one blocking call (key derivation, vault creation) off the GUI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)   # the exception object


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        # ``fn`` is a closure over the typed passphrase or emergency key: drop it as soon as
        # it ran, and clear the locals of the failed call's frames (the traceback keeps
        # them), so that no reference to a secret outlives the attempt (issue 7).
        fn, self.fn = self.fn, None
        try:
            result = fn()
        except BaseException as err:  # reported to the GUI thread, shown in German there
            del fn
            traceback.clear_frames(err.__traceback__)
            self.signals.failed.emit(err)
            return
        del fn
        self.signals.finished.emit(result)


_running: set[_Job] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> _Job:
    """Call ``fn()`` on a pool thread; ``on_done``/``on_error`` run on the GUI thread."""
    job = _Job(fn)
    _running.add(job)

    def done(result: Any) -> None:
        _running.discard(job)
        on_done(result)

    def failed(err: BaseException) -> None:
        _running.discard(job)
        on_error(err)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job
