"""Klasse → Klassenstufe (docs/domain.md "Klasse und Klassenstufe"): the
one rule for every place a class is typed (quick entry, person form, school-year change).

The grade is the first number of one or two digits in the class label that is not glued
to a letter before it ("5a" → 5, "10b" → 10, "Kl. 7" → 7, "Klasse 9c" → 9), within
1–13. Labels without such a number ("VKL", "J1", "", "Vorbereitungsklasse") give no
grade: she enters it herself.
"""

from __future__ import annotations

import re

MIN_GRADE = 1
MAX_GRADE = 13

_GRADE = re.compile(r"(?<![0-9A-Za-zÄÖÜäöüß])(\d{1,2})(?!\d)")


def grade_from_class(label: str) -> int | None:
    """The Klassenstufe a class label names, or None."""
    match = _GRADE.search(label or "")
    if match is None:
        return None
    grade = int(match.group(1))
    return grade if MIN_GRADE <= grade <= MAX_GRADE else None


def effective_grade(grade: int | None, label: str) -> int | None:
    """The grade as entered, else the one the class label names."""
    return grade if grade else grade_from_class(label)
