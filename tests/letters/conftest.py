"""A vault with a letterhead, a pupil and the records letters are made from."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import letters as dl
from ssa_desktop.domain.entities import Appointment, Consent, GroupActivity, Partner
from ssa_desktop.services import appointments, consents, groups, network, settings


@pytest.fixture
def letterhead(conn):
    for option, value in ((dl.TRAEGER_NAME, "Jugendhilfe Breisgau e. V."),
                          (dl.TRAEGER_STREET, "Marktplatz 1"),
                          (dl.TRAEGER_CITY, "79312 Emmendingen"),
                          (dl.WORKER_NAME, "Jana Berger"),
                          (dl.WORKER_PHONE, "07641 12 345"),
                          (dl.WORKER_EMAIL, "j.berger@jh-breisgau.example"),
                          (dl.FOOTER, "Amtsgericht Freiburg VR 1234")):
        settings.set_value(conn, option, value)
    return conn


@pytest.fixture
def records(conn, pupil, letterhead, frozen_clock):
    appt = appointments.save_appointment(conn, Appointment(
        date(2026, 12, 2), "14:00", "14:45", person_id=pupil.id, school_id="school-1",
        room="Beratungsraum", note="GEHEIM-Terminnotiz"))
    consent = consents.save_consent(conn, Consent(
        pupil.id, "Erziehungsberatungsstelle Emmendingen", date(2026, 11, 20), party="both",
        entrusted_by="Mutter", scope="Schulbesuch, Anlass der Beratung",
        purpose="Abstimmung der Hilfe"))
    partner = network.save_partner(conn, Partner("Erziehungsberatungsstelle Emmendingen",
                                                 contact_person="Herr Vogt",
                                                 phone="07641 55 66"))
    group = groups.save_group(conn, GroupActivity("Soziales Lernen 7b", 2026,
                                                  school_id="school-1",
                                                  note="GEHEIM-Gruppennotiz"))
    for day in (date(2026, 10, 7), date(2026, 10, 14), date(2026, 11, 4)):
        groups.add_session(conn, group.id, day, 90)
    return {"appointment": appt.id, "consent": consent.id, "partner": partner.id,
            "offer": group.id, "person": pupil.id}
