"""The one normalisation of a school's code in KVJS files (docs/statistics.md,
"Zusammenführen"): every reader of exports compares schools by ``key``, so "gms-lp",
"GMS-LP " and "GMS\u200b-LP" are one school and are never counted twice."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


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


def is_school_number(value: object) -> bool:
    """An official Schulnummer as a file carries it: eight ASCII digits."""
    return (isinstance(value, str) and value.isascii() and value.isdigit()
            and len(value) == SCHOOL_NUMBER_DIGITS)


def numbers_by_code(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Normalised code -> the Schulnummern files name under it (sorted), from (code,
    Schulnummer) pairs; a pair without a Schulnummer adds nothing."""
    found: dict[str, set[str]] = {}
    for code, number in pairs:
        if number:
            found.setdefault(key(code), set()).add(number)
    return {code: tuple(sorted(numbers)) for code, numbers in found.items()}


def identity(code: str, number: str, numbers: dict[str, tuple[str, ...]]) -> str:
    """A school's identity across KVJS files (docs/traeger.md, „Überschneidungen“): its
    official Schulnummer; a file without one names the school of its normalised code —
    the one Schulnummer other files name under that code, else the code. Two Schulnummern
    under one code are two schools (``ambiguous`` names the file that cannot tell)."""
    if number:
        return number
    found = numbers.get(key(code), ())
    return found[0] if len(found) == 1 else key(code)


def ambiguous(code: str, number: str, numbers: dict[str, tuple[str, ...]]) -> str:
    """The German sentence for a school named without a Schulnummer under a code other
    files use for two or more schools ("" when it is clear which school it is)."""
    found = numbers.get(key(code), ())
    if number or len(found) < 2:
        return ""
    return (f"nennt die Schule {key(code)} ohne Schulnummer; unter diesem Kürzel liefern "
            f"andere Dateien {_count(len(found))} Schulen (Schulnummern {', '.join(found)}): "
            "welche gemeint ist, ist nicht zu erkennen. Bitte die Datei mit der Schulnummer "
            "der Schule neu exportieren")


def _count(n: int) -> str:
    return {2: "zwei", 3: "drei"}.get(n, str(n))
