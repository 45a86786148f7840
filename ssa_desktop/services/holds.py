"""A hold (Sperre) keeps the whole record of a held person as proof (docs/retention.md,
„Einschränkung und Sperren“): no part of it is deleted – not by hand in her forms (a
document, a goal, its rating, an appointment, a group membership) and not by a file
(``services.interchange_merge``: import-json, a school package, a return). One rule
(``domain.retention.hold_among``) and one sentence for every way."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain import retention as rt
from ..domain.errors import UserError
from ..formatting import fmt_date
from ..storage import group_members_repo, retention_repo
from ..storage.connection import Connection


class HeldRecord(UserError):
    """A deletion refused because a hold lies on the record or the person it belongs to."""


def blocking(conn: Connection, ids: Iterable[str | None]) -> rt.Hold | None:
    """The hold on any of ``ids`` (the record's own, its case's, its person's …), or None."""
    holds = retention_repo.holds(conn)
    return rt.hold_among(holds, ids) if holds else None


# Whose hold it is, by the kind of record she set it on (the due list's „Gruppenangebot“
# and „Teilnehmerliste“ name a group; every other hold lies on a person's record).
_WHO = {"group": "diese Gruppe", "name_list": "diese Gruppe"}


def refusal(hold: rt.Hold, what: str, who: str | None = None) -> str:
    """The German sentence naming the hold: whose it is, its reason and review day."""
    who = who or _WHO.get(hold.record_kind, "diese Person")
    reason = rt.HOLD_REASONS.get(hold.reason, hold.reason)
    return (f"Für {who} besteht eine Sperre ({reason}, Überprüfung am "
            f"{fmt_date(hold.review)}); {what} wird nicht gelöscht. Die Sperre steht unter "
            "Datenschutz → Sperren.")


def refusal_for(conn: Connection, ids: Iterable[str | None], what: str) -> str | None:
    """The sentence when a hold lies on any of ``ids`` (``what`` names the record: „das
    Ziel“, „der Termin“ …), else None: her forms say it before they ask."""
    hold = blocking(conn, ids)
    return refusal(hold, what) if hold is not None else None


def refuse_deleting(conn: Connection, ids: Iterable[str | None], what: str) -> None:
    """Raise ``HeldRecord`` when a hold lies on any of ``ids``."""
    if (why := refusal_for(conn, ids, what)) is not None:
        raise HeldRecord(why)


def group_refusal(conn: Connection, group_id: str) -> str | None:
    """The sentence when a hold lies on the group or on one of its members (her
    membership, or her): deleting the group deletes every membership with it."""
    members = group_members_repo.for_group(conn, group_id)
    hold = blocking(conn, {group_id, *(m.id for m in members), *(m.person_id for m in members)})
    if hold is None:
        return None
    return refusal(hold, "die Gruppe", None if hold.record_id == group_id
                   else "eine Person dieser Gruppe")
