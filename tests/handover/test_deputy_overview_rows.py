"""The rows of the deputy's overview built from the package's records (pure: plain
entities, no vault; the overview read from a real package is in test_deputy_overview.py).
A record whose person, school or case the package does not carry is shown with an empty
name, never a made-up one: the row builders' defaults, each pinned here."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import Appointment, Case, Contact, Person
from ssa_desktop.services.handover_deputy_work import (
    _appointment_rows,
    _case_rows,
    _contact_rows,
    _person_rows,
)

DAY = date(2026, 12, 3)
PSEUDONYMS = {"p-anna": "P-Anna", "p-ben": "P-Ben"}


def test_a_person_without_a_packaged_school_has_an_empty_school():
    people = [Person("P-Anna", first_name="Anna", last_name="Adler", class_label="7a",
                     school_id="s-park", guardian_contact="Mutter, Tel.", id="p-anna"),
              Person("P-Ben", school_id=None, id="p-ben"),
              Person("P-Cem", school_id="s-gone", id="p-cem")]
    rows = _person_rows(people, {"s-park": "Gemeinschaftsschule Am Park"})
    assert [(r.id, r.pseudonym, r.name, r.class_label, r.school, r.guardian_contact)
            for r in rows] == [
        ("p-anna", "P-Anna", "Anna Adler", "7a", "Gemeinschaftsschule Am Park", "Mutter, Tel."),
        ("p-ben", "P-Ben", "", "", "", ""),
        ("p-cem", "P-Cem", "", "", "", "")]


def test_cases_in_the_persons_order_and_one_of_no_packaged_person_first():
    cases = [Case("p-ben", date(2026, 9, 10), id="c-ben"),
             Case("p-anna", date(2026, 10, 1), id="c-anna-new"),
             Case("p-anna", date(2026, 9, 1), id="c-anna-old"),
             Case("p-gone", date(2026, 11, 1), id="c-gone")]
    titles = {"c-ben": "FallBen", "c-anna-new": "Neu", "c-anna-old": "Alt", "c-gone": "Weg"}
    rows = _case_rows(cases, PSEUDONYMS, titles)
    # "" sorts before every pseudonym
    assert [(r.id, r.person_id, r.person, r.title) for r in rows] == [
        ("c-gone", "p-gone", "", "Weg"),
        ("c-anna-old", "p-anna", "P-Anna", "Alt"),
        ("c-anna-new", "p-anna", "P-Anna", "Neu"),
        ("c-ben", "p-ben", "P-Ben", "FallBen")]


def test_an_appointment_without_a_packaged_person_names_nobody():
    appointments = [Appointment(DAY, "08:00", "08:45", person_id="p-ben", room="R 12",
                                note="Mappe", id="a-ben"),
                    Appointment(DAY, "09:00", "09:30", person_id=None, id="a-none"),
                    Appointment(DAY, "10:00", "10:30", person_id="p-gone", status="cancelled",
                                id="a-gone")]
    rows = _appointment_rows(appointments, PSEUDONYMS)
    assert [(r.id, r.person_id, r.person, r.start, r.end, r.room, r.status, r.note)
            for r in rows] == [
        ("a-ben", "p-ben", "P-Ben", "08:00", "08:45", "R 12", "planned", "Mappe"),
        ("a-none", "", "", "09:00", "09:30", "", "planned", ""),
        ("a-gone", "p-gone", "", "10:00", "10:30", "", "cancelled", "")]


def test_a_contact_names_its_person_and_open_case_or_nothing():
    contacts = [Contact(DAY, "EB", 25, person_id="p-anna", case_id="c-anna", id="k-1"),
                Contact(DAY, "EB", 25, person_id="p-ben", case_id=None, id="k-2"),
                Contact(DAY, "EB", 25, person_id=None, case_id="c-closed", id="k-3"),
                Contact(DAY, "EB", 25, person_id="p-gone", case_id=None, id="k-4")]
    rows = _contact_rows(contacts, PSEUDONYMS, {"c-anna": "FallAnna"})
    assert [(r.id, r.person, r.case) for r in rows] == [
        ("k-1", "P-Anna", "FallAnna"), ("k-2", "P-Ben", ""), ("k-3", "", ""), ("k-4", "", "")]
