"""Property: whatever activities are recorded, the anonymous statistics layer and the
time entries mirror them exactly — one record and one entry per activity, written in
the same transaction as the activity (docs/domain.md §§ 4, 7). Every field of every
record is expected, so a field the rules stop filling fails here."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.catalogues import (
    ACCESS_ROUTES,
    CONTACT_KINDS,
    GENDERS,
    NETWORK_KINDS,
    PARTICIPANT_ROLES,
    REFERRALS,
    TOPICS,
)
from ssa_desktop.domain.entities import (
    Contact,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
    Person,
    ShortContact,
    StatisticsRecord,
    TimeEntry,
)
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import activities as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from tests.support.examples import examples
from tests.support.vaults import fresh_vault

ACTIVITY_TABLES = ("contact", "short_contact", "group_session", "open_offer_session",
                   "network_activity", "statistics_record", "time_entry")

day_st = st.dates(min_value=date(2022, 6, 1), max_value=date(2027, 9, 30))
minutes_st = st.integers(min_value=0, max_value=600)
topics_st = st.lists(st.sampled_from(TOPICS.codes()), unique=True, max_size=4).map(tuple)
participants_st = st.lists(st.sampled_from(PARTICIPANT_ROLES.codes()), unique=True,
                           min_size=1, max_size=3).map(tuple)
access_st = st.sampled_from([""] + ACCESS_ROUTES.codes())
referral_st = st.sampled_from([""] + REFERRALS.codes())
STAT_FIELDS = {f.name for f in fields(StatisticsRecord)} - {"id"}
TIME_FIELDS = {f.name for f in fields(TimeEntry)} - {"id"}


@dataclass
class World:
    persons: list[Person]
    groups: list[GroupActivity]


def make_world(conn) -> World:
    persons = [
        repo.PERSONS.insert(conn, Person("Fuchs", first_name="Kim", last_name="Sommer",
                                         gender="w", grade=7, school_id="school-1")),
        repo.PERSONS.insert(conn, Person("Dachs", kind="guardian", first_name="Uwe",
                                         last_name="Sommer", gender="m", school_id="school-1")),
        repo.PERSONS.insert(conn, Person("Igel", first_name="Ali", last_name="Demir",
                                         gender="d", grade=9)),
    ]
    groups = [
        svc.save_group(conn, GroupActivity("Soziales Lernen 5b", 2025, school_id="school-1",
                                           participants_m=6, participants_w=7)),
        svc.save_group(conn, GroupActivity("Streitschlichter", 2024, kind="project",
                                           participants_d=2)),
    ]
    return World(persons, groups)


@pytest.fixture
def world(conn):
    return make_world(conn)


def _activity(draw_person, draw_group):
    contact = st.builds(
        lambda day, kind, minutes, person, topics, school, participants, access, referral: (
            "contact", Contact(day, kind, minutes, person_id=person, topics=topics,
                               school_id=school, participants=participants,
                               access_route=access, referral=referral, note="vertraulich")),
        day_st, st.sampled_from(CONTACT_KINDS.codes()), minutes_st, draw_person, topics_st,
        st.sampled_from([None, "school-1"]), participants_st, access_st, referral_st)
    short = st.builds(
        lambda day, minutes, count, gender, grade, topics: (
            "short_contact", ShortContact(day, school_id="school-1", gender=gender, grade=grade,
                                          topics=topics, count=count, duration_min=minutes)),
        day_st, st.integers(0, 30), st.integers(1, 12), st.sampled_from(GENDERS.codes()),
        st.one_of(st.none(), st.integers(1, 13)), topics_st)
    group = st.builds(
        lambda day, minutes, g: ("group_session", (GroupSession("", day, minutes), g)),
        day_st, minutes_st, draw_group)
    offer = st.builds(
        lambda day, minutes, visitors: (
            "open_offer", OpenOfferSession("Pausenangebot", day, minutes, visitors=visitors,
                                           school_id="school-1")),
        day_st, minutes_st, st.integers(0, 80))
    network = st.builds(
        lambda day, minutes, kind: (
            "network", NetworkActivity(kind, day, minutes, school_id="school-1",
                                       note="Arbeitskreis")),
        day_st, minutes_st, st.sampled_from(NETWORK_KINDS.codes()))
    return st.one_of(contact, short, group, offer, network)


def _record(conn, world: World, kind: str, obj):
    if kind == "contact":
        return svc.record_contact(conn, obj)
    if kind == "short_contact":
        return svc.record_short_contact(conn, obj)
    if kind == "group_session":
        session, group_index = obj
        session.group_id = world.groups[group_index].id
        return svc.record_group_session(conn, session)
    if kind == "open_offer":
        return svc.record_open_offer(conn, obj)
    return svc.record_network_activity(conn, obj)


def _expected(world: World, kind: str, obj) -> tuple[dict, dict]:
    """Every field of the statistics record and of the time entry, derived independently
    from the activity (hand-written here, not by calling the rules under test)."""
    base = dict(day=obj[0].day if kind == "group_session" else obj.day, duration_min=0,
                school_id=None, gender="u", grade=None, person_kind="", topics=(),
                access_route="", referral="", participants=(), person_token="", count=1,
                visitors=0, source_kind=kind if kind != "network" else "network",
                source_id=_source_id(kind, obj))
    base["school_year"] = SchoolYear.of(base["day"]).start_year
    if kind == "contact":
        person = next((p for p in world.persons if p.id == obj.person_id), None)
        school = obj.school_id if obj.school_id or person is None else person.school_id
        stat = dict(base, task_area="EFH", kind=obj.kind, duration_min=obj.duration_min,
                    school_id=school, gender=person.gender if person else "u",
                    grade=person.grade if person else None,
                    person_kind=person.kind if person else "", topics=obj.topics,
                    access_route=obj.access_route, referral=obj.referral,
                    participants=obj.participants,
                    person_token=person.stat_token if person else "")
    elif kind == "short_contact":
        stat = dict(base, task_area="EFH", kind="KO", duration_min=obj.duration_min * obj.count,
                    school_id=obj.school_id, gender=obj.gender, grade=obj.grade,
                    person_kind="pupil", topics=obj.topics, participants=("pupil",),
                    count=obj.count)
    elif kind == "group_session":
        session, index = obj
        group = world.groups[index]
        stat = dict(base, task_area="GRP", kind=group.kind, duration_min=session.duration_min,
                    school_id=group.school_id, visitors=group.participants)
    elif kind == "open_offer":
        stat = dict(base, task_area="OFF", kind="open", duration_min=obj.duration_min,
                    school_id=obj.school_id, visitors=obj.visitors)
    else:
        stat = dict(base, task_area="VNZ", kind=obj.kind, duration_min=obj.duration_min,
                    school_id=obj.school_id)
    entry = dict(day=stat["day"], category=stat["task_area"], minutes=stat["duration_min"],
                 school_id=stat["school_id"], source_kind=stat["source_kind"],
                 source_id=stat["source_id"], note="")
    return stat, entry


def _source_id(kind: str, obj) -> str:
    return obj[0].id if kind == "group_session" else obj.id


@settings(max_examples=examples(40), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_statistics_and_time_mirror_every_activity(data):
    with fresh_vault() as session:
        conn = session.conn
        world = make_world(conn)
        person_ids = st.sampled_from([None] + [p.id for p in world.persons])
        group_indexes = st.sampled_from(range(len(world.groups)))
        recorded = data.draw(st.lists(_activity(person_ids, group_indexes), max_size=25))
        # expectations first: the service may fill in fields (a contact's school)
        wanted = [(kind, obj, *_expected(world, kind, obj)) for kind, obj in recorded]
        for kind, obj in recorded:
            _record(conn, world, kind, obj)
        stats = {s.source_id: s for s in repo.STATISTICS.all(conn)}
        entries = {t.source_id: t for t in repo.TIME_ENTRIES.all(conn)}
        assert repo.STATISTICS.count(conn) == len(stats) == len(recorded)
        assert repo.TIME_ENTRIES.count(conn) == len(entries) == len(recorded)

        ids = {p.id for p in world.persons}
        names = {n for p in world.persons for n in (p.first_name, p.last_name, p.pseudonym)}
        for kind, obj, want_stat, want_entry in wanted:
            assert set(want_stat) == STAT_FIELDS and set(want_entry) == TIME_FIELDS
            stat, entry = stats[_source_id(kind, obj)], entries[_source_id(kind, obj)]
            assert {f: getattr(stat, f) for f in STAT_FIELDS} == want_stat, kind
            assert {f: getattr(entry, f) for f in TIME_FIELDS} == want_entry, kind
            assert stat.person_token not in ids
            assert not any(n and n in stat.person_token for n in names)


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ACTIVITY_TABLES}


def test_failing_contact_leaves_nothing(conn, world):
    before = _counts(conn)
    with pytest.raises(sqlcipher3.IntegrityError):
        svc.record_contact(conn, Contact(date(2026, 1, 5), "EB", -1, person_id=world.persons[0].id))
    assert _counts(conn) == before
    assert not conn.in_transaction


def test_failure_in_the_last_insert_rolls_back_the_activity(conn, world):
    """short_contact has no CHECK on duration; the time entry's CHECK fails last."""
    before = _counts(conn)
    sc = ShortContact(date(2026, 1, 5), school_id="school-1", count=2, duration_min=-1)
    with pytest.raises(sqlcipher3.IntegrityError):
        svc.record_short_contact(conn, sc)
    assert _counts(conn) == before
    assert repo.SHORT_CONTACTS.get(conn, sc.id) is None
    assert not conn.in_transaction


def test_recording_inside_an_outer_transaction_joins_it(open_vault, world):
    conn = open_vault.conn
    before = _counts(conn)
    with pytest.raises(RuntimeError), transaction(conn):
        svc.record_open_offer(conn, OpenOfferSession("Pause", date(2026, 1, 5), 45, visitors=9))
        svc.record_network_activity(conn, NetworkActivity("RT", date(2026, 1, 6), 90))
        raise RuntimeError("abgebrochen")
    assert _counts(conn) == before
    with transaction(conn):
        svc.record_open_offer(conn, OpenOfferSession("Pause", date(2026, 1, 5), 45, visitors=9))
    assert _counts(conn)["statistics_record"] == before["statistics_record"] + 1


def test_unknown_group_records_nothing(conn, world):
    before = _counts(conn)
    with pytest.raises(ValueError):
        svc.record_group_session(conn, GroupSession("gibt-es-nicht", date(2026, 1, 5), 60))
    assert _counts(conn) == before


def test_statistics_survive_deleting_the_person(conn, world):
    person = world.persons[0]
    contact = svc.record_contact(conn, Contact(date(2026, 3, 2), "EB", 40, person_id=person.id))
    repo.PERSONS.delete(conn, person.id)
    assert repo.CONTACTS.get(conn, contact.id) is None  # cascaded
    (stat,) = repo.STATISTICS.select(conn, "source_id = ?", (contact.id,))
    assert stat.person_token == person.stat_token and stat.duration_min == 40
    assert conn.execute("SELECT count(*) FROM person WHERE stat_token = ?",
                        (stat.person_token,)).fetchone()[0] == 0
