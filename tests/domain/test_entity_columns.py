"""The contact's fields that a form offers from a list and that are not among the
entities' listed defaults (tests/domain/test_entities_rules.py): both start as "" (not
recorded; None would be no text and no code), and the captured one carries the facts
every form and the Auskunft read – its catalogue, its label and its Alt key (pure)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain import entities as e
from ssa_desktop.domain.columns import Column, declared_columns


def test_place_and_interpreting_start_not_recorded():
    contact = e.Contact(date(2026, 3, 2), "EB", 30)
    assert (contact.place, contact.interpreting) == ("", "")


def test_interpreting_is_declared_with_its_catalogue_label_and_alt_key():
    assert declared_columns(e.Contact) == (
        Column("interpreting", personal=False, catalogue=cat.INTERPRETING,
               label="Sprachmittlung", date=False, person_name=False, key="m",
               deputy=False),)


def test_the_newer_fields_start_empty_and_their_classes_are_dataclasses():
    """A school without Schulnummer, a person without the guardians' address, a member
    still in her group, a document of no case, consent or procedure, added by the post
    holder, with its name and key still to come: each "" or None, not "XX…"."""
    assert e.School("GS Nord").school_number == ""
    assert e.Person("P-1").guardian_address == ""
    member = e.GroupMember(group_id="g", person_id="p", joined=date(2026, 9, 14))
    assert member.left_on is None
    doc = e.Document(person_id="p", kind="other", title="Zeugnis", day=date(2026, 9, 14),
                     mime="application/pdf", size=1, sha256="0" * 64)
    assert (doc.file_name, doc.case_id, doc.consent_id, doc.procedure_id) == ("", None, None, None)
    assert (doc.content_key, doc.written_by) == ("", "")
    assert "content_key" not in repr(doc)   # the key is never shown
    assert member == e.GroupMember("g", "p", date(2026, 9, 14), id=member.id)   # compared by fields
    assert doc == e.Document(**{**doc.__dict__})
