"""Direction overrides and control characters in names (issue 22 item 9)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.text_safety import (
    BIDI_CONTROLS,
    clean_name,
    harmful_characters,
    name_problem,
    printable_cell,
)


def test_each_bidi_control_is_named():
    for ch in BIDI_CONTROLS:
        assert harmful_characters(f"Le{ch}na") == [f"U+{ord(ch):04X}"]
        assert "Schreibrichtungs-Steuerzeichen" in name_problem(f"Le{ch}na")
    assert len(BIDI_CONTROLS) == 9  # U+202A–U+202E, U+2066–U+2069


def test_control_characters_and_ordinary_names():
    assert name_problem("Kim\x1bSommer") == (
        "enthält unsichtbare Steuerzeichen (U+001B); in Namen sind sie nicht erlaubt")
    for fine in ("Lena Schäfer", "Ömer Çelik", "李小龙", "عائشة", "K-17", ""):
        assert name_problem(fine) is None and clean_name(fine) == fine.strip()


def test_clean_name_and_cell():
    assert clean_name("  \u202eanel\u202c ") == "anel"
    assert clean_name("Kim\tSommer\n") == "Kim Sommer"
    assert printable_cell("Zeile 1\nZeile\x07 2\u2066") == "Zeile 1\nZeile 2"


@given(st.text())
def test_a_cleaned_name_has_no_problem(text):
    assert name_problem(clean_name(text)) is None
    kept = harmful_characters(printable_cell(text))
    assert all(code in ("U+0009", "U+000A", "U+000D") for code in kept)
