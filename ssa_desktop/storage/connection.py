"""Opening the SQLCipher 4 database with a raw key, and the pragmas every connection uses."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from .emergency import sqlcipher_raw_key
from .errors import CorruptDatabase

PAGE_SIZE = 4096
# What SQLite may hold in memory for all connections of the process together (page caches
# of the GUI's connection and of every worker's): above it, it reuses cached pages instead
# of growing. Without a bound, the unlock's upkeep and the areas' background reads held
# 25–32 MB at once on the 10-year vault. 3 MiB: the GUI's peak about 3 MB lower than with
# 6 MiB, for pages read and decrypted again (cache-bound searches a third more CPU; the
# first minute after the unlock 0.2-1.1 s more CPU, docs/performance.md). It is for reads:
# a write transaction lifts it until it ends (its dirty pages would spill into the WAL
# before the commit: bulk writes a fifth slower), and a deletion run for its large cache
# (``lift_heap_bound``).
SOFT_HEAP_LIMIT = 3 * 1024 * 1024
# Every connection's own page cache (``apply_pragmas``): no larger than the process's bound,
# so that a connection reading while another one has the bound lifted (the GUI's, while a
# background write runs) holds no more than the bound afterwards. A write transaction
# takes ``WRITE_CACHE_KIB`` (SQLCipher's own default) until it ends and gives back what it
# cached beyond this (``transactions.transaction``).
READ_CACHE_KIB = SOFT_HEAP_LIMIT // 1024
WRITE_CACHE_KIB = 8000
# how long a statement waits for another connection's lock or read snapshot (a TRUNCATE
# checkpoint beside a reader waits this long, then reports busy)
BUSY_TIMEOUT_MS = 5000
# How often each connection has lifted the bound and not yet given it back (a deletion run
# inside a write transaction lifts twice): the bound is the process's, so neither a
# connection opened meanwhile nor an inner lift ending may put it back early.
_lifts: dict[int, int] = {}
_lift_lock = threading.Lock()
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

DatabaseError = sqlcipher3.DatabaseError


class Cursor(Protocol):
    """What the product uses of a ``sqlcipher3`` cursor (the DB-API of ``sqlite3``).
    Rows are plain tuples: no row factory is set anywhere."""

    @property
    def rowcount(self) -> int: ...
    @property
    def lastrowid(self) -> int | None: ...
    @property
    def description(self) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchmany(self, size: int = ...) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...
    def close(self) -> None: ...


class Connection(Protocol):
    """The type of every ``conn``: an open ``sqlcipher3`` connection as :func:`connect`
    returns it. sqlcipher3 ships no type information, so the part of its DB-API the
    product uses is declared here; mypy checks every call against it."""

    @property
    def in_transaction(self) -> bool: ...
    @property
    def total_changes(self) -> int: ...
    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...
    def set_key(self, key: Any, /) -> None: ...
    def set_progress_handler(self, handler: Any, n: int, /) -> None: ...


# A connection never closes while a garbage collection runs, on any thread, nor the
# reverse. ``close`` finalises the connection's statements and lets go of Python's lock
# while it frees each one, before it marks it freed; a collection on another thread (the
# GUI thread's, ``ui.main_thread_gc``) that freed a cursor of that connection in that
# moment reset the freed statement: a segmentation fault. Held by every collection through
# ``gc.callbacks`` (whoever starts it), and by ``GuardedConnection.close``; re-entrant, as a
# collection may close a connection it finalises.
_CLOSE_OR_COLLECT = threading.RLock()


def _collection_phase(phase: str, _info: dict) -> None:
    if phase == "start":
        _CLOSE_OR_COLLECT.acquire()
    else:
        _CLOSE_OR_COLLECT.release()


if _collection_phase not in gc.callbacks:
    gc.callbacks.append(_collection_phase)


class GuardedConnection(sqlcipher3.Connection):
    """A ``sqlcipher3`` connection whose ``close`` waits for a running garbage collection
    (see ``_CLOSE_OR_COLLECT``); every connection the product opens is one."""

    def close(self) -> None:
        with _CLOSE_OR_COLLECT:
            super().close()


def connect(path: Path, data_key: bytes | bytearray, *,
            factory: type | None = None) -> Connection:
    """Open ``path`` with the raw key and prove the key fits; write nothing yet.
    ``factory``: a ``GuardedConnection`` subclass (a vault's worker connections).

    Raises sqlcipher3.DatabaseError when the key does not decrypt the file.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              factory=factory or GuardedConnection)
    try:
        quiet_cipher_log(conn)
        conn.set_key(sqlcipher_raw_key(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    return conn


def quiet_cipher_log(conn: Connection) -> None:
    """SQLCipher writes English warnings ("hmac check failed for pgno=…") to stderr by
    default. The user gets our German message instead; the lines go nowhere unless
    SSA_DEBUG is set (then errors only, to stderr, for the developer)."""
    level = "ERROR" if os.environ.get("SSA_DEBUG") else "NONE"
    conn.execute(f"PRAGMA cipher_log_level = {level}")


# A pass that reads the whole vault once (the deletion check, page by page) comes back to
# few of its pages: the B-trees' inner pages fit in 1 MiB; more cache only keeps what was
# read (the check held 3 MB of SQLite's heap with the connection's own cache, 1.5 MB here,
# for 15 % more CPU).
SCAN_CACHE_KIB = 1024


@contextmanager
def scan_cache(conn: Connection) -> Iterator[None]:
    """``conn``'s page cache at most ``SCAN_CACHE_KIB`` while a whole-vault pass reads
    (never larger than it was); as it was afterwards."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    smaller = _as_kib(before) > SCAN_CACHE_KIB
    if smaller:
        conn.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
    try:
        yield
    finally:
        if smaller:
            conn.execute(f"PRAGMA cache_size = {before}")


def _heap_bound() -> int:
    return 0 if _lifts else SOFT_HEAP_LIMIT


def lift_heap_bound(conn: Connection, lifted: bool) -> None:
    """Lift the process's bound for ``conn`` (``lifted``: a write transaction begins, a
    deletion run takes its large cache), or give one lift back: the bound returns once no
    connection holds a lift. What a connection cached while unbound it gives back itself,
    by its cache size (``transaction``, the deletion run's ``set_cache_size``). A
    connection closed meanwhile gives its lift back too."""
    with _lift_lock:
        key = id(conn)
        if lifted:
            conn.execute("PRAGMA soft_heap_limit = 0")
            _lifts[key] = _lifts.get(key, 0) + 1      # counted once it holds
            return
        if _lifts.get(key, 0) > 1:
            _lifts[key] -= 1
            return
        _lifts.pop(key, None)
        if is_closed(conn):   # the limit is the process's: any connection can set it
            conn = sqlcipher3.connect(":memory:", factory=GuardedConnection)
            try:
                conn.execute(f"PRAGMA soft_heap_limit = {_heap_bound()}")
            finally:
                conn.close()
            return
        conn.execute(f"PRAGMA soft_heap_limit = {_heap_bound()}")


def is_closed(conn: Connection) -> bool:
    """Whether ``conn`` was closed (its thread torn down while it wrote)."""
    try:
        _ = conn.in_transaction
    except sqlcipher3.ProgrammingError:
        return True
    return False


def cache_kib(conn: Connection) -> int:
    """``conn``'s own page cache in KiB."""
    return _as_kib(conn.execute("PRAGMA cache_size").fetchone()[0])


def _as_kib(cache_size: int) -> int:
    """A ``PRAGMA cache_size`` in KiB (SQLite gives KiB as a negative number, pages as a
    positive one)."""
    return -cache_size if cache_size < 0 else cache_size * PAGE_SIZE // 1024


def apply_pragmas(conn: Connection, journal: str = "WAL") -> None:
    """The connection pragmas; ``journal`` is WAL for a vault, DELETE (one rollback
    journal, no ``-wal``/``-shm``) for a package file from its first page."""
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    with _lift_lock:
        conn.execute(f"PRAGMA soft_heap_limit = {_heap_bound()}")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute(f"PRAGMA journal_mode = {journal}").fetchone()[0]
    if mode.lower() != journal.lower():
        raise CorruptDatabase()


def assert_encrypted(path: Path, conn: Connection) -> None:
    """The file must not be plain SQLite and SQLCipher must be active on the connection."""
    with open(path, "rb") as fh:
        if fh.read(16) == PLAIN_SQLITE_HEADER:
            raise CorruptDatabase("Die Tresordatei ist nicht verschlüsselt und wird nicht geöffnet.")
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise RuntimeError("SQLCipher is not active")


def check_not_truncated(path: Path, conn: Connection) -> None:
    """A database whose file is shorter than its page count says was cut off."""
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = path.stat().st_size
    if size % PAGE_SIZE or size < pages * PAGE_SIZE:
        raise CorruptDatabase()


def checkpoint(conn: Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
