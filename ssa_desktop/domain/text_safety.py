"""Invisible characters that do harm in names: direction overrides and
isolates (U+202A–U+202E, U+2066–U+2069) make "Lena" print reversed on a Beratungszettel
or a list, and other control characters (U+0000–U+001F, U+007F–U+009F) break exports
(an xlsx cell cannot hold them) and hide in printouts.

One place decides for every boundary: entry (the person form, the services) strips them
with ``clean_name``; an import refuses them with ``name_problem`` naming the field; an
export cell passes through ``printable_cell``.
"""

from __future__ import annotations

import re

# The longest text one field may hold when it comes from outside (an imported document,
# a return of the Vertretung, a school package) or from the deputy's entry: characters.
# A note is a few paragraphs, never a document (docs/interchange.md "Size limits").
TEXT_LIMIT = 100_000

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_KEEP_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def harmful_characters(text: str) -> list[str]:
    """The harmful characters in a name, as "U+202E" (in order, each once)."""
    found: list[str] = []
    for ch in _BIDI.findall(text) + _CONTROL.findall(text):
        code = f"U+{ord(ch):04X}"
        if code not in found:
            found.append(code)
    return found


def name_problem(text: str) -> str | None:
    """A German sentence when ``text`` (a name) holds a harmful character, else None."""
    found = harmful_characters(text)
    if not found:
        return None
    kinds = []
    if _BIDI.search(text):
        kinds.append("Schreibrichtungs-Steuerzeichen")
    if _CONTROL.search(text):
        kinds.append("Steuerzeichen")
    return (f"enthält unsichtbare {' und '.join(kinds)} ({', '.join(found)}); "
            "in Namen sind sie nicht erlaubt")


def clean_name(text: str) -> str:
    """``text`` without direction controls; other control characters (a pasted tab or
    line break) become a space; surrounding blanks trimmed."""
    return _CONTROL.sub(" ", _BIDI.sub("", text)).strip()


def printable_cell(text: str) -> str:
    """Text for a spreadsheet cell: direction controls and control characters removed
    (line breaks and tabs kept, which a cell can hold)."""
    return _CONTROL_KEEP_LINES.sub("", _BIDI.sub("", text))
