"""What every recorded activity leaves behind: its anonymous statistics record and its
time entry (docs/domain.md §§ 4, 7). One function per activity kind; services write the
activity and both results in one transaction.
"""

from __future__ import annotations

from .entities import (
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


def for_contact(contact: Contact, person: Person | None) -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=contact.day,
        school_year=SchoolYear.of(contact.day).start_year,
        task_area="EFH",
        kind=contact.kind,
        duration_min=contact.duration_min,
        school_id=contact.school_id,
        gender=person.gender if person else "u",
        grade=person.grade if person else None,
        person_kind=person.kind if person else "",
        topics=tuple(contact.topics),
        access_route=contact.access_route,
        referral=contact.referral,
        participants=tuple(contact.participants),
        person_token=person.stat_token if person else "",
        source_kind="contact",
        source_id=contact.id,
    )
    entry = TimeEntry(day=contact.day, category="EFH", minutes=contact.duration_min,
                      school_id=contact.school_id, source_kind="contact", source_id=contact.id)
    return stat, entry


def for_short_contact(sc: ShortContact) -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=sc.day, school_year=SchoolYear.of(sc.day).start_year, task_area="EFH", kind="KO",
        duration_min=sc.duration_min * sc.count, school_id=sc.school_id, gender=sc.gender,
        grade=sc.grade, person_kind="pupil", topics=tuple(sc.topics), participants=("pupil",),
        count=sc.count, source_kind="short_contact", source_id=sc.id,
    )
    entry = TimeEntry(day=sc.day, category="EFH", minutes=sc.duration_min * sc.count,
                      school_id=sc.school_id, source_kind="short_contact", source_id=sc.id)
    return stat, entry


def for_group_session(session: GroupSession, group: GroupActivity) -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=session.day, school_year=SchoolYear.of(session.day).start_year, task_area="GRP",
        kind=group.kind, duration_min=session.duration_min, school_id=group.school_id,
        visitors=group.participants, source_kind="group_session", source_id=session.id,
    )
    entry = TimeEntry(day=session.day, category="GRP", minutes=session.duration_min,
                      school_id=group.school_id, source_kind="group_session", source_id=session.id)
    return stat, entry


def for_open_offer(session: OpenOfferSession) -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=session.day, school_year=SchoolYear.of(session.day).start_year, task_area="OFF",
        kind="open", duration_min=session.duration_min, school_id=session.school_id,
        visitors=session.visitors, source_kind="open_offer", source_id=session.id,
    )
    entry = TimeEntry(day=session.day, category="OFF", minutes=session.duration_min,
                      school_id=session.school_id, source_kind="open_offer", source_id=session.id)
    return stat, entry


def for_network_activity(act: NetworkActivity) -> tuple[StatisticsRecord, TimeEntry]:
    stat = StatisticsRecord(
        day=act.day, school_year=SchoolYear.of(act.day).start_year, task_area="VNZ",
        kind=act.kind, duration_min=act.duration_min, school_id=act.school_id,
        source_kind="network", source_id=act.id,
    )
    entry = TimeEntry(day=act.day, category="VNZ", minutes=act.duration_min,
                      school_id=act.school_id, source_kind="network", source_id=act.id)
    return stat, entry


def for_child_protection(proc: ChildProtectionProcedure, person: Person) -> StatisticsRecord:
    """A § 8a procedure counts as a case in the statistics; it has no time of its own (its
    steps are documented as contacts or network activities, which carry the time)."""
    return StatisticsRecord(
        day=proc.opened, school_year=SchoolYear.of(proc.opened).start_year, task_area="EFH",
        kind="8a", school_id=person.school_id, gender=person.gender, grade=person.grade,
        person_kind=person.kind, person_token=person.stat_token,
        source_kind="cp_procedure", source_id=proc.id,
    )
