"""Golden test: the v2 statistics records of a small literal fixture, every field pinned
as a literal (docs/statistics.md, "Statistik-Datensatz"). A change here is a change of
the stored format and needs a migration."""

from __future__ import annotations

import dataclasses
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
)

KIM = Person("K-17", first_name="Kim", gender="w", grade=7, school_id="s1",
             stat_token="kim-secret", id="p1")
GROUP = GroupActivity("Klasse 5a", 2025, kind="class", school_id="s1", participants_m=10,
                      participants_w=12, participants_d=1, purposes=("SOZ", "KON"), id="g1")


def _fields(record) -> dict:
    values = dataclasses.asdict(record)
    values.pop("id")
    return {k: v for k, v in values.items() if v not in ("", 0, (), None, False) or k in
            ("day", "school_year", "record_type", "task_area")}


def test_golden_records():
    contact, _ = rules.for_contact(Contact(
        date(2025, 10, 1), "EB", 45, school_id="s1", person_id="p1", case_id="c1",
        participants=("pupil", "parent"), topics=("KON", "FAM"), access_route="teacher",
        referral="EB", note="vertraulich", id="k1"), KIM)
    short, _ = rules.for_short_contact(ShortContact(
        date(2025, 10, 2), school_id="s1", gender="m", grade=6, topics=("KON",), count=3,
        duration_min=5, id="sc1"))
    cp = rules.for_child_protection(ChildProtectionProcedure(
        "p1", date(2026, 2, 3), case_id="c1", youth_office_involved=True, outcome="found",
        id="cp1"), KIM)
    group, _ = rules.for_group_session(GroupSession("g1", date(2025, 10, 7), 90, id="gs1"), GROUP)
    offer, _ = rules.for_open_offer(OpenOfferSession(
        "Pausenangebot", date(2025, 10, 8), 30, visitors=9, school_id="s1", visitors_m=4,
        visitors_w=5, id="o1"))
    network, _ = rules.for_network_activity(NetworkActivity(
        "RT", date(2025, 10, 9), 60, school_id="s1", partner_id="x1", note="Runder Tisch",
        id="n1"), "JA")
    closed = rules.for_case_closing(Case(
        "p1", date(2025, 9, 1), school_id="s1", status="closed", closed=date(2026, 6, 30),
        goals="Schulbesuch stabil", outcome="referred", outcome_referral="SPS", id="c1"), KIM)
    assert [_fields(r) for r in (contact, short, cp, group, offer, network, closed)] == [
        dict(day=date(2025, 10, 1), school_year=2025, record_type="contact", task_area="EFH",
             duration_min=45, school_id="s1", contact_kind="EB", gender="w", grade=7,
             person_kind="pupil", topics=("KON", "FAM"), access_route="teacher",
             referral="EB", participants=("pupil", "parent"),
             person_token="924b4e47ef936978a3256cd07c2b9e50",
             case_token="0ab3b8da72503cf1801a98f68f148301", count=1, source_id="k1"),
        dict(day=date(2025, 10, 2), school_year=2025, record_type="short_contact",
             task_area="EFH", duration_min=15, school_id="s1", contact_kind="KO", gender="m",
             grade=6, person_kind="pupil", topics=("KON",), participants=("pupil",), count=3,
             source_id="sc1"),
        dict(day=date(2026, 2, 3), school_year=2025, record_type="cp_8a", task_area="EFH",
             school_id="s1", gender="w", grade=7, person_kind="pupil",
             person_token="924b4e47ef936978a3256cd07c2b9e50",
             case_token="0ab3b8da72503cf1801a98f68f148301", count=1, youth_office=True,
             source_id="cp1", cp_outcome="found"),
        dict(day=date(2025, 10, 7), school_year=2025, record_type="group_session",
             task_area="GRP", duration_min=90, school_id="s1", gender="u", count=1,
             group_token="8713c42ac16a3fda4aed4a7060be9830", group_kind="class",
             participants_m=10, participants_w=12, participants_d=1, source_id="gs1",
             purposes=("SOZ", "KON")),
        dict(day=date(2025, 10, 8), school_year=2025, record_type="open_offer",
             task_area="OFF", duration_min=30, school_id="s1", gender="u", count=1,
             visitors=9, visitors_m=4, visitors_w=5, source_id="o1"),
        dict(day=date(2025, 10, 9), school_year=2025, record_type="network", task_area="VNZ",
             duration_min=60, school_id="s1", gender="u", count=1, network_kind="RT",
             partner_type="JA", source_id="n1"),
        # no person token, no goals text, count 0: never a contact
        dict(day=date(2026, 6, 30), school_year=2025, record_type="case_closed",
             task_area="EFH", school_id="s1", gender="u",
             case_token="0ab3b8da72503cf1801a98f68f148301", source_id="c1",  # as its contacts
             case_outcome="referred", referral_target="SPS"),
    ]
    open_case = Case("p1", date(2025, 9, 1), outcome="achieved", id="c2")
    assert rules.for_case_closing(open_case, KIM) is None


def test_record_type_codes_are_pinned():
    """Stored in every statistics record and interchange file: a code may be added, never
    renamed or removed."""
    from ssa_desktop.domain.catalogues import RECORD_TYPES

    assert [(e.code, e.group) for e in RECORD_TYPES] == [
        ("contact", "EFH"), ("short_contact", "EFH"), ("cp_8a", "EFH"),
        ("group_session", "GRP"), ("open_offer", "OFF"), ("network", "VNZ"),
        ("case_closed", "EFH")]
