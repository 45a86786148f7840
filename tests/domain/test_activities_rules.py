"""What each activity leaves behind, beyond the golden records (issue 20 item 6:
mutation testing of ``domain/activities.py``): the time entries, who counts as
counselled, and the fallbacks (no person, no case, open outcome) as literals."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import activities as rules
from ssa_desktop.domain.entities import (
    Case,
    ChildProtectionProcedure,
    Contact,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
    Person,
    ShortContact,
    TimeEntry,
)
from ssa_desktop.domain.tokens import case_token, person_token

KIM = Person("K-17", first_name="Kim", gender="w", grade=7, school_id="s1",
             stat_token="kim-secret", id="p1")
MOTHER = Person("E-3", kind="parent", gender="w", school_id="s1", stat_token="m-secret",
                id="p2")


def _entry(entry: TimeEntry) -> tuple:
    return (entry.day, entry.category, entry.minutes, entry.school_id, entry.source_kind,
            entry.source_id, entry.note)


def test_counselled_rule():
    pupil_only = Contact(date(2025, 10, 1), "EB", 30, participants=("pupil",))
    parents_only = Contact(date(2025, 10, 1), "EB", 30, participants=("parent",))
    assert rules.counselled(pupil_only, KIM)
    assert not rules.counselled(parents_only, KIM)
    assert rules.counselled(parents_only, MOTHER)
    assert not rules.counselled(pupil_only, None)
    # the sentence docs/statistics.md and the app show (tests/kvjs/test_counselled_rule.py)
    assert rules.COUNSELLED_RULE == (
        "Eine Schülerin oder ein Schüler zählt nur dann als beraten (mit Geschlecht, "
        "Klassenstufe, Themen und Zugang), wenn sie oder er am Kontakt teilgenommen hat "
        "(Beteiligte: Schüler:in). Ein Gespräch über sie oder ihn ohne ihre oder seine "
        "Teilnahme – etwa ein Elterngespräch nur mit den Eltern – zählt als ein "
        "Beratungskontakt mit Eltern (bzw. mit Lehrkräften), aber nicht als beratene Person, "
        "ohne Themen und ohne Zugang.")


def test_contact_without_the_pupil_counts_nobody():
    c = Contact(date(2025, 10, 1), "EB", 30, school_id="s1", case_id="c1",
                participants=("parent",), topics=("FAM",), access_route="parents",
                referral="EB", id="k2")
    stat, entry = rules.for_contact(c, KIM)
    assert (stat.gender, stat.grade, stat.person_kind, stat.topics, stat.access_route,
            stat.person_token, stat.case_token) == ("u", None, "", (), "", "", "")
    assert (stat.referral, stat.participants, stat.contact_kind, stat.school_year) == (
        "EB", ("parent",), "EB", 2025)
    assert _entry(entry) == (date(2025, 10, 1), "EFH", 30, "s1", "contact", "k2", "")
    stat, _ = rules.for_contact(c, None)
    assert (stat.gender, stat.person_token) == ("u", "")


def test_contact_with_a_parent_on_file():
    c = Contact(date(2026, 7, 31), "TE", 15, participants=("parent",), case_id="c9", id="k3")
    stat, _ = rules.for_contact(c, MOTHER)
    assert (stat.gender, stat.person_kind, stat.school_year) == ("w", "parent", 2025)
    assert stat.person_token == person_token("m-secret", 2025)
    assert stat.case_token == case_token("m-secret", "c9", 2025)


def test_time_entries_of_every_activity():
    _, e = rules.for_short_contact(ShortContact(date(2025, 10, 2), school_id="s1", count=3,
                                                duration_min=5, id="sc1"))
    assert _entry(e) == (date(2025, 10, 2), "EFH", 15, "s1", "short_contact", "sc1", "")
    group = GroupActivity("5a", 2025, school_id="s2", id="g1")
    _, e = rules.for_group_session(GroupSession("g1", date(2025, 10, 7), 90, id="gs1"), group)
    assert _entry(e) == (date(2025, 10, 7), "GRP", 90, "s2", "group_session", "gs1", "")
    _, e = rules.for_open_offer(OpenOfferSession("P", date(2025, 10, 8), 30, school_id="s1",
                                                 id="o1"))
    assert _entry(e) == (date(2025, 10, 8), "OFF", 30, "s1", "open_offer", "o1", "")
    _, e = rules.for_network_activity(NetworkActivity("RT", date(2025, 10, 9), 60,
                                                      school_id="s1", id="n1"))
    assert _entry(e) == (date(2025, 10, 9), "VNZ", 60, "s1", "network", "n1", "")


def test_open_offer_without_split_counts_zero():
    stat, _ = rules.for_open_offer(OpenOfferSession("P", date(2025, 10, 8), 30, visitors=7,
                                                    id="o1"))
    assert (stat.visitors, stat.visitors_m, stat.visitors_w, stat.visitors_d) == (7, 0, 0, 0)
    stat, _ = rules.for_open_offer(OpenOfferSession("P", date(2025, 10, 8), 30, visitors=7,
                                                    visitors_d=2, id="o1"))
    assert stat.visitors_d == 2


def test_network_default_partner_type():
    stat, _ = rules.for_network_activity(NetworkActivity("RT", date(2025, 10, 9), 60, id="n1"))
    assert stat.partner_type == ""


def test_group_fields():
    g = GroupActivity("5a", 2025, kind="project", participants_m=1, participants_w=2,
                      participants_d=3, purposes=["SOZ"], id="g1")
    got = rules.group_fields(g)
    assert got == {"group_token": rules.group_token("g1", 2025), "group_kind": "project",
                   "participants_m": 1, "participants_w": 2, "participants_d": 3,
                   "purposes": ("SOZ",)}


def test_child_protection_without_case_or_outcome():
    proc = ChildProtectionProcedure("p1", date(2025, 8, 1), outcome="", id="cp2")
    stat = rules.for_child_protection(proc, KIM)
    assert stat.case_token == case_token("kim-secret", "cp2", 2025)
    assert (stat.cp_outcome, stat.youth_office, stat.school_year) == ("open", False, 2025)


def test_case_closing_fallbacks():
    closed = Case("p1", date(2025, 9, 1), status="closed", closed=date(2026, 8, 1),
                  outcome="achieved", outcome_referral="SPS", id="c1")
    stat = rules.for_case_closing(closed, KIM)
    assert (stat.school_year, stat.referral_target, stat.count, stat.case_outcome) == (
        2026, "", 0, "achieved")
    assert stat.case_token == case_token("kim-secret", "c1", 2026)
    stat = rules.for_case_closing(closed, None)
    assert stat.case_token == ""
    no_day = Case("p1", date(2025, 9, 1), status="closed", id="c2")
    assert rules.for_case_closing(no_day, KIM) is None
    open_with_day = Case("p1", date(2025, 9, 1), closed=date(2026, 1, 1), id="c3")
    assert rules.for_case_closing(open_with_day, KIM) is None
