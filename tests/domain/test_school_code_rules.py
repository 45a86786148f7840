"""The school code's rules (``domain/school_code``, docs/statistics.md „Zusammenführen“,
docs/traeger.md „Überschneidungen“) by hand: the one normalisation of a code, the
official Schulnummer (eight ASCII digits) and its refusal, the Schulnummern a code
names, and the sentence for a file that cannot tell which of two or more schools it is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import school_code as sc


def test_a_code_is_one_whatever_its_case_spaces_and_invisible_characters():
    assert sc.key("gms-lp") == "GMS-LP"
    assert sc.key(" GMS\u200b-\u00adLP \u2060") == "GMS-LP"   # zero-width space, soft hyphen, joiner
    assert sc.key("Grund \t schule\u00a0 Nord\n") == "GRUND SCHULE NORD"
    assert sc.key("ＧＳ") == "GS"   # full-width letters (NFKC)
    assert sc.key("") == ""


@given(st.text(alphabet=st.sampled_from("aB \t\u200b\u00ad-1")))
def test_a_key_is_its_own_key_without_invisible_characters_or_double_spaces(text):
    done = sc.key(text)
    assert sc.key(done) == done
    assert "\u200b" not in done and "\u00ad" not in done and "  " not in done
    assert done == done.strip() == done.upper()


def test_a_schulnummer_has_exactly_eight_ascii_digits():
    assert [sc.is_school_number(v) for v in ("04123456", "0412345", "041234567", "0412345a",
                                             "０４１２３４５６", "¹2345678", 4123456, None, "")] \
        == [True] + [False] * 8


def test_an_empty_or_official_schulnummer_is_taken_any_other_refused_in_german():
    assert sc.school_number_error("") == ""
    assert sc.school_number_error("04123456") == ""
    for wrong in ("0412345", "041234567", "0412345a", "０４１２３４５６"):
        assert sc.school_number_error(wrong) == (
            f"Die Schulnummer „{wrong}“ ist keine amtliche Schulnummer: "
            "sie hat genau 8 Ziffern (z. B. 04123456).")


def test_a_schulnummer_is_cleaned_of_every_space_and_invisible_character():
    assert sc.clean_school_number(" 0412 3456\u200b\n") == "04123456"
    assert sc.clean_school_number("０４１２３４５６") == "04123456"
    assert sc.clean_school_number("") == ""


def test_the_numbers_a_code_names_sorted_once_each_and_none_for_an_empty_number():
    pairs = [("gs", "04123457"), ("GS ", "04123456"), ("G\u200bS", "04123457"), ("RS", ""),
             ("HS", "04123458")]
    assert sc.numbers_by_code(pairs) == {"GS": ("04123456", "04123457"), "HS": ("04123458",)}


def test_a_file_without_a_number_under_a_code_of_several_schools_is_named():
    numbers = sc.numbers_by_code([("GS", "04123456"), ("gs", "04123457"), ("RS", "04123458"),
                                  ("HS", "1"), ("HS", "2"), ("HS", "3"),
                                  ("WS", "1"), ("WS", "2"), ("WS", "3"), ("WS", "4")])
    assert sc.ambiguous("rs", "", numbers) == ""
    assert sc.ambiguous("XY", "", numbers) == ""
    assert sc.ambiguous("gs", "04123456", numbers) == ""
    assert sc.ambiguous("gs", "", numbers) == (
        "nennt die Schule GS ohne Schulnummer; unter diesem Kürzel liefern andere Dateien "
        "zwei Schulen (Schulnummern 04123456, 04123457): welche gemeint ist, ist nicht zu "
        "erkennen. Bitte die Datei mit der Schulnummer der Schule neu exportieren")
    assert "andere Dateien drei Schulen (Schulnummern 1, 2, 3)" in sc.ambiguous("hs", "", numbers)
    assert "andere Dateien 4 Schulen (Schulnummern 1, 2, 3, 4)" in sc.ambiguous("WS", "", numbers)
    assert sc.identity("gs", "", numbers) == "GS"
    assert sc.identity(" rs", "", numbers) == "04123458"
    assert sc.identity("XY", "", numbers) == "XY"
