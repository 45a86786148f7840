"""Small-cell suppression, the one rule of every output shown outside the worker's desk
(docs/reports.md): a count of 1 or 2 persons is shown as "< 3", because at a school it
points at a person. The annual report (``reports.blocks.suppress``) and the Träger kit
(``domain.traeger``, after merging) both ask ``is_small``."""

from __future__ import annotations

MIN_CELL = 3
SUPPRESSED = "< 3"


def is_small(value: float | None) -> bool:
    """True for a count that must not be shown: more than none, fewer than ``MIN_CELL``."""
    return value is not None and 0 < value < MIN_CELL
