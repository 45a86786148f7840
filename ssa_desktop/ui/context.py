"""The application context shared by every view (the Anki ``operations`` idea).

Views never open connections or threads themselves: they read through ``ctx.conn`` on
the GUI thread for quick queries, and hand long work to ``ctx.run`` which executes it
on a worker thread with its *own* connection and reports progress. When data change,
whoever changed them calls ``ctx.notify(kind)``; views refresh from ``changed``.
On lock every view receives ``locked`` and must drop all data it shows.

Critical operations (a new emergency key, a passphrase change) must not be cut off by
a lock: between ``begin_critical()`` and ``end_critical()`` (or inside ``critical()``)
``lock()`` only records the request and the lock happens as soon as the last critical
operation ends. An *exclusive* critical operation also keeps the GUI thread off the
session's connection (``conn`` raises ``VaultLocked``) because a worker is using it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..diagnostics import log_exception
from ..services.operations import Cancelled, Changes, Outcome, Progress
from ..storage.errors import VaultError, VaultLocked
from ..storage.vault import OpenVault
from .i18n import translator

tr = translator("AppContext")


class _TaskSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)


GENERIC_FAILURE = "Die Aktion ist fehlgeschlagen. Es wurde nichts halb gespeichert."


class _Task(QRunnable):
    def __init__(self, session: OpenVault, work: Callable[..., Any]):
        super().__init__()
        self.session = session
        self.work = work
        self.signals = _TaskSignals()
        self.progress = Progress(self.signals.progress.emit)

    def run(self) -> None:
        conn = None
        try:
            conn = self.session.new_connection()
            result = self.work(conn, self.progress)
            self.signals.finished.emit(result)
        except Cancelled:
            self.signals.failed.emit("Abgebrochen. Es wurde nichts halb gespeichert.")
        except VaultError as err:
            self.signals.failed.emit(str(err))
        except Exception as err:  # never a traceback to the user; type and frames only
            log_exception(err)
            self.signals.failed.emit(GENERIC_FAILURE)
        finally:
            if conn is not None:
                conn.close()


class AppContext(QObject):
    """Session state and the change-notification hub."""

    unlocked = Signal()
    locked = Signal()
    changed = Signal(str)          # legacy string kinds; being replaced by ``changes``
    changes = Signal(object)       # services.operations.Changes written by an operation
    navigate = Signal(str, str)    # area key, record id ("" for the area itself)
    status_message = Signal(str)

    def __init__(self, vault_folder: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.vault_folder = vault_folder
        self.session: OpenVault | None = None
        self.show_names = False  # "Namen anzeigen": real names only when asked, per session
        # "Löschung fällig (n)" from the retention check at unlock (ui/privacy/area.py
        # RetentionWatch); None until it has run in this session.
        self.retention_due: int | None = None
        self.pool = QThreadPool.globalInstance()
        self._critical = 0
        self._exclusive = 0
        self._pending_lock = False

    # -- session ---------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.session is not None and self.session.is_open

    @property
    def conn(self):
        if not self.is_unlocked or self._exclusive:
            raise VaultLocked()
        return self.session.conn

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

    def set_session(self, session: OpenVault) -> None:
        self.session = session
        self.vault_folder = session.vault.folder
        self.show_names = False
        self.unlocked.emit()

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
        session, self.session = self.session, None
        self.show_names = False
        self.retention_due = None
        self.locked.emit()  # views clear themselves before the key is gone
        session.lock()

    # -- changes ---------------------------------------------------------------------
    def notify(self, kind: str = "*") -> None:
        self.changed.emit(kind)

    def open_record(self, area: str, record_id: str = "") -> None:
        self.navigate.emit(area, record_id)

    def broadcast(self, changes: Changes) -> None:
        """Tell every view what an operation wrote (views refresh only on their kinds)."""
        if changes:
            self.changes.emit(changes)

    # -- operations --------------------------------------------------------------------
    def perform(self, op: Callable[[Any, Progress], Any], *, background: bool = False,
                on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[str], None] | None = None,
                on_progress: Callable[[int, str], None] | None = None) -> Progress | None:
        """Run a use case ``op(conn, progress)`` and broadcast the ``Changes`` of the
        ``Outcome`` it returns; ``on_done`` receives the outcome's value.

        Short writes run on the GUI thread (``background=False``); statistics, exports,
        deletion runs, imports, re-keys and PDF batches run on a worker thread with their
        own connection (``background=True``), report progress and can be cancelled
        through the returned ``Progress``. Errors arrive as one German sentence.
        """
        def finish(result: Any) -> None:
            value = result
            if isinstance(result, Outcome):
                value = result.value
                self.broadcast(result.changes)
            if on_done:
                on_done(value)

        def fail(message: str) -> None:
            (on_error or self.status_message.emit)(message)

        if background:
            task = self.run(op, on_done=finish, on_error=fail, on_progress=on_progress)
            return task.progress
        progress = Progress(on_progress)
        try:
            result = op(self.conn, progress)
        except Cancelled:
            fail("Abgebrochen. Es wurde nichts halb gespeichert.")
            return None
        except VaultError as err:
            fail(str(err))
            return None
        except Exception as err:  # never a traceback to the user; type and frames only
            log_exception(err)
            fail(GENERIC_FAILURE)
            return None
        finish(result)
        return progress

    # -- background work -------------------------------------------------------------
    def run(self, work: Callable[[Any, Callable[[int, str], None]], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_progress: Callable[[int, str], None] | None = None,
            notify: str | None = None) -> _Task:
        """Run ``work(conn, progress)`` off the GUI thread on its own connection."""
        task = _Task(self.session, work)
        if on_progress:
            task.signals.progress.connect(on_progress)
        if on_error:
            task.signals.failed.connect(on_error)
        else:
            task.signals.failed.connect(self.status_message.emit)

        def done(result: Any) -> None:
            if on_done:
                on_done(result)
            if notify:
                self.notify(notify)

        task.signals.finished.connect(done)
        task.setAutoDelete(False)
        self._running = getattr(self, "_running", set())
        self._running.add(task)
        task.signals.finished.connect(lambda _r: self._running.discard(task))
        task.signals.failed.connect(lambda _m: self._running.discard(task))
        self.pool.start(task)
        return task
