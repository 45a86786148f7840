"""The deputy's appointment and the appointments of her return are held to the one rule
of the Termine form (``appointment_times.times_problem``: each a time HH:MM, „9:00“ read
as 09:00, the end after the start; German sentences naming the field) and stored as the
form stores them. Real packages and returns."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments, handover_deputy_work, handover_return
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import (
    LATER,
    WORKDAY,
    _craft,
    _dump,
    _open,
    _package,
    _return,
    _two,
)

BAD_START = "Der Beginn „9:0“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."
BAD_END = "Das Ende „24:00“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."
BACKWARDS = "Das Ende des Termins muss nach dem Beginn liegen."


@pytest.mark.parametrize(("start", "end", "sentence"), [
    ("9:0", "10:00", BAD_START), ("09:00", "24:00", BAD_END), ("10:00", "09:30", BACKWARDS),
    ("10:00", "10:00", BACKWARDS)])
def test_the_deputy_is_refused_a_time_with_the_form_s_sentence(conn, out, start, end,
                                                                sentence):
    a, _b = _two(conn)
    pkg = _open(_package(conn, out, a))
    try:
        with pytest.raises(svc.PackageError) as refused:
            handover_deputy_work.deputy_add_appointment(pkg, a.id, WORKDAY, start, end)
        assert str(refused.value) == sentence
        assert str(refused.value) == (appointments.times_problem(start, end) or ("", ""))[1]
    finally:
        pkg.close()


def test_the_deputy_s_time_is_stored_as_the_form_stores_it(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    appt = handover_deputy_work.deputy_add_appointment(pkg, a.id, WORKDAY, " 9:00", "9:45")
    assert (appt.start, appt.end) == ("09:00", "09:45")
    assert (repo.APPOINTMENTS.get(pkg, appt.id).start,) == ("09:00",)
    pkg.close()
    handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert repo.APPOINTMENTS.get(conn, appt.id).end == "09:45"


def test_a_return_s_new_appointment_is_held_to_the_form_s_rule_and_stored_as_hers(conn,
                                                                                   out):
    """A return crafted with „9:00“ (her form takes it) is read and stores 09:00, listed
    before 10:00; one with „9:0“ is refused with the form's sentence, nothing written."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: repo.APPOINTMENTS.insert_many(pkg, [
        Appointment(WORKDAY, "10:00", "10:30", person_id=a.id, school_id="school-1",
                    id="zehn"),
        Appointment(WORKDAY, "9:00", "9:45", person_id=a.id, school_id="school-1",
                    id="neun")]))
    handover_return.import_return(conn, ret.path, today=LATER)
    assert (repo.APPOINTMENTS.get(conn, "neun").start,
            repo.APPOINTMENTS.get(conn, "neun").end) == ("09:00", "09:45")
    assert [v.id for v in appointments.appointments_on(conn, WORKDAY)] == ["neun", "zehn"]


def test_a_return_s_appointment_her_form_refuses_refuses_the_return(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: repo.APPOINTMENTS.insert(pkg, Appointment(
        date(2026, 12, 3), "9:0", "10:00", person_id=a.id, school_id="school-1")))
    before = _dump(conn)
    with pytest.raises(svc.PackageError) as refused:
        handover_return.import_return(conn, ret.path, today=LATER)
    assert BAD_START in str(refused.value) and "nichts" in str(refused.value).lower()
    assert _dump(conn) == before
