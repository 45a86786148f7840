"""Review findings 4, 5, 6 (issue 28): a contact only on a day of the Vertretung (not
after today), "wahrgenommen" only for an appointment that has begun – in the deputy's
entry and on import (one rule, domain/handover.py) – and a person deleted here during the
Vertretung does not block the whole return. Real vaults and package files."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Appointment, Contact
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, handover_return, retention
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import (
    LATER,
    _craft,
    _dump,
    _entry,
    _open,
    _package,
    _return,
    _two,
)
from tests.services.test_handover import PERIOD, TODAY, _person


# -- finding 5: the contact's day lies in the Vertretung, not after today ------------------------
@given(day=st.dates(date(2026, 10, 1), date(2027, 3, 1)),
       today=st.dates(date(2026, 11, 30), date(2027, 1, 22)),
       created=st.one_of(st.none(), st.dates(date(2026, 11, 1), date(2026, 12, 20))))
def test_the_contact_day_rule(day, today, created):
    """From the first day (or the day the package was written, when earlier) to the last
    day, and never after today."""
    problem = rules.contact_day_problem(day, PERIOD, today, created)
    first = min(PERIOD.first, created) if created else PERIOD.first
    assert (problem is None) == (first <= day <= min(today, PERIOD.last))


@pytest.mark.parametrize("day, ok", [   # the package is written on TODAY (23.11.)
    (TODAY - timedelta(days=1), False), (TODAY, True), (PERIOD.first, True),
    (PERIOD.last, True), (PERIOD.last + timedelta(days=1), False)])
def test_the_deputy_enters_contacts_only_on_days_of_the_vertretung(conn, out, day, ok):
    a, _b = _two(conn)
    with clock.frozen(TODAY):
        result = _package(conn, out, a)
    pkg = _open(result)
    try:
        today = PERIOD.last + timedelta(days=3)
        if ok:
            handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, day=day), today=today)
        else:
            with pytest.raises(svc.PackageError, match="Vertretung"):
                handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, day=day), today=today)
    finally:
        pkg.close()


def test_a_crafted_contact_outside_the_vertretung_is_refused_on_import(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    case = next(c for c in repo.CASES.all(conn) if c.person_id == a.id)
    _craft(result, ret, lambda pkg: repo.CONTACTS.insert(pkg, Contact(
        date(2025, 10, 1), "EB", 20, school_id="school-1", person_id=a.id, case_id=case.id)))
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="vor dem Beginn der Vertretung"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before


# -- finding 6: "wahrgenommen" only once the appointment has begun --------------------------------
def test_the_deputy_cannot_mark_a_future_appointment_attended(conn, out):
    a = _person(conn, "Anna")
    future = repo.APPOINTMENTS.insert(conn, Appointment(date(2027, 1, 5), "10:00", "10:45",
                                                        person_id=a.id, school_id="school-1"))
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        with clock.frozen(datetime(2027, 1, 5, 9, 59)), \
                pytest.raises(svc.PackageError, match="beginnt erst am 05.01.2027"):
            handover_deputy_work.deputy_set_appointment_status(pkg, future.id, "attended")
        with clock.frozen(datetime(2027, 1, 5, 9, 59)):
            handover_deputy_work.deputy_set_appointment_status(pkg, future.id, "cancelled")   # may be
        with clock.frozen(datetime(2027, 1, 5, 10, 0)):
            handover_deputy_work.deputy_set_appointment_status(pkg, future.id, "attended")
    finally:
        pkg.close()


@pytest.mark.parametrize("offset, ok", [(-1, False), (0, True)])
def test_a_crafted_attended_mark_before_the_day_is_refused_on_import(conn, out, offset, ok):
    a = _person(conn, "Anna")
    future = repo.APPOINTMENTS.insert(conn, Appointment(date(2027, 1, 5), "10:00", "10:45",
                                                        person_id=a.id, school_id="school-1"))
    result = _package(conn, out, a)
    pkg = _open(result)
    [appt] = repo.APPOINTMENTS.all(pkg)
    pkg.close()
    ret = _return(result, out)
    appt.status = "attended"
    _craft(result, ret, lambda pkg: repo.APPOINTMENTS.insert(pkg, appt))
    today = future.day + timedelta(days=offset)
    if ok:
        handover_return.import_return(conn, ret.path, today=today)
        assert repo.APPOINTMENTS.get(conn, future.id).status == "attended"
    else:
        with pytest.raises(svc.PackageError, match="noch nicht begonnen"):
            handover_return.import_return(conn, ret.path, today=today)


# -- finding 4: a person deleted here during the Vertretung ---------------------------------------
def test_the_entries_of_a_person_deleted_meanwhile_are_left_out_and_she_is_told(conn, out):
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    c = _person(conn, "Cora")
    result = _package(conn, out, a, c)
    pkg = _open(result)
    for p in (a, c):
        handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, p.id, case_id=None, note="Notiz " + p.pseudonym),
                                                today=LATER)
    pkg.close()
    ret = _return(result, out)
    retention.delete_handed_over(conn, [("person", c.id)], LATER,
                                 category="Löschung auf Antrag")
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    notes = [k.note for k in repo.CONTACTS.all(conn) if k.day == date(2026, 12, 3)]
    assert notes == ["Notiz P-Anna"]
    assert any("1 Eintrag einer inzwischen gelöschten Person nicht übernommen" in s
               for s in merged.after)
