"""Recording activities: the activity, its anonymous statistics record and its time entry
are written in one transaction (docs/domain.md § 7). GUI, CLI, demo data and imports all
record activities through these functions.
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain import activities as rules
from ..domain import appointment_times, clock, plausibility
from ..domain.entities import (
    Contact,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
    ShortContact,
)
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from ..storage import statistics_repo
from ..storage.connection import Connection
from ..storage.mapper import Table
from ..storage.transactions import transaction
from . import tombstones
from .operations import DataKind, notify, writes


def _record(conn: Connection, table, activity, stat, entry):
    """Write the activity, its statistics record and its time entry in one transaction."""
    with transaction(conn):
        table.insert(conn, activity)
        repo.STATISTICS.insert(conn, stat)
        repo.TIME_ENTRIES.insert(conn, entry)
    warn_if_delivered(conn, stat.school_year)
    return activity


def check_contact(contact: Contact, *, confirmed: bool = False) -> None:
    """Refuse an implausible contact (``plausibility.Implausible``) or ask first
    (``plausibility.NeedsConfirmation`` unless ``confirmed``): for what she types in;
    imports and demo data are recorded as they come."""
    plausibility.enforce(plausibility.contact(contact.day, contact.duration_min,
                                              clock.today()), confirmed)


def check_short_contact(sc: ShortContact, *, confirmed: bool = False) -> None:
    plausibility.enforce(plausibility.short_contact(sc.day, sc.duration_min, clock.today(),
                                                    sc.grade), confirmed)


def warn_if_delivered(conn: Connection, school_year: int) -> str:
    """The warning for a change to a delivered year ("" otherwise); it travels with the
    use case's result (``operations.notify``) and the GUI shows it in the status line."""
    if school_year not in statistics_repo.delivered_years(conn):
        return ""
    message = (f"Achtung: Das Schuljahr {SchoolYear(school_year).label} ist schon als "
               "abgegeben markiert. Der Eintrag ist gespeichert; der nächste KVJS-Export "
               "zeigt die Abweichung zu den abgegebenen Zahlen.")
    notify(message)
    return message


def drop_session(conn: Connection, table: Table,
                 delete_records: Callable[[Connection, str], object], kind: str,
                 session_id: str) -> str:
    """A group or open-offer session or a network activity entered by mistake goes with its
    time entry and statistics record (``delete_records``) and leaves a tombstone of
    ``kind``; a change to a delivered school year is warned about (the warning returned,
    "" otherwise)."""
    session = table.get(conn, session_id)
    with transaction(conn):
        delete_records(conn, session_id)
        if session is not None:
            tombstones.session_removed(conn, kind, session_id)
    if session is None:
        return ""
    return warn_if_delivered(conn, SchoolYear.of(session.day).start_year)


@writes(DataKind.CONTACTS, DataKind.STATISTICS, DataKind.TIME)
def record_contact(conn: Connection, contact: Contact) -> Contact:
    """A contact saved, its time as every way in stores it (``appointment_times``)."""
    contact.time = appointment_times.contact_time(contact.time)
    person = repo.PERSONS.get(conn, contact.person_id) if contact.person_id else None
    if person is not None and contact.school_id is None:
        contact.school_id = person.school_id
    return _record(conn, repo.CONTACTS, contact, *rules.for_contact(contact, person))


@writes(DataKind.CONTACTS, DataKind.STATISTICS, DataKind.TIME)
def record_short_contact(conn: Connection, sc: ShortContact) -> ShortContact:
    """A Kurzkontakt saved; a Klassenstufe her form does not offer is refused
    (``plausibility.grade_problem``, the rule of a file's too), nothing written."""
    if why := plausibility.grade_problem(sc.grade):
        raise plausibility.Implausible(why)
    return _record(conn, repo.SHORT_CONTACTS, sc, *rules.for_short_contact(sc))


def short_contacts(conn: Connection, limit: int = 1000) -> list[ShortContact]:
    """Kurzkontakte, newest first (the list where she can see and correct them)."""
    return repo.SHORT_CONTACTS.select(conn, order="day DESC, rowid DESC")[:limit]


@writes(DataKind.CONTACTS, DataKind.STATISTICS, DataKind.TIME)
def correct_short_contact(conn: Connection, sc: ShortContact) -> ShortContact:
    """Save corrected values; its statistics record and time entry are recomputed in the
    same transaction (they keep their ids: the record stays, with the right figures)."""
    check_short_contact(sc, confirmed=True)
    stat, entry = rules.for_short_contact(sc)
    with transaction(conn):
        if repo.SHORT_CONTACTS.get(conn, sc.id) is None:
            raise UserError("Diesen Kurzkontakt gibt es nicht mehr.")
        repo.SHORT_CONTACTS.update(conn, sc)
        for old in statistics_repo.for_source(conn, "short_contact", sc.id):
            stat.id = old.id
            repo.STATISTICS.update(conn, stat)
        for old_entry in repo.TIME_ENTRIES.select(conn, "source_kind = ? AND source_id = ?",
                                                  ("short_contact", sc.id)):
            entry.id = old_entry.id
            repo.TIME_ENTRIES.update(conn, entry)
    warn_if_delivered(conn, stat.school_year)
    return sc


@writes(DataKind.GROUPS, DataKind.STATISTICS, DataKind.TIME)
def record_group_session(conn: Connection, session: GroupSession) -> GroupSession:
    group = repo.GROUPS.get(conn, session.group_id)
    if group is None:
        raise ValueError("unknown group")
    return _record(conn, repo.GROUP_SESSIONS, session, *rules.for_group_session(session, group))


@writes(DataKind.OPEN_OFFERS, DataKind.STATISTICS, DataKind.TIME)
def record_open_offer(conn: Connection, session: OpenOfferSession) -> OpenOfferSession:
    return _record(conn, repo.OPEN_OFFERS, session, *rules.for_open_offer(session))


@writes(DataKind.NETWORK, DataKind.STATISTICS, DataKind.TIME)
def record_network_activity(conn: Connection, act: NetworkActivity) -> NetworkActivity:
    partner = repo.PARTNERS.get(conn, act.partner_id) if act.partner_id else None
    return _record(conn, repo.NETWORK_ACTIVITIES, act,
                   *rules.for_network_activity(act, partner.partner_type if partner else ""))


@writes(DataKind.GROUPS, DataKind.STATISTICS)
def save_group(conn: Connection, group: GroupActivity) -> GroupActivity:
    with transaction(conn):
        repo.GROUPS.save(conn, group)
    return group
