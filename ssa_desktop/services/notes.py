"""Documentation texts: drafts (autosave), corrections by annotation, the disputed flag
(§ 84 Abs. 2 SGB X) and personal working notes (R3: deleted on finalising, at the
latest after 30 days). Drafts live only inside the encrypted vault.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from ..domain import clock, strict_json
from ..domain.entities import Annotation, Contact, Draft, WorkingNote, now_iso
from ..domain.errors import UserError
from ..storage import notes_repo as nrepo
from ..storage import persons_repo as prepo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import tombstones
from .operations import DataKind, writes

WORKING_NOTE_DAYS = 30

FIELD_LABELS = {"note": "Notiz", "observation": "Beobachtung", "assessment": "Einschätzung"}


# -- drafts ------------------------------------------------------------------------------
@writes(DataKind.DRAFT_TEXTS)
def save_draft(conn: Connection, draft_id: str, kind: str, data: dict, ref: str = "") -> Draft:
    """Create or overwrite the draft ``draft_id`` with ``data`` (stored as JSON). A draft
    that appears or whose line changes (``listed_as``) is a change of ``DRAFTS``; the
    autosave's writes while she types on change only its text (``DRAFT_TEXTS``), which no
    list shows, so the Übersicht does not load its drafts again every 3 s. A transaction:
    written before the unlock's deferred page check has passed (the lock's last autosave
    on the session it holds), it waits for the check like every write (``write_gate``)."""
    draft = Draft(kind=kind, payload=json.dumps(data, ensure_ascii=False, default=str),
                  ref=ref, updated=now_iso(), id=draft_id)
    with transaction(conn):
        before = repo.DRAFTS.get(conn, draft_id)
        if before is not None and listed_as(before) == listed_as(draft):
            nrepo.upsert_draft(conn, draft)
        else:
            _save_listed_draft(conn, draft)
    return draft


@writes(DataKind.DRAFTS)
def _save_listed_draft(conn: Connection, draft: Draft) -> None:
    nrepo.upsert_draft(conn, draft)


def listed_as(draft: Draft) -> tuple:
    """What the lists show of ``draft`` (the Übersicht's line, ``services.overview``): its
    kind, the person or form it belongs to, a short contact or not, the minute of its
    last save; never its text."""
    data = draft_data(draft)
    return (draft.kind, draft.ref, data.get("person_id"), data.get("form"),
            bool(data.get("short")), draft.updated[:16])


def draft_data(draft: Draft) -> dict:
    try:
        data = strict_json.loads(draft.payload)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def get_draft(conn: Connection, draft_id: str) -> Draft | None:
    return repo.DRAFTS.get(conn, draft_id)


@writes(DataKind.DRAFTS)
def delete_draft(conn: Connection, draft_id: str, *, saved: bool = False) -> None:
    """Delete a draft: thrown away ("Verwerfen", emptied, an offered draft declined) with
    a tombstone; ``saved`` when its entry was just saved (its text lives on in the entry,
    whose own deletion writes the tombstone; a restore keeps the draft of a backup made
    before the entry)."""
    with transaction(conn):
        if repo.DRAFTS.get(conn, draft_id) is not None:
            repo.DRAFTS.delete(conn, draft_id)
            if not saved:
                tombstones.deleted(conn, "draft", draft_id)


def pending_drafts(conn: Connection, kind: str | None = None) -> list[Draft]:
    """Unfinished entries, newest first (offered back at the next unlock)."""
    return nrepo.drafts(conn, kind)


# -- form drafts: the unsaved input of a dialog or form kept at lock and quit
FORM_DRAFT_KIND = "form"
# form -> (what the Übersicht calls it, the area that opens it)
FORMS = {"appointment": ("Termin", "appointments"), "case": ("Fall", "persons"),
         "goal": ("Ziel", "persons"), "rating": ("Einschätzung", "persons"),
         "letter": ("Brief", "persons"),
         "consent": ("Einwilligung", "persons"), "group": ("Gruppe/Projekt", "groups"),
         "network": ("Vernetzung", "network"), "open_offer": ("Offenes Angebot", "open_offers"),
         "child_protection": ("§ 8a-Schritt", "persons"),
         "letterhead": ("Briefkopf", "settings"), "targets": ("Zielwerte", "time")}


def form_draft_payload(form: str, values: dict, shown: list[tuple[str, str]], *,
                       person_id: str = "", record_id: str = "") -> dict:
    """The payload of a form draft: the raw field values (restored as typed), the
    person it concerns (deletion, restriction and Auskunft follow her), the record it
    edits and the fields as labelled texts (what the Auskunft shows)."""
    return {"form": form, "person_id": person_id or "", "record_id": record_id or "",
            "values": values, "shown": [list(pair) for pair in shown]}


def form_drafts(conn: Connection, form: str | None = None) -> list[Draft]:
    """Pending form drafts (of one form), newest first."""
    return [d for d in nrepo.drafts(conn, FORM_DRAFT_KIND)
            if form is None or draft_data(d).get("form") == form]


def superseded_form_drafts(conn: Connection, form: str, person_id: str, values: dict, *,
                           besides: str = "") -> list[Draft]:
    """A form saved for ``person_id``: its drafts of the same ``form`` whose ``values``
    agree with the saved ones (a § 8a draft of the same step), but the draft ``besides``
    (the form's own). Their words were never saved: she is asked before they go."""
    found = []
    for draft in form_drafts(conn, form):
        data = draft_data(draft)
        kept = data.get("values") or {}
        if (draft.id != besides and data.get("person_id") == person_id
                and all(kept.get(key) == value for key, value in values.items())):
            found.append(draft)
    return found


@writes(DataKind.DRAFTS)
def end_superseded_form_drafts(conn: Connection, form: str, person_id: str,
                               values: dict, *, besides: str = "") -> None:
    """The drafts ``superseded_form_drafts`` names go, with tombstones – once she said
    the saved form has done with them (a step may be recorded more than once)."""
    with transaction(conn):
        for draft in superseded_form_drafts(conn, form, person_id, values, besides=besides):
            delete_draft(conn, draft.id)



# -- annotations and the disputed flag ----------------------------------------------------
@writes(DataKind.NOTES)
def add_annotation(conn: Connection, target_kind: str, target_id: str, field_name: str,
                   new_text: str) -> Annotation:
    """Correct a text field; the earlier version is kept in the annotation."""
    if target_kind != "contact":
        raise UserError("Korrekturen sind nur an Kontakten möglich.")
    if field_name not in nrepo.CONTACT_TEXT_FIELDS:
        raise UserError("Dieses Feld kann nicht korrigiert werden.")
    with transaction(conn):
        contact = repo.CONTACTS.get(conn, target_id)
        if contact is None:
            raise UserError("Den Kontakt gibt es nicht mehr.")
        previous = getattr(contact, field_name)
        if previous == new_text:
            raise UserError("Die Korrektur ist gleich dem bisherigen Text.")
        annotation = Annotation(target_kind=target_kind, target_id=target_id,
                                field_name=field_name, previous=previous, text=new_text)
        repo.ANNOTATIONS.insert(conn, annotation)
        nrepo.set_contact_text(conn, target_id, field_name, new_text)
    return annotation


def annotations_for(conn: Connection, target_id: str) -> list[Annotation]:
    return nrepo.annotations_for(conn, target_id)


@writes(DataKind.CONTACTS)
def set_disputed(conn: Connection, contact_id: str, flag: bool) -> None:
    with transaction(conn):
        nrepo.set_disputed(conn, contact_id, flag)


def timeline(conn: Connection, person_id: str) -> list[Contact]:
    """All contacts of a person, newest first."""
    return prepo.contacts_for(conn, person_id)


def last_contact_defaults(conn: Connection, person_id: str) -> dict:
    """What the quick entry takes over from the last contact with this person (never
    the note); {} without one. Another person's contact is never a default: after an
    Elterngespräch about one pupil, the next pupil is not prefilled with parents."""
    last = repo.last_contact(conn, person_id) if person_id else None
    if last is None:
        return {}
    return {"kind": last.kind, "duration_min": last.duration_min,
            "participants": list(last.participants), "access_route": last.access_route}


# -- working notes ----------------------------------------------------------------------
@writes(DataKind.NOTES)
def add_working_note(conn: Connection, text: str, *, person_id: str | None = None,
                     case_id: str | None = None, days: int = WORKING_NOTE_DAYS,
                     today: date | None = None) -> WorkingNote:
    text = text.strip()
    if not text:
        raise UserError("Die Arbeitsnotiz ist leer.")
    days = max(1, min(days, WORKING_NOTE_DAYS))
    note = WorkingNote(text=text, expires=(today or clock.today()) + timedelta(days=days),
                       person_id=person_id, case_id=case_id)
    with transaction(conn):
        repo.WORKING_NOTES.insert(conn, note)
    return note


@writes(DataKind.NOTES)
def finalise_working_note(conn: Connection, note_id: str) -> None:
    """The entry is written up: the working note is destroyed (R3)."""
    with transaction(conn):
        if nrepo.delete_working_note(conn, note_id):
            tombstones.deleted(conn, "working_note", note_id)


def working_notes(conn: Connection, person_id: str) -> list[WorkingNote]:
    return nrepo.working_notes_for(conn, person_id)


def working_notes_expired(conn: Connection, today: date | None = None) -> bool:
    """Whether a working note's 30 days are over (``purge_expired_working_notes`` has
    work); a read, so a view asks before it runs the purge."""
    return nrepo.any_expired_working_note(conn, today or clock.today())


@writes(DataKind.NOTES)
def purge_expired_working_notes(conn: Connection, today: date | None = None) -> int:
    """Delete working notes whose 30 days are over; return how many."""
    today = today or clock.today()
    with transaction(conn):
        ids = nrepo.delete_expired_working_notes(conn, today)
        tombstones.all_deleted(conn, "working_note", ids, today)
        return len(ids)
