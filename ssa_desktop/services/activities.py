"""Recording activities: the activity, its anonymous statistics record and its time entry
are written in one transaction (DOMAIN.md § 7). GUI, CLI, demo data and imports all
record activities through these functions.
"""

from __future__ import annotations

from ..domain import activities as rules
from ..domain.entities import (
    Contact,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
    ShortContact,
)
from ..storage import repositories as repo


def record_contact(conn, contact: Contact) -> Contact:
    person = repo.PERSONS.get(conn, contact.person_id) if contact.person_id else None
    if person is not None and contact.school_id is None:
        contact.school_id = person.school_id
    stat, entry = rules.for_contact(contact, person)
    with _tx(conn):
        repo.CONTACTS.insert(conn, contact)
        repo.STATISTICS.insert(conn, stat)
        repo.TIME_ENTRIES.insert(conn, entry)
    return contact


def record_short_contact(conn, sc: ShortContact) -> ShortContact:
    stat, entry = rules.for_short_contact(sc)
    with _tx(conn):
        repo.SHORT_CONTACTS.insert(conn, sc)
        repo.STATISTICS.insert(conn, stat)
        repo.TIME_ENTRIES.insert(conn, entry)
    return sc


def record_group_session(conn, session: GroupSession) -> GroupSession:
    group = repo.GROUPS.get(conn, session.group_id)
    if group is None:
        raise ValueError("unknown group")
    stat, entry = rules.for_group_session(session, group)
    with _tx(conn):
        repo.GROUP_SESSIONS.insert(conn, session)
        repo.STATISTICS.insert(conn, stat)
        repo.TIME_ENTRIES.insert(conn, entry)
    return session


def record_open_offer(conn, session: OpenOfferSession) -> OpenOfferSession:
    stat, entry = rules.for_open_offer(session)
    with _tx(conn):
        repo.OPEN_OFFERS.insert(conn, session)
        repo.STATISTICS.insert(conn, stat)
        repo.TIME_ENTRIES.insert(conn, entry)
    return session


def record_network_activity(conn, act: NetworkActivity) -> NetworkActivity:
    stat, entry = rules.for_network_activity(act)
    with _tx(conn):
        repo.NETWORK_ACTIVITIES.insert(conn, act)
        repo.STATISTICS.insert(conn, stat)
        repo.TIME_ENTRIES.insert(conn, entry)
    return act


def save_group(conn, group: GroupActivity) -> GroupActivity:
    with _tx(conn):
        if repo.GROUPS.get(conn, group.id):
            repo.GROUPS.update(conn, group)
        else:
            repo.GROUPS.insert(conn, group)
    return group


class _tx:
    """BEGIN IMMEDIATE … COMMIT, or join the transaction already open on ``conn``."""

    def __init__(self, conn):
        self.conn = conn
        self.owner = False

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.owner = True
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if self.owner:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


transaction = _tx
