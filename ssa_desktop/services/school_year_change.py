"""Schuljahreswechsel (docs/domain.md "Schuljahreswechsel"): the proposal per
school, applying it in one transaction, postponing it, and which schools still wait.

``plan_for`` reads; ``apply`` writes every pupil of one school in one transaction and
records the change with its counts only (no names, no ids); ``pending`` lists the
schools whose change into the current school year is not applied (the Übersicht tile
stays until then).

The new school year is complete on its first day: the plan also carries each post's
Stellenumfang at the school (the new year's own share where set, else the ending
year's) and the cooperation agreement's own target bands of the ending year where no
agreement covers the new one; ``apply`` saves them, as she confirmed or changed them,
in the same transaction through the use cases of Schulen & Stelle (``setup``) and of
the agreements (``agreements``, ``timeshare``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain import clock
from ..domain import school_year_change as syc
from ..domain.catalogues import SCHOOL_TYPES
from ..domain.entities import CooperationAgreement
from ..domain.errors import UserError
from ..domain.school_class import effective_grade
from ..domain.schoolyear import SchoolYear
from ..domain.timeshare import Target
from ..formatting import fmt_date
from ..storage import repositories as repo
from ..storage import school_year_repo as q
from ..storage import timeshare_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import agreements, goals, schools, setup, timeshare
from .operations import DataKind, Progress, writes

# which schools wait: the part the Übersicht and the unlock read alone (re-exported)
from .school_year_pending import Pending as Pending
from .school_year_pending import due_at_unlock as due_at_unlock
from .school_year_pending import pending as pending

CHANGES = (DataKind.PERSONS, DataKind.SCHOOLS, DataKind.RETENTION, DataKind.AGREEMENTS,
           DataKind.TIME, DataKind.STATISTICS)
_EPS = 1e-6


class SchoolYearChangeError(UserError):
    """A change that cannot be applied; ``str()`` is a German sentence."""


@dataclass(frozen=True)
class ShareCarry:
    """A post's Stellenumfang at the school in the new year, as the assistant proposes it:
    the new year's own share where one is set (``existing``), else the ending year's
    (``last``); ``percent`` is what she confirmed or typed."""

    post_id: str
    post_label: str
    last: float                     # the ending year's share here (0: none)
    existing: float | None          # already set for the new year
    percent: float


@dataclass(frozen=True)
class TargetsCarry:
    """The own target bands of the agreement that covered the school in the ending year,
    proposed for the new year no agreement covers yet."""

    agreement_id: str
    valid_from: date
    valid_to: date | None
    targets: tuple[Target, ...]
    own: tuple[Target, ...]         # those differing from the model agreement's

    @property
    def summary(self) -> str:
        """The bands of its own, in one line ("Direkte Arbeit 68–72 %"); the model
        agreement's are no news (a long line took the list's rows at 200 %)."""
        return ", ".join(f"{t.label} {t.band_text}" if t.enabled
                         else f"{t.label} nicht ausgewertet" for t in self.own)


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
    shares: list[ShareCarry] = field(default_factory=list)
    targets: TargetsCarry | None = None
    carry_targets: bool = True      # she confirmed the bands (unticked: not carried)

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
    school = repo.SCHOOLS.existing(conn, school_id,
                                   missing=SchoolYearChangeError("Die Schule gibt es nicht (mehr)."))
    target = syc.target_year(today)
    ending = SchoolYear(target.start_year - 1)
    last = syc.last_grade(school.school_type, school.last_grade)
    # a pupil with Klasse "5a" and no Klassenstufe is in grade 5 (the one rule)
    facts = [syc.PupilFacts(pid, pseudo, effective_grade(grade, label), label, active)
             for pid, pseudo, grade, label, active
             in q.pupils(conn, school_id, target.start, ending.start, ending.end)]
    applied, postponed = q.state(conn, school_id, target.start_year)
    # a school she handed over before the new year is offered at 0 % and without bands
    leaves = not schools.active_in(schools.handed_over(conn), school_id, target.start_year)
    return SchoolPlan(school.id, school.name, school.school_type, last, school.last_grade,
                      target, syc.plan(facts, last, ending), applied, postponed,
                      share_carries(conn, school_id, target, handed_over=leaves),
                      None if leaves else targets_carry(conn, school_id, target))


def share_carries(conn: Connection, school_id: str, target: SchoolYear, *,
                  handed_over: bool = False) -> list[ShareCarry]:
    """Every post with a share at the school in the ending or the new school year; a
    school handed over before the new year is proposed at 0 % (she serves it no more)."""
    out = []
    for post in setup.list_posts(conn):
        last = _share(conn, post.id, school_id, target.start_year - 1)
        existing = _share(conn, post.id, school_id, target.start_year)
        if last or existing is not None:
            proposed = existing if existing is not None else last or 0.0
            out.append(ShareCarry(post.id, post.label, last or 0.0, existing,
                                  0.0 if handed_over else proposed))
    return out


def _share(conn: Connection, post_id: str, school_id: str, year: int) -> float | None:
    return next((s.percent for s in setup.post_shares(conn, post_id, year)
                 if s.school_id == school_id), None)


def targets_carry(conn: Connection, school_id: str, target: SchoolYear) -> TargetsCarry | None:
    """The ending year's agreement with bands of its own, when no agreement covers the
    new school year (then the model agreement's values would silently take over)."""
    if timeshare_repo.agreement_for(conn, school_id, target.start, target.end) is not None:
        return None
    ending = SchoolYear(target.start_year - 1)
    agreement_id = timeshare_repo.agreement_for(conn, school_id, ending.start, ending.end)
    agreement = agreements.get_agreement(conn, agreement_id) if agreement_id else None
    if agreement is None:
        return None
    targets = tuple(timeshare.agreement_targets(conn, agreement.id))
    own = tuple(t for t, model in zip(targets, timeshare.model_targets(), strict=True)
                if t != model)
    if not own:        # the model agreement's values: they apply without an agreement
        return None
    return TargetsCarry(agreement.id, agreement.valid_from, agreement.valid_to, targets, own)


def plans(conn: Connection, today: date | None = None) -> list[SchoolPlan]:
    """One plan per school (by name)."""
    return [plan_for(conn, s.id, today) for s in repo.SCHOOLS.all(conn, order="name")]


def school_ids(conn: Connection, today: date | None = None) -> list[str]:
    """Every school (by name) that goes into the new school year, without computing a
    proposal: not those she handed over before it began."""
    target = syc.target_year(today or clock.today())
    handed = schools.handed_over(conn)
    return [s.id for s in repo.SCHOOLS.all(conn, order="name")
            if schools.active_in(handed, s.id, target.start_year)]


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
    with transaction(conn):
        # the assistant is not modal: a pupil restricted (or deleted) since its proposal
        # is left as she is, as a fresh proposal would not list her
        listed = q.still_listed(conn, [row.person_id for row in plan.rows])
        rows = [row for row in plan.rows if row.person_id in listed]
        summary = syc.summarise(rows)
        total = max(len(rows), 1)
        for index, row in enumerate(rows):
            q.update_pupil(conn, row.person_id, row.new_grade, row.new_label.strip(),
                           row.day if row.status == syc.LEFT else None,
                           row.day if row.status == syc.CHANGED else None)
            q.set_unknown(conn, row.person_id, row.status == syc.UNKNOWN)
            if progress and index % 200 == 0:
                progress(index * 100 // total, "Schuljahreswechsel …")
        _carry_over(conn, plan)
        goals.record_year_end(conn, plan.school_id, plan.ending)   # anonymous outcomes
        q.set_applied(conn, plan.school_id, plan.target.start_year, today, summary.as_dict())
    if progress:
        progress(100, "fertig")
    return summary


def _carry_over(conn: Connection, plan: SchoolPlan) -> None:
    """The post's shares and (when she confirmed them) the agreement's bands into the new
    school year, through their own use cases; the caller holds the transaction."""
    for share in plan.shares:
        if share.existing is None or abs(share.existing - share.percent) > _EPS:
            setup.set_post_share(conn, share.post_id, plan.school_id, plan.target.start_year,
                                 share.percent)
    carry = plan.targets
    if carry is None or not plan.carry_targets:
        return
    agreement = agreements.save_agreement(conn, CooperationAgreement(
        plan.school_id, plan.target.start, plan.target.end if carry.valid_to else None,
        notes=f"Zielwerte beim Schuljahreswechsel aus der Vereinbarung ab "
              f"{fmt_date(carry.valid_from)} übernommen."))
    timeshare.save_agreement_targets(conn, agreement.id, {
        t.code: (t.soll, t.low, t.high, t.margin, t.enabled) for t in carry.targets})


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
