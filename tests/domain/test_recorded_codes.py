"""What she recorded, she sees: the coded fields of a contact that are set (Ort, Zugang,
Weitervermittlung and every catalogue field the contact declares with ``captured``),
each as (label, entry), in that order; nothing for a field not recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.columns import captured
from ssa_desktop.domain.entities import Contact
from ssa_desktop.domain.recorded import recorded_codes


def _contact(**kw) -> Contact:
    return Contact(day=date(2026, 3, 9), kind="EB", duration_min=30, **kw)


def test_every_set_coded_field_is_named_with_its_entry():
    contact = _contact(place="home_visit", access_route="self", referral="ASD",
                       interpreting="relative")
    assert recorded_codes(contact) == (
        ("Ort", cat.CONTACT_PLACES.label("home_visit")),
        ("Zugang", cat.ACCESS_ROUTES.label("self")),
        ("Weitervermittlung", cat.REFERRALS.label("ASD")),
        ("Sprachmittlung", "Angehörige oder Bekannte"),
    )


def test_a_field_not_recorded_is_not_named():
    assert recorded_codes(_contact()) == ()
    assert recorded_codes(_contact(interpreting="none")) == (("Sprachmittlung", "nicht nötig"),)


def test_a_field_declared_with_captured_appears_without_code_of_its_own():
    @dataclass
    class Extended(Contact):
        mood: str = captured("", catalogue=cat.INTERPRETING, label="Stimmung")

    contact = Extended(day=date(2026, 3, 9), kind="EB", duration_min=30, mood="other")
    assert recorded_codes(contact) == (("Stimmung", "andere Person (z. B. Lehrkraft)"),)
