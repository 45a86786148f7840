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
