"""Recording activities: the activity, its anonymous statistics record and its time entry
are written in one transaction (DOMAIN.md § 7). GUI, CLI, demo data and imports all
record activities through these functions.
"""

from __future__ import annotations

from ..domain import activities as rules
from ..domain import clock, plausibility
from ..domain.entities import (
    Contact,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
    ShortContact,
)
from ..storage import repositories as repo
from ..storage.transactions import transaction


def _record(conn, table, activity, stat, entry):
    """Write the activity, its statistics record and its time entry in one transaction."""
    with transaction(conn):
        table.insert(conn, activity)
        repo.STATISTICS.insert(conn, stat)
        repo.TIME_ENTRIES.insert(conn, entry)
    return activity


def check_contact(contact: Contact, *, confirmed: bool = False) -> None:
    """Refuse an implausible contact (``plausibility.Implausible``) or ask first
    (``plausibility.NeedsConfirmation`` unless ``confirmed``): for what she types in;
    imports and demo data are recorded as they come."""
    plausibility.enforce(plausibility.contact(contact.day, contact.duration_min,
                                              clock.today()), confirmed)


def check_short_contact(sc: ShortContact, *, confirmed: bool = False) -> None:
    plausibility.enforce(plausibility.short_contact(sc.day, sc.duration_min, clock.today()),
                         confirmed)


def record_contact(conn, contact: Contact) -> Contact:
    person = repo.PERSONS.get(conn, contact.person_id) if contact.person_id else None
    if person is not None and contact.school_id is None:
        contact.school_id = person.school_id
    return _record(conn, repo.CONTACTS, contact, *rules.for_contact(contact, person))


def record_short_contact(conn, sc: ShortContact) -> ShortContact:
    return _record(conn, repo.SHORT_CONTACTS, sc, *rules.for_short_contact(sc))


def short_contacts(conn, limit: int = 1000) -> list[ShortContact]:
    """Kurzkontakte, newest first (the list where she can see and correct them)."""
    return repo.SHORT_CONTACTS.select(conn, order="day DESC, rowid DESC")[:limit]


def correct_short_contact(conn, sc: ShortContact) -> ShortContact:
    """Save corrected values; its statistics record and time entry are recomputed in the
    same transaction (they keep their ids: the record stays, with the right figures)."""
    check_short_contact(sc, confirmed=True)
    stat, entry = rules.for_short_contact(sc)
    with transaction(conn):
        if repo.SHORT_CONTACTS.get(conn, sc.id) is None:
            raise ValueError("Diesen Kurzkontakt gibt es nicht mehr.")
        repo.SHORT_CONTACTS.update(conn, sc)
        for table, fresh in ((repo.STATISTICS, stat), (repo.TIME_ENTRIES, entry)):
            for old in table.select(conn, "source_kind = ? AND source_id = ?",
                                    ("short_contact", sc.id)):
                fresh.id = old.id
                table.update(conn, fresh)
    return sc


def record_group_session(conn, session: GroupSession) -> GroupSession:
    group = repo.GROUPS.get(conn, session.group_id)
    if group is None:
        raise ValueError("unknown group")
    return _record(conn, repo.GROUP_SESSIONS, session, *rules.for_group_session(session, group))


def record_open_offer(conn, session: OpenOfferSession) -> OpenOfferSession:
    return _record(conn, repo.OPEN_OFFERS, session, *rules.for_open_offer(session))


def record_network_activity(conn, act: NetworkActivity) -> NetworkActivity:
    return _record(conn, repo.NETWORK_ACTIVITIES, act, *rules.for_network_activity(act))


def save_group(conn, group: GroupActivity) -> GroupActivity:
    with transaction(conn):
        if repo.GROUPS.get(conn, group.id):
            repo.GROUPS.update(conn, group)
        else:
            repo.GROUPS.insert(conn, group)
    return group
