"""Full-text search over persons, contacts, groups and partners (Strg+K): a page of the
last recorded hits of each kind, the next page of one kind when asked for."""

from __future__ import annotations

from ..storage.repositories import (
    SEARCH_KINDS,
    SEARCH_PAGE,
    SearchHit,
    SearchPage,
    search,
    search_page,
)

__all__ = ["SEARCH_KINDS", "SEARCH_PAGE", "SearchHit", "SearchPage", "search", "search_page"]
