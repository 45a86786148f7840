"""Appointments and the Beratungszettel data (docs/domain.md § 6) on a real vault."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import slips
from ssa_desktop.domain.entities import Appointment, Contact, Person
from ssa_desktop.domain.slips import SlipData
from ssa_desktop.services import activities, settings
from ssa_desktop.services import appointments as svc
from ssa_desktop.storage import repositories as repo

DAY = date(2026, 11, 20)


def _appt(conn, pupil, **kw):
    values = dict(day=DAY, start="09:40", end="10:10", person_id=pupil.id, room="012",
                  note="Streit mit Vater, Verdacht Mobbing")
    values.update(kw)
    return svc.save_appointment(conn, Appointment(**values))


def test_appointments_on_day_sorted_with_pseudonym_and_class(conn, pupil):
    _appt(conn, pupil, start="11:15", end="11:45")
    _appt(conn, pupil)
    _appt(conn, pupil, day=date(2026, 11, 21))
    views = svc.appointments_on(conn, DAY)
    assert [v.start for v in views] == ["09:40", "11:15"]
    assert views[0].who() == "K-17 (7b)"
    assert views[0].who(show_names=True) == "Kim Sommer (7b)"
    assert views[0].duration_min == 30
    assert views[0].school_id == "school-1"  # taken from the person


def test_invalid_times_are_refused_in_german(conn, pupil):
    with pytest.raises(ValueError, match="Ende des Termins"):
        _appt(conn, pupil, start="10:00", end="09:30")
    with pytest.raises(ValueError, match="keine gültige Uhrzeit"):
        _appt(conn, pupil, start="25:00")
    assert svc.appointments_on(conn, DAY) == []


def test_mark_attended_links_contact(conn, pupil):
    appt = _appt(conn, pupil)
    prefill = svc.quick_entry_prefill(svc.appointment(conn, appt.id))
    assert prefill == {"person_id": pupil.id, "day": DAY, "time": "09:40",
                       "duration_min": 30, "kind": "EB", "participants": ("pupil",),
                       "appointment_id": appt.id}
    contact = activities.record_contact(conn, Contact(day=DAY, kind="EB", duration_min=30,
                                                      person_id=pupil.id, time="09:40"))
    svc.mark_attended(conn, appt.id, contact.id)
    view = svc.appointment(conn, appt.id)
    assert (view.status, view.contact_id) == ("attended", contact.id)
    with pytest.raises(ValueError):
        svc.mark_attended(conn, appt.id, "no-such-contact")


def test_status_missed_and_cancelled(conn, pupil):
    appt = _appt(conn, pupil)
    svc.set_status(conn, appt.id, "missed")
    assert svc.appointment(conn, appt.id).status_label == "nicht erschienen"
    svc.set_status(conn, appt.id, "cancelled")
    assert svc.appointment(conn, appt.id).status == "cancelled"
    with pytest.raises(ValueError):
        svc.set_status(conn, appt.id, "attended")


def test_slip_data_carries_no_topic_note_or_case(conn, pupil):
    appt = _appt(conn, pupil)
    slip = svc.slip_data(conn, appt.id)
    assert isinstance(slip, SlipData)
    assert svc.SLIP_KEYS == ("school", "name", "class_label", "day", "start", "end", "room",
                             "logo")
    assert slip == SlipData(school="Gemeinschaftsschule Am Park", name="Kim S.",
                            class_label="7b", day=DAY, start="09:40", end="10:10", room="012")
    text = " ".join(str(getattr(slip, k)) for k in svc.SLIP_KEYS)
    for secret in ("Streit", "Mobbing", "Sommer", "K-17", "planned", appt.id):
        assert secret not in text


def test_slip_data_has_no_field_for_anything_else():
    with pytest.raises(TypeError):
        SlipData(school="X", note="Streit")  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        SlipData(room="Raum 1\nStreit mit der Mutter")
    with pytest.raises(ValueError):
        SlipData(name="x" * 61)


def test_slip_name_follows_the_option(conn, pupil):
    appt = _appt(conn, pupil)
    for fmt, expected in (("first_last", "Kim Sommer"), ("first", "Kim"),
                          ("pseudonym", "K-17"), ("first_initial", "Kim S.")):
        settings.set_value(conn, slips.NAME_FORMAT, fmt)
        assert svc.slip_data(conn, appt.id).name == expected


def test_slip_logo_is_stored_in_the_vault_and_checked(conn, pupil):
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    svc.set_slip_logo(conn, png)
    assert svc.slip_data(conn, _appt(conn, pupil).id).logo == png
    with pytest.raises(ValueError, match="PNG"):
        svc.set_slip_logo(conn, b"GIF89a")
    svc.set_slip_logo(conn, None)
    assert svc.slip_logo(conn) is None


def test_blank_slips_carry_only_the_school(conn):
    blank = svc.blank_slips(conn, 3)
    assert len(blank) == 3 and not blank[0].name
    assert blank[0].school == "Gemeinschaftsschule Am Park"
    with pytest.raises(ValueError):
        svc.blank_slips(conn, 0)


def test_slip_name_falls_back_to_pseudonym(conn):
    anon = repo.PERSONS.insert(conn, Person("M-03", class_label="9a", school_id="school-1"))
    appt = svc.save_appointment(conn, Appointment(day=DAY, start="11:15", end="11:45",
                                                  person_id=anon.id))
    assert svc.slip_data(conn, appt.id).name == "M-03"


def test_slips_for_day_skips_cancelled(conn, pupil):
    keep = _appt(conn, pupil)
    gone = _appt(conn, pupil, start="12:00", end="12:30")
    svc.set_status(conn, gone.id, "cancelled")
    assert [s.start for s in svc.slips_for_day(conn, DAY)] == [keep.start]


@given(st.text(max_size=12), st.text(max_size=12), st.text(min_size=1, max_size=8))
def test_slip_name_never_reveals_more_than_an_initial(first, last, pseudo):
    name = svc.slip_name(first, last, pseudo)
    if first.strip():
        assert name.startswith(first.strip())
        if last.strip():
            assert name.endswith(last.strip()[0] + ".")
            assert len(name) == len(first.strip()) + 3
    else:
        assert name == pseudo


def test_time_slots_cover_the_school_day():
    slots = svc.time_slots()
    assert slots[0] == "07:30" and slots[-1] == "16:30" and len(slots) == 19


def test_documenting_an_appointment_is_one_transaction(conn, pupil):
    from datetime import date

    import pytest

    from ssa_desktop.domain.entities import Appointment, Contact
    from ssa_desktop.services import appointments as svc
    from ssa_desktop.storage import repositories as repo

    appt = repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 11, 20), "09:40", "10:10",
                                                      person_id=pupil.id, school_id="school-1"))
    contact = Contact(date(2026, 11, 20), "EB", 30, person_id=pupil.id)
    svc.document_appointment(conn, appt.id, contact)
    stored = repo.APPOINTMENTS.get(conn, appt.id)
    assert (stored.status, stored.contact_id) == ("attended", contact.id)
    assert len(repo.STATISTICS.select(conn, "source_id = ?", (contact.id,))) == 1
    # a second attempt writes nothing at all: no second contact, statistics record or time
    again = Contact(date(2026, 11, 20), "EB", 30, person_id=pupil.id)
    with pytest.raises(ValueError, match="bereits"):
        svc.document_appointment(conn, appt.id, again)
    assert repo.CONTACTS.get(conn, again.id) is None
    assert repo.STATISTICS.select(conn, "source_id = ?", (again.id,)) == []
    assert repo.TIME_ENTRIES.select(conn, "source_id = ?", (again.id,)) == []
    # an unknown appointment: nothing written either
    lost = Contact(date(2026, 11, 20), "EB", 30, person_id=pupil.id)
    with pytest.raises(ValueError):
        svc.document_appointment(conn, "missing", lost)
    assert repo.CONTACTS.get(conn, lost.id) is None


def test_slips_for_person_next_planned_or_one_with_name_only(conn, pupil):
    assert svc.slips_for_person(conn, pupil.id, DAY) == [
        SlipData(school="Gemeinschaftsschule Am Park", name="Kim S.", class_label="7b")]
    later = _appt(conn, pupil, day=date(2026, 11, 24))
    _appt(conn, pupil, day=date(2026, 11, 19))  # in the past
    gone = _appt(conn, pupil, day=date(2026, 11, 25))
    svc.set_status(conn, gone.id, "cancelled")
    assert svc.slips_for_person(conn, pupil.id, DAY) == [svc.slip_data(conn, later.id)]
