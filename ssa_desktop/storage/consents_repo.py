"""Queries of consents (Einwilligungen) and the disclosure log (docs/domain.md § 10)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..domain.entities import Consent, Disclosure
from .connection import Connection
from .repositories import CONSENTS, DISCLOSURES


def consents_for_person(conn: Connection, person_id: str) -> list[Consent]:
    return CONSENTS.select(conn, "person_id = ?", (person_id,), order="valid_from DESC, rowid DESC")


def disclosures_for_person(conn: Connection, person_id: str) -> list[Disclosure]:
    return DISCLOSURES.select(conn, "person_id = ?", (person_id,), order="day DESC, rowid DESC")


@dataclass(frozen=True)
class ExpiringConsentRow:
    consent_id: str
    person_id: str
    pseudonym: str
    recipient: str
    valid_to: date
    open_case: bool                 # the person has an open case
    others: tuple[Consent, ...]     # the person's other consents (to any recipient)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def consents_ending_between(conn: Connection, first: date, last: date) -> list[ExpiringConsentRow]:
    """Consents whose end date lies in [first, last] and that were not withdrawn before it,
    of persons who are not restricted; each with the person's other consents (one query)."""
    rows = conn.execute(
        "SELECT c.id, c.person_id, p.pseudonym, c.recipient, c.valid_to,"
        " EXISTS(SELECT 1 FROM case_file f WHERE f.person_id = c.person_id AND f.status = 'open'),"
        " o.id, o.recipient, o.valid_from, o.valid_to, o.withdrawn_on"
        " FROM consent c JOIN person p ON p.id = c.person_id"
        " LEFT JOIN consent o ON o.person_id = c.person_id AND o.id != c.id"
        " WHERE c.valid_to IS NOT NULL AND (c.withdrawn_on IS NULL OR c.withdrawn_on > c.valid_to)"
        " AND c.person_id NOT IN (SELECT record_id FROM retention_restriction)"
        " AND c.valid_to BETWEEN ? AND ? ORDER BY c.valid_to, c.id",
        (first.isoformat(), last.isoformat())).fetchall()
    found: dict[str, ExpiringConsentRow] = {}
    for r in rows:
        row = found.setdefault(r[0], ExpiringConsentRow(
            r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), bool(r[5]), ()))
        if r[6] is not None:
            other = Consent(r[1], r[7], date.fromisoformat(r[8]), valid_to=_day(r[9]),
                            withdrawn_on=_day(r[10]), id=r[6])
            found[r[0]] = replace(row, others=row.others + (other,))
    return list(found.values())


# -- other deadlines shown next to expiring consents on the Übersicht -----------------------
@dataclass(frozen=True)
class ExpiringNoteRow:
    note_id: str
    person_id: str | None
    pseudonym: str
    expires: date


def working_notes_expiring_until(conn: Connection, last: date) -> list[ExpiringNoteRow]:
    """Working notes (R3) that expire on or before ``last`` (including overdue ones)."""
    rows = conn.execute(
        "SELECT w.id, w.person_id, coalesce(p.pseudonym, ''), w.expires"
        " FROM working_note w LEFT JOIN person p ON p.id = w.person_id"
        " WHERE w.expires <= ? AND coalesce(w.person_id, '') NOT IN"
        " (SELECT record_id FROM retention_restriction) ORDER BY w.expires", (last.isoformat(),)).fetchall()
    return [ExpiringNoteRow(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]
