"""The identity of a school across KVJS files (``school_code.identity``, docs/statistics.md
„Überschneidungen“), for any files: one Schulnummer is one school whatever its codes; two
Schulnummern are two schools whatever their code; a file without one is the school of its
code's one Schulnummer, and ``ambiguous`` names it exactly when its code carries two."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import school_code

CODES = st.sampled_from(["GS", "gs ", "G\u200bS", "RS-2", "GMS-1"])
NUMBERS = st.sampled_from(["", "04123456", "04123457", "04123458"])


@given(st.lists(st.tuples(CODES, NUMBERS), min_size=1, max_size=8))
def test_one_number_one_school_and_a_file_without_one_is_its_codes(files):
    numbers = school_code.numbers_by_code(files)
    ids = [school_code.identity(code, number, numbers) for code, number in files]
    for (code_a, number_a), id_a in zip(files, ids, strict=True):
        for (_code_b, number_b), id_b in zip(files, ids, strict=True):
            if number_a and number_b:
                assert (id_a == id_b) == (number_a == number_b)
        if number_a:
            continue
        found = numbers.get(school_code.key(code_a), ())
        assert id_a == (found[0] if len(found) == 1 else school_code.key(code_a))
        assert bool(school_code.ambiguous(code_a, "", numbers)) == (len(found) > 1)


def test_by_hand():
    numbers = school_code.numbers_by_code([("GS", "04123456"), ("gs", "04123457"),
                                           ("RS-2", "04123458")])
    assert numbers == {"GS": ("04123456", "04123457"), "RS-2": ("04123458",)}
    assert school_code.identity("rs-2 ", "", numbers) == "04123458"
    assert school_code.identity("GS", "", numbers) == "GS"
    assert school_code.identity("XY", "04123456", numbers) == "04123456"
    assert school_code.is_school_number("04123456")
    assert not any(map(school_code.is_school_number, ["0412345", "０４１２３４５６", 4123456, ""]))
