"""SQLite's memory has one bound for the whole process (issue 21): the page caches of the
GUI's connection and of every worker's connection together stay near
``connection.SOFT_HEAP_LIMIT`` however much they read; a deletion run lifts the bound for
its large cache and restores it afterwards.

SQLite's own counter (``sqlite3_memory_used`` of the SQLCipher library that sqlcipher3
carries) is read through ctypes; where the symbol is not exported the test says so.
"""

from __future__ import annotations

import ctypes
import gc

import pytest
import sqlcipher3

from ssa_desktop.storage import retention_delete_repo
from ssa_desktop.storage.connection import SOFT_HEAP_LIMIT
from ssa_desktop.storage.errors import StorageFull
from ssa_desktop.storage.transactions import transaction
from tests.support.requirements import require

MIB = 1024 * 1024


def _sqlite_memory_used():
    """SQLite's heap in use since the test began: the counter is the process's, and
    another test file run before this one in the same worker may still hold connections
    (their schema and statements are no cache the bound can take back)."""
    try:
        library = ctypes.CDLL(sqlcipher3._sqlite3.__file__)
        counter = library.sqlite3_memory_used
    except (OSError, AttributeError):
        return None
    counter.restype = ctypes.c_int64
    gc.collect()   # connections nobody holds any more are closed first
    base = counter()

    def used() -> int:
        return counter() - base
    return used


def _fill(conn, rows: int) -> None:
    """About 16 MB of pages: far more than the bound."""
    with transaction(conn):
        _fill_rows(conn, rows)


def _fill_rows(conn, rows: int) -> None:
    conn.execute("CREATE TABLE ballast (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO ballast (body) VALUES (?)",
                     [(f"{i:06d}" * 500,) for i in range(rows)])


def test_every_connection_carries_the_bound(open_vault):
    workers = [open_vault.new_connection() for _ in range(2)]
    try:
        for conn in (open_vault.conn, *workers):
            assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == 3 * MIB
    finally:
        for conn in workers:
            conn.close()


def test_six_connections_reading_everything_stay_within_the_bound(open_vault):
    used = _sqlite_memory_used()
    require(used is not None, "sqlite3_memory_used is not exported by this sqlcipher3 build")
    _fill(open_vault.conn, 5000)
    workers = [open_vault.new_connection() for _ in range(5)]
    try:
        for conn in (open_vault.conn, *workers):
            # each connection's default cache alone (2 MB) would keep 12 MB for six
            assert conn.execute("SELECT count(*), sum(length(body)) FROM ballast"
                                ).fetchone() == (5000, 15_000_000)
        assert used() < SOFT_HEAP_LIMIT + 2 * MIB
    finally:
        for conn in workers:
            conn.close()


def test_a_deletion_runs_large_cache_lifts_the_bound_and_gives_it_back(conn):
    retention_delete_repo.set_cache_size(conn, -131072, lift_bound=True)
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -131072
    assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == 0
    retention_delete_repo.set_cache_size(conn, -2000, lift_bound=False)
    assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == 3 * MIB


def test_a_connection_opened_during_a_deletion_run_leaves_its_cache_unbound(open_vault):
    """The bound is one for the process: a worker connection opened while a deletion run
    works (an area loading meanwhile) must not put the run's large cache back under it;
    the bound returns when the run gives its cache back."""
    conn = open_vault.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    retention_delete_repo.set_cache_size(conn, -131072, lift_bound=True)  # the run begins
    worker = open_vault.new_connection()                  # an area loads meanwhile
    try:
        assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == 0
    finally:
        worker.close()
        retention_delete_repo.set_cache_size(conn, cache, lift_bound=False)  # it ends
    assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == 3 * MIB
    worker = open_vault.new_connection()
    try:
        assert worker.execute("PRAGMA soft_heap_limit").fetchone()[0] == 3 * MIB
    finally:
        worker.close()


def test_after_a_deletion_run_the_bound_holds_again_on_the_vaults_own_cache(open_vault):
    """A vault's connection has its own cache (larger than the bound); a deletion run that
    gives it back must give the bound back too, not leave SQLite's memory unbound."""
    conn = open_vault.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    retention_delete_repo.set_cache_size(conn, -131072, lift_bound=True)
    retention_delete_repo.set_cache_size(conn, cache, lift_bound=False)
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == 3 * MIB


# -- a write transaction is not held to the bound (issue 29) ---------------------------------
# Under the bound a transaction's dirty pages spill into the WAL before the commit: 1,000
# contacts in one transaction went from 2,100-2,700/s to 1,500-1,750/s
# (`bulk_insert_per_s`, docs/performance.md). Reads, which the bound is for, keep it.
def _bound(conn) -> int:
    return conn.execute("PRAGMA soft_heap_limit").fetchone()[0]


def test_a_write_transaction_lifts_the_bound_until_it_commits(open_vault):
    conn = open_vault.conn
    assert _bound(conn) == 3 * MIB
    with transaction(conn):
        assert _bound(conn) == 0
        conn.execute("CREATE TABLE written (id INTEGER PRIMARY KEY)")
    assert _bound(conn) == 3 * MIB


def test_the_bound_is_back_after_a_rolled_back_transaction(open_vault):
    conn = open_vault.conn
    try:
        with transaction(conn):
            conn.execute("CREATE TABLE written (id INTEGER PRIMARY KEY)")
            raise KeyError("refused")
    except KeyError:
        pass
    assert _bound(conn) == 3 * MIB
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'written'").fetchall()


def test_a_joined_transaction_leaves_the_bound_lifted_until_the_outer_one_ends(open_vault):
    conn = open_vault.conn
    with transaction(conn):
        with transaction(conn):   # a use case composed into another: it joins
            conn.execute("CREATE TABLE inner_write (id INTEGER PRIMARY KEY)")
        assert _bound(conn) == 0
        assert -conn.execute("PRAGMA cache_size").fetchone()[0] == 8000   # still the write's
        assert conn.in_transaction                                          # not committed
    assert _bound(conn) == 3 * MIB
    assert -conn.execute("PRAGMA cache_size").fetchone()[0] == 3072


def test_a_deletion_run_inside_a_transaction_does_not_give_the_bound_back_early(open_vault):
    """The deletion run's own cache lift ends before its transaction commits: the commit
    still writes the run's pages unbound, and the bound is back after it."""
    conn = open_vault.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    with transaction(conn):
        retention_delete_repo.set_cache_size(conn, -131072, lift_bound=True)
        retention_delete_repo.set_cache_size(conn, cache, lift_bound=False)
        assert _bound(conn) == 0
    assert _bound(conn) == 3 * MIB


def test_a_worker_reading_while_another_connection_writes_is_unbound_only_meanwhile(open_vault):
    """The bound is the process's: while a write transaction is open, a worker's reads are
    not held to it either; once it commits, the worker's are again."""
    conn = open_vault.conn
    worker = open_vault.new_connection()
    try:
        with transaction(conn):
            assert _bound(worker) == 0
        assert _bound(worker) == 3 * MIB
    finally:
        worker.close()


def test_what_a_large_write_cached_is_given_back_to_the_bound(open_vault):
    """Unbound, a write transaction of 16 MB fills its connection's own cache; once it has
    committed, SQLite's memory for the process is back near the bound."""
    used = _sqlite_memory_used()
    require(used is not None, "sqlite3_memory_used is not exported by this sqlcipher3 build")
    conn = open_vault.conn
    with transaction(conn):
        _fill_rows(conn, 5000)
        assert used() > SOFT_HEAP_LIMIT + 2 * MIB   # unbound while it writes
    assert used() < SOFT_HEAP_LIMIT + 2 * MIB
    assert conn.execute("SELECT count(*) FROM ballast").fetchone() == (5000,)



def test_a_commit_that_fails_rolls_back_and_gives_the_bound_back(open_vault):
    """A commit refused (here a deferred foreign key, as SQLite checks it only then) leaves
    no transaction open that the next write would join, and the bound is back."""
    conn = open_vault.conn
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES "
                  "parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlcipher3.IntegrityError):
        with transaction(conn):
            conn.execute("INSERT INTO child (parent) VALUES (7)")
    assert not conn.in_transaction
    assert _bound(conn) == 3 * MIB
    assert conn.execute("SELECT count(*) FROM child").fetchone() == (0,)


# -- what a connection holds after another one had the bound lifted (review of issue 29) -----
def _cache_kib(conn) -> int:
    return -conn.execute("PRAGMA cache_size").fetchone()[0]


def test_every_connection_caches_no_more_than_the_bound_and_a_write_more_while_it_lasts(
        open_vault):
    conn = open_vault.conn
    assert _cache_kib(conn) == 3072
    with transaction(conn):
        assert _cache_kib(conn) == 8000
    assert _cache_kib(conn) == 3072
    worker = open_vault.new_connection()
    try:
        assert _cache_kib(worker) == 3072
    finally:
        worker.close()


def test_a_background_write_leaves_the_gui_connection_within_the_bound(open_vault):
    """A worker's write lifts the process's bound; the GUI's long-lived connection, reading
    16 MB meanwhile, held its own 8 MB cache afterwards (8.8 MiB of SQLite's heap) before
    every connection's own cache was the bound."""
    used = _sqlite_memory_used()
    require(used is not None, "sqlite3_memory_used is not exported by this sqlcipher3 build")
    gui = open_vault.conn
    _fill(gui, 5000)
    worker = open_vault.new_connection(for_writing=True)
    try:
        with transaction(worker):                     # a background save or import
            worker.execute("CREATE TABLE w (id INTEGER PRIMARY KEY)")
            assert gui.execute("SELECT count(*), sum(length(body)) FROM ballast"
                               ).fetchone() == (5000, 15_000_000)
        assert _bound(gui) == 3 * MIB
        assert used() < SOFT_HEAP_LIMIT + 2 * MIB
    finally:
        worker.close()


class _FullAtCommit:
    """The vault's connection, whose COMMIT finds the disk full (SQLITE_FULL)."""

    def __init__(self, conn):
        self._conn = conn

    @property
    def in_transaction(self):
        return self._conn.in_transaction

    def execute(self, sql, *args):
        if sql == "COMMIT":
            raise sqlcipher3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)


def test_a_commit_refused_for_a_full_disk_says_storage_full(open_vault):
    """Lifted, a write's pages wait in the cache until COMMIT, so a full disk shows there:
    it is StorageFull (the German message), not SQLite's English error."""
    conn = _FullAtCommit(open_vault.conn)
    with pytest.raises(StorageFull):
        with transaction(conn):
            conn.execute("CREATE TABLE written (id INTEGER PRIMARY KEY)")
    assert not open_vault.conn.in_transaction
    assert _bound(open_vault.conn) == 3 * MIB
    assert _cache_kib(open_vault.conn) == 3072


def test_a_connection_closed_inside_its_transaction_gives_its_lift_back(open_vault):
    """A worker's connection closed while its write is open (its thread torn down) must
    not hold the process's lift for good: the lift is counted by the connection's id, and
    a later connection given the same id would inherit it; the bound would never return.
    The write fails as it would; the next write that ends puts the bound back."""
    from ssa_desktop.storage import connection

    worker = open_vault.new_connection(for_writing=True)
    with pytest.raises(sqlcipher3.ProgrammingError):
        with transaction(worker):
            worker.execute("CREATE TABLE w (id INTEGER PRIMARY KEY)")
            worker.close()
    assert id(worker) not in connection._lifts
    assert _bound(open_vault.conn) == 3 * MIB     # at once, not at the next write's end


def test_what_failed_inside_a_transaction_on_a_closed_connection_is_what_the_caller_sees(
        open_vault):
    """Not the closed connection's complaints about the ROLLBACK and the cache."""
    worker = open_vault.new_connection(for_writing=True)
    with pytest.raises(KeyError, match="refused"):
        with transaction(worker):
            worker.close()
            raise KeyError("refused")
    assert _bound(open_vault.conn) == 3 * MIB


def test_a_deletion_runs_cache_given_back_on_a_closed_connection_gives_its_lift_back(
        open_vault):
    from ssa_desktop.storage import connection

    worker = open_vault.new_connection(for_writing=True)
    retention_delete_repo.set_cache_size(worker, -131072, lift_bound=True)
    assert _bound(open_vault.conn) == 0
    worker.close()
    with pytest.raises(sqlcipher3.ProgrammingError):
        retention_delete_repo.set_cache_size(worker, -3072, lift_bound=False)
    assert id(worker) not in connection._lifts
    assert _bound(open_vault.conn) == 3 * MIB
