"""The lock keeps a place ``ids_only``: a ``typed`` field inside a place held by another
(Einstellungen keeps each page's place in a dict, Datenschutz its lists') is emptied too —
a page whose place held her text kept it in memory while the vault was locked."""

from __future__ import annotations

from dataclasses import dataclass, field

from ssa_desktop.ui.common.area import ids_only, typed


@dataclass(frozen=True)
class _Page:
    chosen: str
    text: str = typed()


@dataclass(frozen=True)
class _Outer:
    tab: int
    pages: dict = field(default_factory=dict)
    page: _Page | None = None
    note: str = typed()


def test_typed_text_of_a_nested_place_is_not_kept():
    place = _Outer(2, {"schools": _Page("s-1", "Grundschule am"), "other": 3},
                   _Page("p-1", "Suche"), "Notiz")
    kept = ids_only(place)
    assert kept == _Outer(2, {"schools": _Page("s-1"), "other": 3}, _Page("p-1"))


def test_a_place_without_typed_text_is_kept_as_it_is():
    place = _Outer(1, {"schools": _Page("s-1")})
    assert ids_only(place) == place
