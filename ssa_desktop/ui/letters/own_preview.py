"""Her own template's preview off the GUI thread: the letter dialog's own child for it.

Typing in the letter's text fields with her DOCX or PDF form chosen fills the template
in the child (two round trips, 25–84 ms each keystroke before). The dialog coalesces
the keystrokes (``PREVIEW_DELAY_MS`` after the last one) and runs the round trips on the
runner's pool (``ui.background.run_in_background``: no connection; the values are read
from the vault on the GUI thread first) in this child, used by one worker at a time:
the dialog's other child stays the GUI thread's, so the two never share a pipe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from ...services.letter_child import LetterChild, LetterFailed

PREVIEW_DELAY_MS = 250   # after her last keystroke: one preview for a typed name

T = TypeVar("T")


class PreviewChild:
    """One ``LetterChild`` for the preview's worker; ``close()`` (GUI thread) never waits
    for a request that runs: the worker ends the child once its request is answered."""

    def __init__(self) -> None:
        self.child = LetterChild()
        self._lock = threading.Lock()
        self._closed = False

    @property
    def pid(self) -> int | None:
        return self.child.pid

    def run(self, work: Callable[[LetterChild], T]) -> T:
        """``work(child)`` on the caller's (a worker's) thread; ``LetterFailed`` once
        closed."""
        try:
            with self._lock:
                if self._closed:
                    raise LetterFailed()
                return work(self.child)
        finally:
            if self._closed:
                self._end()

    def close(self) -> None:
        self._closed = True
        self._end()

    def _end(self) -> None:
        # whoever holds the lock last ends the child: the worker after its request, or
        # the closing GUI thread when none runs
        if self._lock.acquire(blocking=False):
            try:
                self.child.close()
            finally:
                self._lock.release()
