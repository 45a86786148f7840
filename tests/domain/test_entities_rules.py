"""The entities' declared defaults and their few rules (issue 20 item 6: mutation
testing of ``domain/entities.py``). A default is what a new record gets when a form or an
import leaves a field out, so each one is pinned here as a literal: a changed default is a
changed record."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e

D = date(2026, 3, 2)
# the required fields of each entity with a default
REQUIRED = {
    e.School: ("Schule",),
    e.Post: ("Stelle",),
    e.PostStaff: ("p", 2025),
    e.Person: ("K-1",),
    e.Case: ("p", D),
    e.Contact: (D, "EB", 30),
    e.WorkingNote: ("t", D),
    e.ShortContact: (D,),
    e.GroupActivity: ("G", 2025),
    e.GroupSession: ("g", D, 45),
    e.OpenOfferSession: ("O", D, 30),
    e.Partner: ("P",),
    e.NetworkActivity: ("RT", D, 60),
    e.TimeEntry: (D, "EFH", 30),
    e.Appointment: (D, "08:00", "08:45"),
    e.CooperationAgreement: ("s", D),
    e.AgreementGoal: ("a", "Ziel"),
    e.Consent: ("p", "Jugendamt", D),
    e.Disclosure: ("p", D, "JA", ("master",), "consent"),
    e.ChildProtectionProcedure: ("p", D),
    e.ChildProtectionStep: ("cp", "0", D),
    e.StatisticsRecord: (D, 2025, "contact", "EFH"),
    e.Draft: ("contact", "{}"),
}
DEFAULTS = {
    e.School: {"code": "", "school_type": "GMS", "address": "", "last_grade": None},
    e.Post: {"full_time_hours": 39.0, "qualification": ""},
    e.PostStaff: {
        "qualification": "",
        "percent": 0.0,
        "employed_from": None,
        "employed_to": None,
        "fixed_term": False,
        "employer_type": "",
    },
    e.Person: {
        "kind": "pupil",
        "first_name": "",
        "last_name": "",
        "gender": "u",
        "birth_year": None,
        "grade": None,
        "class_label": "",
        "school_id": None,
        "leaving_date": None,
        "school_change_date": None,
        "guardian_contact": "",
        "note": "",
    },
    e.Case: {
        "school_id": None,
        "title": "",
        "status": "open",
        "closed": None,
        "access_route": "",
        "topics": (),
        "referral": "",
        "note": "",
        "goals": "",
        "outcome": "",
        "outcome_referral": "",
    },
    e.Contact: {
        "school_id": None,
        "person_id": None,
        "case_id": None,
        "time": "",
        "participants": ("pupil",),
        "topics": (),
        "access_route": "",
        "referral": "",
        "note": "",
        "observation": "",
        "assessment": "",
        "disputed": False,
        "written_by": "",   # her own entry; a deputy's carries her name (issue 28)
    },
    e.WorkingNote: {"person_id": None, "case_id": None},
    e.ShortContact: {
        "school_id": None,
        "gender": "u",
        "grade": None,
        "topics": (),
        "count": 1,
        "duration_min": 5,
    },
    e.GroupActivity: {
        "kind": "group",
        "school_id": None,
        "classes": "",
        "goal_id": None,
        "participants_m": 0,
        "participants_w": 0,
        "participants_d": 0,
        "co_leaders": "",
        "name_list": "",
        "reported": False,
        "note": "",
        "purposes": (),
    },
    e.GroupSession: {"note": ""},
    e.OpenOfferSession: {
        "visitors": 0,
        "school_id": None,
        "visitors_m": None,
        "visitors_w": None,
        "visitors_d": None,
        "goal_id": None,
        "note": "",
    },
    e.Partner: {"partner_type": "OTH", "contact_person": "", "phone": "", "email": "", "note": ""},
    e.NetworkActivity: {"school_id": None, "partner_id": None, "goal_id": None, "note": ""},
    e.TimeEntry: {"school_id": None, "source_kind": "", "source_id": None, "note": ""},
    e.Appointment: {
        "person_id": None,
        "school_id": None,
        "room": "",
        "note": "",
        "status": "planned",
        "contact_id": None,
        "written_by": "",
    },
    e.CooperationAgreement: {"valid_to": None, "evaluation_dates": "", "notes": ""},
    e.AgreementGoal: {"offer": "", "position": 0},
    e.Consent: {
        "party": "young_person",
        "entrusted_by": "",
        "scope": "",
        "purpose": "",
        "valid_to": None,
        "withdrawn_on": None,
        "deputy": False,
    },
    e.Disclosure: {"consent_id": None},
    e.ChildProtectionProcedure: {
        "case_id": None,
        "acute": False,
        "status": "open",
        "closed": None,
        "youth_office_involved": False,
        "outcome": "open",
    },
    e.ChildProtectionStep: {"actor": "", "text": "", "due": None},
    e.StatisticsRecord: {
        "duration_min": 0,
        "school_id": None,
        "contact_kind": "",
        "gender": "u",
        "grade": None,
        "person_kind": "",
        "topics": (),
        "access_route": "",
        "referral": "",
        "participants": (),
        "person_token": "",
        "case_token": "",
        "count": 1,
        "group_token": "",
        "group_kind": "",
        "participants_m": 0,
        "participants_w": 0,
        "participants_d": 0,
        "visitors": 0,
        "visitors_m": 0,
        "visitors_w": 0,
        "visitors_d": 0,
        "network_kind": "",
        "partner_type": "",
        "youth_office": False,
        "source_id": None,
        "purposes": (),
        "cp_outcome": "",
        "case_outcome": "",
        "referral_target": "",
    },
    e.Draft: {"ref": ""},
}


@pytest.mark.parametrize("cls", list(DEFAULTS), ids=lambda c: c.__name__)
def test_declared_defaults(cls):
    values = dataclasses.asdict(cls(*REQUIRED[cls]))
    assert {k: values[k] for k in DEFAULTS[cls]} == DEFAULTS[cls]
    # every other field with a default starts empty: a new captured field ("" / () / 0 /
    # None / False, as its column's DEFAULT) needs no line here; a default that fills
    # something in must be listed above
    plain = {f.name for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}
    assert set(DEFAULTS[cls]) <= plain
    filled = {k: values[k] for k in plain - set(DEFAULTS[cls]) if not _empty(values[k])}
    assert filled == {}


def _empty(value) -> bool:
    return value is None or value is False or value in ("", (), [], 0)


def test_ids_tokens_and_creation_times():
    ids = {e.new_id() for _ in range(50)}
    assert len(ids) == 50 and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    with clock.frozen(datetime(2026, 3, 2, 8, 5, 7, 123456)):
        assert e.now_iso() == "2026-03-02 08:05:07"
        p = e.Person("K-1")
        assert p.created == "2026-03-02 08:05:07"
        assert e.Contact(D, "EB", 30).created == "2026-03-02 08:05:07"
        assert e.Draft("k", "{}").updated == "2026-03-02 08:05:07"
    assert len(p.id) == 32 and len(p.stat_token) == 32 and p.id != p.stat_token
    assert e.Person("K-1").id != p.id


def test_display_name():
    assert e.Person("K-1", first_name="Kim", last_name="Sommer").display_name == "Kim Sommer"
    assert e.Person("K-1", first_name="Kim").display_name == "Kim"
    assert e.Person("K-1", last_name="Sommer").display_name == "Sommer"
    assert e.Person("K-1").display_name == ""


def test_participant_sums():
    assert (
        e.GroupActivity(
            "G", 2025, participants_m=1, participants_w=20, participants_d=300
        ).participants
        == 321
    )
    r = e.StatisticsRecord(
        D, 2025, "group_session", "GRP", participants_m=1, participants_w=20, participants_d=300
    )
    assert r.group_participants == 321


def test_consent_valid_from_its_first_day_until_withdrawn():
    c = e.Consent(
        "p", "JA", date(2026, 3, 2), valid_to=date(2026, 3, 10), withdrawn_on=date(2026, 3, 8)
    )
    assert [c.is_valid_on(date(2026, 3, d)) for d in (1, 2, 7, 8, 10)] == [
        False,
        True,
        True,
        False,
        False,
    ]
    c = e.Consent("p", "JA", date(2026, 3, 2), valid_to=date(2026, 3, 10))
    assert [c.is_valid_on(date(2026, 3, d)) for d in (1, 2, 10, 11)] == [False, True, True, False]
    open_ended = e.Consent("p", "JA", date(2026, 3, 2))
    assert open_ended.is_valid_on(date(2099, 1, 1))


def test_entities_without_defaults_are_dataclasses_too():
    assert e.SchoolPupils("s", 2025, 300) == e.SchoolPupils("s", 2025, 300)
    assert e.PostShare("p", "s", 2025, 50.0).percent == 50.0
    with clock.frozen(datetime(2026, 3, 2, 8, 5, 7)):
        a = e.Annotation("contact", "c1", "note", "alt", "neu")
    assert (a.target_kind, a.created, len(a.id)) == ("contact", "2026-03-02 08:05:07", 32)
    delivered = e.KvjsDelivery(2025, "school:s", "kvjs-2025", "1", D, "{}")
    assert dataclasses.astuple(delivered) == (2025, "school:s", "kvjs-2025", "1", D, "{}")
