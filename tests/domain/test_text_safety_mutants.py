"""Harmful characters at the edges of their ranges (issue 20 item 6: mutation testing
of ``domain/text_safety.py``)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import text_safety as ts


@pytest.mark.parametrize("control", list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
def test_every_direction_control_is_refused_in_a_name_and_removed_from_a_cell(control):
    """The nine Unicode direction controls (embeddings, overrides, isolates) that can make
    a name read differently from how it is stored; their neighbours are ordinary."""
    assert ts.name_problem(f"Kim{control}Sommer").startswith(
        "enthält unsichtbare Schreibrichtungs-Steuerzeichen")
    assert ts.clean_name(f"Kim{control}Sommer") == "KimSommer"
    assert ts.printable_cell(f"Kim{control}Sommer") == "KimSommer"


def test_the_characters_beside_the_direction_controls_are_ordinary():
    for ordinary in ("\u2029", "\u202f", "\u2065", "\u206a", "X"):
        assert ts.clean_name(f"Kim{ordinary}Sommer") == f"Kim{ordinary}Sommer"


@pytest.mark.parametrize("ch", ["\x00", "\x1f", "\x7f", "\x9f"])
def test_control_range_edges_are_harmful(ch):
    assert ts.harmful_characters(f"a{ch}b") == [f"U+{ord(ch):04X}"]
    assert ts.clean_name(f"a{ch}b") == "a b"


@pytest.mark.parametrize("ch", [" ", "~", "\xa0", "\u2029", "\u2065", "\u206a", "\u2029",
                                "\u202f"])
def test_neighbours_of_the_ranges_are_not(ch):
    assert ts.harmful_characters(f"a{ch}b") == []
    assert ts.name_problem(f"a{ch}b") is None
    assert ts.clean_name(f"a{ch}b") == f"a{ch}b"
    assert ts.printable_cell(f"a{ch}b") == f"a{ch}b"


def test_order_and_each_once():
    assert ts.harmful_characters("\x01a\u202e\x01\u202e\u2066") == [
        "U+202E", "U+2066", "U+0001"]


def test_both_kinds_named():
    assert ts.name_problem("Le\u202ena\x07") == (
        "enthält unsichtbare Schreibrichtungs-Steuerzeichen und Steuerzeichen "
        "(U+202E, U+0007); in Namen sind sie nicht erlaubt")
    assert ts.name_problem("Le\u2069na") == (
        "enthält unsichtbare Schreibrichtungs-Steuerzeichen (U+2069); in Namen sind sie "
        "nicht erlaubt")


@pytest.mark.parametrize(("ch", "kept"), [
    ("\x00", False), ("\x08", False), ("\t", True), ("\n", True), ("\x0b", False),
    ("\x0c", False), ("\r", True), ("\x0e", False), ("\x1f", False), ("\x7f", False),
    ("\x9f", False), ("\u202a", False), ("\u2069", False)])
def test_printable_cell_keeps_line_breaks_and_tabs_only(ch, kept):
    assert ts.printable_cell(f"a{ch}b") == (f"a{ch}b" if kept else "ab")
