"""Who takes part in a group (docs/datenschutz.md, „Gruppenmitgliedschaft“).

A membership names a person and a group, from the day she joined to the day she left.
It is what a serial letter is written to (``services.letters.make_serial``). It goes with
the person (her deletion, R2) and with the group (R4: school year end + its period), and
a membership removed by hand leaves its tombstone (the table's trigger). A person whose
processing is restricted (Art. 18 DSGVO) is not added. GUI and CLI call these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import clock
from ..domain.entities import GroupMember, Person
from ..domain.errors import UserError
from ..formatting import fmt_date
from ..storage import group_members_repo as q
from ..storage import repositories as repo
from ..storage import retention_repo as rrepo
from ..storage.connection import Connection
from . import holds, tombstones
from .operations import DataKind, writes

TOMBSTONE_KIND = "group_member"


@dataclass(frozen=True)
class Member:
    """A membership with its person, for lists and letters."""

    membership: GroupMember
    person: Person

    @property
    def current(self) -> bool:
        left = self.membership.left_on
        return left is None or left >= clock.today()

    def label(self, show_names: bool) -> str:
        """„K-17 (7b)“, with her name when names are shown; „bis …“ when she left."""
        name = self.person.pseudonym
        if show_names and self.person.display_name:
            name += f" – {self.person.display_name}"
        if self.person.class_label:
            name += f" ({self.person.class_label})"
        if self.membership.left_on is not None:
            name += f", bis {fmt_date(self.membership.left_on)}"
        return name


def members(conn: Connection, group_id: str) -> list[Member]:
    """The group's members, by pseudonym."""
    return [Member(m, p) for m in q.for_group(conn, group_id)
            if (p := repo.PERSONS.get(conn, m.person_id)) is not None]


def candidates(conn: Connection, group_id: str) -> list[Person]:
    """Persons who may be added: of the group's school (all when the group has none), not
    yet members, not restricted; by pseudonym."""
    group = _group(conn, group_id)
    taken = {m.person_id for m in q.for_group(conn, group_id)}
    found = repo.PERSONS.select(conn, "school_id = ?" if group.school_id else "",
                                (group.school_id,) if group.school_id else (), "pseudonym, id")
    return [p for p in found if p.id not in taken and rrepo.restriction_of(conn, p.id) is None]


def _group(conn: Connection, group_id: str):
    group = repo.GROUPS.get(conn, group_id)
    if group is None:
        raise UserError("Diese Gruppe gibt es nicht (mehr).")
    return group


@writes(DataKind.GROUPS)
def add_member(conn: Connection, group_id: str, person_id: str,
               joined: date | None = None) -> GroupMember:
    """Add the person to the group from ``joined`` (today); German refusal when she is
    already a member, unknown or restricted."""
    _group(conn, group_id)
    person = repo.PERSONS.get(conn, person_id)
    if person is None:
        raise UserError("Diese Person gibt es nicht (mehr).")
    if rrepo.restriction_of(conn, person_id) is not None:
        raise UserError(f"Die Verarbeitung ist für {person.pseudonym} eingeschränkt "
                        "(Art. 18 DSGVO): sie wird keiner Gruppe hinzugefügt.")
    if q.of_person_in_group(conn, group_id, person_id) is not None:
        raise UserError(f"{person.pseudonym} gehört schon zu dieser Gruppe.")
    return q.MEMBERS.insert(conn, GroupMember(group_id, person_id, joined or clock.today()))


@writes(DataKind.GROUPS)
def end_membership(conn: Connection, member_id: str, left_on: date | None = None) -> GroupMember:
    """She left the group on ``left_on`` (today): the membership stays until the group's
    or the person's deletion; a letter is still possible (a Teilnahmebestätigung)."""
    member = _member(conn, member_id)
    left_on = left_on or clock.today()
    if left_on < member.joined:
        raise UserError(f"Das Ende ({fmt_date(left_on)}) liegt vor dem Beginn "
                        f"({fmt_date(member.joined)}).")
    member.left_on = left_on
    q.MEMBERS.update(conn, member)
    return member


@writes(DataKind.GROUPS)
def remove_member(conn: Connection, member_id: str) -> None:
    """Remove a membership entered by mistake, with its tombstone (on her clock's day; the
    table's trigger writes one for every other deletion). Refused while a hold lies on
    her (``holds``)."""
    member = _member(conn, member_id)
    if (why := _held(conn, member)) is not None:
        raise holds.HeldRecord(why)
    tombstones.erase(conn, q.MEMBERS, TOMBSTONE_KIND, member.id)


def hold_keeps_membership(conn: Connection, member_id: str) -> str | None:
    """Why the membership may not be removed (a hold on her: ``holds``), else None – the
    dialog says it before it asks."""
    member = q.MEMBERS.get(conn, member_id)
    return _held(conn, member) if member is not None else None


def _held(conn: Connection, member: GroupMember) -> str | None:
    return holds.refusal_for(conn, (member.id, member.person_id, member.group_id),
                             "die Gruppenmitgliedschaft")


def _member(conn: Connection, member_id: str) -> GroupMember:
    return q.MEMBERS.existing(conn, member_id, missing=UserError(
        "Diese Teilnahme gibt es nicht (mehr)."))
