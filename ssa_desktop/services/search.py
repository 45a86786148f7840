"""Full-text search over persons, contacts, groups and partners (Strg+K): a page of the
last recorded hits of each kind, the next page of one kind when asked for; and the
upkeep that keeps each index in one piece (``tidy_index``, after every unlock)."""

from __future__ import annotations

from ..storage import search_index_repo
from ..storage.connection import Connection
from ..storage.repositories import (
    SEARCH_KINDS,
    SEARCH_PAGE,
    SearchHit,
    SearchPage,
    search,
    search_page,
)
from ..storage.transactions import transaction
from .operations import Progress

# An index may hold this many segments before the upkeep merges it into one: each day's
# saving adds a few (FTS5 merges them into larger ones by itself), a search looks a word up
# in every one. Merging rewrites the whole index (2 s on twenty years, in steps), so it is
# done every week or two of daily use rather than every day (docs/architecture.md, Search).
MERGE_ABOVE = 8
MERGE_PAGES = 500  # leaf pages merged in one transaction (≤ 0.1 s on twenty years)

__all__ = ["SEARCH_KINDS", "SEARCH_PAGE", "SearchHit", "SearchPage", "search", "search_page",
           "tidy_index"]


def tidy_index(conn: Connection, progress: Progress | None = None) -> int:
    """Merge every full-text index that holds more than ``MERGE_ABOVE`` segments into one,
    ``MERGE_PAGES`` leaf pages per transaction (a save in between waits for one step);
    returns the steps taken. What a search finds does not change. ``progress`` is asked
    between steps, so a lock or quit (cancel) stops it; the next upkeep goes on from there."""
    if conn.in_transaction:  # each step must be a transaction of its own
        raise RuntimeError("tidy_index inside a transaction")
    steps = 0
    for table, count in search_index_repo.segments(conn).items():
        if count <= MERGE_ABOVE:
            continue
        while True:
            if progress is not None:
                progress(0, "")
            with transaction(conn):
                worked = search_index_repo.merge_step(conn, table, MERGE_PAGES)
            if not worked:  # one segment left: FTS5 has nothing more to merge
                break
            steps += 1
    return steps
