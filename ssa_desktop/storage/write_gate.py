"""Writes on a session's connection wait for the unlock's deferred page check.

The GUI's unlock leaves the full page check to a worker (``Vault._open(defer_integrity=
True)``); until it has passed the session's connection is read-only. ``OpenVault`` holds
its connection here, and every ``transaction`` on it passes :func:`wait_before_writing`
first: the write waits for the check (or runs it, when nothing has started it yet), so no
path into a write — an autosaved draft, a panel's housekeeping — meets the read-only state.
"""

from __future__ import annotations

from collections.abc import Callable

from .connection import Connection

# id(connection) → (the connection, what makes it writable); a connection cannot carry an
# attribute or a weak reference, so its owner releases it (writable or locked)
_held: dict[int, tuple[Connection, Callable[[], None]]] = {}


def hold(conn: Connection, until: Callable[[], None]) -> None:
    """Writes on ``conn`` call ``until`` first (it blocks until they may go on, or raises)."""
    _held[id(conn)] = (conn, until)


def release(conn: Connection) -> None:
    entry = _held.get(id(conn))
    if entry is not None and entry[0] is conn:
        del _held[id(conn)]


def wait_before_writing(conn: Connection) -> None:
    entry = _held.get(id(conn))
    if entry is not None and entry[0] is conn:
        entry[1]()
