"""Counted years never change: the anonymous totals of a time month are kept
before R8 deletes its entries (docs/statistics.md, "Gelöschte Monate")."""

from __future__ import annotations

from ..storage import time_totals_repo as ttrepo
from ..storage.connection import Connection


def task_areas(conn: Connection) -> dict[str, str]:
    """Category → task area (with the worker's added rules), as the kept totals of a
    month file them: R8's deletion of a month (``retention_repo.KIND_STORES``) keeps the
    totals (school, month, category, task area, minutes, contacts) of its live entries
    first."""
    from . import timeshare  # the category → task area rules (with worker-added ones)

    return {code: rule.area for code, rule in timeshare.rules_for(conn).items()}


def kept_months(conn: Connection) -> list[str]:
    return ttrepo.kept_months(conn)
