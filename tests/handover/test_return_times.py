"""A time in a return is held to the one rule of every way in (appointment_times): ASCII HH:MM. A crafted
return whose new contact or appointment carries another time text (full-width „１２:００“,
"25:00", "mittags") is refused whole, with a German sentence, and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Appointment, Contact
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_return
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, _craft, _dump, _package, _return, _two

DAY = date(2026, 12, 3)


@pytest.mark.parametrize("time", ["１２:００", "12:０0", "25:00", "mittags"])
def test_a_crafted_contact_time_is_refused_on_import(conn, out, time):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: repo.CONTACTS.insert(pkg, Contact(
        DAY, "EB", 20, school_id="school-1", person_id=a.id, time=time)))
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="Uhrzeit"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before


@pytest.mark.parametrize("start, end", [("０９:00", "09:30"), ("09:00", "09:３0")])
def test_a_crafted_appointment_time_is_refused_on_import(conn, out, start, end):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: repo.APPOINTMENTS.insert(pkg, Appointment(
        DAY, start, end, person_id=a.id, school_id="school-1")))
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="Uhrzeit|Beginn|Ende"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before


def _contact_at_noon_read(conn, out):
    """A return whose deputy contact took place at 12:00, read into her vault: the
    package and the contact."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    added = []
    _craft(result, ret, lambda pkg: added.append(repo.CONTACTS.insert(pkg, Contact(
        DAY, "EB", 20, school_id="school-1", person_id=a.id, time="12:00"))))
    handover_return.import_return(conn, ret.path, today=LATER)
    return result, added[0]


def test_an_ascii_time_comes_in(conn, out):
    _result, contact = _contact_at_noon_read(conn, out)
    assert repo.CONTACTS.get(conn, contact.id).time == "12:00"


def test_a_crafted_time_on_a_contact_already_here_is_refused_on_the_next_reading(conn, out):
    """A contact the first reading of the return brought is here; the next reading may
    bring it again, changed. Its time is still only what her window lets her type."""
    import dataclasses

    result, contact = _contact_at_noon_read(conn, out)
    assert repo.CONTACTS.get(conn, contact.id).time == "12:00"
    again = _return(result, out, name="r2.ssapaket")
    _craft(result, again, lambda pkg: repo.CONTACTS.insert(
        pkg, dataclasses.replace(contact, time="mittags")))
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="Uhrzeit"):
        handover_return.import_return(conn, again.path, today=LATER)
    assert _dump(conn) == before


@pytest.mark.parametrize("time, stored", [("9:00", "09:00"), ("23:59", "23:59"), ("", "")])
def test_a_return_s_contact_time_is_held_to_the_one_rule_and_stored_as_hers(conn, out, time,
                                                                             stored):
    """The one rule of a contact's time (``appointment_times.contact_time``): „9:00“, which
    a file and her entry take, was refused here; it comes in as 09:00, none as none."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    added = []
    _craft(result, ret, lambda pkg: added.append(repo.CONTACTS.insert(pkg, Contact(
        DAY, "EB", 20, school_id="school-1", person_id=a.id, time=time))))
    handover_return.import_return(conn, ret.path, today=LATER)
    assert repo.CONTACTS.get(conn, added[0].id).time == stored


def test_a_return_s_contact_at_24_00_is_refused_with_the_one_sentence(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: repo.CONTACTS.insert(pkg, Contact(
        DAY, "EB", 20, school_id="school-1", person_id=a.id, time="24:00")))
    before = _dump(conn)
    with pytest.raises(svc.PackageError,
                       match="Die Uhrzeit „24:00“ ist keine gültige Uhrzeit \\(HH:MM"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before
