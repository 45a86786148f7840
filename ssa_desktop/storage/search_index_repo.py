"""Upkeep of the full-text indexes (all SQL): how many segments each index holds, and one
bounded step of merging them into one.

FTS5 writes every transaction's new entries as a segment of its own and merges segments
only now and then; a search looks a word up in every segment of the index. After months
of daily saving an index holds a dozen and more segments, and the first search after an
unlock reads each one's pages: on twenty school years that cost more than the doclists
themselves (docs/performance.md). The index is merged into one segment in steps, each its
own short transaction, so that a save in between waits for one step at most."""

from __future__ import annotations

from .connection import Connection
from .repositories import FTS_TABLES

_STRUCTURE_ID = 10  # the %_data row that holds the index's structure record
_STRUCTURE_V2 = b"\xff\x00\x00\x01"  # marker some FTS5 versions write after the cookie


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    """An SQLite varint (big-endian groups of seven bits, up to nine bytes)."""
    value = 0
    for i in range(9):
        byte = data[offset + i]
        if i == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, offset + i + 1
    raise AssertionError("unreachable")


def segment_count(structure: bytes) -> int:
    """The number of segments a structure record names: a four-byte cookie, the
    optional version marker, then varints for the number of levels and of segments."""
    offset = 4
    if structure[offset:offset + 4] == _STRUCTURE_V2:
        offset += 4
    _levels, offset = _varint(structure, offset)
    segments, _ = _varint(structure, offset)
    return segments


def segments(conn: Connection) -> dict[str, int]:
    """Each full-text index with the number of segments it holds now."""
    counts = {}
    for table in FTS_TABLES:
        row = conn.execute(f"SELECT block FROM {table}_data WHERE id = ?",  # noqa: S608
                           (_STRUCTURE_ID,)).fetchone()  # (the table names are ours)
        counts[table] = segment_count(bytes(row[0])) if row else 0
    return counts


def merge_step(conn: Connection, table: str, pages: int) -> bool:
    """Merge about ``pages`` leaf pages of ``table``'s segments towards one segment (FTS5's
    'merge' with a negative amount merges across every level); False when there was
    nothing left to merge (FTS5 then changes fewer than two rows). Inside the caller's
    transaction; secure-delete zeroes the pages the old segments leave."""
    if table not in FTS_TABLES:
        raise ValueError(table)
    before = conn.total_changes
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)",  # noqa: S608
                 (-pages,))
    return conn.total_changes - before >= 2
