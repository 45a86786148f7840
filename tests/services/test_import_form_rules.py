"""A file's Kurzkontakte, open offers and groups are held to the rules her forms hold them
to (issue 65), with the form's sentence by place, exit 1 and nothing written: a
Kurzkontakt's minutes as any version of her entry saved them (0–1,440, as a contact's),
an open offer's visitors and their split m/w/d (``plausibility.visitors_problem``), a
group's participants (``plausibility.participants_problem``) and each session inside its
group's school year (``plausibility.session_day_problem``), a person's birth year and
grade and a Kurzkontakt's grade (``plausibility.person_numbers_problem``). Before, ``import-json``, a
merge and a school package took them, and the KVJS figures counted them. Crafted files,
real vaults, the real CLI; the boundaries themselves are read."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import (
    GroupActivity,
    GroupSession,
    OpenOfferSession,
    Person,
    ShortContact,
)
from ssa_desktop.services import activities, persons
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.test_import_not_counted_hostile import _vault
from tests.services.test_import_plausibility import _import, _refused

TODAY = date(2026, 11, 3)


def _export(conn) -> dict:
    """Her export with one pupil, one Kurzkontakt, one open offer and one group of 2026/27
    with a session, each as her forms saved it."""
    persons.save_person(conn, Person("P-Anna", school_id="school-1", grade=7, birth_year=2013))
    activities.record_short_contact(conn, ShortContact(date(2026, 10, 5), school_id="school-1"))
    activities.record_open_offer(conn, OpenOfferSession(
        "Pausenangebot", date(2026, 10, 6), 45, visitors=5, visitors_m=2, visitors_w=3,
        visitors_d=0, school_id="school-1"))
    group = activities.save_group(conn, GroupActivity("Soziales Lernen", 2026,
                                                      school_id="school-1", participants_w=6))
    activities.record_group_session(conn, GroupSession(group.id, date(2026, 10, 7), 90))
    return ix.export_document(conn)


OFFER_SPLIT = "Die Aufteilung m/w/d ergibt 12, angegeben sind aber 5 Besucher:innen."
REFUSED = {
    # one minute more than a day: no version of her entry let her save it
    "kurzkontakt_1441": ("short_contact", "duration_min", 1441,
                         "tables.short_contact[0].duration_min: 1441 Minuten sind 24,02 "
                         "Stunden – länger als ein Tag; so lange ließ die Eingabe keinen "
                         "Kontakt speichern (höchstens 1440 Minuten)"),
    "kurzkontakt_negativ": ("short_contact", "duration_min", -5,
                            "tables.short_contact[0].duration_min: darf nicht negativ sein"),
    "angebot_aufteilung": ("open_offer_session", "visitors_m", 9,
                           f"tables.open_offer_session[0].visitors: {OFFER_SPLIT}"),
    "angebot_negativ": ("open_offer_session", "visitors", -4,
                        "tables.open_offer_session[0].visitors: Die Besucherzahl kann nicht "
                        "negativ sein."),
    "angebot_teil_negativ": ("open_offer_session", "visitors_d", -1,
                             "tables.open_offer_session[0].visitors_d: Die Aufteilung m/w/d "
                             "kann nicht negativ sein."),
    "gruppe_negativ": ("group_activity", "participants_m", -3,
                       "tables.group_activity[0].participants_m: Teilnehmerzahlen können "
                       "nicht negativ sein."),
    # the day before the group's school year 2026/27 begins
    "termin_vorjahr": ("group_session", "day", "2026-07-31",
                       "tables.group_session[0].day: Das Datum liegt nicht im Schuljahr "
                       "2026/27."),
    "termin_folgejahr": ("group_session", "day", "2027-08-01",
                         "tables.group_session[0].day: Das Datum liegt nicht im Schuljahr "
                         "2026/27."),
    "klassenstufe_14": ("person", "grade", 14, "tables.person[0].grade: Die Klassenstufe "
                        "muss zwischen 1 und 13 liegen."),
    "klassenstufe_0": ("person", "grade", 0, "tables.person[0].grade: Die Klassenstufe muss "
                       "zwischen 1 und 13 liegen."),
    "geburtsjahr_1899": ("person", "birth_year", 1899, "tables.person[0].birth_year: Das "
                         "Geburtsjahr ist nicht plausibel."),
    "geburtsjahr_kuenftig": ("person", "birth_year", 2027, "tables.person[0].birth_year: Das "
                             "Geburtsjahr ist nicht plausibel."),
    "kurzkontakt_klasse_14": ("short_contact", "grade", 14, "tables.short_contact[0].grade: "
                              "Die Klassenstufe muss zwischen 1 und 13 liegen."),
}


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_row_her_form_refuses_refuses_the_file_with_the_form_s_sentence(
        conn, case, with_data, tmp_path, capsys, monkeypatch):
    table, field, value, line = REFUSED[case]
    with clock.frozen(TODAY):
        doc = _export(conn)
        doc["tables"][table][0][field] = value
        err = _refused(doc, tmp_path, capsys, monkeypatch, with_data=with_data)
    assert f"  {line}\n" in err, err


READ = {
    "kurzkontakt_1440": ("short_contact", "duration_min", 1440),
    "kurzkontakt_0": ("short_contact", "duration_min", 0),
    "angebot_ohne_aufteilung": ("open_offer_session", "visitors_m", None),
    "termin_erster_tag": ("group_session", "day", "2026-08-01"),
    "termin_letzter_tag": ("group_session", "day", "2027-07-31"),
    "klassenstufe_13": ("person", "grade", 13),
    "klassenstufe_1": ("person", "grade", 1),
    "geburtsjahr_heuer": ("person", "birth_year", 2026),
    "geburtsjahr_1900": ("person", "birth_year", 1900),
    "kurzkontakt_klasse_13": ("short_contact", "grade", 13),
}


@pytest.mark.parametrize("case", sorted(READ))
def test_the_boundaries_her_form_takes_are_read(conn, case, tmp_path, capsys, monkeypatch):
    table, field, value = READ[case]
    folder = _vault(tmp_path / "ziel", with_data=True)
    with clock.frozen(TODAY):
        doc = _export(conn)
        doc["tables"][table][0][field] = value
        if case == "angebot_ohne_aufteilung":
            doc["tables"][table][0].update(visitors_w=None, visitors_d=None)
        code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 0, out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        table_of = {"short_contact": repo.SHORT_CONTACTS, "open_offer_session": repo.OPEN_OFFERS,
                    "group_session": repo.GROUP_SESSIONS, "person": repo.PERSONS}[table]
        [row] = table_of.all(session.conn)
        got = getattr(row, field)
        assert (got.isoformat() if isinstance(got, date) else got) == value
    finally:
        session.lock()
