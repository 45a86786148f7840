"""A restricted person (Art. 18 DSGVO, § 84 Abs. 3 SGB X) leaves every list the daily
work uses, not only the person list: the Termine calendar and the day's slips, the
drafts the quick entry offers back. Only Datenschutz shows the person."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import Draft
from ssa_desktop.services import appointments, notes
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from tests.retention.fixtures import full_person

TODAY = date(2026, 9, 1)
APPOINTMENT_DAY = date(2025, 11, 3)     # the fixture's appointment


def test_restricted_persons_appointments_leave_the_calendar_and_the_slips(conn):
    hidden = full_person(conn, 1, leaving=None)
    shown = full_person(conn, 2, leaving=None)
    svc.restrict(conn, hidden.person.id, today=TODAY)
    week = appointments.appointments_between(conn, APPOINTMENT_DAY, APPOINTMENT_DAY)
    assert [a.person_id for a in week] == [shown.person.id]
    assert [s["name"] for s in appointments.slips_for_day(conn, APPOINTMENT_DAY)] != []
    assert all(hidden.words[2] not in str(s) and hidden.words[0] not in str(s)
               for s in appointments.slips_for_day(conn, APPOINTMENT_DAY))
    svc.lift_restriction(conn, hidden.person.id, today=TODAY)
    week = appointments.appointments_between(conn, APPOINTMENT_DAY, APPOINTMENT_DAY)
    assert {a.person_id for a in week} == {hidden.person.id, shown.person.id}


def test_restricted_persons_drafts_are_not_offered_back(conn):
    hidden = full_person(conn, 1, leaving=None)
    shown = full_person(conn, 2, leaving=None)
    repo.DRAFTS.insert(conn, Draft("contact", '{"note": "ohnePersonEntwurf"}'))
    svc.restrict(conn, hidden.person.id, today=TODAY)
    offered = " ".join(d.payload for d in notes.pending_drafts(conn))
    assert hidden.words[7] not in offered
    assert shown.words[7] in offered and "ohnePersonEntwurf" in offered
