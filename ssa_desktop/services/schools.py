"""The one way a command names a school: by its code (``GMS-LP``, as on
every screen and export), its name, or its internal id. ``kvjs``, ``report``,
``timeshare`` and ``package create`` all resolve ``--school`` here."""

from __future__ import annotations

from ..domain.entities import School
from ..domain.errors import UserError
from ..storage import repositories as repo
from ..storage.connection import Connection


class UnknownSchool(UserError):
    """No school of the vault has this code, name or id (a German sentence)."""


def find_school(conn: Connection, text: str) -> School:
    """The school with code, name (both case-insensitive) or id ``text``; a code wins
    over a name of another school."""
    wanted = text.strip().casefold()
    every = repo.SCHOOLS.all(conn, order="name")
    for matches in (lambda s: s.code.casefold() == wanted, lambda s: s.id == text.strip(),
                    lambda s: s.name.casefold() == wanted):
        found = [s for s in every if wanted and matches(s)]
        if found:
            return found[0]
    codes = ", ".join(sorted(s.code or s.name for s in every)) or "–"
    raise UnknownSchool(f"Eine Schule „{text.strip()}“ gibt es in diesem Tresor nicht "
                        f"(vorhanden: {codes}).")
