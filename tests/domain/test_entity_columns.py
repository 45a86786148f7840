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
