"""Suggested file names at their edges: every Windows device name is guarded and nothing
that merely starts like one, every invisible character pasted into a school's name is
replaced, and a long name is cut to exactly 120 characters before its extension (a name of
120 is kept whole). Pure, no files written."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.file_names import safe_file_name

DEVICES = ["CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT")
                                           for n in "0123456789¹²³")]


@pytest.mark.parametrize("device", DEVICES)
def test_every_device_name_gets_a_leading_underscore(device):
    assert safe_file_name(device) == f"_{device}"
    assert safe_file_name(f"{device.lower()}.pdf") == f"_{device.lower()}.pdf"


@pytest.mark.parametrize("name", ["COMX.pdf", "LPTX", "COM", "LPT.csv", "CONX.pdf", "AUXX",
                                  "PRNX .pdf", "Konrad.pdf"])
def test_a_name_that_only_starts_like_a_device_is_kept(name):
    assert safe_file_name(name) == name


@pytest.mark.parametrize("invisible", ["\ud800", "\ue000", "\u2028", "\u2029", "\x07",
                                       "\u200b"])
def test_an_invisible_character_in_a_name_becomes_a_dash(invisible):
    assert safe_file_name(f"Schule{invisible}Nord.pdf") == "Schule-Nord.pdf"


def test_a_name_of_exactly_120_characters_is_kept_whole():
    name = "A" * 115 + " .pdf"
    assert len(name) == 120 and safe_file_name(name) == name


def test_a_long_name_is_cut_at_120_and_keeps_the_letters_up_to_the_cut():
    name = safe_file_name("Jahresbericht_" + "MAX" * 100 + ".pdf")
    assert name == ("Jahresbericht_" + "MAX" * 100)[:116] + ".pdf"
    assert safe_file_name("K" * 200) == "K" * 120                   # no extension


def test_a_cut_ending_in_spaces_or_dots_drops_them_before_the_extension():
    assert safe_file_name("A" * 115 + " . " + "B" * 20 + ".pdf") == "A" * 115 + ".pdf"


@pytest.mark.parametrize("given, expected", [
    ("Xaver Sommer.pdf", "Xaver Sommer.pdf"),
    (" . Xenia.pdf", "Xenia.pdf"),
    ("XX.docx", "XX.docx"),
])
def test_only_leading_dots_and_spaces_go_not_a_first_letter(given, expected):
    """A name beginning with a letter the strip could take by mistake (mutant 41 stripped
    ``X`` as well: „Xaver“ became „aver“)."""
    assert safe_file_name(given) == expected
