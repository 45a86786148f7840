"""Group memberships: who takes part in a group, from when to when (migration 0023).

A row goes with its person and with its group (FK cascades); its trigger leaves the
tombstone of every deletion. Explicit SQL; the rules are in ``services.group_members``.
"""

from __future__ import annotations

from ..domain import entities as e
from .connection import Connection
from .mapper import Table

MEMBERS = Table("group_member", e.GroupMember)


def for_group(conn: Connection, group_id: str) -> list[e.GroupMember]:
    """The group's members, by pseudonym."""
    return MEMBERS.select(conn, "group_id = ?", (group_id,),
                          "(SELECT pseudonym FROM person p WHERE p.id = person_id), id")


def for_person(conn: Connection, person_id: str) -> list[e.GroupMember]:
    """The person's memberships, earliest first."""
    return MEMBERS.select(conn, "person_id = ?", (person_id,), "joined, id")


def of_person_in_group(conn: Connection, group_id: str, person_id: str) -> e.GroupMember | None:
    found = MEMBERS.select(conn, "group_id = ? AND person_id = ?", (group_id, person_id), "id")
    return found[0] if found else None
