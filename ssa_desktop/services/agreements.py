"""Kooperationsvereinbarung (docs/domain.md § 11): per school a period, goal ↔
offer pairs in order, evaluation meetings (Auswertungsgespräch) and notes.

Shared module: ``goals_for_school`` is read by the appointments/groups side to link
offers to goals; the editing functions belong to the network area.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.entities import AgreementGoal, CooperationAgreement
from ..domain.errors import UserError
from ..formatting import parse_date
from ..storage import agreements_repo as q
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import tombstones
from .operations import DataKind, writes

# The examples of the model agreement's appendix, offered as templates.
TEMPLATES: list[tuple[str, str]] = [
    ("Schülerinnen und Schüler kennen gewaltfreie und konstruktive "
     "Konfliktlösungsmöglichkeiten und können diese umsetzen.",
     "Schulsozialarbeit bietet in allen 5./6. Klassen Projekttage zur gewaltfreien und "
     "konstruktiven Konfliktlösung an und gestaltet Angebote zur Nachhaltigkeit."),
    ("Schülerinnen und Schüler kennen gewaltfreie und konstruktive "
     "Konfliktlösungsmöglichkeiten und können diese umsetzen.",
     "Schulsozialarbeit erarbeitet in Konfliktsituationen mit Klassen, Gruppen oder "
     "Einzelnen Lösungen und unterstützt bei der Umsetzung; sie wirkt an einem schulischen "
     "Konzept zur gewaltfreien Schule mit."),
    ("Schülerinnen und Schüler beteiligen sich aktiv am Schulleben "
     "(z. B. in den Pausen, an Schulfesten).",
     "Schulsozialarbeit leitet ältere Schülerinnen und Schüler an, ein Pausenangebot für "
     "Jüngere anzubieten (z. B. Tischtennis-Turnier), und mit Lehrkräften eine Gruppe, "
     "die ein Pausen-Café organisiert."),
    ("Schülerinnen und Schüler besuchen die Schule regelmäßig; auf Schulschwänzen wird "
     "frühzeitig reagiert.",
     "Schulsozialarbeit wird von den Klassenleitungen frühzeitig angesprochen, an Gesprächen "
     "mit Schüler:in und Eltern beteiligt, organisiert mit der Klassenleitung eine "
     "Unterstützergruppe und wirkt an einem schulischen Konzept zum Umgang mit "
     "Schulschwänzen mit."),
]


class AgreementError(UserError):
    """Input that cannot be saved; str() is a German message."""


# -- read ------------------------------------------------------------------------------------
def goals_for_school(conn: Connection, school_id: str, on: date | None = None) -> list[AgreementGoal]:
    """Goals of the agreement(s) of a school valid on ``on`` (default today)."""
    return q.goals_for_school(conn, school_id, on=on)


def goals_for_school_year(conn: Connection, school_id: str | None, school_year: int) -> list[AgreementGoal]:
    """Goals of every agreement of a school valid at some time in the school year
    (groups belong to a school year, not to a day)."""
    if not school_id:
        return []
    from ..domain.schoolyear import SchoolYear

    year = SchoolYear(school_year)
    return q.goals_valid_between(conn, school_id, year.start, year.end)


def format_goal(goal: AgreementGoal) -> str:
    """How a goal is shown in a selector or list: "goal ↔ offer"."""
    return f"{goal.goal} ↔ {goal.offer}" if goal.offer else goal.goal


def goal_label(conn: Connection, goal_id: str | None) -> str:
    goal = repo.AGREEMENT_GOALS.get(conn, goal_id) if goal_id else None
    return format_goal(goal) if goal else ""


def get_agreement(conn: Connection, agreement_id: str) -> CooperationAgreement | None:
    return repo.AGREEMENTS.get(conn, agreement_id)


def agreements_for_school(conn: Connection, school_id: str) -> list[CooperationAgreement]:
    return q.agreements_for_school(conn, school_id)


def goals_for_agreement(conn: Connection, agreement_id: str) -> list[AgreementGoal]:
    return q.goals_for_agreement(conn, agreement_id)


# -- evaluation dates (stored as space-separated ISO dates) ----------------------------------
def parse_evaluation_dates(text: str) -> list[date]:
    """"21.11.2026, 15.06.2027" (or ISO) -> sorted dates; German ValueError on a bad date."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    return sorted({parse_date(p) for p in parts})


def evaluation_dates(agreement: CooperationAgreement) -> list[date]:
    try:
        return parse_evaluation_dates(agreement.evaluation_dates)
    except ValueError:
        return []


# -- write -----------------------------------------------------------------------------------
@writes(DataKind.AGREEMENTS)
def save_agreement(conn: Connection, agreement: CooperationAgreement) -> CooperationAgreement:
    repo.SCHOOLS.existing(conn, agreement.school_id,
                          missing=AgreementError("Bitte die Schule wählen."))
    if agreement.valid_to is not None and agreement.valid_to < agreement.valid_from:
        raise AgreementError("Das Ende der Vereinbarung liegt vor ihrem Beginn.")
    try:
        dates = parse_evaluation_dates(agreement.evaluation_dates)
    except ValueError as err:
        raise AgreementError(f"Auswertungsgespräch: {err}") from None
    agreement.evaluation_dates = " ".join(d.isoformat() for d in dates)
    with transaction(conn):
        repo.AGREEMENTS.save(conn, agreement)
    return agreement


@writes(DataKind.AGREEMENTS)
def save_goal(conn: Connection, goal: AgreementGoal) -> AgreementGoal:
    goal.goal = goal.goal.strip()
    goal.offer = goal.offer.strip()
    if not goal.goal:
        raise AgreementError("Bitte das Ziel der Kooperation angeben.")
    repo.AGREEMENTS.existing(conn, goal.agreement_id,
                             missing=AgreementError("Die Vereinbarung gibt es nicht (mehr)."))
    with transaction(conn):
        stored = repo.AGREEMENT_GOALS.get(conn, goal.id)
        if stored is not None:
            goal.position = stored.position  # order is changed only by move_goal
            repo.AGREEMENT_GOALS.update(conn, goal)
        else:
            goal.position = q.next_goal_position(conn, goal.agreement_id)
            repo.AGREEMENT_GOALS.insert(conn, goal)
    return goal


@writes(DataKind.AGREEMENTS)
def delete_goal(conn: Connection, goal_id: str) -> None:
    """Remove a goal with its tombstone: no earlier export or backup brings it back."""
    tombstones.erase(conn, repo.AGREEMENT_GOALS, "agreement_goal", goal_id)


@writes(DataKind.AGREEMENTS)
def move_goal(conn: Connection, goal_id: str, delta: int) -> None:
    """Move a goal up (delta < 0) or down within its agreement; positions stay 0..n-1."""
    goal = repo.AGREEMENT_GOALS.get(conn, goal_id)
    if goal is None:
        return
    goals = q.goals_for_agreement(conn, goal.agreement_id)
    index = next(i for i, g in enumerate(goals) if g.id == goal_id)
    target = max(0, min(len(goals) - 1, index + delta))
    goals.insert(target, goals.pop(index))
    with transaction(conn):
        for position, g in enumerate(goals):
            q.set_goal_position(conn, g.id, position)


@writes(DataKind.AGREEMENTS)
def apply_templates(conn: Connection, agreement_id: str, indices=None) -> list[AgreementGoal]:
    """Add template pairs (all, or those at ``indices``) not yet in the agreement."""
    chosen = [TEMPLATES[i] for i in (indices if indices is not None else range(len(TEMPLATES)))]
    present = {(g.goal, g.offer) for g in q.goals_for_agreement(conn, agreement_id)}
    added = []
    with transaction(conn):
        for goal_text, offer in chosen:
            if (goal_text, offer) in present:
                continue
            added.append(save_goal(conn, AgreementGoal(agreement_id=agreement_id, goal=goal_text,
                                                       offer=offer)))
    return added


@dataclass(frozen=True)
class EvaluationDate:
    day: date
    agreement_id: str
    school_id: str
    school_name: str


def upcoming_evaluations(conn: Connection, today: date, days: int = 30) -> list[EvaluationDate]:
    last = today + timedelta(days=days)
    result = []
    for row in q.all_agreement_rows(conn):
        try:
            dates = parse_evaluation_dates(row.evaluation_dates)
        except ValueError:
            continue
        result += [EvaluationDate(d, row.agreement_id, row.school_id, row.school_name)
                   for d in dates if today <= d <= last]
    return sorted(result, key=lambda e: e.day)
