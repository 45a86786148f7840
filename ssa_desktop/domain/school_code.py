"""The one normalisation of a school's code in KVJS files (docs/statistics.md,
"Zusammenführen"): every reader of exports compares schools by ``key``, so "gms-lp",
"GMS-LP " and "GMS\u200b-LP" are one school and are never counted twice."""

from __future__ import annotations

import unicodedata


def key(code: str) -> str:
    """``code`` in NFKC, without format characters (zero-width space, soft hyphen, …),
    whitespace runs as one space and stripped, upper case."""
    text = unicodedata.normalize("NFKC", code)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split()).upper()


SCHOOL_NUMBER_DIGITS = 8


def school_number_error(number: str) -> str:
    """"" when ``number`` (after ``key``-style cleaning) is empty or an official
    Schulnummer of Baden-Württemberg (eight digits), else the German sentence saying why."""
    if not number or (number.isascii() and number.isdigit()
                      and len(number) == SCHOOL_NUMBER_DIGITS):
        return ""
    return (f"Die Schulnummer „{number}“ ist keine amtliche Schulnummer: "
            f"sie hat genau {SCHOOL_NUMBER_DIGITS} Ziffern (z. B. 04123456).")


def clean_school_number(number: str) -> str:
    """``number`` without whitespace and invisible characters (NFKC)."""
    return "".join(key(number).split())
