"""The one transaction helper: ``with transaction(conn): …``.

BEGIN IMMEDIATE … COMMIT (ROLLBACK on an exception), or join the transaction already
open on ``conn`` so that a use case can compose others into one atomic write. Rules
for connections (docs/architecture.md): one writer at a time; transactions short; a
worker thread uses its own connection and never holds a transaction across a
``progress`` call that might wait for the user.
"""

from __future__ import annotations

from .connection import Connection
from .errors import StorageFull, is_storage_full


class transaction:  # noqa: N801 - used like a function: ``with transaction(conn)``
    def __init__(self, conn: Connection):
        self.conn = conn
        self.owner = False

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.owner = True
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if self.owner:
            if exc_type is None:
                self.conn.execute("COMMIT")
            elif self.conn.in_transaction:  # SQLite may already have rolled back (SQLITE_FULL)
                self.conn.execute("ROLLBACK")
            if exc_type is not None and not isinstance(exc, StorageFull) and is_storage_full(exc):
                raise StorageFull() from exc
        return False
