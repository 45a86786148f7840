"""Her own template's preview off the GUI thread: the letter dialog's child, shared.

Typing in the letter's text fields with her DOCX or PDF form chosen filled the template
in the child on the GUI thread (two round trips, 25–84 ms each keystroke). The dialog
coalesces the keystrokes (``PREVIEW_DELAY_MS`` after the last one) and runs the round
trips on the runner's pool (``ui.background.start_task``, no connection: the
values are read from the vault on the GUI thread first) in its one child, which is a
``SharedChild``: one request at a time, whichever thread asks (the GUI thread's own
requests, rare while she types, wait for a running preview instead of crossing its pipe).
``LatestPreview`` is the coalescing both letter dialogs share (the serial letter's preview
of a member with her kept template made one letter on the GUI thread, 25–55 ms a member).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer

from ...domain.errors import UserError
from ...services.letter_child import Job, LetterChild, LetterFailed
from ..background import start_task
from ..common.messages import user_message

PREVIEW_DELAY_MS = 250   # after her last keystroke: one preview for a typed name

T = TypeVar("T")


class SharedChild(LetterChild):
    """A ``LetterChild`` the GUI thread and the preview's worker share, one request at a
    time; ``close()`` never waits for a request that runs: the child ends after it."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.RLock()
        self._end_after = False
        self._ended = False   # its dialog closed (``end``): no request starts a child

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
                if self._ended:   # a task that waited in the queue until she closed
                    raise LetterFailed()
                return work(self)
        finally:
            if self._end_after:
                self.close()

    def end(self) -> None:
        """Its dialog closed: the child ends (after a running request) and a worker's
        ``run`` that begins later starts none (it fails instead; its answer is dropped)."""
        self._ended = True
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


class LatestPreview:
    """The preview of her latest choices, made in ``child`` on the runner's pool: one
    request at a time; each change counts (``changed``), an answer for older choices is
    dropped and asked anew; nothing once ``end()`` ran (the dialog closed).

    ``prepare()`` runs on the GUI thread (the vault's reads) and returns the work the
    worker does with the child; a ``UserError`` it raises is shown at once. ``show(answer,
    problem)`` shows an answer (``None`` and why not) and must call ``mark_shown``, as the
    dialog's own synchronous previews do."""

    def __init__(self, owner: QObject, child: SharedChild,
                 prepare: Callable[[], Callable[[LetterChild], Any]],
                 show: Callable[[Any, str], None]) -> None:
        self.child, self._prepare, self._show = child, prepare, show
        self.timer = QTimer(owner)   # typing: one preview once she pauses
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.ask)
        self.generation = self.shown = 0
        self.busy = self.ended = False

    @property
    def pending(self) -> bool:
        """The preview shown is not yet of her latest choices."""
        return self.shown != self.generation

    def changed(self, *, wait: bool = False) -> None:
        """She changed a choice; ``wait``: a keystroke (asked once she pauses), else the
        owner asks now (``ask``) or shows a preview it made itself."""
        self.generation += 1
        if wait:
            self.timer.start()   # restarted by each keystroke
        else:
            self.timer.stop()

    def mark_shown(self) -> None:
        """The preview shown is of her latest choices (a due one is not asked)."""
        self.timer.stop()
        self.shown = self.generation

    def ask(self) -> None:
        """The latest choices' preview, unless one runs (asked again when it ends)."""
        if self.busy or self.ended or not self.pending:
            return
        generation = self.generation
        try:
            work = self._prepare()
        except UserError as err:
            self._show(None, str(err))
            return
        self.busy = True
        start_task(   # no connection: the worker only talks to the child
            lambda _conn, _progress: self.child.run(work),
            on_done=lambda answer: self._answered(generation, answer, ""),
            on_error=lambda err: self._answered(generation, None, user_message(err)))

    def _answered(self, generation: int, answer: Any, problem: str) -> None:
        self.busy = False
        if self.ended:
            return
        if generation != self.generation:
            if not self.timer.isActive():
                self.ask()
            return
        if self.shown == generation:
            return   # made meanwhile on the GUI thread (a save, print or keep): it stays
        self._show(answer, problem)

    def end(self) -> None:
        """The dialog closed: nothing is asked any more, a running answer is dropped and
        the child ends (after that answer: ``SharedChild.end``)."""
        self.ended = True
        self.timer.stop()
        self.child.end()
