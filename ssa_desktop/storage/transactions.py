"""The one transaction helper: ``with transaction(conn): …``.

BEGIN IMMEDIATE … COMMIT (ROLLBACK on an exception), or join the transaction already
open on ``conn`` so that a use case can compose others into one atomic write. Rules
for connections (docs/architecture.md): one writer at a time; transactions short; a
worker thread uses its own connection and never holds a transaction across a
``progress`` call that might wait for the user.

While a transaction is open, SQLite's memory bound for the process is lifted
(``connection.lift_heap_bound``) and the connection's own cache is
``connection.WRITE_CACHE_KIB``: under the bound the transaction's dirty pages spill into
the WAL before the commit. Afterwards the cache is as it was, which frees what it held
beyond that.
"""

from __future__ import annotations

from .connection import WRITE_CACHE_KIB, Connection, cache_kib, is_closed, lift_heap_bound
from .errors import StorageFull, is_storage_full
from .search_pending import index_noted
from .write_gate import wait_before_writing


class transaction:  # noqa: N801 - used like a function: ``with transaction(conn)``
    def __init__(self, conn: Connection):
        self.conn = conn
        self.owner = False
        self.cache_before: int | None = None   # KiB, when the transaction enlarged it

    def __enter__(self):
        if not self.conn.in_transaction:
            wait_before_writing(self.conn)   # a deferred page check first
            before = cache_kib(self.conn)
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                if before < WRITE_CACHE_KIB:   # a deletion run's larger cache stays
                    self.conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
                    self.cache_before = before
                lift_heap_bound(self.conn, True)
            except BaseException:
                self.conn.execute("ROLLBACK")
                self._give_back_cache()
                raise
            self.owner = True
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if not self.owner:
            return False
        if is_closed(self.conn):   # closed while it wrote: SQLite rolled it back
            lift_heap_bound(self.conn, False)
            if exc_type is None:
                self.conn.execute("COMMIT")   # says that it is closed
            return False
        try:
            if exc_type is None:
                self._commit()
            elif self.conn.in_transaction:  # SQLite may have rolled back (SQLITE_FULL)
                self.conn.execute("ROLLBACK")
        except BaseException as err:   # the COMMIT refused: a full disk says so
            if not isinstance(err, StorageFull) and is_storage_full(err):
                raise StorageFull() from err
            raise
        finally:
            self._give_back_cache()
            lift_heap_bound(self.conn, False)
        if exc_type is not None and not isinstance(exc, StorageFull) and is_storage_full(exc):
            raise StorageFull() from exc
        return False

    def _give_back_cache(self) -> None:
        """The connection's own cache as before the transaction: the pages beyond it go."""
        if self.cache_before is not None:
            self.conn.execute(f"PRAGMA cache_size = -{self.cache_before}")
            self.cache_before = None

    def _commit(self) -> None:
        """The contacts noted for the search index indexed (search_pending), then COMMIT;
        refused (a deferred check, a full disk), the transaction is rolled back so that no
        later write joins it."""
        try:
            index_noted(self.conn)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
