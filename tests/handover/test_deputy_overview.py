"""What the deputy sees in her Vertretungspaket (``deputy_overview``), read from a real
package file written from a real vault: each person with her school, the open cases in
the persons' order, the § 8a deadlines soonest first with the step due next, and each
contact named by its person and case."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import (
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
)
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, WORKDAY, _package
from tests.services.test_handover import _person


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "aus"
    folder.mkdir()
    return folder


def _procedure(conn, person, last_step: str, due: date) -> None:
    proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(person.id, date(2026, 11, 2)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, last_step, date(2026, 11, 3),
                                                   actor="Fachkraft", text="Schritt", due=due))


def _overview_after_her_contacts(result, ben, anna):
    """She records a contact in Ben's case and one of Anna's without a case, then looks."""
    pkg, _info = svc.open_package(result.path, result.key_text, today=LATER, writable=True)
    try:
        [ben_case] = [c for c in repo.CASES.all(pkg) if c.person_id == ben.id]
        for person, case_id in ((ben.id, ben_case.id), (anna.id, None)):
            handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
                person, case_id, WORKDAY, "EB", 25), today=LATER)
        return handover_deputy_work.deputy_overview(pkg)
    finally:
        pkg.close()


def test_the_deputy_sees_open_cases_deadlines_and_contacts_in_order(conn, out):
    # Ben: his open case "FallBen" since 10.09.2026, § 8a step 3 due 3.12.
    ben = _person(conn, "Ben", cp=True)
    # Anna: an untitled open case since 1.10.2026, a closed one, § 8a step 5 due 20.12.
    anna = _person(conn, "Anna", case=None)
    repo.CASES.insert(conn, Case(anna.id, date(2026, 10, 1), school_id="school-1"))
    repo.CASES.insert(conn, Case(anna.id, date(2026, 9, 1), school_id="school-1",
                                 title="Abgeschlossen", status="closed",
                                 closed=date(2026, 9, 20)))
    _procedure(conn, anna, "5", date(2026, 12, 20))

    overview = _overview_after_her_contacts(_package(conn, out, ben, anna), ben, anna)

    assert [(p.pseudonym, p.school) for p in overview.persons] == [
        ("P-Anna", "Gemeinschaftsschule Am Park"), ("P-Ben", "Gemeinschaftsschule Am Park")]
    # the persons' order (by pseudonym), although Ben's case is the older one
    assert [(c.person, c.title, c.opened) for c in overview.cases] == [
        ("P-Anna", "Fall seit 01.10.2026", date(2026, 10, 1)),
        ("P-Ben", "FallBen", date(2026, 9, 10))]
    # the soonest deadline first, although Anna comes first by pseudonym; the step after
    # the last one taken is due
    assert [(d.person, d.next_step, d.due) for d in overview.deadlines] == [
        ("P-Ben", "4", date(2026, 12, 3)), ("P-Anna", "6", date(2026, 12, 20))]
    # her contacts, each named by person and case (none: "")
    assert sorted((k.person, k.case, k.day) for k in overview.contacts) == [
        ("P-Anna", "", date(2026, 12, 3)), ("P-Ben", "FallBen", date(2026, 12, 3))]


def test_each_appointment_names_its_person_and_a_deadline_without_a_day_comes_last(conn, out):
    # Ben: an appointment on 2.12.; Anna: a § 8a step without a deadline (before Ben by
    # pseudonym) and no school here any more
    ben = _person(conn, "Ben", case=None, appointment=date(2026, 12, 2), cp=True)
    anna = _person(conn, "Anna", case=None)
    proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(anna.id, date(2026, 11, 2)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "2", date(2026, 11, 3),
                                                   actor="Fachkraft", text="Schritt", due=None))
    conn.execute("UPDATE person SET school_id = NULL WHERE id = ?", (anna.id,))

    result = _package(conn, out, ben, anna)
    pkg, _info = svc.open_package(result.path, result.key_text, today=LATER)
    try:
        overview = handover_deputy_work.deputy_overview(pkg)
    finally:
        pkg.close()

    assert [(p.pseudonym, p.school) for p in overview.persons] == [
        ("P-Anna", ""), ("P-Ben", "Gemeinschaftsschule Am Park")]
    assert [(a.person_id, a.person, a.day) for a in overview.appointments] == [
        (ben.id, "P-Ben", date(2026, 12, 2))]
    assert [(d.person, d.next_step, d.due) for d in overview.deadlines] == [
        ("P-Ben", "4", date(2026, 12, 3)), ("P-Anna", "3", None)]
