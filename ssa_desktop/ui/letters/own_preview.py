"""Her own template's preview off the GUI thread: the letter dialog's child, shared.

Typing in the letter's text fields with her DOCX or PDF form chosen filled the template
in the child on the GUI thread (two round trips, 25–84 ms each keystroke). The dialog
coalesces the keystrokes (``PREVIEW_DELAY_MS`` after the last one) and runs the round
trips on the runner's pool (``ui.background.start_task``, no connection: the
values are read from the vault on the GUI thread first) in its one child, which is a
``SharedChild``: one request at a time, whichever thread asks (the GUI thread's own
requests, rare while she types, wait for a running preview instead of crossing its pipe).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from ...services.letter_child import Job, LetterChild

PREVIEW_DELAY_MS = 250   # after her last keystroke: one preview for a typed name

T = TypeVar("T")


class SharedChild(LetterChild):
    """A ``LetterChild`` the GUI thread and the preview's worker share, one request at a
    time; ``close()`` never waits for a request that runs: the child ends after it."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.RLock()
        self._end_after = False

    def render(self, jobs: Sequence[Job]) -> list[list[str]]:
        with self._lock:
            return super().render(jobs)

    def own(self, *args, **kwargs) -> dict:
        with self._lock:
            return super().own(*args, **kwargs)

    def run(self, work: Callable[[LetterChild], T]) -> T:
        """``work(self)`` on the caller's (a worker's) thread, its requests together."""
        try:
            with self._lock:
                return work(self)
        finally:
            if self._end_after:
                self.close()

    def close(self) -> None:
        # whoever holds the lock last ends the child: the closing thread when no request
        # runs, else the worker once its request is answered (``run``)
        self._end_after = True
        if self._lock.acquire(blocking=False):
            try:
                self._end_after = False
                super().close()
            finally:
                self._lock.release()
