"""The per-column facts of a captured field, declared on the entity's dataclass field.

A field added to an entity says beside its default what ``domain/tables.py`` needs to
know about its column: whether it holds free text or personal data (``personal``) or
not, the catalogue behind a coded value, its label in an Auskunft, whether a text holds
a date or a name, whether it travels in a Vertretungspaket (``deputy``, default no: what
goes to a deputy is an allowlist). ``tables.py`` derives the column from it, so adding a field touches
the dataclass and not the table declaration (docs/architecture.md, "Adding a field").
Fields without these facts are declared by name in ``tables.py``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TypeVar

from .catalogues import Catalogue

T = TypeVar("T")

_KEY = "column"


@dataclass(frozen=True)
class Column:
    """What the table declaration needs to know about one column (the facts as
    ``captured`` declared them: its defaults are the defaults of each fact)."""

    name: str
    personal: bool                  # free text or personal data (else plain)
    catalogue: Catalogue | None
    label: str                      # its label in an Auskunft ("" not shown there)
    date: bool                      # a text holding a date ("JJJJ-MM-TT")
    person_name: bool               # a name printed on slips and lists
    key: str                        # the label's letter a form prefers as its Alt key
    deputy: bool                    # travels in a Vertretungspaket (docs/handover.md)


def captured(default: T, *, personal: bool = False, catalogue: Catalogue | None = None,
             label: str = "", date: bool = False, person_name: bool = False,
             key: str = "", deputy: bool = False) -> T:
    """A dataclass field with ``default`` whose column facts are declared here; ``key``
    is the letter of ``label`` every form prefers as its Alt key (one key per field);
    ``deputy`` lets the column travel in a Vertretungspaket (without it, it stays home)."""
    facts = {"personal": personal, "catalogue": catalogue, "label": label, "date": date,
             "person_name": person_name, "key": key, "deputy": deputy}
    return dataclasses.field(default=default, metadata={_KEY: facts})


def declared_columns(entity: type) -> tuple[Column, ...]:
    """The columns of ``entity`` declared with ``captured``, in field order."""
    return tuple(Column(f.name, **f.metadata[_KEY]) for f in dataclasses.fields(entity)
                 if _KEY in f.metadata)


def form_columns(entity: type) -> tuple[Column, ...]:
    """The captured columns of ``entity`` holding one text: a code of a catalogue (a
    choice from a list) or free text (a line). What a form captures of the entity and,
    those with ``deputy``, the deputy's window shows (a list of codes is not among them)."""
    return tuple(Column(f.name, **f.metadata[_KEY]) for f in dataclasses.fields(entity)
                 if _KEY in f.metadata and isinstance(f.default, str))


def chosen_columns(entity: type) -> tuple[Column, ...]:
    """The captured columns of ``entity`` holding one code of a catalogue: what a form
    offers as a choice from a list."""
    return tuple(c for c in form_columns(entity) if c.catalogue is not None)
