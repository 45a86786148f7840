"""The one background runner (a ``QRunnable`` on the global thread pool, or on the quiet
maintenance lane).

Kept apart from ``ui.context`` so that the unlock window and the first-run wizard can
run key derivation off the GUI thread without importing the session service, the
storage layer or anything else the unlock window does not need yet.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

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


class _Dispatcher(QObject):
    """The tasks' one voice on the GUI thread, made there once and never deleted.

    A worker emits only numbers and text: ``ended(task id)`` (the result or the error
    waits on the task) and ``progressed(task id, percent, text)``, both queued to slots
    of this object. Before, each task had its own signal object carrying the result as a
    Python object to a plain callable: when the worker thread dropped the task's last
    reference after the GUI thread had let go of it, that QObject of the GUI thread was
    deleted on the worker thread while Qt still handled its signals there, and test
    workers died of heap faults right after such a hand-over."""

    progressed = Signal(int, int, str)
    ended = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int, str)
    def _progressed(self, task_id: int, pct: int, text: str) -> None:
        running = _running.get(task_id)
        if running is not None and running.on_progress is not None:
            running.on_progress(pct, text)

    @Slot(int)
    def _ended(self, task_id: int) -> None:
        running = _running.pop(task_id, None)
        if running is not None:
            running.end()
            _tell_waiters()


_dispatcher: _Dispatcher | None = None


def _voice() -> _Dispatcher:
    """The dispatcher, made on the GUI thread by the first ``start_task``."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


CANCELLED = "Abgebrochen. Es wurde nichts halb gespeichert."


class _Task(QRunnable):
    """The one background runner: ``work(conn, progress)`` on a pool thread. ``connect``
    opens the worker's own connection (closed afterwards); without it ``conn`` is None
    (key derivation before a vault is open, work on the session itself)."""

    def __init__(self, work: Callable[[Any, Progress], Any],
                 connect: Callable[..., Any] | None = None, *, interruptible: bool = False,
                 writing: str = ""):
        super().__init__()
        # a file she asked for, by kind ("export", "pdf", "backup"): closing asks first
        self.writing = writing
        self.work: Callable[[Any, Progress], Any] | None = work
        self.connect = connect
        self.task_id = next(_ids)
        voice = _voice()
        self.progress = Progress(
            lambda pct, text: self._emit(voice.progressed, self.task_id, pct, text))
        self._ended = voice.ended
        self.interruptible = interruptible
        self.setAutoDelete(False)
        # how it ended, set on the worker thread before its connection is closed (so a
        # lock that waited for the connection knows): None while it runs
        self.ended_ok: bool | None = None
        # (ok, result or error): set on the worker thread, taken on the GUI thread
        self.outcome: tuple[bool, Any] | None = None
        # why it failed (the error or ``Cancelled``), kept once its answer was given
        self.failure: BaseException | None = None

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
            ended: tuple[bool, Any] = (True, work(conn, self.progress))
            self.ended_ok = True
        except BaseException as err:  # reported to the GUI thread, shown in German there
            traceback.clear_frames(err.__traceback__)
            if self.interruptible and self.progress.cancelled and not isinstance(err, Cancelled):
                err = Cancelled()  # its statement was stopped: the cancel, no error
            self.ended_ok = False
            ended = (False, err)
        del work
        # closed before the GUI thread gets the result or the error: either may hold a
        # cursor of it, which the GUI thread would free while this one closes it
        # (``storage.connection.GuardedConnection``)
        if conn is not None:
            try:
                conn.close()
            except Exception as err:  # noqa: BLE001 - reported like the work's own error
                self.ended_ok = False
                ended = (False, err)
        self.outcome = ended
        del ended  # an error's traceback holds this frame: no cycle through its locals
        self._emit(self._ended, self.task_id)


@dataclass(eq=False)
class _Running:
    """A started task and what the GUI thread does with its end."""

    task: _Task
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, str], None] | None

    def end(self) -> None:
        """On the GUI thread: hand the result to ``on_done`` or the error to
        ``on_error``. What the task freed (its connection's page cache, its rows) and
        what the callback replaced (an area's previous model) goes back to the system
        when the callback has run, not when the last task ends: the unlock's upkeep and
        the areas' loads overlap for many seconds."""
        outcome, self.task.outcome = self.task.outcome, None
        try:
            if outcome is not None:
                ok, value = outcome
                del outcome
                if not ok and self.task.writing:  # for a waiter (``after``): a file's
                    self.task.failure = value            # error (its frames cleared)
                callback = self.on_done if ok else self.on_error
                if callback:
                    _deliver(callback, value)
                del value
        finally:
            memory.return_free_memory()


_ids = itertools.count(1)
_running: dict[int, _Running] = {}  # by task id: keeps running tasks alive
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
               maintenance: bool = False, interruptible: bool = False,
               writing: str = "") -> _Task:
    """Start ``work(conn, progress)`` on the thread pool (``maintenance``: on the quiet
    lane, after the upkeep tasks started before it); the callbacks run on the GUI thread
    (queued signals). A task cancelled before it started never runs; ``interruptible``
    (a load that writes nothing): a cancel also stops its running statement
    (``connect`` then receives the task's stop check). ``writing``: the kind of file she
    asked for that the task writes (``running_writes``: quitting asks first)."""
    if not _pools_started:
        _first_task()
    task = _Task(work, connect, interruptible=interruptible, writing=writing)
    _running[task.task_id] = _Running(task, on_done, on_error, on_progress)
    (maintenance_pool() if maintenance else QThreadPool.globalInstance()).start(task)
    return task


def running_writes() -> list[_Task]:
    """The tasks still writing a file she asked for and not cancelled (an export, a PDF,
    a backup): Strg+Q, the main window's × and the dialog that started one ask first
    (``common.closing.may_stop_writing``)."""
    return [r.task for r in _running.values()
            if r.task.writing and not r.task.progress.cancelled]


_waiters: list[tuple[list[_Task], Callable[[list[_Task]], None]]] = []


def after(tasks: list[_Task], callback: Callable[[list[_Task]], None]) -> None:
    """Call ``callback(failed)`` on the GUI thread once every one of ``tasks`` has ended
    and its answer (``on_done``/``on_error``) was given; ``failed``: those that ended with
    an error or were cancelled (empty: every file is written whole)."""
    _waiters.append((list(tasks), callback))
    _tell_waiters()


def _tell_waiters() -> None:
    running = {id(r.task) for r in _running.values()}
    for waiter in list(_waiters):
        tasks, callback = waiter
        if any(id(task) in running for task in tasks):
            continue
        _waiters.remove(waiter)
        callback([task for task in tasks if task.failure is not None or not task.ended_ok])


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> _Task:
    """Call ``fn()`` off the GUI thread before any session exists (unlock, wizard)."""
    return start_task(lambda _conn, _progress: fn(), on_done=on_done, on_error=on_error)
