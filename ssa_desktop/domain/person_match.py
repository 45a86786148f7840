"""Which person a typed text stands for (docs/domain.md "Personenfelder"):
the one resolver of every person field (quick entry, Neuer Termin, Auskunft).

Best first: the exact label or pseudonym (case ignored); else the one pseudonym typed
without its dash, dots, spaces and case ("k17" → "K-17"); else every label starting with
the text; else every label containing it. One hit resolves; several or none are for the
caller to refuse. Names are in the labels only while they are shown, so a name matches
only then.
"""

from __future__ import annotations

from collections.abc import Sequence


def pseudonym_key(text: str) -> str:
    """The pseudonym as typed quickly: case, dashes, dots and spaces ignored."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def match_person(text: str, entries: Sequence[tuple[str, str]]) -> list[int]:
    """Indexes of the ``entries`` ((pseudonym, label) pairs) the text stands for."""
    low = text.strip().casefold()
    if not low:
        return []
    for i, (pseudonym, label) in enumerate(entries):
        if label.casefold() == low or (pseudonym and pseudonym.casefold() == low):
            return [i]
    key = pseudonym_key(low)
    same = [i for i, (pseudonym, _label) in enumerate(entries)
            if pseudonym and pseudonym_key(pseudonym) == key]
    if len(same) == 1:
        return same
    for test in (str.startswith, str.__contains__):
        hits = [i for i, (_p, label) in enumerate(entries) if test(label.casefold(), low)]
        if hits:
            return hits
    return []
