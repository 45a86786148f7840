"""A hand-built vault for the KVJS tests: two schools served by one post, every kind of
activity, recorded through the real services. The expected figures in the tests are
counted by hand from this list (see the comments), never by the code under test."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import (
    Case,
    Contact,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
    Partner,
    Person,
    Post,
    PostShare,
    School,
    SchoolPupils,
    ShortContact,
    TimeEntry,
)
from ssa_desktop.services import activities as act
from ssa_desktop.services import child_protection as cp
from ssa_desktop.services import persons
from ssa_desktop.storage import repositories as repo

YEAR = 2025  # school year 2025/26


def build(conn) -> dict:
    """Fill ``conn`` (which already has school-1 "GMS-1") and return the objects by name."""
    # two schools of different type (school-1 is a Gemeinschaftsschule)
    repo.SCHOOLS.insert(conn, School("Realschule Am Berg", code="RS-2", school_type="RS",
                                     id="school-2"))
    repo.SCHOOL_PUPILS.insert(conn, SchoolPupils("school-1", YEAR, 400))
    repo.SCHOOL_PUPILS.insert(conn, SchoolPupils("school-2", YEAR, 250))
    repo.SCHOOL_PUPILS.insert(conn, SchoolPupils("school-1", YEAR - 1, 380))
    post = repo.POSTS.insert(conn, Post("Stelle Nord", id="post-1"))
    repo.POST_SHARES.insert(conn, PostShare(post.id, "school-1", YEAR, 50.0))
    repo.POST_SHARES.insert(conn, PostShare(post.id, "school-2", YEAR, 25.0))
    repo.POST_SHARES.insert(conn, PostShare(post.id, "school-1", YEAR - 1, 50.0))

    anna = repo.PERSONS.insert(conn, Person("A-1", gender="w", grade=7, school_id="school-1"))
    ben = repo.PERSONS.insert(conn, Person("B-2", gender="m", grade=5, school_id="school-1"))
    cem = repo.PERSONS.insert(conn, Person("C-3", gender="d", grade=None, school_id="school-2"))
    mum = repo.PERSONS.insert(conn, Person("M-4", kind="guardian", gender="w",
                                           school_id="school-1"))
    teacher = repo.PERSONS.insert(conn, Person("L-5", kind="teacher", gender="m",
                                               school_id="school-1"))
    case = repo.CASES.insert(conn, Case(anna.id, date(2025, 5, 2), school_id="school-1"))

    def contact(day, person, minutes, **kw):
        return act.record_contact(conn, Contact(day, kw.pop("kind", "EB"), minutes,
                                                person_id=person.id, **kw))

    # school-1, 2025/26 — anna 3 contacts (grade 7 then corrected below? no: stays 7)
    contact(date(2025, 9, 10), anna, 45, case_id=case.id, topics=("KON", "FAM"),
            participants=("pupil",), referral="none")
    contact(date(2025, 10, 1), anna, 30, case_id=case.id, topics=("FAM",),
            access_route="teacher", participants=("pupil", "parent"))
    contact(date(2026, 2, 3), anna, 60, case_id=case.id, topics=("EMO",),
            access_route="self", referral="SPS", participants=("pupil", "parent", "teacher"))
    # ben: 1 contact, no route
    contact(date(2025, 11, 4), ben, 20, topics=("KON",), participants=("pupil",))
    # mum: Elterngespräch, with a route
    contact(date(2025, 12, 1), mum, 50, kind="EG", topics=("FAM",), access_route="parents",
            referral="EB", participants=("parent",))
    # teacher: Beratung Lehrkraft
    contact(date(2026, 1, 12), teacher, 25, kind="BL", topics=("VER",),
            participants=("teacher",))
    # school-2: cem 2 contacts
    contact(date(2025, 9, 20), cem, 40, topics=("GEW",), access_route="peers",
            participants=("pupil",))
    contact(date(2026, 7, 20), cem, 35, topics=("GEW", "SCH"), access_route="youth_office",
            referral="ASD", participants=("pupil", "other"))
    # previous school year (2024/25): anna once at school-1
    contact(date(2025, 6, 2), anna, 30, case_id=case.id, topics=("SCH",), access_route="self")

    act.record_short_contact(conn, ShortContact(date(2025, 9, 11), school_id="school-1",
                                                gender="w", grade=6, count=3, duration_min=5))
    act.record_short_contact(conn, ShortContact(date(2026, 3, 3), school_id="school-2",
                                                gender="m", grade=8, count=2, duration_min=10))
    p_anna = cp.start_procedure(conn, anna.id, date(2026, 2, 10), case_id=case.id)
    p_cem = cp.start_procedure(conn, cem.id, date(2025, 8, 5))
    p_ben = cp.start_procedure(conn, ben.id, date(2025, 7, 1))  # 2024/25
    # anna: Gefährdung festgestellt, Jugendamt informed; cem: Hilfebedarf; ben: found (2024/25)
    cp.inform_youth_office(conn, p_anna.id, date(2026, 2, 12), "Fachkraft", "ASD", "Mitteilung",
                           "8a", True)
    cp.set_outcome(conn, p_anna.id, "found")
    cp.set_outcome(conn, p_cem.id, "need")
    cp.set_outcome(conn, p_ben.id, "found")

    # cases closed in 2025/26: anna's referred to the SPS (school-1), ben's achieved
    # (school-1), cem's partly (school-2); one of ben closed in 2024/25 does not count
    persons.close_case(conn, case.id, date(2026, 6, 30), "referred", "SPS")
    old = repo.CASES.insert(conn, Case(ben.id, date(2025, 1, 10), school_id="school-1"))
    persons.close_case(conn, old.id, date(2025, 7, 15), "achieved")
    ben_case = repo.CASES.insert(conn, Case(ben.id, date(2025, 11, 4)))
    persons.close_case(conn, ben_case.id, date(2026, 3, 1), "achieved")
    cem_case = repo.CASES.insert(conn, Case(cem.id, date(2025, 9, 20)))
    persons.close_case(conn, cem_case.id, date(2026, 5, 5), "partly")

    group_a = act.save_group(conn, GroupActivity("Soziales Lernen 5a", YEAR, kind="class",
                                                 school_id="school-1", participants_m=12,
                                                 participants_w=11, participants_d=1,
                                                 purposes=("SOZ", "KON")))
    group_b = act.save_group(conn, GroupActivity("Streitschlichter", YEAR, kind="group",
                                                 school_id="school-1", participants_m=3,
                                                 participants_w=4, purposes=("KON",)))
    group_c = act.save_group(conn, GroupActivity("Projekttag", YEAR, kind="project",
                                                 school_id="school-2", participants_w=20,
                                                 participants_d=2, purposes=("UEB",)))
    for group, day, minutes in ((group_a, date(2025, 10, 6), 90), (group_a, date(2025, 10, 13), 90),
                                (group_a, date(2025, 10, 20), 45), (group_b, date(2025, 11, 5), 60),
                                (group_c, date(2026, 5, 4), 300)):
        act.record_group_session(conn, GroupSession(group.id, day, minutes))

    act.record_open_offer(conn, OpenOfferSession("Pause", date(2025, 9, 15), 30, visitors=12,
                                                 school_id="school-1", visitors_m=5,
                                                 visitors_w=7))
    act.record_open_offer(conn, OpenOfferSession("Pause", date(2025, 9, 22), 30, visitors=8,
                                                 school_id="school-1"))
    act.record_open_offer(conn, OpenOfferSession("Mittag", date(2026, 1, 14), 45, visitors=15,
                                                 school_id="school-2"))

    asd = repo.PARTNERS.insert(conn, Partner("ASD", partner_type="JA"))
    act.record_network_activity(conn, NetworkActivity("RT", date(2025, 10, 2), 90,
                                                      school_id="school-1", partner_id=asd.id))
    act.record_network_activity(conn, NetworkActivity("GLK", date(2025, 11, 20), 120,
                                                      school_id="school-1"))
    act.record_network_activity(conn, NetworkActivity("RT", date(2026, 3, 9), 60,
                                                      school_id="school-2"))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2025, 9, 30), "IND", 240, school_id="school-1"))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 6, 30), "FOB", 480, school_id="school-2"))
    return dict(anna=anna, ben=ben, cem=cem, mum=mum, teacher=teacher, case=case,
                groups=(group_a, group_b, group_c), post=post)
