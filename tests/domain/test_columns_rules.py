"""The column facts a field declares with ``columns.captured``, read back as ``Column``:
each fact as given, every fact not given at its default (plain, no catalogue, no label,
no date, no name, no Alt key, not in a Vertretungspaket); a choice from a list is a
captured text field with a catalogue. Pure: no vault."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass

import pytest

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.columns import Column, captured, chosen_columns, declared_columns


@dataclass
class _Form:
    id: str
    note: str = ""
    plain: str = captured("")
    place: str = captured("", catalogue=cat.CONTACT_PLACES, label="Ort", key="O", deputy=True)
    named: str = captured("", personal=True, label="Name", date=True, person_name=True)
    codes: list = captured(None, catalogue=cat.REFERRALS)  # type: ignore[arg-type]


def test_a_fact_not_given_is_at_its_default():
    assert declared_columns(_Form)[0] == Column(
        name="plain", personal=False, catalogue=None, label="", date=False,
        person_name=False, key="", deputy=False)


def test_each_fact_given_is_read_back_in_field_order():
    assert declared_columns(_Form)[1:] == (
        Column("place", False, cat.CONTACT_PLACES, "Ort", False, False, "O", True),
        Column("named", True, None, "Name", True, True, "", False),
        Column("codes", False, cat.REFERRALS, "", False, False, "", False),
    )


def test_a_choice_is_a_text_field_with_a_catalogue():
    assert [c.name for c in chosen_columns(_Form)] == ["place"]


def test_a_column_is_a_value():
    column = declared_columns(_Form)[0]
    assert {column, declared_columns(_Form)[0]} == {column}
    with pytest.raises(FrozenInstanceError):
        column.label = "Notiz"  # type: ignore[misc]
