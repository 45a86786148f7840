"""The one background runner (a ``QRunnable`` on the global thread pool, or on the quiet
maintenance lane).

Kept apart from ``ui.context`` so that the unlock window and the first-run wizard can
run key derivation off the GUI thread without importing the session service, the
storage layer or anything else the unlock window does not need yet.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..services.operations import Cancelled, Progress
from . import memory


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Hand a finished operation's result to its callback, unless the widget that asked
    for it is gone meanwhile (closed dialog, locked window): then the answer is dropped."""
    try:
        callback(value)
    except RuntimeError as err:
        if "already deleted" not in str(err):
            raise


class _TaskSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)        # the exception; turned into German on the GUI thread


CANCELLED = "Abgebrochen. Es wurde nichts halb gespeichert."


class _Task(QRunnable):
    """The one background runner: ``work(conn, progress)`` on a pool thread. ``connect``
    opens the worker's own connection (closed afterwards); without it ``conn`` is None
    (key derivation before a vault is open, work on the session itself)."""

    def __init__(self, work: Callable[[Any, Progress], Any],
                 connect: Callable[..., Any] | None = None, *, interruptible: bool = False):
        super().__init__()
        self.work: Callable[[Any, Progress], Any] | None = work
        self.connect = connect
        self.signals = _TaskSignals()
        self.progress = Progress(lambda pct, text: self._emit(self.signals.progress, pct, text))
        self.interruptible = interruptible
        self.setAutoDelete(False)
        # how it ended, set on the worker thread before its connection is closed (so a
        # lock that waited for the connection knows): None while it runs
        self.ended_ok: bool | None = None

    @staticmethod
    def _emit(signal, *values) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the application is closing: nobody listens any more
            pass

    def run(self) -> None:
        # ``work`` may be a closure over a typed passphrase or emergency key: drop it as
        # soon as it ran, and clear the locals of a failed call's frames (the traceback
        # keeps them), so that no reference to a secret outlives the attempt.
        work, self.work = self.work, None
        if work is None:
            raise RuntimeError("a task runs once")
        conn = None
        try:
            if self.progress.cancelled:  # cancelled while it waited: it never starts
                raise Cancelled()
            if self.connect is not None:
                conn = (self.connect(lambda: self.progress.cancelled) if self.interruptible
                        else self.connect())
            ended = (self.signals.finished, work(conn, self.progress))
            self.ended_ok = True
        except BaseException as err:  # reported to the GUI thread, shown in German there
            traceback.clear_frames(err.__traceback__)
            if self.interruptible and self.progress.cancelled and not isinstance(err, Cancelled):
                err = Cancelled()  # its statement was stopped: the cancel, no error
            self.ended_ok = False
            ended = (self.signals.failed, err)
        del work
        # closed before the GUI thread gets the result or the error: either may hold a
        # cursor of it, which the GUI thread would free while this one closes it
        # (``storage.connection.GuardedConnection``)
        if conn is not None:
            try:
                conn.close()
            except Exception as err:  # noqa: BLE001 - reported like the work's own error
                self.ended_ok = False
                ended = (self.signals.failed, err)
        signal, value = ended
        del ended
        self._emit(signal, value)
        del value  # an error's traceback holds this frame: no cycle through its locals


_running: set[_Task] = set()  # keeps running tasks (and their signal objects) alive
_maintenance: QThreadPool | None = None


def maintenance_pool() -> QThreadPool:
    """The quiet lane: the unlock's own upkeep (page check, "Tresor prüfen", daily backup,
    deletion check) runs here one task after the other, never side by side. Run together
    on the global pool, each held its working set (page caches, sort buffers, a thread's
    malloc arena) at the same moment, and the GUI's peak memory was their sum (about 30 MB on the 10-year vault); what the worker asked for keeps the global pool."""
    global _maintenance
    if _maintenance is None:
        _maintenance = QThreadPool()
        _maintenance.setMaxThreadCount(1)
        _maintenance.setExpiryTimeout(5000)
    return _maintenance


def wait_for_all(msecs: int = -1) -> bool:
    """Wait until no task runs on either pool (before the key is wiped at exit)."""
    done = QThreadPool.globalInstance().waitForDone(msecs)
    return (_maintenance is None or _maintenance.waitForDone(msecs)) and done


_pools_started = False


def _first_task() -> None:
    """Before the first worker thread exists: the workers share the GUI thread's malloc
    arena (``ui.memory.share_one_arena``)."""
    global _pools_started
    _pools_started = True
    memory.share_one_arena()


def start_task(work: Callable[[Any, Progress], Any], *,
               connect: Callable[[], Any] | None = None,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, str], None] | None = None,
               maintenance: bool = False, interruptible: bool = False) -> _Task:
    """Start ``work(conn, progress)`` on the thread pool (``maintenance``: on the quiet
    lane, after the upkeep tasks started before it); the callbacks run on the GUI thread
    (queued signals). A task cancelled before it started never runs; ``interruptible``
    (a load that writes nothing): a cancel also stops its running statement
    (``connect`` then receives the task's stop check)."""
    if not _pools_started:
        _first_task()
    task = _Task(work, connect, interruptible=interruptible)
    _running.add(task)
    if on_progress:
        task.signals.progress.connect(on_progress)

    task.signals.finished.connect(_ending(task, on_done))
    task.signals.failed.connect(_ending(task, on_error))
    (maintenance_pool() if maintenance else QThreadPool.globalInstance()).start(task)
    return task


def _ending(task: _Task, callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
    """What runs on the GUI thread when ``task`` ends (its result or its error): forget
    the task, hand the value to ``callback``. What the task freed (its connection's page
    cache, its rows) and what the callback replaced (an area's previous model) goes back
    to the system when the callback has run, not when the last task ends: the unlock's
    upkeep and the areas' loads overlap for many seconds."""
    def ended(value: Any) -> None:
        _running.discard(task)
        try:
            if callback:
                _deliver(callback, value)
        finally:
            _let_go(task)
            memory.return_free_memory()
    return ended


def _let_go(task: _Task) -> None:
    """The ended task's signals drop their callbacks. Qt holds a connection's callable,
    out of sight of Python's collector, and the callable holds the task: the cycle was
    never freed, and with it whatever the callback named (a view she has left)."""
    task.signals.finished.disconnect()
    task.signals.failed.disconnect()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> _Task:
    """Call ``fn()`` off the GUI thread before any session exists (unlock, wizard)."""
    return start_task(lambda _conn, _progress: fn(), on_done=on_done, on_error=on_error)
