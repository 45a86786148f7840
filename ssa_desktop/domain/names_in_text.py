"""Names of the vault's persons in a free text that is printed for others (docs/reports.md,
"Namen im Freitext"): where they stand and the text with each replaced by a placeholder.

Matched are first names, last names, full names ("Kim Sommer", any spaces between) and
pseudonyms, as whole words (a letter, digit, dash or underscore next to a hit makes it part
of another word: "Kim" is not in "Kimberly" nor in "Kim-Lea"), case ignored. German
spelling variants count as the same name: ä/ae, ö/oe, ü/ue, ß/ss, an accented letter
written as one character or as letter plus combining accent (the names are read in NFC). A name of fewer than two letters or digits is not looked
for (it would be found in every sentence). Where several names start at the same place,
the longest wins ("Kim Sommer" over "Kim").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

PLACEHOLDER = "[Name]"
MIN_LETTERS = 2

# spelling variants of a German name: each form stands for all of its group
_VARIANTS = (("ä", "ae", "a\u0308"), ("ö", "oe", "o\u0308"), ("ü", "ue", "u\u0308"),
             ("ß", "ss", "ẞ"))
_FORMS = sorted({form: group for group in _VARIANTS for form in group}.items(),
                key=lambda item: -len(item[0]))
# \w is Unicode (letters of every script, digits, underscore); a combining accent belongs
# to the letter before it
_WORD = r"[\w\u0300-\u036f-]"


@dataclass(frozen=True)
class Hit:
    """A name found at ``text[start:end]``."""

    start: int
    end: int
    word: str


def _char_pattern(name: str, i: int) -> tuple[str, int]:
    """The pattern of the name from position ``i`` and how many characters it took."""
    for form, group in _FORMS:
        if name[i:i + len(form)].lower() == form:
            return "(?:" + "|".join(re.escape(g) for g in group) + ")", len(form)
    if name[i].isspace():
        j = i
        while j < len(name) and name[j].isspace():
            j += 1
        return r"\s+", j - i
    forms = dict.fromkeys((name[i], unicodedata.normalize("NFD", name[i])))  # é or e + ´
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")", 1


def _pattern(name: str) -> str:
    parts, i = [], 0
    while i < len(name):
        part, taken = _char_pattern(name, i)
        parts.append(part)
        i += taken
    return "".join(parts)


def _looked_for(name: str) -> bool:
    return sum(ch.isalnum() for ch in name) >= MIN_LETTERS


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for all ``names`` (None when there is none to look for)."""
    cleaned = {" ".join(unicodedata.normalize("NFC", n).split()) for n in names}
    unique = {n.casefold(): n for n in sorted(cleaned) if _looked_for(n)}
    wanted = sorted(unique.values(), key=lambda n: (-len(n), n))
    if not wanted:
        return None
    alternatives = "|".join(_pattern(n) for n in wanted)
    return re.compile(rf"(?<!{_WORD})(?:{alternatives})(?!{_WORD})", re.IGNORECASE)


def find_names(text: str, pattern: re.Pattern[str] | None) -> list[Hit]:
    """Every name of ``pattern`` in ``text``, in order, none overlapping."""
    if pattern is None:
        return []
    return [Hit(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def replace_names(text: str, hits: Iterable[Hit], placeholder: str = PLACEHOLDER) -> str:
    """``text`` with each hit replaced by ``placeholder``."""
    parts, last = [], 0
    for hit in sorted(hits, key=lambda h: h.start):
        parts += [text[last:hit.start], placeholder]
        last = hit.end
    return "".join(parts) + text[last:]


def line_of(text: str, position: int) -> int:
    """The line (from 1) of ``text`` the position stands on."""
    return text.count("\n", 0, position) + 1
