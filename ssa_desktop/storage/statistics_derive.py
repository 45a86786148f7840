"""Statistics records for activities that have none, derived exactly as typing the
activity would (``domain.activities``): the one function behind the import and merge of
an interchange file (``services.interchange_derive``) and the migration of a vault from
the first builds, which wrote no record for a § 8a procedure (``migrations.FINAL``)."""

from __future__ import annotations

from typing import Any, TypeVar

from ..domain import activities as rules
from ..domain.handover_kinds import is_deputy_mark
from . import repositories as repo
from .connection import Connection

T = TypeVar("T")

_ACTIVITIES = {"contact": ("contact", "contact"), "short_contact": ("short_contact", "short_contact"),
               "group_session": ("group_session", "group_session"),
               "open_offer_session": ("open_offer", "open_offer"),
               "network_activity": ("network", "network"), "cp_procedure": ("cp_8a", None)}
ACTIVITY_TABLES = tuple(_ACTIVITIES)  # the tables whose rows a statistics record counts
# activity table -> the record_type of the statistics record that counts its rows
RECORD_TYPES = {name: record_type for name, (record_type, _kind) in _ACTIVITIES.items()}


def statistics_sources(conn: Connection) -> set[tuple[str, str]]:
    """(record_type, source_id) of every statistics record that names its activity."""
    return set(conn.execute("SELECT record_type, source_id FROM statistics_record"
                            " WHERE source_id IS NOT NULL").fetchall())


def time_entry_sources(conn: Connection) -> set[tuple[str, str]]:
    return set(conn.execute("SELECT source_kind, source_id FROM time_entry"
                            " WHERE source_id IS NOT NULL").fetchall())


def tombstoned(conn: Connection) -> set[str]:
    """Ids (and ``<id>#<column>`` fields) deleted in this vault."""
    return {r[0] for r in conn.execute("SELECT record_id FROM tombstone")}


def derive_missing_statistics(conn: Connection, new_ids: dict[str, set], tables: dict[str, Any],
                              uncounted: dict[str, list[str]] | None = None) -> int:
    """For every activity of ``new_ids`` (ids per table) that has no statistics
    record, write the record — and, when its time entry is missing too, the time entry
    — exactly as typing it would (``domain.activities``). The number of records written.
    An activity that has its record keeps it as it is (a time entry removed by R8 is not
    brought back); one the file names as not counted (``uncounted``, an export's
    ``not_counted``) gets none; a deputy's contact gets no time entry (her working time
    is hers)."""
    counted = statistics_sources(conn)
    timed = time_entry_sources(conn)
    stones = tombstoned(conn)
    derived = 0
    for name, (record_type, source_kind) in _ACTIVITIES.items():
        table = tables[name]
        skipped = set((uncounted or {}).get(name, ()))
        for activity_id in sorted(new_ids.get(name, ())):
            if (record_type, activity_id) in counted or activity_id in skipped:
                continue
            activity = table.get(conn, activity_id)
            stat, entry = _derive(conn, name, activity)
            repo.STATISTICS.insert(conn, stat)
            derived += 1
            if entry is not None and (source_kind, activity_id) not in timed \
                    and entry.day.isoformat()[:7] not in stones \
                    and not is_deputy_mark(getattr(activity, "written_by", "")):
                repo.TIME_ENTRIES.insert(conn, entry)
    return derived


def derive_for_every_activity(conn: Connection) -> int:
    """``derive_missing_statistics`` for every activity of the vault, as the import of
    its export would (the migration of a vault from the first builds)."""
    tables = {t.name: t for t in repo.ALL_TABLES}
    every = {name: {r[0] for r in conn.execute(f'SELECT id FROM "{name}"')}  # noqa: S608
             for name in ACTIVITY_TABLES}
    return derive_missing_statistics(conn, every, tables)


def _parent(found: T | None) -> T:
    """The row a foreign key guarantees (NOT NULL, ON DELETE CASCADE)."""
    if found is None:
        raise LookupError("a record without the row its foreign key names")
    return found


def _derive(conn: Connection, name: str, activity):
    if name == "contact":
        person = repo.PERSONS.get(conn, activity.person_id) if activity.person_id else None
        return rules.for_contact(activity, person)
    if name == "short_contact":
        return rules.for_short_contact(activity)
    if name == "group_session":
        return rules.for_group_session(activity, _parent(repo.GROUPS.get(conn, activity.group_id)))
    if name == "open_offer_session":
        return rules.for_open_offer(activity)
    if name == "network_activity":
        partner = repo.PARTNERS.get(conn, activity.partner_id) if activity.partner_id else None
        return rules.for_network_activity(activity, partner.partner_type if partner else "")
    return rules.for_child_protection(activity, _parent(repo.PERSONS.get(conn, activity.person_id))), None
