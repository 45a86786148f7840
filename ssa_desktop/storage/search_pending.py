"""The contacts noted for the search index (all SQL): a new or changed contact's rowid is
noted by its trigger (migration 0019) and indexed here, all noted rows in one
INSERT … SELECT. FTS5 writes a segment to disk at every statement that writes its index
from a trigger; one INSERT per transaction writes one. ``transactions.transaction`` calls
``index_noted`` before its COMMIT, the search before it reads the index."""

from __future__ import annotations

import sys

import sqlcipher3

from .connection import Connection

_NOTED = "SELECT 1 FROM fts_contact_pending LIMIT 1"
_INDEX = ("INSERT INTO fts_contact(rowid, note, observation, assessment)"
          " SELECT c.rowid, c.note, c.observation, c.assessment"
          " FROM fts_contact_pending u JOIN contact c ON c.rowid = u.rid ORDER BY u.rid")
_FORGET = "DELETE FROM fts_contact_pending"
_NO_NOTES = "SELECT NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'fts_contact_pending')"


def _operational_errors() -> tuple[type[Exception], ...]:
    """SQLCipher's, and the plain sqlite3's where a caller brought it (the benchmarks' plain
    reference): the GUI never loads the plain module (tests/ui/shell/test_gui_memory.py)."""
    plain = sys.modules.get("sqlite3")
    return (sqlcipher3.OperationalError,) + ((plain.OperationalError,) if plain else ())


# SQLite's primary result code of a write refused on a read-only connection (``PRAGMA
# query_only``, a read-only file or medium); its extended codes keep it in the low byte
SQLITE_READONLY = 8


def refused_as_read_only(err: BaseException) -> bool:
    """Whether ``err`` is SQLite's refusal to write on a read-only connection: by its
    result code (sqlcipher3's and sqlite3's ``sqlite_errorcode``, apsw's
    ``extendedresult``), never by the words of its English message."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is None:
        code = getattr(err, "extendedresult", None)
    return isinstance(code, int) and code & 0xFF == SQLITE_READONLY


def any_noted(conn: Connection) -> bool:
    """Whether a contact waits for its index entry. False in a database without the note
    table (a vault before migration 0019 while it is migrated, a package file): told by
    its schema, never by the words of SQLite's message; any other error surfaces."""
    try:
        return conn.execute(_NOTED).fetchone() is not None
    except _operational_errors():
        if conn.execute(_NO_NOTES).fetchone()[0]:
            return False
        raise


def index_noted(conn: Connection) -> None:
    """Index the noted contacts and forget the notes, inside the caller's transaction."""
    if any_noted(conn):
        conn.execute(_INDEX)
        conn.execute(_FORGET)


def forget_noted(conn: Connection) -> None:
    """After the contact index was rebuilt from its table: every contact is in it."""
    if any_noted(conn):
        conn.execute(_FORGET)
