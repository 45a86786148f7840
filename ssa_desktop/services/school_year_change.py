"""Schuljahreswechsel (docs/domain.md "Schuljahreswechsel"): the proposal per
school, applying it in one transaction, postponing it, and which schools still wait.

``plan_for`` reads; ``apply`` writes every pupil of one school in one transaction and
records the change with its counts only (no names, no ids); ``pending`` lists the
schools whose change into the current school year is not applied (the Übersicht tile
stays until then).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain import clock
from ..domain import school_year_change as syc
from ..domain.catalogues import SCHOOL_TYPES
from ..domain.errors import UserError
from ..domain.school_class import effective_grade
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from ..storage import school_year_repo as q
from ..storage.connection import Connection
from ..storage.transactions import transaction
from .operations import DataKind, Progress, writes

CHANGES = (DataKind.PERSONS, DataKind.SCHOOLS, DataKind.RETENTION)


class SchoolYearChangeError(UserError):
    """A change that cannot be applied; ``str()`` is a German sentence."""


@dataclass
class SchoolPlan:
    school_id: str
    school_name: str
    school_type: str
    last_grade: int | None          # effective (own setting or the type's default)
    last_grade_own: int | None      # the school's own setting (None: type default)
    target: SchoolYear              # the new school year
    rows: list[syc.Row] = field(default_factory=list)
    applied: date | None = None
    postponed: date | None = None

    @property
    def ending(self) -> SchoolYear:
        return SchoolYear(self.target.start_year - 1)

    @property
    def type_label(self) -> str:
        return SCHOOL_TYPES.label(self.school_type)


def plan_for(conn: Connection, school_id: str, today: date | None = None) -> SchoolPlan:
    """The proposal for one school into the school year of ``today`` (from 1 July: the
    next one)."""
    today = today or clock.today()
    school = repo.SCHOOLS.get(conn, school_id)
    if school is None:
        raise SchoolYearChangeError("Die Schule gibt es nicht (mehr).")
    target = syc.target_year(today)
    ending = SchoolYear(target.start_year - 1)
    last = syc.last_grade(school.school_type, school.last_grade)
    # a pupil with Klasse "5a" and no Klassenstufe is in grade 5 (the one rule)
    facts = [syc.PupilFacts(pid, pseudo, effective_grade(grade, label), label, active)
             for pid, pseudo, grade, label, active
             in q.pupils(conn, school_id, target.start, ending.start, ending.end)]
    applied, postponed = q.state(conn, school_id, target.start_year)
    return SchoolPlan(school.id, school.name, school.school_type, last, school.last_grade,
                      target, syc.plan(facts, last, ending), applied, postponed)


def plans(conn: Connection, today: date | None = None) -> list[SchoolPlan]:
    """One plan per school (by name)."""
    return [plan_for(conn, s.id, today) for s in repo.SCHOOLS.all(conn, order="name")]


def school_ids(conn: Connection) -> list[str]:
    """Every school (by name), as ``plans`` lists them, without computing a proposal."""
    return [s.id for s in repo.SCHOOLS.all(conn, order="name")]


@dataclass(frozen=True)
class Pending:
    school_id: str
    school_name: str
    target: SchoolYear
    postponed: date | None


def pending(conn: Connection, today: date | None = None) -> list[Pending]:
    """Schools whose change into the current school year waits: not applied and with
    pupils to move. Before 1 August nothing is pending (it may be prepared, though).
    Cheap (no activity lookup): the Übersicht asks at every refresh."""
    today = today or clock.today()
    target = syc.target_year(today)
    if target != SchoolYear.of(today):
        return []
    out = []
    for school in repo.SCHOOLS.all(conn, order="name"):
        applied, postponed = q.state(conn, school.id, target.start_year)
        if applied is None and q.has_pupils(conn, school.id, target.start):
            out.append(Pending(school.id, school.name, target, postponed))
    return out


def due_at_unlock(conn: Connection, today: date | None = None) -> list[Pending]:
    """Pending schools not postponed in their school year: the assistant opens by itself
    at the first unlock on or after 1 August; after "Später" only the Übersicht tile
    stays. A "Später" while she prepared the change in July (before the year's 1 August)
    does not keep it shut when the school year has begun."""
    return [p for p in pending(conn, today)
            if p.postponed is None or p.postponed < p.target.start]


@writes(*CHANGES)
def apply(conn: Connection, plan: SchoolPlan, today: date | None = None,
          progress: Progress | None = None) -> syc.Summary:
    """Apply every row of ``plan`` in one transaction: grade and class label, leaving or
    change day, the "nicht bekannt" review mark; record the change with counts only."""
    today = today or clock.today()
    problems = syc.check(plan.rows, today, plan.ending)
    if problems:
        raise SchoolYearChangeError(" ".join(problems[:3]))
    applied, _ = q.state(conn, plan.school_id, plan.target.start_year)
    if applied is not None:
        raise SchoolYearChangeError(
            f"Der Schuljahreswechsel {plan.target.label} ist für diese Schule bereits "
            f"durchgeführt.")
    summary = syc.summarise(plan.rows)
    total = max(len(plan.rows), 1)
    with transaction(conn):
        for index, row in enumerate(plan.rows):
            q.update_pupil(conn, row.person_id, row.new_grade, row.new_label.strip(),
                           row.day if row.status == syc.LEFT else None,
                           row.day if row.status == syc.CHANGED else None)
            q.set_unknown(conn, row.person_id, row.status == syc.UNKNOWN)
            if progress and index % 200 == 0:
                progress(index * 100 // total, "Schuljahreswechsel …")
        q.set_applied(conn, plan.school_id, plan.target.start_year, today, summary.as_dict())
    if progress:
        progress(100, "fertig")
    return summary


@writes(DataKind.SCHOOLS)
def postpone(conn: Connection, school_id: str, year: int, today: date | None = None) -> None:
    """"Später": the assistant does not open by itself again; the tile stays."""
    with transaction(conn):
        q.set_postponed(conn, school_id, year, today or clock.today())


@writes(DataKind.SCHOOLS)
def postpone_waiting(conn: Connection, school_ids: list[str],
                     today: date | None = None) -> None:
    """"Später" in the assistant: every school of ``school_ids`` whose change into the
    school year of ``today`` is not applied is postponed, in one transaction, without
    computing its proposal (it is computed when she reaches the school)."""
    today = today or clock.today()
    year = syc.target_year(today).start_year
    with transaction(conn):
        for school_id in school_ids:
            if repo.SCHOOLS.get(conn, school_id) is None:    # deleted meanwhile
                continue
            applied, _ = q.state(conn, school_id, year)
            if applied is None:
                q.set_postponed(conn, school_id, year, today)


@writes(DataKind.SCHOOLS)
def set_last_grade(conn: Connection, school_id: str, grade: int | None) -> None:
    """The school's "letzte Klassenstufe" (None: the school type's default)."""
    if grade is not None and not 1 <= grade <= syc.MAX_GRADE:
        raise SchoolYearChangeError("Die letzte Klassenstufe liegt zwischen 1 und 13.")
    with transaction(conn):
        q.set_last_grade(conn, school_id, grade)


def unknown_ids(conn: Connection) -> set[str]:
    """Pupils whose whereabouts were "nicht bekannt" at a change (Datenschutz review)."""
    return q.unknown_ids(conn)


def summary_of(conn: Connection, school_id: str, year: int) -> dict[str, int]:
    return q.summary(conn, school_id, year)
