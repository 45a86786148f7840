"""A person with everything a case can hold, written through the services, and the
words a deletion must remove from every page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ssa_desktop.domain.entities import (
    Annotation,
    Appointment,
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
    Consent,
    Contact,
    Disclosure,
    Draft,
    Person,
    WorkingNote,
)
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo


@dataclass
class Fixture:
    person: Person
    words: list[str]       # names, pseudonym and note words (unique per person)
    contact_ids: list[str]


def full_person(conn, n: int, *, leaving: date | None, kind: str = "pupil",
                school_id: str | None = None, contacts: int = 2) -> Fixture:
    """Person ``n`` with a case, contacts (and statistics), a correction, a working note,
    a draft, an appointment, a consent, a disclosure and a § 8a procedure."""
    tag = f"{n:03d}"
    words = [f"Vorname{tag}x", f"Nachname{tag}x", f"PSEU{tag}Q", f"Elternruf{tag}z",
             f"Notizwort{tag}k", f"Korrektur{tag}m", f"Arbeitsnotiz{tag}w", f"Entwurf{tag}e",
             f"Termin{tag}r", f"Beobachtung{tag}b"]
    person = repo.PERSONS.insert(conn, Person(
        words[2], kind=kind, first_name=words[0], last_name=words[1], gender="w", grade=7,
        class_label="7b", school_id=school_id, birth_year=2012, leaving_date=leaving,
        guardian_contact=f"Tel. {words[3]}"))
    case = repo.CASES.insert(conn, Case(person.id, date(2025, 10, 1), school_id=school_id,
                                        title="Konflikt", note=words[4]))
    ids = []
    for i in range(contacts):
        c = activities.record_contact(conn, Contact(
            date(2025, 10, 2 + i), "EB", 30, person_id=person.id, case_id=case.id,
            note=f"{words[4]} Gespräch", observation=words[9], topics=("KON",)))
        ids.append(c.id)
    repo.ANNOTATIONS.insert(conn, Annotation("contact", ids[0], "note", words[4], words[5]))
    repo.WORKING_NOTES.insert(conn, WorkingNote(words[6], date(2099, 1, 1), person_id=person.id,
                                                case_id=case.id))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"person_id": person.id,
                                                          "note": words[7]})))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2025, 11, 3), "10:00", "10:30",
                                               person_id=person.id, note=words[8]))
    consent = repo.CONSENTS.insert(conn, Consent(person.id, "Beratungsstelle",
                                                 date(2025, 10, 1)))
    repo.DISCLOSURES.insert(conn, Disclosure(person.id, date(2025, 10, 5), "Beratungsstelle",
                                             ("case",), "consent", consent.id))
    proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(
        person.id, date(2025, 10, 3), case_id=case.id, status="closed",
        closed=date(2025, 12, 1)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "1", date(2025, 10, 3),
                                                   text=words[9]))
    return Fixture(person, words, ids)


def statistics_figures(conn) -> list[tuple]:
    """The whole anonymous statistics layer, every column of every record: a deletion
    must not change a single one (R7), so no figure counted from it can change."""
    return conn.execute("SELECT * FROM statistics_record ORDER BY id").fetchall()
