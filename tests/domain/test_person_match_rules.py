"""Which person a typed text stands for, as every person field resolves it (quick entry,
Neuer Termin, Auskunft): the best kind of hit wins, one hit resolves, several or none are
left to the field to refuse. Pure rules, no vault and no window."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.person_match import match_person, pseudonym_key

ENTRIES = [("K-17", "K-17 · 7b · GMS"), ("K-170", "K-170 · 5a · GMS"),
           ("L-2", "L-2 · 7b · GMS"), ("", "Frau Berg · Mutter von K-17")]


def test_the_pseudonym_typed_quickly_finds_her():
    for typed in ("k17", "K17", "k-17", "K 17", "k.17", " K-17 "):
        assert match_person(typed, ENTRIES) == [0], typed


def test_the_whole_pseudonym_or_label_wins_over_the_labels_that_contain_it():
    # "K-17" is also the start of "K-170 …" and inside the mother's label
    assert match_person("K-17", ENTRIES) == [0]
    assert match_person("k-170", ENTRIES) == [1]
    assert match_person("frau berg · mutter von k-17", ENTRIES) == [3]


def test_a_label_equal_to_the_text_resolves_even_when_its_pseudonym_differs():
    # "Mia" is also the start of "Mia Berg": the whole label is the better hit
    entries = [("K-1", "Mia Berg · 5a"), ("K-2", "Mia")]
    assert match_person("mia", entries) == [1]


def test_a_person_without_pseudonym_is_never_found_by_an_empty_key():
    # her empty pseudonym must not equal the key of a text with no letters or digits
    assert match_person("-", [("", "Herr Adler")]) == []
    assert match_person("Adler", [("", "Herr Adler"), ("", "Frau Adler")]) == [0, 1]


def test_two_pseudonyms_with_the_same_quick_key_fall_back_to_the_labels():
    entries = [("K-17", "K-17 · 7b"), ("K1-7", "K1-7 · 8a")]
    assert match_person("k17", entries) == []          # neither label holds "k17"
    assert match_person("k-17", entries) == [0]        # the exact pseudonym


def test_labels_starting_with_the_text_come_before_labels_containing_it():
    entries = [("A-1", "Mia · 7b"), ("A-2", "Lia · 7b"), ("A-3", "Milan · 5a")]
    assert match_person("mi", entries) == [0, 2]       # not Lia, which contains no "mi"…
    assert match_person("ia", entries) == [0, 1]       # …and inside only when none starts so
    assert match_person("7b", entries) == [0, 1]


def test_nothing_typed_or_nothing_found_is_no_hit():
    assert match_person("", ENTRIES) == []
    assert match_person("   ", ENTRIES) == []
    assert match_person("Z-9", ENTRIES) == []
    assert match_person("K-17", []) == []


@given(st.text(max_size=12))
def test_the_quick_key_keeps_only_letters_and_digits_in_lower_case(text):
    assert pseudonym_key("K-17") == pseudonym_key(" k.1 7") == "k17"
    key = pseudonym_key(text)
    assert len(key) <= len(text.casefold())
    assert all(ch.isalnum() for ch in key)
    assert key == pseudonym_key(text.upper().lower()) or not text.isascii()
    assert pseudonym_key(f"-{text}. ") == key
