"""Persons and cases: saving with German validation messages, closing cases, lists."""

from __future__ import annotations

from datetime import date

from ..domain import activities as rules
from ..domain import clock, plausibility
from ..domain.catalogues import CASE_OUTCOMES, CASE_STATUS, GENDERS, PERSON_KINDS, REFERRALS
from ..domain.entities import Case, Person
from ..domain.errors import UserError
from ..domain.letters import address_lines
from ..domain.schoolyear import SchoolYear
from ..domain.text_safety import clean_name
from ..storage import persons_repo as prepo
from ..storage import repositories as repo
from ..storage import statistics_repo
from ..storage.connection import Connection
from ..storage.persons_repo import PersonChoice, PersonFilter, PersonListRow
from ..storage.transactions import transaction
from . import goals
from .operations import DataKind, writes

__all__ = ["PersonError", "PersonChoice", "PersonFilter", "PersonListRow", "save_person",
           "check_case", "save_case", "close_case", "list_persons", "count_persons",
           "person_choices", "open_cases", "cases", "get_person", "get_case", "choice_label", "schools", "grades",
           "school_name"]


class PersonError(UserError):
    """A validation error; ``str()`` is the German message, ``field`` the form field."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


@writes(DataKind.PERSONS)
def save_person(conn: Connection, person: Person) -> Person:
    # invisible direction overrides / control characters never enter a name
    # ("Lena" was once printed reversed on the Beratungszettel)
    person.pseudonym = clean_name(person.pseudonym)
    person.first_name = clean_name(person.first_name)
    person.last_name = clean_name(person.last_name)
    person.class_label = clean_name(person.class_label)
    try:   # the guardians' address: the lines of a window envelope's address field
        person.guardian_address = "\n".join(address_lines(person.guardian_address))
    except UserError as refused:
        raise PersonError(str(refused), "guardian_address") from None
    if not person.pseudonym:
        raise PersonError("Bitte ein Pseudonym (Kürzel) eingeben, z. B. K-17.", "pseudonym")
    if person.kind not in PERSON_KINDS:
        raise PersonError("Unbekannte Personenart.", "kind")
    if person.gender not in GENDERS:
        raise PersonError("Unbekanntes Geschlecht.", "gender")
    if problem := plausibility.person_numbers_problem(person.birth_year, person.grade,
                                                      clock.today()):
        raise PersonError(problem[1], problem[0])
    with transaction(conn):
        if prepo.pseudonym_taken(conn, person.pseudonym, person.id):
            raise PersonError(f"Das Pseudonym „{person.pseudonym}“ ist schon vergeben.",
                              "pseudonym")
        for finding in plausibility.pupil_school(person.kind, person.school_id):
            raise PersonError(finding.message, "school")
        repo.PERSONS.save(conn, person)
        # a corrected gender or grade applies to this school year's anonymous records
        statistics_repo.correct_person(conn, person, SchoolYear.of(clock.today()).start_year)
    return person


def check_case(case: Case) -> None:
    """What she enters in the case form: a case needs a title (plausibility)."""
    for finding in plausibility.case_title(case.title):
        raise PersonError(finding.message, "title")


@writes(DataKind.CASES, DataKind.STATISTICS)
def save_case(conn: Connection, case: Case) -> Case:
    """Save a case; a closed case's outcome goes into its anonymous statistics record
    (one per case, replaced on every save, removed when the case is reopened), and each of
    its goals' change into its anonymous outcome of the closing's school year."""
    _check_status_and_outcome(case)
    if repo.PERSONS.get(conn, case.person_id) is None:
        raise PersonError("Die Person gibt es nicht mehr.", "person")
    _set_closing_day(case)
    if case.school_id is None:
        person = repo.PERSONS.get(conn, case.person_id)
        case.school_id = person.school_id if person else None
    if case.status != "closed":
        case.outcome, case.outcome_referral = "", ""
    record = rules.for_case_closing(case, repo.PERSONS.get(conn, case.person_id))
    with transaction(conn):
        repo.CASES.save(conn, case)
        statistics_repo.replace_for_source(conn, "case_closed", case.id, record)
        goals.record_closing(conn, case)   # each goal's anonymous outcome (no text)
    return case


def _check_status_and_outcome(case: Case) -> None:
    """A status and outcome of the catalogue; a referred case names where to (the target
    goes with the outcome "referred" only)."""
    if case.status not in CASE_STATUS:
        raise PersonError("Unbekannter Fallstatus.", "status")
    if case.outcome and case.outcome not in CASE_OUTCOMES:
        raise PersonError("Unbekanntes Ergebnis des Falls.", "outcome")
    if case.outcome == "referred" and (case.outcome_referral not in REFERRALS
                                       or case.outcome_referral == "none"):
        raise PersonError("Bitte angeben, wohin weitervermittelt wurde.", "outcome_referral")
    if case.outcome != "referred":
        case.outcome_referral = ""


def _set_closing_day(case: Case) -> None:
    """A closed case without a day closes today, an open one has none; never before the
    case was opened."""
    if case.status == "closed" and case.closed is None:
        case.closed = clock.today()
    if case.status != "closed":
        case.closed = None
    if case.closed is not None and case.closed < case.opened:
        raise PersonError("Der Fall kann nicht vor seiner Eröffnung abgeschlossen werden.",
                          "closed")


@writes(DataKind.CASES, DataKind.STATISTICS)
def close_case(conn: Connection, case_id: str, day: date | None = None, outcome: str = "",
               referral: str = "") -> Case:
    """Close a case with its outcome (CASE_OUTCOMES; ``referral`` when "referred")."""
    case = repo.CASES.get(conn, case_id)
    if case is None:
        raise PersonError("Den Fall gibt es nicht mehr.", "case")
    case.status = "closed"
    case.closed = day or clock.today()
    case.outcome, case.outcome_referral = outcome, referral
    return save_case(conn, case)


def list_persons(conn: Connection, f: PersonFilter, *, limit: int = 200, offset: int = 0,
                 today: date | None = None) -> list[PersonListRow]:
    return prepo.list_rows(conn, f, limit=limit, offset=offset, today=today)


def count_persons(conn: Connection, f: PersonFilter, today: date | None = None) -> int:
    return prepo.count_rows(conn, f, today)


def person_choices(conn: Connection) -> list[PersonChoice]:
    return prepo.choices(conn)


def choice_label(choice: PersonChoice, show_names: bool) -> str:
    """"K-17 · 7b · Gemeinschaftsschule Am Park" (with the name only when shown)."""
    parts = [choice.pseudonym]
    if show_names and choice.name:
        parts.append(choice.name)
    parts += [p for p in (choice.class_label, choice.school_name) if p]
    return " · ".join(parts)


def open_cases(conn: Connection, person_id: str) -> list[Case]:
    return prepo.open_cases_for(conn, person_id)


def cases(conn: Connection, person_id: str) -> list[Case]:
    return prepo.cases_for(conn, person_id)


def get_person(conn: Connection, person_id: str) -> Person | None:
    return repo.PERSONS.get(conn, person_id)


def schools(conn: Connection) -> list[tuple[str, str]]:
    """(id, name) of every school for choice lists."""
    return prepo.schools(conn)


def grades(conn: Connection) -> list[int]:
    """The grades that occur among the persons (for the list filter)."""
    return prepo.grades(conn)


def school_name(conn: Connection, school_id: str | None) -> str:
    return prepo.school_name(conn, school_id)


def get_case(conn: Connection, case_id: str) -> Case | None:
    return repo.CASES.get(conn, case_id)
