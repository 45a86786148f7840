"""R14 – nothing lingers (domain/dormancy.py): the dormant persons' review
state, added to the retention engine's assessments by ``services.retention.assess``."""

from __future__ import annotations

from datetime import date

from ..domain import dormancy
from ..domain import retention as rt
from ..storage import dormancy_repo
from ..storage import retention_repo as rrepo
from ..storage.connection import Connection
from . import settings


def periods(conn: Connection) -> tuple[int, int]:
    rule = rt.rule_table()[dormancy.RULE]
    return (settings.get(conn, rule.period("months").option),
            settings.get(conn, rule.period("case_months").option))


def review(conn: Connection, assessments: list[rt.Assessment], today: date, *,
           persons: tuple[str, str] | None = None) -> list[rt.Assessment]:
    """``assessments`` with the dormant persons' state; ``persons`` (first, last id): the
    page of persons they assess (all: None)."""
    months, case_months = periods(conn)
    return dormancy.review(assessments, dormancy_repo.activity(conn, persons), rrepo.holds(conn),
                           rrepo.latest_decisions(conn), today, months=months,
                           case_months=case_months, restrictions=rrepo.restrictions(conn))


def review_items(assessments: list[rt.Assessment]) -> list[rt.Assessment]:
    """The review prompts among ``assessments`` (R2 at case closure, R14 dormant or
    restricted beyond everything else)."""
    return [a for a in assessments if dormancy.is_review(a)]
