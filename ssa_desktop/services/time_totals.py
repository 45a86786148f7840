"""Counted years never change (issue 17): the anonymous totals of a time month are kept
before R8 deletes its entries (docs/statistics.md, "Gelöschte Monate")."""

from __future__ import annotations

from datetime import date

from ..domain import clock
from ..storage import time_totals_repo as ttrepo


def keep_month(conn, month: str, today: date | None = None) -> int:
    """Keep the totals (school, month, category, task area, minutes, contacts) of the
    live entries of ``month`` (YYYY-MM); call it in the transaction that deletes them."""
    from . import timeshare  # the category → task area rules (with worker-added ones)

    areas = {code: rule.area for code, rule in timeshare.rules_for(conn).items()}
    return ttrepo.keep_month(conn, month, areas, today or clock.today())


def kept_months(conn) -> list[str]:
    return ttrepo.kept_months(conn)
