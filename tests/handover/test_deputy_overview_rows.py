"""The rows of the deputy's overview built from the package's records (pure: plain
entities, no vault but for the goals; the overview read from a real package is in
test_deputy_overview.py).
A record whose person, school or case the package does not carry is shown with an empty
name, never a made-up one: the row builders' defaults, each pinned here."""

from __future__ import annotations

import dataclasses
from datetime import date

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain import tables
from ssa_desktop.domain.catalogues import Catalogue, Entry
from ssa_desktop.domain.columns import captured
from ssa_desktop.domain.entities import Appointment, Case, Contact, Person
from ssa_desktop.domain.goals import CaseGoal
from ssa_desktop.services.handover_deputy_work import (
    _TABLES,
    _appointment_rows,
    _case_rows,
    _changed,
    _contact_rows,
    _goal_rows,
    _person_rows,
    _row_json,
    deputy_person_columns,
)
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo

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


# -- a field declared to travel (``captured(…, deputy=True)``): a column of her window ---------

_SPEAKS = Catalogue("speaks", [Entry("ti", "Tigrinya"), Entry("uk", "Ukrainisch")])


@dataclasses.dataclass
class _PersonWithDeputyFields(Person):
    home_language: str = captured("", personal=True, label="Familiensprache", deputy=True,
                                  catalogue=_SPEAKS)
    bus_stop: str = captured("", label="Haltestelle", deputy=True)
    pet_name: str = captured("", label="Haustier")


def test_each_field_declared_to_travel_is_a_column_with_a_code_shown_as_its_label(monkeypatch):
    monkeypatch.setitem(tables.TABLES, "person",
                        tables.with_entity(tables.TABLES["person"], _PersonWithDeputyFields))
    assert [c.name for c in deputy_person_columns()] == ["home_language", "bus_stop"]
    people = [_PersonWithDeputyFields("P-Anna", home_language="ti", bus_stop="Rathaus",
                                      pet_name="Minka", id="p-anna"),
              _PersonWithDeputyFields("P-Ben", home_language="", bus_stop="", id="p-ben"),
              _PersonWithDeputyFields("P-Cem", home_language="xx", bus_stop="", id="p-cem")]
    assert [r.declared for r in _person_rows(people, {})] == [
        ("Tigrinya", "Rathaus"), ("", ""), ("xx", "")]


def test_no_field_declared_to_travel_no_column():
    """Today's person declares none: her window has only its fixed columns."""
    assert deputy_person_columns() == ()
    assert _person_rows([Person("P-Anna", id="p-anna")], {})[0].declared == ()


# -- goals: each open case's, in the cases' order ----------------------------------------------


def test_every_open_cases_goals_in_the_persons_order_and_one_of_no_packaged_person_first(conn):
    """The goals are read from a vault (the package's tables are the vault's); Cem is not
    among the pseudonyms, as a person the package does not carry."""
    cases = []
    for pseudonym, opened in (("P-Ben", date(2026, 9, 10)), ("P-Anna", date(2026, 10, 1)),
                              ("P-Cem", date(2026, 11, 1))):
        person = repo.PERSONS.insert(conn, Person(pseudonym, school_id="school-1"))
        cases.append(repo.CASES.insert(conn, Case(person.id, opened, school_id="school-1")))
    ben, anna, cem = cases
    for n, (case, text) in enumerate(((ben, "Ben 1"), (ben, "Ben 2"), (anna, "Anna 1"),
                                      (cem, "Cem 1"))):
        goals_repo.CASE_GOALS.insert(conn, CaseGoal(case.id, text,
                                                    created=f"2026-11-02T10:0{n}:00"))
    pseudonyms = {ben.person_id: "P-Ben", anna.person_id: "P-Anna"}
    titles = {ben.id: "FallBen", anna.id: "FallAnna", cem.id: "FallCem"}
    rows = _goal_rows(conn, cases, pseudonyms, titles)
    assert [(r.person_id, r.person, r.case, r.text) for r in rows] == [
        (cem.person_id, "", "FallCem", "Cem 1"),
        (anna.person_id, "P-Anna", "FallAnna", "Anna 1"),
        (ben.person_id, "P-Ben", "FallBen", "Ben 1"), (ben.person_id, "P-Ben", "FallBen", "Ben 2")]


# -- what the return carries: a row the deputy added or changed -----------------------------


def _baseline(obj, *, leave_out: str = "") -> dict[str, str]:
    row = _row_json(_TABLES["appointment"], obj)
    return {name: rules.field_hash(value) for name, value in row.items() if name != leave_out}


def test_a_row_is_changed_by_a_field_she_filled_or_emptied_not_by_one_the_package_lacked():
    appointment = Appointment(DAY, "08:00", "08:45", person_id="p-ben", note="Mappe",
                              id="a-ben")
    table = _TABLES["appointment"]
    assert not _changed(_baseline(appointment), table, appointment)
    # a field of a later version, empty as its migration filled it: unchanged
    assert not _changed(_baseline(appointment, leave_out="room"), table, appointment)
    # ... but one she filled is a change
    assert _changed(_baseline(appointment, leave_out="note"), table, appointment)
    # a field she emptied is a change
    emptied = dataclasses.replace(appointment, note="")
    assert _changed(_baseline(appointment), table, emptied)
    assert _changed(None, table, appointment)
