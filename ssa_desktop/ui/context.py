"""The application context shared by every view (the Anki ``operations`` idea).

Views never open connections or threads themselves: they read through ``ctx.conn`` on
the GUI thread for quick queries (through a service), write through ``ctx.apply`` (a
short use case on the GUI thread) and hand long work to ``ctx.perform(background=True)``
which executes it on a worker thread with its *own* connection and reports progress.
Every write broadcasts the typed ``Changes`` the use case declared (``@writes``) on
``changes``; views refresh only when a kind they show is in it.
On lock every view receives ``locked`` and must drop all data it shows; just before,
while the key is still there, ``about_to_lock`` lets open editors commit (a cell of the
Wochenraster typed into and not yet left is saved, not lost).

Critical operations (a new emergency key, a passphrase change) must not be cut off by
a lock: between ``begin_critical()`` and ``end_critical()`` (or inside ``critical()``)
``lock()`` only records the request and the lock happens as soon as the last critical
operation ends. An *exclusive* critical operation also keeps the GUI thread off the
session's connection (``conn`` raises ``VaultLocked``) because a worker is using it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ..domain import clock
from ..services import operations
from ..services.operations import Cancelled, Changes, Outcome, Progress
from ..services.session import OpenVault, VaultLocked
from .background import CANCELLED, _deliver, _Task, run_in_background, start_task
from .common.announce import quietly
from .common.messages import user_message
from .common.stopped_at_lock import stopped_note
from .i18n import translator

if TYPE_CHECKING:
    from .settings_store import SettingsStore

tr = translator("AppContext")


class IdleLock(Protocol):
    """What the settings area changes live on the idle lock (``common.autolock.AutoLock``,
    which imports this module)."""

    def set_idle_minutes(self, minutes: float) -> None: ...

    def set_lock_on_power_events(self, on: bool) -> None: ...

__all__ = ["CANCELLED", "AppContext", "failure_message", "run_in_background",
           "start_task"]


@dataclass(eq=False)
class _Running:
    """A background task of this session: what to tell her when a lock stops it."""

    task: _Task
    note: str | None           # e.g. "Die Sicherung wurde beim Sperren abgebrochen …"
    stopped: bool = False      # a lock told it to stop


def failure_message(err: BaseException) -> str:
    """One German sentence for a failed operation (unexpected errors are logged by type
    and frames only, never their message)."""
    if isinstance(err, Cancelled):
        return CANCELLED
    return user_message(err)


def _ending_message(entry: list[_Running], err: BaseException, note: str | None) -> str:
    """What a failed background task says: its note (or ``CANCELLED``) when a lock
    stopped it — the error is then only the stop (an interrupted statement, a refused
    connection) — else the German sentence for the error."""
    if entry and entry[0].stopped:
        return note or CANCELLED
    return failure_message(err)


def _stop_note(note: str | None, writing: str) -> str | None:
    """What a lock stopping the task says: its own note, else its kind's sentence."""
    return note if note is not None or not writing else stopped_note(writing)


DAY_CHECK_MS = 60_000


def _required(session: OpenVault | None) -> OpenVault:
    """The open session, or the refusal a locked vault gives."""
    if session is None:
        raise VaultLocked()
    return session


class AppContext(QObject):
    """Session state and the change-notification hub."""

    unlocked = Signal()
    locked = Signal()
    about_to_lock = Signal()       # the key is still there: open editors commit now
    changes = Signal(object)       # services.operations.Changes written by an operation
    navigate = Signal(str, str)    # area key, record id ("" for the area itself)
    status_message = Signal(str)
    vault_damaged = Signal(str)    # the deferred page check failed: locked, file unchanged
    retention_counted = Signal()   # new figures in retention_due (not a data change)
    day_changed = Signal()         # midnight passed while unlocked (not a data change)
    stopped_at_lock = Signal(str)  # after a lock: what it stopped, in German (lock screen)

    def __init__(self, vault_folder: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.vault_folder = vault_folder
        self.session: OpenVault | None = None
        # the GUI's device settings and idle lock (app.run_gui; the settings area reads them)
        self.settings: SettingsStore | None = None
        self.autolock: IdleLock | None = None
        self.show_names = False  # "Namen anzeigen": real names only when asked, per session
        # "Löschung fällig (n)" from the retention check at unlock (ui/privacy/area.py
        # RetentionWatch); None until it has run in this session.
        self.retention_due: int | None = None
        self.retention_reviews: int | None = None   # the review rows listed with them
        self.pool = QThreadPool.globalInstance()
        self._critical = 0
        self.locking = False       # True while about_to_lock runs (open editors commit)
        self._exclusive = 0
        self._pending_lock = False
        # the Progress of running critical operations that may stop half way
        # (``perform(cancellable=True)``); a sleep cancels them (``lock_before_sleep``)
        self._cancellable: list[Progress] = []
        # background tasks on worker connections of this session; a lock stops them
        self._background: list[_Running] = []
        # what the last lock stopped, in German (the lock screen shows it)
        self.lock_notes: list[str] = []
        # the day the views show: checked each minute while unlocked (a timer set for
        # midnight would fire late after the laptop slept)
        self.day = clock.today()
        self.day_check = QTimer(self)
        self.day_check.setInterval(DAY_CHECK_MS)
        self.day_check.timeout.connect(self._check_day)
        # the unlock's deferred page check: started at the next turn of the event loop,
        # or by the main window after its first frame (``page_check_after_first_frame``)
        self._page_check_due: OpenVault | None = None
        self._page_check_soon = QTimer(self)
        self._page_check_soon.setSingleShot(True)
        self._page_check_soon.setInterval(0)
        self._page_check_soon.timeout.connect(self.start_page_check)

    # -- session ---------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.session is not None and self.session.is_open

    @property
    def conn(self):
        if not self.is_unlocked or self._exclusive:
            raise VaultLocked()
        return self.open_session().conn

    def open_session(self) -> OpenVault:
        """The session of a caller that checked it is unlocked (``conn`` or ``is_unlocked``)."""
        return _required(self.session)

    # -- critical operations -----------------------------------------------------------
    @property
    def is_critical(self) -> bool:
        return self._critical > 0

    @property
    def lock_pending(self) -> bool:
        return self._pending_lock

    def begin_critical(self, *, exclusive: bool = False) -> None:
        """Defer ``lock()`` until the matching ``end_critical()``. ``exclusive``: a worker
        uses the session's own connection, so ``conn`` refuses (VaultLocked) meanwhile."""
        self._critical += 1
        if exclusive:
            self._exclusive += 1

    def end_critical(self, *, exclusive: bool = False) -> None:
        """End a critical operation; a lock requested meanwhile happens now."""
        if exclusive and self._exclusive > 0:
            self._exclusive -= 1
        if self._critical > 0:
            self._critical -= 1
        if self._critical == 0 and self._pending_lock:
            self._pending_lock = False
            self.lock()

    @contextlib.contextmanager
    def critical(self, *, exclusive: bool = False) -> Iterator[None]:
        self.begin_critical(exclusive=exclusive)
        try:
            yield
        finally:
            self.end_critical(exclusive=exclusive)

    def lock_before_sleep(self) -> None:
        """The machine is going to sleep: lock now. A running critical operation that may
        stop (``perform(cancellable=True)``) is cancelled, so the lock follows at its next
        step; one that may not (a re-key, a restore, a passphrase change: cut off half
        way they would lose the new key) finishes first and the lock follows then."""
        for progress in list(self._cancellable):
            progress.cancel()
        self.lock()

    def set_session(self, session: OpenVault) -> None:
        self.session = session
        self.lock_notes = []
        self.vault_folder = session.vault.folder
        self.show_names = False
        self.day = clock.today()
        self.day_check.start()
        if session.integrity_pending:
            self._page_check_due = session
            self._page_check_soon.start()
        self.unlocked.emit()

    def page_check_after_first_frame(self) -> None:
        """The main window starts the deferred page check itself once its first frame is
        painted (``start_page_check``): running beside the window's making, its worker
        took the CPU her first screen waited for."""
        self._page_check_soon.stop()

    def start_page_check(self) -> None:
        """Start the deferred page check of this session's unlock, once; a write starts it
        too (writes wait for it)."""
        self._page_check_soon.stop()
        session, self._page_check_due = self._page_check_due, None
        if session is not None and session is self.session and session.is_open:
            self._verify_integrity(session)

    def _check_day(self) -> None:
        """``day_changed`` once midnight has passed (the Übersicht's tiles, what became
        due for deletion follow it)."""
        today = clock.today()
        if self.is_unlocked and today != self.day:
            self.day = today
            self.day_changed.emit()

    def _verify_integrity(self, session: OpenVault) -> None:
        """The full page check deferred by the GUI's unlock runs on the quiet lane after
        the main window's first frame; writes wait for it (``apply``/``perform``). A damaged file locks the vault
        at once, unchanged, with the same message the unlock would have given."""
        from ..services.session import verify_integrity

        def passed(_value: Any) -> None:
            if self.session is session and session.is_open:
                session.wait_writable()  # lifts the read-only state on the GUI thread

        def damaged(err: BaseException) -> None:
            if self.session is not session:
                return
            self.lock(force=True)
            self.vault_damaged.emit(failure_message(err))

        start_task(lambda _conn, _progress: verify_integrity(session), on_done=passed,
                   on_error=damaged, maintenance=True)

    def lock(self, *, force: bool = False) -> None:
        """Lock now, or as soon as a running critical operation ends. ``force`` (only at
        exit, after the workers have finished) locks regardless."""
        if self.session is None:
            return
        if self._critical and not force:
            self._pending_lock = True
            self.status_message.emit(tr("Wird gesperrt, sobald die laufende Aktion fertig ist …"))
            return
        self._critical = self._exclusive = 0
        self._pending_lock = False
        self.locking = True        # what saves now is saved by the lock, not by her key
        try:
            self.about_to_lock.emit()  # a cell still being edited saves while it can
        finally:
            self.locking = False
        running, self._background = self._stop_background(), []
        session, self.session = self.session, None
        self.show_names = False
        self.retention_due = None
        self.retention_reviews = None
        self.day_check.stop()
        self._page_check_soon.stop()
        self._page_check_due = None
        # views clear themselves before the key is gone, hidden and with no event sent: a
        # reader hears only the unlock window, and its „gesperrt“ is not pruned from a flood
        quietly(self.locked.emit)
        session.lock()  # waits for the stopped workers: none holds a connection or key after
        self.lock_notes = [r.note for r in running if r.note and not r.task.ended_ok]
        if self.lock_notes:
            self.stopped_at_lock.emit("\n".join(dict.fromkeys(self.lock_notes)))
        # what the views let go is freed now, cycles too: the timer's full collection
        # comes only every 30 s (ui.main_thread_gc)
        gc.collect()

    def _stop_background(self) -> list[_Running]:
        """Tell every background task of the session to stop (its ``Progress`` raises
        ``Cancelled`` at its next step, its SQL stops at the session's ``stop_workers``).
        A task that ends because of it reports its note (or ``CANCELLED``), not an error."""
        running = list(self._background)
        for entry in running:
            entry.stopped = True
            entry.task.progress.cancel()
        return running

    def set_retention_counts(self, due: int, reviews: int) -> None:
        """The retention check's figures ("Löschung fällig (n)"); the views showing them
        hear ``retention_counted``. Figures, not data: nothing was written."""
        self.retention_due, self.retention_reviews = due, reviews
        self.retention_counted.emit()

    # -- changes ---------------------------------------------------------------------
    def open_record(self, area: str, record_id: str = "") -> None:
        self.navigate.emit(area, record_id)

    def broadcast(self, changes: Changes) -> None:
        """Tell every view what an operation wrote (views refresh only on their kinds)."""
        if changes:
            self.changes.emit(changes)

    # -- operations --------------------------------------------------------------------
    def apply(self, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a short use case ``use_case(conn, *args, **kwargs)`` on the GUI thread,
        broadcast what it wrote and return its value.

        Errors propagate unchanged so that a form can mark the field a validation error
        names; nothing is broadcast then (the use case's transaction rolled back).
        """
        conn = self.conn
        self.start_page_check()
        self.open_session().wait_writable()  # at most the deferred page check of the unlock
        ran = operations.run(use_case, conn, *args, **kwargs)
        self._tell(ran)
        return ran.value

    def _tell(self, ran: Outcome) -> None:
        """Broadcast what a run changed and show the warnings it gave (status line)."""
        self.broadcast(ran.changes)
        for notice in ran.notices:
            self.status_message.emit(notice)

    def perform(self, op: Callable[[Any, Progress], Any], *, background: bool = False,
                on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[str], None] | None = None,
                on_progress: Callable[[int, str], None] | None = None,
                critical: bool = False, exclusive: bool = False,
                own_connection: bool = True, maintenance: bool = False,
                cancellable: bool = False, stop_note: str | None = None,
                interruptible: bool = False, writing: str = "") -> Progress | None:
        """Run a use case ``op(conn, progress)`` and broadcast the ``Changes`` it (and
        every use case it called) declared with ``@writes``; ``on_done`` receives the
        value.

        Short writes run on the GUI thread (``background=False``); statistics, exports,
        deletion runs, imports, re-keys and PDF batches run on a worker thread with their
        own connection (``background=True``), report progress and can be cancelled
        through the returned ``Progress``. Errors arrive as one German sentence.

        ``critical``: a lock requested meanwhile waits until the operation has ended
        (then it happens before ``on_done``/``on_error``, which should check
        ``is_unlocked``). ``exclusive`` (with ``own_connection=False``): the work uses the
        session's own connection, so ``conn`` refuses on the GUI thread meanwhile.
        ``maintenance`` (background only): the quiet lane of the unlock's upkeep.
        ``cancellable`` (critical background work that may stop half way without harm,
        e.g. an export): a sleep cancels it so the lock need not wait (``lock_before_sleep``).
        ``stop_note`` (background work on its own connection): what she is told when a
        lock stops it, e.g. "Die Sicherung wurde beim Sperren abgebrochen …" (shown on the
        lock screen and given to ``on_error``); without it a stopped task says ``CANCELLED``.
        ``interruptible`` (background loads that write nothing): cancelling the returned
        ``Progress`` also stops the running statement (an area she left stops its load).
        ``writing`` (background work writing a file she asked for: "export", "pdf",
        "backup"): quitting and the dialog that started it ask before stopping it
        (``common.closing.may_stop_writing``); its ``stop_note`` follows from the kind.
        """
        stop_note = _stop_note(stop_note, writing)
        watched: list[Progress] = []
        entry: list[_Running] = []

        def settle() -> None:
            self._unwatch(watched)
            self._forget(entry)
            if critical:
                self.end_critical(exclusive=exclusive)  # a pending lock happens here

        def work(conn, progress: Progress) -> Outcome:
            return operations.run(op, conn, progress)

        def finish(ran: Outcome) -> None:
            settle()
            if self.is_unlocked:
                self._tell(ran)
            if on_done:
                _deliver(on_done, ran.value)

        def fail(err: BaseException) -> None:
            message = _ending_message(entry, err, stop_note)
            settle()
            self._fail_to(on_error, message)

        self.start_page_check()  # a write waits for it
        if critical:
            self.begin_critical(exclusive=exclusive)
        if background:
            session, task_work, connect = self.session, work, None
            if own_connection:
                def connect(stop=None):
                    return _required(session).new_connection(for_writing=True, stop=stop)
            else:
                def task_work(conn, progress):  # the session's own connection: writable first
                    _required(session).wait_writable()
                    return work(conn, progress)
            try:
                task = start_task(task_work, connect=connect, on_done=finish, on_error=fail,
                                  on_progress=on_progress, maintenance=maintenance,
                                  interruptible=interruptible, writing=writing)
            except BaseException:
                settle()
                raise
            self._watch(task.progress, watched, critical=critical, cancellable=cancellable)
            # a critical task has settled before any lock: only the others are stopped
            entry.append(self._track(task, stop_note))
            return task.progress
        progress = Progress(on_progress)
        try:
            conn = self.conn
            self.open_session().wait_writable()
            ran = work(conn, progress)
        except Exception as err:  # never a traceback to the user
            fail(err)
            return None
        finish(ran)
        return progress

    def _watch(self, progress: Progress, watched: list[Progress], *, critical: bool,
               cancellable: bool) -> None:
        """Note the Progress of a critical operation a sleep may cancel."""
        if critical and cancellable:
            watched.append(progress)
            self._cancellable.append(progress)

    def _fail_to(self, on_error: Callable[[str], None] | None, message: str) -> None:
        """Hand a failed task's sentence to its ``on_error``, else to the status line
        (but not "cancelled" by a lock under the lock screen)."""
        if on_error is not None:
            _deliver(on_error, message)
        elif message is not CANCELLED or self.is_unlocked:
            self.status_message.emit(message)

    def files_being_written(self) -> bool:
        """A file she asked for (an export, a PDF, a backup: ``perform(writing=…)``) has
        not answered yet: the area that says where it went is kept when she leaves it
        (``Area.holds_input``)."""
        return any(running.task.writing for running in self._background)

    def _track(self, task: _Task, note: str | None) -> _Running:
        running = _Running(task, note)
        self._background.append(running)
        return running

    def _forget(self, entry: list[_Running]) -> None:
        for running in entry:
            with contextlib.suppress(ValueError):
                self._background.remove(running)
        entry.clear()

    def _unwatch(self, watched: list[Progress]) -> None:
        for progress in watched:
            with contextlib.suppress(ValueError):
                self._cancellable.remove(progress)
        watched.clear()

    # -- background work -------------------------------------------------------------
    def run(self, work: Callable[[Any, Progress], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_progress: Callable[[int, str], None] | None = None,
            maintenance: bool = False) -> _Task:
        """Run ``work(conn, progress)`` off the GUI thread on its own connection (a read
        that changes nothing; writes go through ``perform``). ``maintenance``: on the
        quiet lane of the unlock's upkeep (``background.maintenance_pool``)."""
        entry: list[_Running] = []

        def done(value: Any) -> None:
            self._forget(entry)
            if on_done:
                _deliver(on_done, value)

        def failed(err: BaseException) -> None:
            message = _ending_message(entry, err, None)
            self._forget(entry)
            self._fail_to(on_error, message)

        task = start_task(work, connect=self.open_session().new_connection, on_done=done,
                          on_error=failed, on_progress=on_progress, maintenance=maintenance)
        entry.append(self._track(task, None))
        return task
