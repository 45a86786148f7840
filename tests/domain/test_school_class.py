"""Klasse → Klassenstufe: one rule (issue 31 item 4), boundary literals and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.school_class import effective_grade, grade_from_class


@pytest.mark.parametrize(("label", "grade"), [
    ("5a", 5), ("10b", 10), ("Kl. 7", 7), ("Klasse 9c", 9), ("07b", 7), ("13", 13),
    ("1", 1), ("4 a", 4), ("VKL", None), ("", None), ("J1", None), ("0a", None),
    ("14a", None), ("100", None), ("Vorbereitungsklasse", None), ("   ", None),
])
def test_the_grade_read_from_a_class_label_at_its_edges(label, grade):
    assert grade_from_class(label) == grade


def test_entered_grade_wins():
    assert effective_grade(6, "5a") == 6
    assert effective_grade(None, "5a") == 5
    assert effective_grade(0, "VKL") is None


@given(st.integers(1, 13), st.text(alphabet="abcdefgh", max_size=2),
       st.sampled_from(["", "Kl. ", "Klasse ", "Kl.", " "]))
def test_a_grade_written_in_a_label_is_found(grade, suffix, prefix):
    assert grade_from_class(f"{prefix}{grade}{suffix}") == grade


@given(st.text(max_size=20))
def test_never_raises_and_stays_within_1_to_13(label):
    grade = grade_from_class(label)
    assert grade is None or 1 <= grade <= 13
