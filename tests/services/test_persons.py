"""Persons and cases service on a real vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ssa_desktop.domain.entities import Case, Person
from ssa_desktop.services import persons
from ssa_desktop.services.persons import PersonError, PersonFilter
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_pseudonym_is_required_and_unique_with_german_messages(conn, pupil):
    with pytest.raises(PersonError, match="Pseudonym") as err:
        persons.save_person(conn, Person("   "))
    assert err.value.field == "pseudonym"
    with pytest.raises(PersonError, match="schon vergeben"):
        persons.save_person(conn, Person(" k-17 "))  # case and blanks do not make it new
    assert repo.PERSONS.count(conn) == 1
    assert not conn.in_transaction


def test_save_person_updates_and_trims(conn, pupil):
    pupil.pseudonym = " K-18 "
    pupil.class_label = "8b"
    persons.save_person(conn, pupil)
    stored = repo.PERSONS.get(conn, pupil.id)
    assert (stored.pseudonym, stored.class_label) == ("K-18", "8b")


@pytest.mark.parametrize("field, value, fragment", [
    ("grade", 14, "Klassenstufe"), ("birth_year", 1800, "Geburtsjahr"),
    ("kind", "alien", "Personenart"), ("gender", "x", "Geschlecht")])
def test_implausible_values_are_refused(conn, field, value, fragment):
    person = Person("Z-1")
    setattr(person, field, value)
    with pytest.raises(PersonError, match=fragment):
        persons.save_person(conn, person)


def test_close_case_sets_date_and_status(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1)))
    assert case.school_id == "school-1"  # taken from the person
    closed = persons.close_case(conn, case.id, date(2026, 11, 21))
    stored = repo.CASES.get(conn, case.id)
    assert (stored.status, stored.closed) == ("closed", date(2026, 11, 21)) == (closed.status,
                                                                                 closed.closed)
    assert persons.open_cases(conn, pupil.id) == []
    with pytest.raises(PersonError, match="vor seiner Eröffnung"):
        persons.close_case(conn, case.id, date(2026, 8, 1))


def test_reopening_clears_the_closed_date(conn, pupil):
    case = persons.close_case(conn, persons.save_case(conn, Case(pupil.id, date(2026, 9, 1))).id)
    case.status = "open"
    persons.save_case(conn, case)
    assert repo.CASES.get(conn, case.id).closed is None


def test_list_filters_and_names_only_when_allowed(conn, pupil):
    repo.PERSONS.insert(conn, Person("A-01", grade=10, school_id="school-1",
                                     leaving_date=TODAY - timedelta(days=1)))
    repo.PERSONS.insert(conn, Person("T-1", kind="teacher", last_name="Sommerfeld"))
    persons.save_case(conn, Case(pupil.id, TODAY))

    def ids(**kw):
        return [r.pseudonym for r in persons.list_persons(conn, PersonFilter(**kw))]

    assert ids() == ["A-01", "K-17", "T-1"]
    assert ids(status="open") == ["K-17"]
    assert ids(status="left") == ["A-01"]
    assert ids(status="active") == ["K-17", "T-1"]
    assert ids(text="Sommer") == []
    assert ids(text="Sommer", search_names=True) == ["K-17", "T-1"]
    assert ids(text="%") == []  # LIKE wildcards are literal
    assert persons.count_persons(conn, PersonFilter(kind="pupil")) == 2


def test_choice_label_shows_names_only_when_asked(conn, pupil):
    [choice] = persons.person_choices(conn)
    assert persons.choice_label(choice, False) == "K-17 · 7b · Gemeinschaftsschule Am Park"
    assert "Kim Sommer" in persons.choice_label(choice, True)


def test_corrected_gender_and_grade_follow_into_this_years_records_only(conn):
    from ssa_desktop.domain import clock
    from ssa_desktop.domain.entities import Contact, Person
    from ssa_desktop.services import activities
    from ssa_desktop.services import persons as svc
    from ssa_desktop.storage import repositories as repo

    person = svc.save_person(conn, Person("K-90", gender="u", grade=None, school_id="school-1"))
    last_year = activities.record_contact(conn, Contact(date(2025, 3, 1), "EB", 30,
                                                        person_id=person.id))
    this_year = activities.record_contact(conn, Contact(date(2025, 10, 1), "EB", 30,
                                                        person_id=person.id))
    with clock.frozen(date(2025, 11, 20)):
        person.gender, person.grade = "w", 6
        svc.save_person(conn, person)

    def stat(contact):
        return repo.STATISTICS.select(conn, "source_id = ?", (contact.id,))[0]

    assert (stat(this_year).gender, stat(this_year).grade) == ("w", 6)
    assert (stat(last_year).gender, stat(last_year).grade) == ("u", None)
