"""Names of persons in a free text: whole words, case and German spellings ignored, the
longest name first, never inside another word; replaced by the placeholder."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ssa_desktop.domain.names_in_text import (
    PLACEHOLDER,
    Hit,
    find_names,
    line_of,
    name_pattern,
    replace_names,
)


def _words(text: str, *names: str) -> list[str]:
    return [h.word for h in find_names(text, name_pattern(names))]


# -- boundaries --------------------------------------------------------------------------
def test_first_last_full_name_and_pseudonym():
    text = "Kim Sommer kam, dann Kim, dann Frau Sommer und K-17."
    assert _words(text, "Kim", "Sommer", "Kim Sommer", "K-17") == [
        "Kim Sommer", "Kim", "Sommer", "K-17"]


def test_case_is_ignored():
    assert _words("KIM und kim und kIm", "Kim") == ["KIM", "kim", "kIm"]


def test_no_hit_inside_another_word():
    assert _words("Kimberly, Kimchi, Joachim, Kim-Lea, Kim_1, Kim2, 2Kim, Kim\u0301",
                  "Kim") == []
    assert _words("Sommerfest im Hochsommer", "Sommer") == []


def test_whole_word_next_to_punctuation_and_line_ends():
    assert _words("(Kim) „Kim“ Kim's Kim.\nKim", "Kim") == ["Kim"] * 5


def test_umlauts_and_sharp_s_in_every_spelling():
    text = "Müller, MÜLLER, Mueller, MUELLER, Mu\u0308ller; Strauß, STRAUSS, Strauss"
    assert _words(text, "Müller", "Strauß") == [
        "Müller", "MÜLLER", "Mueller", "MUELLER", "Mu\u0308ller", "Strauß", "STRAUSS", "Strauss"]
    assert _words("Jürgen und Juergen", "Juergen") == ["Jürgen", "Juergen"]


def test_a_and_o_umlauts_in_every_spelling_whichever_is_the_name():
    text = "Schäfer, Schaefer, Scha\u0308fer; Köhler, Koehler, Ko\u0308hler"
    found = ["Schäfer", "Schaefer", "Scha\u0308fer", "Köhler", "Koehler", "Ko\u0308hler"]
    assert _words(text, "Schäfer", "Köhler") == found
    assert _words(text, "Schaefer", "Koehler") == found


def test_a_hit_is_a_value_that_cannot_change():
    hit = Hit(4, 7, "Kim")
    assert {hit, Hit(4, 7, "Kim")} == {hit}
    with pytest.raises(FrozenInstanceError):
        hit.start = 5  # type: ignore[misc]


def test_accent_as_one_character_or_combining():
    assert _words("René und Rene\u0301, nicht Rene", "René") == ["René", "Rene\u0301"]


def test_umlaut_word_is_whole_word_too():
    assert _words("Özil, Özils, Özil-Platz", "Özil") == ["Özil"]


def test_full_name_across_spaces_and_a_line_break():
    assert _words("Kim  Sommer und Kim\nSommer", "Kim Sommer") == ["Kim  Sommer", "Kim\nSommer"]


def test_one_letter_is_not_looked_for_two_are():
    assert _words("J. und Jo kamen", "J", "J.") == []
    assert _words("J. und Jo kamen", "Jo") == ["Jo"]
    assert name_pattern(["", "  ", "A", "-"]) is None
    assert find_names("Kim", None) == []


def test_positions_and_replacement():
    text = "Mit Kim Sommer\nund Tom."
    hits = find_names(text, name_pattern(["Kim", "Sommer", "Kim Sommer", "Tom"]))
    assert hits == [Hit(4, 14, "Kim Sommer"), Hit(19, 22, "Tom")]
    assert replace_names(text, hits) == "Mit [Name]\nund [Name]."
    assert [line_of(text, h.start) for h in hits] == [1, 2]
    assert replace_names(text, []) == text
    assert [line_of("\nKim", 0), line_of("\nKim", 1), line_of("a\n\nb", 3)] == [1, 2, 3]


def test_regex_characters_in_a_name_are_literal():
    assert _words("A.B und AxB", "A.B") == ["A.B"]


# -- properties ----------------------------------------------------------------------------
LETTERS = st.characters(whitelist_categories=("Lu", "Ll"))
# names as typed (NFC: an accented letter as one character)
NAMES = st.text(LETTERS, min_size=2, max_size=12).filter(
    lambda n: unicodedata.normalize("NFC", n) == n)
FILLER = st.text(st.characters(blacklist_characters="\x00"), max_size=30)


def _separated(left: str, right: str) -> tuple[str, str]:
    """Fillers that end and start with a space: the name in between is a whole word."""
    return left + " ", " " + right


@given(NAMES, FILLER, FILLER)
def test_a_name_standing_alone_is_found_in_any_case(name, left, right):
    left, right = _separated(left, right)
    for written in (name, name.upper(), name.lower()):
        assume(len(written) == len(name))  # upper() of some letters is longer
        text = left + written + right
        hits = find_names(text, name_pattern([name]))
        assert Hit(len(left), len(left) + len(written), written) in hits


@given(NAMES, st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1,
                      max_size=5), st.booleans())
def test_never_a_hit_inside_another_word(name, glued, before):
    text = glued + name if before else name + glued
    pattern = name_pattern([name])
    for hit in find_names(text, pattern):
        assert hit.start == 0 and hit.end == len(text)  # only the whole text as the name


@given(st.lists(NAMES, min_size=1, max_size=5), FILLER)
def test_hits_are_in_order_do_not_overlap_and_stand_alone(names, text):
    hits = find_names(text, name_pattern(names))
    for hit in hits:
        assert text[hit.start:hit.end] == hit.word
        for neighbour in (text[hit.start - 1:hit.start], text[hit.end:hit.end + 1]):
            assert not re.fullmatch(r"[\w\u0300-\u036f-]", neighbour)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:], strict=False))


@given(st.lists(NAMES, min_size=1, max_size=5), st.lists(FILLER, min_size=1, max_size=4))
def test_after_replacing_no_name_is_left(names, fillers):
    assume(all(n.casefold() != "name" for n in names))  # the placeholder's own word
    text = " ".join(f + " " + n for f, n in zip(fillers, names, strict=False))
    pattern = name_pattern(names)
    once = replace_names(text, find_names(text, pattern))
    assert find_names(once, pattern) == []
    assert once.count(PLACEHOLDER) >= min(len(fillers), len(names)) - text.count(PLACEHOLDER)
