"""What every recorded activity leaves behind: its anonymous statistics record (v2) and its
time entry (docs/domain.md §§ 4, 7; docs/statistics.md). One function per activity kind; services write the
activity and both results in one transaction.

The record carries codes and counts only: no names, no free text, no foreign key. Tokens
are derived per school year (``domain.tokens``).
"""

from __future__ import annotations

from typing import Any

from .entities import (
    Case,
    ChildProtectionProcedure,
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
from .schoolyear import SchoolYear
from .tokens import case_token, group_token, person_token


def _year(day) -> int:
    return SchoolYear.of(day).start_year


def _entry(day, category: str, minutes: int, school_id, source_kind: str, source_id) -> TimeEntry:
    return TimeEntry(day=day, category=category, minutes=minutes, school_id=school_id,
                     source_kind=source_kind, source_id=source_id)


# Who counts as counselled (docs/statistics.md "Wer als beraten zählt"; shown in the app's
# "Wie wird gezählt?"; a test keeps the three in step).
COUNSELLED_RULE = (
    "Eine Schülerin oder ein Schüler zählt nur dann als beraten (mit Geschlecht, "
    "Klassenstufe, Themen und Zugang), wenn sie oder er am Kontakt teilgenommen hat "
    "(Beteiligte: Schüler:in). Ein Gespräch über sie oder ihn ohne ihre oder seine "
    "Teilnahme – etwa ein Elterngespräch nur mit den Eltern – zählt als ein "
    "Beratungskontakt mit Eltern (bzw. mit Lehrkräften), aber nicht als beratene Person, "
    "ohne Themen und ohne Zugang.")


def counselled(contact: Contact, person: Person | None) -> bool:
    """Does the contact count ``person`` as counselled? A pupil only when she took part;
    a parent, teacher or other person as the person the contact was with."""
    if person is None:
        return False
    return person.kind != "pupil" or "pupil" in contact.participants


def for_contact(contact: Contact, person: Person | None) -> tuple[StatisticsRecord, TimeEntry]:
    year = _year(contact.day)
    who: dict[str, Any]  # the counselled person's fields of the record
    if person is not None and counselled(contact, person):
        secret = person.stat_token
        who = {"gender": person.gender, "grade": person.grade, "person_kind": person.kind,
               "topics": tuple(contact.topics), "access_route": contact.access_route}
    else:  # e.g. parents only, about a pupil: a contact with parents, nobody counselled
        secret = ""
        who = {"gender": "u", "grade": None, "person_kind": "", "topics": (),
               "access_route": ""}
    stat = StatisticsRecord(
        day=contact.day, school_year=year, record_type="contact", task_area="EFH",
        duration_min=contact.duration_min, school_id=contact.school_id,
        contact_kind=contact.kind, **who,
        referral=contact.referral, participants=tuple(contact.participants),
        person_token=person_token(secret, year),
        case_token=case_token(secret, contact.case_id, year),
        source_id=contact.id,
    )
    return stat, _entry(contact.day, "EFH", contact.duration_min, contact.school_id,
                        "contact", contact.id)


def for_short_contact(sc: ShortContact) -> tuple[StatisticsRecord, TimeEntry]:
    minutes = sc.duration_min * sc.count
    stat = StatisticsRecord(
        day=sc.day, school_year=_year(sc.day), record_type="short_contact", task_area="EFH",
        duration_min=minutes, school_id=sc.school_id, contact_kind="KO", gender=sc.gender,
        grade=sc.grade, person_kind="pupil", topics=tuple(sc.topics), participants=("pupil",),
        count=sc.count, source_id=sc.id,
    )
    return stat, _entry(sc.day, "EFH", minutes, sc.school_id, "short_contact", sc.id)


def for_group_session(session: GroupSession, group: GroupActivity) -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=session.day, school_year=_year(session.day), record_type="group_session",
        task_area="GRP", duration_min=session.duration_min, school_id=group.school_id,
        **group_fields(group), source_id=session.id,
    )
    return stat, _entry(session.day, "GRP", session.duration_min, group.school_id,
                        "group_session", session.id)


def group_fields(group: GroupActivity) -> dict:
    """The fields a group correction rewrites on every record of the group's sessions."""
    return {"group_token": group_token(group.id, group.school_year), "group_kind": group.kind,
            "participants_m": group.participants_m, "participants_w": group.participants_w,
            "participants_d": group.participants_d, "purposes": tuple(group.purposes)}


def for_open_offer(session: OpenOfferSession) -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=session.day, school_year=_year(session.day), record_type="open_offer",
        task_area="OFF", duration_min=session.duration_min, school_id=session.school_id,
        visitors=session.visitors, visitors_m=session.visitors_m or 0,
        visitors_w=session.visitors_w or 0, visitors_d=session.visitors_d or 0,
        source_id=session.id,
    )
    return stat, _entry(session.day, "OFF", session.duration_min, session.school_id,
                        "open_offer", session.id)


def for_network_activity(act: NetworkActivity, partner_type: str = "") -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=act.day, school_year=_year(act.day), record_type="network", task_area="VNZ",
        duration_min=act.duration_min, school_id=act.school_id, network_kind=act.kind,
        partner_type=partner_type, source_id=act.id,
    )
    return stat, _entry(act.day, "VNZ", act.duration_min, act.school_id, "network", act.id)


def for_child_protection(proc: ChildProtectionProcedure, person: Person) -> StatisticsRecord:
    """A § 8a procedure counts as a procedure (never as a contact); it has no time of its
    own (its steps are documented as contacts or network activities, which carry it)."""
    year = _year(proc.opened)
    return StatisticsRecord(
        day=proc.opened, school_year=year, record_type="cp_8a", task_area="EFH",
        school_id=person.school_id, gender=person.gender, grade=person.grade,
        person_kind=person.kind, person_token=person_token(person.stat_token, year),
        case_token=case_token(person.stat_token, proc.case_id or proc.id, year),
        youth_office=proc.youth_office_involved, cp_outcome=proc.outcome or "open",
        source_id=proc.id,
    )


def for_case_closing(case: Case, person: Person | None) -> StatisticsRecord | None:
    """A closed case leaves one anonymous record of its outcome (in the school year of
    its closing): no person token, no time, ``count`` 0 so it is never a contact. None
    while the case is open."""
    if case.status != "closed" or case.closed is None:
        return None
    year = _year(case.closed)
    secret = person.stat_token if person else ""
    return StatisticsRecord(
        day=case.closed, school_year=year, record_type="case_closed", task_area="EFH",
        school_id=case.school_id, count=0,
        case_token=case_token(secret, case.id, year), case_outcome=case.outcome,
        referral_target=case.outcome_referral if case.outcome == "referred" else "",
        source_id=case.id,
    )
