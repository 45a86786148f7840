"""Opening the SQLCipher 4 database with a raw key, and the pragmas every connection uses."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from .emergency import sqlcipher_raw_key
from .errors import CorruptDatabase

PAGE_SIZE = 4096
# What SQLite may hold in memory for all connections of the process together (page caches
# of the GUI's connection and of every worker's): above it, it reuses cached pages instead
# of growing. Without a bound, the unlock's upkeep and the areas' background reads held
# 25–32 MB at once on the 10-year vault; with 6 MiB the searches, lists and the statistics
# take the same CPU time (issue 21, docs/performance.md). A deletion run lifts its own
# connection's cache, not this bound.
SOFT_HEAP_LIMIT = 6 * 1024 * 1024
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

DatabaseError = sqlcipher3.DatabaseError


def connect(path: Path, data_key: bytes | bytearray, *,
            factory: type | None = None) -> sqlcipher3.Connection:
    """Open ``path`` with the raw key and prove the key fits; write nothing yet.
    ``factory``: a ``sqlcipher3.Connection`` subclass (a vault's worker connections).

    Raises sqlcipher3.DatabaseError when the key does not decrypt the file.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              factory=factory or sqlcipher3.Connection)
    try:
        quiet_cipher_log(conn)
        conn.set_key(sqlcipher_raw_key(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    return conn


def quiet_cipher_log(conn: sqlcipher3.Connection) -> None:
    """SQLCipher writes English warnings ("hmac check failed for pgno=…") to stderr by
    default. The user gets our German message instead; the lines go nowhere unless
    SSA_DEBUG is set (then errors only, to stderr, for the developer)."""
    level = "ERROR" if os.environ.get("SSA_DEBUG") else "NONE"
    conn.execute(f"PRAGMA cipher_log_level = {level}")


def apply_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA soft_heap_limit = {SOFT_HEAP_LIMIT}")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise CorruptDatabase()


def assert_encrypted(path: Path, conn: sqlcipher3.Connection) -> None:
    """The file must not be plain SQLite and SQLCipher must be active on the connection."""
    with open(path, "rb") as fh:
        if fh.read(16) == PLAIN_SQLITE_HEADER:
            raise CorruptDatabase("Die Tresordatei ist nicht verschlüsselt und wird nicht geöffnet.")
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise RuntimeError("SQLCipher is not active")


def check_not_truncated(path: Path, conn: sqlcipher3.Connection) -> None:
    """A database whose file is shorter than its page count says was cut off."""
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = path.stat().st_size
    if size % PAGE_SIZE or size < pages * PAGE_SIZE:
        raise CorruptDatabase()


def checkpoint(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
