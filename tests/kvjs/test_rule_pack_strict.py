"""Issue 60, finding 6 (strict validation): a rule pack with an empty field list, a field
twice, a school year twice or more school years than a pack can mean, a direction
override (U+202E) or another control character in a text, or two Landkreis profiles of
one name was accepted. Each is refused with a German reason naming the pack."""

from __future__ import annotations

import json

import pytest

from ssa_desktop.domain import rule_pack as rp

SHIPPED = json.loads(rp.shipped().text)
PROFILE = SHIPPED["landkreis_profiles"][0]


def _text(**changes) -> str:
    return json.dumps({**SHIPPED, **changes}, ensure_ascii=False)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"fields": []}, "„fields“ ist leer"),
    ({"fields": [*SHIPPED["fields"], "pupils"]}, "das Feld „pupils“ steht zweimal"),
    ({"school_years": list(range(2000, 2100))},
     f"„school_years“ nennt 100 Schuljahre (höchstens {rp.MAX_YEARS})"),
    ({"school_years": [2026, 2026]}, "das Schuljahr 2026/27 steht zweimal"),
    ({"title": "Paket \u202e72/6202"}, "„title“ enthält unsichtbare Schreibrichtungs-Steuerzeichen"),
    ({"sources": ["Quelle\x07"]}, "„sources“ enthält unsichtbare Steuerzeichen"),
    ({"title": "T" * 201}, "„title“ ist zu lang (201 Zeichen, höchstens 200)"),
    ({"landkreis_profiles": [PROFILE, {**PROFILE, "name": PROFILE["name"].upper()}]},
     f"das Landkreis-Profil „{PROFILE['name'].upper()}“ steht zweimal"),
])
def test_a_pack_that_is_not_strictly_valid_is_refused(changes, reason):
    with pytest.raises(rp.RulePackError) as caught:
        rp.parse(_text(**changes), "paket.json")
    assert str(caught.value).startswith("Das Regelpaket „paket.json“ wird nicht übernommen: ")
    assert reason in str(caught.value)


def test_the_shipped_pack_and_the_bounds_pass():
    assert rp.parse(_text(title="T" * 200), "p.json").title == "T" * 200
    years = list(range(2026, 2026 + rp.MAX_YEARS))
    assert rp.parse(_text(school_years=years), "p.json").school_years == tuple(years)
