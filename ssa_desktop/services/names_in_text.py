"""Names of the vault's persons in free texts printed for others (docs/reports.md, "Namen
im Freitext"): the one check every document that promises no names runs before printing.

A ``Place`` is one free text of a document (its German label for the message); the check
returns the places with their hits. The names themselves never reach a log or an error
message: a refusal says where they stand (place, line), not what they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.errors import UserError
from ..domain.names_in_text import Hit, find_names, line_of, name_pattern, replace_names
from ..storage import persons_repo
from ..storage.connection import Connection

# What to do with names found in a document's free text.
REFUSE, REPLACE, PRINT = "refuse", "replace", "print"
ISEF = "Die pseudonymisierte Fallvorstellung"


@dataclass(frozen=True)
class Place:
    """One free text: ``key`` for the caller, ``label`` German (where it stands)."""

    key: str
    label: str
    text: str


@dataclass(frozen=True)
class Found:
    place: Place
    hits: tuple[Hit, ...]

    def lines(self) -> list[int]:
        return sorted({line_of(self.place.text, h.start) for h in self.hits})


class NamesInText(UserError):
    """Names of persons stand in a text that promises none; ``str()`` says where (German),
    never the names."""

    def __init__(self, document: str, found: list[Found], hint: str):
        self.found = found
        where = "; ".join(f"„{f.place.label}“ (Zeile {', '.join(map(str, f.lines()))})"
                          for f in found)
        count = sum(len(f.hits) for f in found)
        what = "ein Name" if count == 1 else f"{count} Namen"
        super().__init__(f"{document} verspricht „keine Namen“, aber im Text steht {what} "
                         f"von Personen aus dem Tresor: {where}. {hint}")


def vault_pattern(conn: Connection, *, pseudonyms: bool = True) -> re.Pattern[str] | None:
    """The pattern of every first name, last name, full name and (unless a pseudonymised
    document may hold them) pseudonym of the vault."""
    names: list[str] = []
    for pseudonym, first, last in persons_repo.every_name(conn):
        names += [first, last, f"{first} {last}", f"{last} {first}"]
        if pseudonyms:
            names.append(pseudonym)
    return name_pattern(names)


def find(conn: Connection, places: Iterable[Place], *, pseudonyms: bool = True) -> list[Found]:
    """The places that hold names of the vault's persons, with the hits."""
    pattern = vault_pattern(conn, pseudonyms=pseudonyms)
    found = [Found(p, tuple(find_names(p.text, pattern))) for p in places]
    return [f for f in found if f.hits]


def in_isef(conn: Connection, text: str) -> list[Found]:
    """Names of the vault's persons in the ISEF presentation (its pseudonyms belong there)."""
    return find(conn, [Place("isef", "Fallvorstellung", text)], pseudonyms=False)


def replaced(found: Iterable[Found]) -> dict[str, str]:
    """{place key: its text with every name replaced by the placeholder}."""
    return {f.place.key: replace_names(f.place.text, f.hits) for f in found}
