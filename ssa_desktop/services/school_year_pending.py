"""Which schools still wait for their Schuljahreswechsel (the Übersicht's tile, the
assistant opening by itself at the first unlock after 1 August). Apart from
``services.school_year_change`` (the proposal and applying it, 40 kB of code with its
rules) that her ordinary day, which only asks whether one waits, never runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import clock
from ..domain.schoolyear import SchoolYear, target_year
from ..storage import repositories as repo
from ..storage import school_year_repo as q
from ..storage import timeshare_repo
from ..storage.connection import Connection
from . import schools


@dataclass(frozen=True)
class Pending:
    school_id: str
    school_name: str
    target: SchoolYear
    postponed: date | None


def pending(conn: Connection, today: date | None = None) -> list[Pending]:
    """Schools whose change into the current school year waits: not applied and with
    pupils to move or a post share of the ending year missing in the new one (it could
    take no working time there). Before 1 August nothing is pending (it may be prepared,
    though). Cheap (no activity lookup): the Übersicht asks at every refresh."""
    today = today or clock.today()
    target = target_year(today)
    if target != SchoolYear.of(today):
        return []
    shares_wait = _shares_waiting(conn, target)
    handed = schools.handed_over(conn)
    out = []
    for school in repo.SCHOOLS.all(conn, order="name"):
        if not schools.active_in(handed, school.id, target.start_year):
            continue       # handed over before the new year: nothing of it waits
        applied, postponed = q.state(conn, school.id, target.start_year)
        if applied is None and (school.id in shares_wait
                                or q.has_pupils(conn, school.id, target.start)):
            out.append(Pending(school.id, school.name, target, postponed))
    return out


def _shares_waiting(conn: Connection, target: SchoolYear) -> set[str]:
    """Schools where some post had a share in the ending year and none has one in
    ``target``."""
    def schools(year: int) -> set[str]:
        return {s for s, percent, _ in timeshare_repo.shares_of_year(conn, year) if percent > 0}

    return schools(target.start_year - 1) - schools(target.start_year)


def due_at_unlock(conn: Connection, today: date | None = None) -> list[Pending]:
    """Pending schools not postponed in their school year: the assistant opens by itself
    at the first unlock on or after 1 August; after "Später" only the Übersicht tile
    stays. A "Später" while she prepared the change in July (before the year's 1 August)
    does not keep it shut when the school year has begun."""
    return [p for p in pending(conn, today)
            if p.postponed is None or p.postponed < p.target.start]
