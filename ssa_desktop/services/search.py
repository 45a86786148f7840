"""Full-text search over persons, contacts, groups and partners (Strg+K), and documents by
title, kind and the text she had read out of one („Text auslesen“): a page of the last recorded hits of each kind, the
next page of one kind when asked for; and the upkeep that keeps each index in one piece
(``tidy_index``, after every unlock)."""

from __future__ import annotations

from ..domain import catalogues as cat
from ..domain import documents as d
from ..formatting import fmt_date
from ..storage import documents_repo, search_index_repo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.repositories import SEARCH_PAGE, SearchHit, SearchPage
from ..storage.transactions import transaction
from .operations import Progress

# An index may hold this many segments before the upkeep merges it into one: each day's
# saving adds a few (FTS5 merges them into larger ones by itself), a search looks a word up
# in every one. Merging rewrites the whole index (2 s on twenty years, in steps), so it is
# done every week or two of daily use rather than every day (docs/architecture.md, Search).
MERGE_ABOVE = 8
MERGE_PAGES = 500  # leaf pages merged in one transaction (≤ 0.1 s on twenty years)

SEARCH_KINDS = (*repo.SEARCH_KINDS, "document")

__all__ = ["SEARCH_KINDS", "SEARCH_PAGE", "SearchHit", "SearchPage", "search", "search_page",
           "tidy_index"]


def search_page(conn: Connection, text: str, limit: int = SEARCH_PAGE, *,
                kinds: tuple[str, ...] = SEARCH_KINDS, before: int | None = None) -> SearchPage:
    """Up to ``limit`` hits of each kind in ``kinds``, the last recorded first; with
    ``before`` the next page of one kind (below that ``rowid``). Restricted records are
    never found."""
    page = repo.search_page(conn, text, limit, before=before,
                            kinds=tuple(k for k in kinds if k in repo.SEARCH_KINDS))
    if "document" not in kinds:
        return page
    found = _documents(conn, text, limit, before)
    more = page.more | {"document"} if len(found) > limit else page.more
    return SearchPage(page.hits + found[:limit], frozenset(more))


def search(conn: Connection, text: str, limit: int = SEARCH_PAGE) -> list[SearchHit]:
    """The first page's hits (``search_page``)."""
    return search_page(conn, text, limit).hits


def _documents(conn: Connection, text: str, limit: int, before: int | None) -> list[SearchHit]:
    """Up to ``limit`` + 1 documents each word of ``text`` begins a word of (its title, its
    kind's name or the text she had read out of it), the last added first. Documents are
    few (2,000 in ten years), so their rows are read and matched here; only the read-out
    texts are in an index (``fts_document``), asked once per word."""
    words = d.search_words(text)
    if not words:
        return []
    in_text = {w: documents_repo.text_matches(conn, f'text : "{w}"*') for w in words}
    hits = []
    for rowid, doc_id, person_id, pseudonym, title, kind, day in documents_repo.search_rows(
            conn, before):
        kind_label = cat.DOCUMENT_KINDS.label(kind)
        if not all(doc_id in in_text[w] or d.found_in([w], f"{title} {kind_label}")
                   for w in words):
            continue
        hits.append(SearchHit("document", doc_id, f"{pseudonym} · {fmt_date(day)}",
                              f"{d.marked(words, title)} ({d.marked(words, kind_label)})",
                              person_id, rowid))
        if len(hits) > limit:
            break
    return hits


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
