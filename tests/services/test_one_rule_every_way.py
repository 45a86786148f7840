"""One rule on every way into the vault (issue 65): what her form refuses, the service
refuses with the form's sentence, and a file (``import-json``, a merge) by place with the
same sentence, exit 1 and nothing written:

- a Kurzkontakt's Klassenstufe outside 1–13 (``plausibility.grade_problem``): her spin box
  offers 1–13 only; the service itself refused nothing before;
- no minutes (0 or fewer) of a group's session, an open offer or a network activity
  (``plausibility.no_duration_problem``): her forms refused 0 with two different
  sentences, a file's 0 was read in (a negative value said only „darf nicht negativ sein“);
- a consent whose end lies before its begin (``plausibility.consent_period_problem``): her
  consent form refused it, a file's was read in and never counted as valid.

Crafted files, real vaults, the real CLI; the boundaries her forms take are read."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock, plausibility
from ssa_desktop.domain.entities import (
    Consent,
    GroupActivity,
    NetworkActivity,
    OpenOfferSession,
    Person,
    ShortContact,
)
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import activities, consents, groups, network, open_offers, persons
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.test_import_not_counted_hostile import _vault
from tests.services.test_import_plausibility import _import, _refused

TODAY = date(2026, 11, 3)
GRADE = "Die Klassenstufe muss zwischen 1 und 13 liegen."
END_BEFORE_BEGIN = "Das Ende der Gültigkeit liegt vor ihrem Beginn."


def _no_minutes(what: str, minutes: int = 0) -> str:
    return (f"{what} hat keine Dauer ({minutes} Minuten). Bitte die Dauer in Minuten angeben, "
            "mindestens 1 Minute.")


def _over_a_day(what: str, minutes: str = "1.441") -> str:
    return (f"{what} ist mit {minutes} Minuten länger als ein Tag – bitte die Dauer prüfen "
            "(höchstens 1.440 Minuten).")


# -- the services, as her forms call them -----------------------------------------------
@pytest.mark.parametrize("grade", [0, 14, -1])
def test_the_service_refuses_a_kurzkontakt_s_grade_outside_1_to_13(conn, grade):
    with clock.frozen(TODAY), pytest.raises(plausibility.Implausible) as caught:
        activities.record_short_contact(conn, ShortContact(TODAY, school_id="school-1",
                                                           grade=grade))
    assert str(caught.value) == GRADE
    assert repo.SHORT_CONTACTS.all(conn) == [] and repo.STATISTICS.all(conn) == []
    assert repo.TIME_ENTRIES.all(conn) == []


@pytest.mark.parametrize("grade", [None, 1, 13])
def test_the_service_takes_the_grades_her_form_offers(conn, grade):
    with clock.frozen(TODAY):
        sc = activities.record_short_contact(conn, ShortContact(TODAY, school_id="school-1",
                                                                grade=grade))
    assert repo.SHORT_CONTACTS.get(conn, sc.id).grade == grade


def test_a_correction_to_a_grade_outside_1_to_13_is_refused_and_nothing_changes(conn):
    with clock.frozen(TODAY):
        sc = activities.record_short_contact(conn, ShortContact(TODAY, school_id="school-1",
                                                                grade=7))
        sc.grade = 14
        with pytest.raises(plausibility.Implausible, match=GRADE):
            activities.correct_short_contact(conn, sc)
        with pytest.raises(plausibility.Implausible, match=GRADE):
            activities.check_short_contact(sc)
    assert repo.SHORT_CONTACTS.get(conn, sc.id).grade == 7


def _group(conn) -> GroupActivity:
    return activities.save_group(conn, GroupActivity("Soziales Lernen", 2026,
                                                     school_id="school-1"))


@pytest.mark.parametrize("minutes", [0, -5, 1441, 9999])
def test_the_forms_refuse_no_minutes_with_one_sentence_per_kind(conn, minutes):
    with clock.frozen(TODAY):
        group = _group(conn)
        refusals = []
        for call in (
                lambda: groups.add_session(conn, group.id, date(2026, 10, 7), minutes),
                lambda: open_offers.record(conn, OpenOfferSession(
                    "Pausenangebot", date(2026, 10, 6), minutes, visitors=3,
                    school_id="school-1")),
                lambda: network.record_network_activity(conn, NetworkActivity(
                    "GRE", date(2026, 10, 8), minutes, school_id="school-1"))):
            with pytest.raises(UserError) as caught:
                call()
            refusals.append(str(caught.value))
    sentence = _no_minutes if minutes <= 0 else (
        lambda what, n: _over_a_day(what, f"{n:,}".replace(",", ".")))
    assert refusals == [sentence("Die Sitzung", minutes),
                        sentence("Das offene Angebot", minutes),
                        sentence("Die Vernetzungsaktivität", minutes)]
    assert repo.GROUP_SESSIONS.all(conn) == [] and repo.OPEN_OFFERS.all(conn) == []
    assert repo.NETWORK_ACTIVITIES.all(conn) == []


def test_a_consent_ending_before_it_begins_is_refused_by_the_domain_s_sentence(conn, pupil):
    with pytest.raises(consents.ConsentError) as caught:
        consents.save_consent(conn, Consent(pupil.id, "Herr Roth", date(2026, 10, 2),
                                            valid_to=date(2026, 10, 1), party="both"))
    assert str(caught.value) == END_BEFORE_BEGIN == plausibility.consent_period_problem(
        date(2026, 10, 2), date(2026, 10, 1))
    assert plausibility.consent_period_problem(date(2026, 10, 2), date(2026, 10, 2)) is None
    assert plausibility.consent_period_problem(date(2026, 10, 2), None) is None


# -- a file -------------------------------------------------------------------------------
def _export(conn) -> dict:
    """Her export with one pupil and a consent of hers, one open offer, one group of
    2026/27 with a session and one network activity, each as her forms saved it."""
    anna = persons.save_person(conn, Person("P-Anna", school_id="school-1", grade=7,
                                            birth_year=2013))
    consents.save_consent(conn, Consent(anna.id, "Herr Roth", date(2026, 10, 1),
                                        valid_to=date(2026, 12, 31), party="both"))
    open_offers.record(conn, OpenOfferSession("Pausenangebot", date(2026, 10, 6), 45,
                                              visitors=5, school_id="school-1"))
    groups.add_session(conn, _group(conn).id, date(2026, 10, 7), 90)
    network.record_network_activity(conn, NetworkActivity("GRE", date(2026, 10, 8), 60,
                                                           school_id="school-1"))
    return ix.export_document(conn)


REFUSED = {
    "sitzung_0": ("group_session", "duration_min", 0, _no_minutes("Die Sitzung")),
    "sitzung_negativ": ("group_session", "duration_min", -5, _no_minutes("Die Sitzung", -5)),
    "angebot_0": ("open_offer_session", "duration_min", 0, _no_minutes("Das offene Angebot")),
    "angebot_negativ": ("open_offer_session", "duration_min", -1,
                        _no_minutes("Das offene Angebot", -1)),
    "vernetzung_0": ("network_activity", "duration_min", 0,
                     _no_minutes("Die Vernetzungsaktivität")),
    "vernetzung_negativ": ("network_activity", "duration_min", -30,
                           _no_minutes("Die Vernetzungsaktivität", -30)),
    # a minute more than a day (1,440: no session, offer or activity is longer)
    "sitzung_1441": ("group_session", "duration_min", 1441, _over_a_day("Die Sitzung")),
    "angebot_1441": ("open_offer_session", "duration_min", 1441,
                     _over_a_day("Das offene Angebot")),
    "vernetzung_1441": ("network_activity", "duration_min", 1441,
                        _over_a_day("Die Vernetzungsaktivität")),
    # one day before its begin (2026-10-01)
    "einwilligung_ende_vor_beginn": ("consent", "valid_to", "2026-09-30", END_BEFORE_BEGIN),
    # withdrawn the day before: her form records the begin day, a file is read as written
    "einwilligung_widerruf_vor_beginn": (
        "consent", "withdrawn_on", "2026-09-30",
        "Der Widerruf am 30.09.2026 liegt vor dem Beginn der Einwilligung am 01.10.2026. Beim "
        "Widerrufen trägt das Programm dafür den Tag des Beginns ein – bitte den Widerruf auf "
        "den 01.10.2026 setzen."),
}


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_row_her_form_refuses_refuses_the_file_by_place_with_the_form_s_sentence(
        conn, case, with_data, tmp_path, capsys, monkeypatch):
    table, field, value, sentence = REFUSED[case]
    with clock.frozen(TODAY):
        doc = _export(conn)
        doc["tables"][table][0][field] = value
        err = _refused(doc, tmp_path, capsys, monkeypatch, with_data=with_data)
    assert f"  tables.{table}[0].{field}: {sentence}\n" in err, err
    assert "darf nicht negativ sein" not in err, err   # one sentence for one place


READ = {
    "sitzung_1": ("group_session", "duration_min", 1),
    "angebot_1": ("open_offer_session", "duration_min", 1),
    "vernetzung_1": ("network_activity", "duration_min", 1),
    "sitzung_1440": ("group_session", "duration_min", 1440),
    "angebot_1440": ("open_offer_session", "duration_min", 1440),
    "vernetzung_1440": ("network_activity", "duration_min", 1440),
    "einwilligung_ein_tag": ("consent", "valid_to", "2026-10-01"),
    "einwilligung_ohne_ende": ("consent", "valid_to", None),
    "einwilligung_widerruf_am_beginn": ("consent", "withdrawn_on", "2026-10-01"),
}
TABLES = {"group_session": repo.GROUP_SESSIONS, "open_offer_session": repo.OPEN_OFFERS,
          "network_activity": repo.NETWORK_ACTIVITIES, "consent": repo.CONSENTS}


@pytest.mark.parametrize("case", sorted(READ))
def test_the_boundaries_her_form_takes_are_read(conn, case, tmp_path, capsys, monkeypatch):
    table, field, value = READ[case]
    folder = _vault(tmp_path / "ziel", with_data=True)
    with clock.frozen(TODAY):
        doc = _export(conn)
        doc["tables"][table][0][field] = value
        code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 0, out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        [row] = TABLES[table].all(session.conn)
        got = getattr(row, field)
        assert (got.isoformat() if isinstance(got, date) else got) == value
    finally:
        session.lock()
