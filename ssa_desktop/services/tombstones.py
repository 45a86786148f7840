"""The one place that writes tombstones (docs/retention.md "Grabsteine").

Every deletion of personal data and every emptied field, whatever path it takes – the
deletion run of the engine, ticking "gemeldet" on a group (R4), finishing or expiry of
a working note (R3), deleting a partner, an appointment, a group, a group or open-offer
session, an absence or a discarded draft by hand, the rest of a handed-over school –
calls one of these functions inside the transaction that deletes, so that a restored
backup never brings the data back (``services.retention.reapply_deletions``). A
tombstone holds the random id, the record kind and the day only. Other modules (a
retention registry, the "dormant person" review) call the same functions.

A session removed by hand (entered by mistake) takes its time entry and statistics
record along; its tombstone kind is its ``source_kind`` (``SESSION_KINDS``), and the
restore removes those records again too (``storage.retention_log_repo.apply_tombstones``).
"""

from __future__ import annotations

from datetime import date

from ..domain import clock
from ..domain.retention import TOMBSTONE_KINDS
from ..storage import retention_log_repo
from ..storage.connection import Connection
from ..storage.mapper import Table
from ..storage.transactions import transaction


def _declared(kind: str) -> None:
    """Only a declared kind (``domain.retention.TOMBSTONE_KINDS``): Datenschutz lists every
    tombstone under its kind's label, and an unknown kind once broke its lists for good."""
    if kind not in TOMBSTONE_KINDS:
        raise ValueError(f"not a declared tombstone kind: {kind}")


def deleted(conn: Connection, kind: str, record_id: str, today: date | None = None) -> None:
    """The record ``record_id`` of ``kind`` is deleted (inside the caller's transaction)."""
    _declared(kind)
    retention_log_repo.insert_tombstone(conn, record_id, kind, today or clock.today())


def erase(conn: Connection, table: Table, kind: str, record_id: str) -> None:
    """Delete ``record_id`` from ``table`` by hand (a partner, an appointment, an absence
    entered by mistake) with its tombstone, in one transaction; nothing when it is gone
    already."""
    with transaction(conn):
        if table.get(conn, record_id) is not None:
            table.delete(conn, record_id)
            deleted(conn, kind, record_id)


def cleared(conn: Connection, kind: str, record_id: str, column: str,
            today: date | None = None) -> None:
    """The field ``column`` of ``record_id`` was emptied (tombstone ``<id>#<column>``;
    a restore empties it again)."""
    _declared(kind)
    retention_log_repo.insert_tombstone(
        conn, retention_log_repo.field_tombstone(record_id, column), kind,
        today or clock.today())


def session_removed(conn: Connection, kind: str, session_id: str, today: date | None = None) -> None:
    """A group session, open-offer session or network activity removed by hand, with its
    time entry and statistics record (``kind`` is their ``source_kind``)."""
    if kind not in retention_log_repo.SESSION_KINDS:
        raise ValueError(f"not a session kind: {kind}")
    deleted(conn, kind, session_id, today)


def all_deleted(conn: Connection, kind: str, record_ids, today: date | None = None) -> None:
    for record_id in record_ids:
        deleted(conn, kind, record_id, today)
