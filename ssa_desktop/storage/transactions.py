"""The one transaction helper: ``with transaction(conn): …``.

BEGIN IMMEDIATE … COMMIT (ROLLBACK on an exception), or join the transaction already
open on ``conn`` so that a use case can compose others into one atomic write. Rules
for connections (docs/architecture.md): one writer at a time; transactions short; a
worker thread uses its own connection and never holds a transaction across a
``progress`` call that might wait for the user.

While a transaction is open, SQLite's memory bound for the process is lifted
(``connection.lift_heap_bound``): under it the transaction's dirty pages spill into the
WAL before the commit.
"""

from __future__ import annotations

from .connection import Connection, lift_heap_bound
from .errors import StorageFull, is_storage_full


class transaction:  # noqa: N801 - used like a function: ``with transaction(conn)``
    def __init__(self, conn: Connection):
        self.conn = conn
        self.owner = False

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                lift_heap_bound(self.conn, True)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.owner = True
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if self.owner:
            try:
                if exc_type is None:
                    self._commit()
                elif self.conn.in_transaction:  # SQLite may have rolled back (SQLITE_FULL)
                    self.conn.execute("ROLLBACK")
            finally:
                lift_heap_bound(self.conn, False)
            if exc_type is not None and not isinstance(exc, StorageFull) and is_storage_full(exc):
                raise StorageFull() from exc
        return False

    def _commit(self) -> None:
        """COMMIT; refused (a deferred check, a full disk), the transaction is rolled back
        so that no later write joins it."""
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
