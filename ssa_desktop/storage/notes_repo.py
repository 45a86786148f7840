"""Drafts, annotations, the disputed flag and working notes (explicit SQL)."""

from __future__ import annotations

from datetime import date

from ..domain.entities import Annotation, Draft, WorkingNote
from . import repositories as repo
from .connection import Connection

# Fields of a contact that an annotation may correct.
CONTACT_TEXT_FIELDS = ("note", "observation", "assessment")


def upsert_draft(conn: Connection, draft: Draft) -> None:
    conn.execute("INSERT INTO draft (id, kind, ref, payload, updated) VALUES (?, ?, ?, ?, ?)"
                 " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, ref = excluded.ref,"
                 " payload = excluded.payload, updated = excluded.updated",
                 (draft.id, draft.kind, draft.ref, draft.payload, draft.updated))


def draft_ids_filed_under(conn: Connection, ref: str) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM draft WHERE ref = ?", (ref,))]


def delete_drafts_filed_under(conn: Connection, ref: str) -> None:
    """The drafts of a record that is deleted (e.g. a group's unsaved form)."""
    conn.execute("DELETE FROM draft WHERE ref = ?", (ref,))


# A draft belongs to a person when it is filed under her (``ref``), names her in its
# payload, or is filed under (or names) one of her appointments.
_DRAFT_PERSON = "coalesce(CASE WHEN json_valid(payload) THEN json_extract(payload, '$.person_id') END, '')"
_DRAFT_APPOINTMENT = ("coalesce(CASE WHEN json_valid(payload) THEN "
                      "json_extract(payload, '$.appointment_id') END, '')")
_RESTRICTED_APPOINTMENTS = ("SELECT a.id FROM appointment a JOIN retention_restriction r"
                            " ON r.record_id = a.person_id")


def drafts(conn: Connection, kind: str | None = None) -> list[Draft]:
    """Pending drafts, newest first; none of a restricted person (Art. 18 DSGVO), also
    none filed under one of her appointments."""
    restricted = "(SELECT record_id FROM retention_restriction)"
    appointments = "".join(("(", _RESTRICTED_APPOINTMENTS, ")"))
    visible = " AND ".join((" NOT IN ".join(("ref", restricted)),
                            " NOT IN ".join((_DRAFT_PERSON, restricted)),
                            " NOT IN ".join(("ref", appointments)),
                            " NOT IN ".join((_DRAFT_APPOINTMENT, appointments))))
    if kind:
        return repo.DRAFTS.select(conn, "kind = ? AND " + visible, (kind,),
                                  order="updated DESC, rowid DESC")
    return repo.DRAFTS.select(conn, visible, (), order="updated DESC, rowid DESC")


def set_contact_text(conn: Connection, contact_id: str, field_name: str, text: str) -> None:
    if field_name not in CONTACT_TEXT_FIELDS:
        raise ValueError(f"not a correctable field: {field_name}")
    conn.execute(f"UPDATE contact SET {field_name} = ? WHERE id = ?",  # noqa: S608
                 (text, contact_id))


def set_disputed(conn: Connection, contact_id: str, flag: bool) -> None:
    conn.execute("UPDATE contact SET disputed = ? WHERE id = ?", (1 if flag else 0, contact_id))


def annotations_for(conn: Connection, target_id: str) -> list[Annotation]:
    return repo.ANNOTATIONS.select(conn, "target_id = ?", (target_id,),
                                   order="created, rowid")


def delete_working_note(conn: Connection, note_id: str) -> int:
    return conn.execute("DELETE FROM working_note WHERE id = ?", (note_id,)).rowcount


def working_notes_for(conn: Connection, person_id: str) -> list[WorkingNote]:
    return repo.WORKING_NOTES.select(conn, "person_id = ?", (person_id,),
                                     order="created DESC, rowid DESC")


def delete_expired_working_notes(conn: Connection, today: date) -> list[str]:
    """Delete the working notes whose time is over; their ids (for the tombstones).
    A restricted person's notes stay (Art. 18 DSGVO: restricted data are not erased by
    a rule; the restriction decides)."""
    return [r[0] for r in conn.execute(
        "DELETE FROM working_note WHERE expires <= ? AND coalesce(person_id, '') NOT IN"
        " (SELECT record_id FROM retention_restriction) RETURNING id", (today.isoformat(),))]


def any_expired_working_note(conn: Connection, today: date) -> bool:
    """Whether ``delete_expired_working_notes`` would delete anything (the same rows)."""
    return conn.execute(
        "SELECT EXISTS (SELECT 1 FROM working_note WHERE expires <= ? AND"
        " coalesce(person_id, '') NOT IN (SELECT record_id FROM retention_restriction))",
        (today.isoformat(),)).fetchone()[0] == 1


def drafts_of_person(conn: Connection, person_id: str) -> list[Draft]:
    """Every draft of the person: filed under her or one of her appointments, or naming
    her or one of her appointments in its payload (Auskunft)."""
    theirs = "SELECT id FROM appointment WHERE person_id = ?"
    return repo.DRAFTS.select(
        conn, f"ref = ? OR {_DRAFT_PERSON} = ? OR ref IN ({theirs})"
              f" OR {_DRAFT_APPOINTMENT} IN ({theirs})",
        (person_id, person_id, person_id, person_id), order="updated DESC, rowid DESC")
