"""The catalogue type (issue 20 item 6: mutation testing of ``domain/catalogues.py``,
the class; the entries are data pinned by tests/domain/test_catalogues.py)."""

from __future__ import annotations

import dataclasses

import pytest

from ssa_desktop.domain import catalogues as cat

C = cat._cat("demo", ("a", "Alpha"), ("b", "Beta", "G"), ("c", "Gamma"))


def test_entries_in_order_with_their_group():
    assert C.name == "demo"
    assert list(C) == [cat.Entry("a", "Alpha"), cat.Entry("b", "Beta", "G"),
                       cat.Entry("c", "Gamma")]
    assert C.entries == tuple(C) and len(C) == 3 and len(cat._cat("e")) == 0
    assert C.codes() == ["a", "b", "c"]
    assert cat.Entry("a", "A").group == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        C.get("a").label = "x"


def test_lookup():
    assert "a" in C and "z" not in C and None not in C
    assert C.get("b") == cat.Entry("b", "Beta", "G")
    with pytest.raises(KeyError):
        C.get("z")
    assert C.label("c") == "Gamma" and C.label("z") == "z"
    assert C.label("") == "" and C.label(None) == ""


def test_duplicate_code_named():
    with pytest.raises(ValueError) as e:
        cat.Catalogue("dup", [cat.Entry("a", "A"), cat.Entry("a", "B")])
    assert str(e.value) == "duplicate code in catalogue dup"
    entries = [cat.Entry("a", "A"), cat.Entry("b", "B")]
    assert cat.Catalogue("ok", entries).entries == tuple(entries)
