"""Drafts, annotations, the disputed flag and working notes (explicit SQL)."""

from __future__ import annotations

from datetime import date

from ..domain.entities import Annotation, Contact, Draft, WorkingNote
from . import repositories as repo

# Fields of a contact that an annotation may correct.
CONTACT_TEXT_FIELDS = ("note", "observation", "assessment")


def upsert_draft(conn, draft: Draft) -> None:
    conn.execute("INSERT INTO draft (id, kind, ref, payload, updated) VALUES (?, ?, ?, ?, ?)"
                 " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, ref = excluded.ref,"
                 " payload = excluded.payload, updated = excluded.updated",
                 (draft.id, draft.kind, draft.ref, draft.payload, draft.updated))


def get_draft(conn, draft_id: str) -> Draft | None:
    return repo.DRAFTS.get(conn, draft_id)


def delete_draft(conn, draft_id: str) -> None:
    repo.DRAFTS.delete(conn, draft_id)


def drafts(conn, kind: str | None = None) -> list[Draft]:
    """Pending drafts, newest first; none of a restricted person (Art. 18 DSGVO)."""
    visible = ("ref NOT IN (SELECT record_id FROM retention_restriction) AND coalesce("
               "CASE WHEN json_valid(payload) THEN json_extract(payload, '$.person_id') END, '')"
               " NOT IN (SELECT record_id FROM retention_restriction)")
    if kind:
        return repo.DRAFTS.select(conn, "kind = ? AND " + visible, (kind,),
                                  order="updated DESC, rowid DESC")
    return repo.DRAFTS.select(conn, visible, (), order="updated DESC, rowid DESC")


def get_contact(conn, contact_id: str) -> Contact | None:
    return repo.CONTACTS.get(conn, contact_id)


def set_contact_text(conn, contact_id: str, field_name: str, text: str) -> None:
    if field_name not in CONTACT_TEXT_FIELDS:
        raise ValueError(f"not a correctable field: {field_name}")
    conn.execute(f"UPDATE contact SET {field_name} = ? WHERE id = ?",  # noqa: S608
                 (text, contact_id))


def set_disputed(conn, contact_id: str, flag: bool) -> None:
    conn.execute("UPDATE contact SET disputed = ? WHERE id = ?", (1 if flag else 0, contact_id))


def insert_annotation(conn, annotation: Annotation) -> None:
    repo.ANNOTATIONS.insert(conn, annotation)


def annotations_for(conn, target_id: str) -> list[Annotation]:
    return repo.ANNOTATIONS.select(conn, "target_id = ?", (target_id,),
                                   order="created, rowid")


def insert_working_note(conn, note: WorkingNote) -> None:
    repo.WORKING_NOTES.insert(conn, note)


def delete_working_note(conn, note_id: str) -> None:
    repo.WORKING_NOTES.delete(conn, note_id)


def working_notes_for(conn, person_id: str) -> list[WorkingNote]:
    return repo.WORKING_NOTES.select(conn, "person_id = ?", (person_id,),
                                     order="created DESC, rowid DESC")


def delete_expired_working_notes(conn, today: date) -> int:
    cur = conn.execute("DELETE FROM working_note WHERE expires <= ?", (today.isoformat(),))
    return cur.rowcount
