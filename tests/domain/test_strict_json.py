"""Strict JSON, the reader of every file the product opens: a key twice in one object is
refused with a German sentence naming it, at any depth; the same key in two objects is
not a duplicate; a document's ``format`` marker is checked and a wrong or missing one
named. Pure: no vault, no Qt."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.errors import UserError
from ssa_desktop.domain.strict_json import (
    StrictJsonError,
    all_pairs,
    format_problem,
    loads,
    require_format,
)


def test_a_key_twice_in_one_object_is_refused_naming_the_key():
    with pytest.raises(StrictJsonError) as refused:
        loads('{"rows": 1, "rows": 2}')
    assert str(refused.value) == "„rows“ steht zweimal in einem Abschnitt der Datei"
    assert isinstance(refused.value, UserError)


def test_a_key_twice_deep_inside_is_refused_too():
    with pytest.raises(StrictJsonError, match="„id“ steht zweimal"):
        loads(b'{"persons": [{"id": "a", "name": "Kim", "id": "b"}]}')


def test_the_same_key_in_two_objects_is_read_with_every_value():
    assert loads('{"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 3}, {"id": 4}]}') == {
        "a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 3}, {"id": 4}]}


def test_options_reach_the_json_reader():
    assert loads('{"n": 17, "x": 2.5}', parse_int=str) == {"n": "17", "x": 2.5}
    with pytest.raises(ValueError, match="NaN"):
        loads('{"x": NaN}', parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))


def test_the_format_marker_is_named_when_missing_or_wrong():
    missing = "die Formatangabe „format“ fehlt"
    assert format_problem({"format": "ssa-return-1"}, "ssa-return-1") is None
    assert format_problem({"rows": []}, "ssa-return-1") == missing
    assert format_problem([{"format": "ssa-return-1"}], "ssa-return-1") == missing
    assert format_problem("ssa-return-1", "ssa-return-1") == missing
    assert format_problem({"format": "ssa-receipt-1"}, "ssa-return-1") == (
        "die Formatangabe ist „ssa-receipt-1“ statt „ssa-return-1“")
    assert format_problem({"format": None}, "ssa-return-1") == (
        "die Formatangabe ist „None“ statt „ssa-return-1“")


def test_require_format_refuses_with_the_problem_and_passes_the_right_marker():
    require_format({"format": "ssa-key-1", "key": "x"}, "ssa-key-1")
    with pytest.raises(StrictJsonError) as refused:
        require_format({"format": "ssa-key-2"}, "ssa-key-1")
    assert str(refused.value) == "die Formatangabe ist „ssa-key-2“ statt „ssa-key-1“"
    with pytest.raises(StrictJsonError, match="^die Formatangabe „format“ fehlt$"):
        require_format({}, "ssa-key-1")


def test_all_pairs_keeps_a_key_twice_as_two_entries():
    """Another program's file where every entry counts (a folder named twice is two):
    found by statement deletion (``all_pairs`` answering None survived the selection)."""
    assert all_pairs('{"a": 1, "a": {"b": 2}}') == [("a", 1), ("a", [("b", 2)])]
