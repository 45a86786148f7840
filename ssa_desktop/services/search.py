"""Full-text search over persons, contacts, groups and partners (Strg+F)."""

from __future__ import annotations

from ..storage.repositories import SearchHit, search

__all__ = ["SearchHit", "search"]
