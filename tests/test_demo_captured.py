"""The demo fills every captured column with a catalogue from its declaration
(``domain/columns.captured``): a share of the rows gets a code of the catalogue, drawn
from a random source of that column alone, so a field added later is filled without a
demo line and leaves every value drawn before as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.demo.captured import SHARE, fill_captured
from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.columns import captured
from ssa_desktop.domain.entities import Contact
from ssa_desktop.domain.tables import TABLES, Declared


def _contacts(n: int) -> list[Contact]:
    return [Contact(date(2026, 3, 2), "EG", 30, id=f"{i:032x}") for i in range(n)]


def test_a_plausible_share_of_contacts_gets_a_code_of_the_catalogue():
    contacts = _contacts(2000)
    fill_captured({"contact": contacts}, seed=2026)
    codes = [c.interpreting for c in contacts if c.interpreting]
    assert all(code in cat.INTERPRETING for code in codes)
    assert 0.5 * SHARE < len(codes) / len(contacts) < 1.5 * SHARE
    assert len(set(codes)) == len(cat.INTERPRETING)   # every code turns up


@given(st.integers(min_value=0, max_value=10**6))
def test_the_same_seed_fills_the_same_values(seed):
    first, second = _contacts(200), _contacts(200)
    fill_captured({"contact": first}, seed=seed)
    fill_captured({"contact": second}, seed=seed)
    assert [c.interpreting for c in first] == [c.interpreting for c in second]


@dataclass
class _Before:
    id: str
    place: str = captured("", catalogue=cat.CONTACT_PLACES)


@dataclass
class _After:   # the same entity with a captured field added before the old one
    id: str
    mode: str = captured("", catalogue=cat.INTERPRETING)
    place: str = captured("", catalogue=cat.CONTACT_PLACES)
    topics: tuple[str, ...] = captured((), catalogue=cat.TOPICS)


def _declared(entity) -> dict[str, Declared]:
    return {"thing": Declared("thing", (), ("id",), entity=entity)}


@given(st.integers(min_value=0, max_value=10**6))
def test_a_field_added_later_leaves_the_values_drawn_before(seed):
    before = [_Before(f"{i}") for i in range(100)]
    after = [_After(f"{i}") for i in range(100)]
    fill_captured({"thing": before}, seed=seed, tables=_declared(_Before))
    fill_captured({"thing": after}, seed=seed, tables=_declared(_After))
    assert [r.place for r in before] == [r.place for r in after]
    assert all(code in cat.TOPICS for r in after for code in r.topics)
    assert all(isinstance(r.topics, tuple) and len(r.topics) <= 1 for r in after)


def test_only_captured_columns_with_a_catalogue_are_filled():
    contacts = _contacts(300)
    fill_captured({"contact": contacts}, seed=1)
    assert all(c.place == "" and c.note == "" for c in contacts)
    assert "contact" in TABLES

