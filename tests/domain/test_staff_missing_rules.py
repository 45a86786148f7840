"""Which staff data of a post the KVJS export misses and the hint she reads about it
(pure; the same hint on a real vault: tests/kvjs/test_staff_missing_hint.py): the
employment start and the Träger type, each named with what its absence does to the
export, "fehlt" for one and "fehlen" for two, the effect starting with a capital."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import staff as rules
from ssa_desktop.domain.entities import PostStaff

BOTH = ("Für Stelle Nord fehlen in den Fachkräfte-Angaben 2025/26: Beschäftigt seit, "
        "Anstellungsträger. Ohne Beginn der Beschäftigung gilt die Stelle als 12 Monate "
        "unbesetzt, Förderung 0 €; ohne Anstellungsträger bleibt das Feld im Erhebungsbogen "
        "leer.")


@pytest.mark.parametrize(("employed_from", "employer_type", "missing"), [
    (None, "", ["employed_from", "employer_type"]),
    (date(2025, 10, 1), "", ["employer_type"]),
    (None, "free", ["employed_from"]),
    (date(2025, 10, 1), "public", []),
])
def test_the_fields_missing_in_form_order(employed_from, employer_type, missing):
    block = PostStaff("post-1", 2025, percent=75.0, employed_from=employed_from,
                      employer_type=employer_type)
    assert rules.missing_fields(block) == missing


def test_two_missing_fields_are_named_with_both_effects():
    assert rules.missing_hint("Stelle Nord", "2025/26",
                              ["employed_from", "employer_type"]) == BOTH


def test_one_missing_field_and_its_effect_starting_with_a_capital():
    assert rules.missing_hint("Stelle Nord", "2025/26", ["employer_type"]) == (
        "Für Stelle Nord fehlt in den Fachkräfte-Angaben 2025/26: Anstellungsträger. Ohne "
        "Anstellungsträger bleibt das Feld im Erhebungsbogen leer.")
    assert rules.missing_hint("Stelle Süd", "2024/25", ["employed_from"]) == (
        "Für Stelle Süd fehlt in den Fachkräfte-Angaben 2024/25: Beschäftigt seit. Ohne "
        "Beginn der Beschäftigung gilt die Stelle als 12 Monate unbesetzt, Förderung 0 €.")
