"""Deterministic counters of an operation: SQL statements run and rows written on every
SQLCipher connection opened while counting (also on worker threads), instead of times.

``counting(monkeypatch)`` wraps the driver's ``connect`` so that each new connection is a
``CountingConnection`` (the driver's own connection class, with its trace callback set);
``with counters.measure() as figures:`` gives the statements and rows of the block."""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Iterator

import sqlcipher3


class Counters:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.statements = 0
        self.gui_statements = 0         # those run on the GUI (main) thread
        self.rows_closed = 0            # rows written by connections already closed
        self.live: weakref.WeakSet[CountingConnection] = weakref.WeakSet()

    def statement(self, _sql: str) -> None:
        with self._lock:
            self.statements += 1
            if threading.current_thread() is threading.main_thread():
                self.gui_statements += 1

    def rows(self) -> int:
        with self._lock:
            live = list(self.live)
            closed = self.rows_closed
        return closed + sum(c.changes_so_far() for c in live)

    @contextlib.contextmanager
    def measure(self) -> Iterator[dict[str, int]]:
        figures: dict[str, int] = {}
        statements, rows = self.statements, self.rows()
        yield figures
        figures["statements"] = self.statements - statements
        figures["rows_written"] = self.rows() - rows


_ACTIVE: list[Counters] = []


class CountingConnection(sqlcipher3.Connection):
    """The driver's connection, counting its statements (incl. those of triggers) and
    remembering its written rows when it closes."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._counters = _ACTIVE[-1]
        self._closed_rows: int | None = None
        self.set_trace_callback(self._counters.statement)
        with self._counters._lock:
            self._counters.live.add(self)

    def changes_so_far(self) -> int:
        if self._closed_rows is not None:
            return 0
        try:
            return self.total_changes
        except sqlcipher3.ProgrammingError:  # closed by a path that skipped close()
            return 0

    def _settle(self) -> None:
        if self._closed_rows is None:
            rows = self.changes_so_far()
            with self._counters._lock:
                self._counters.live.discard(self)
                self._counters.rows_closed += rows
            self._closed_rows = rows

    def close(self) -> None:
        self._settle()
        super().close()

    def __del__(self) -> None:  # dropped without close(): its rows count all the same
        if getattr(self, "_closed_rows", 0) is None:
            self._settle()


_KINDS: dict[type, type] = {}


def _counting(factory: type) -> type:
    """``factory`` (the driver's connection or the vault's own subclass) that counts."""
    if issubclass(factory, CountingConnection):
        return factory
    if factory is sqlcipher3.Connection:
        return CountingConnection
    if factory not in _KINDS:
        _KINDS[factory] = type(f"Counting{factory.__name__}", (CountingConnection, factory), {})
    return _KINDS[factory]


@contextlib.contextmanager
def counting(monkeypatch) -> Iterator[Counters]:
    """Within the block every new SQLCipher connection counts."""
    counters = Counters()
    _ACTIVE.append(counters)
    original = sqlcipher3.connect

    def connect(*args, **kwargs):
        kwargs["factory"] = _counting(kwargs.get("factory") or sqlcipher3.Connection)
        return original(*args, **kwargs)

    monkeypatch.setattr(sqlcipher3, "connect", connect)
    try:
        yield counters
    finally:
        monkeypatch.setattr(sqlcipher3, "connect", original)
        _ACTIVE.remove(counters)
